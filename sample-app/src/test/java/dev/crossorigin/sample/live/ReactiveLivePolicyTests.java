package dev.crossorigin.sample.live;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live profile on Spring WebFlux and Netty.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = "spring.main.web-application-type=reactive")
@ActiveProfiles("live")
class ReactiveLivePolicyTests extends AbstractLivePolicyTests {

}
