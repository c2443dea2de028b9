package dev.crossorigin.sample.conformance;

import dev.crossorigin.conformance.AbstractConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The conformance table on Spring MVC with a real Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractConformanceTests.POLICY, "spring.main.web-application-type=servlet" })
class ServletConformanceTests extends AbstractConformanceTests {

}
