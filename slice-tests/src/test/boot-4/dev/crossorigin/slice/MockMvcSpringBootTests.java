package dev.crossorigin.slice;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** {@code @SpringBootTest} with {@code @AutoConfigureMockMvc} sees the starter. With Spring Boot 4's annotations (4.0 and 4.1). */
@SpringBootTest
@AutoConfigureMockMvc
class MockMvcSpringBootTests extends AbstractServletCorsTests {

}
