package dev.crossorigin.sample.live;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live profile on Spring MVC and Tomcat.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spring.main.web-application-type=servlet")
@ActiveProfiles("live")
class ServletLivePolicyTests extends AbstractLivePolicyTests {

}
