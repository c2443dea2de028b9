package dev.crossorigin.sample.conformance;

import dev.crossorigin.conformance.AbstractConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The conformance table on Spring WebFlux with a real Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { AbstractConformanceTests.POLICY, "spring.main.web-application-type=reactive" })
class ReactiveConformanceTests extends AbstractConformanceTests {

}
