package dev.crossorigin.slice;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/** {@code @SpringBootTest} of a WebFlux application with {@code @AutoConfigureWebTestClient} sees the starter. With Spring Boot 4's annotations (4.0 and 4.1). */
@SpringBootTest(properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient
class WebTestClientSpringBootTests extends AbstractReactiveCorsTests {

}
