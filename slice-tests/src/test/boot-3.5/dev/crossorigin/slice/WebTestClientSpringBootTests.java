package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @SpringBootTest} of a WebFlux application with {@code @AutoConfigureWebTestClient} sees the starter. With Spring Boot 3.5's annotations. */
@SpringBootTest(properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient
class WebTestClientSpringBootTests extends AbstractReactiveCorsTests {

}
