package dev.crossorigin.slice;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @SpringBootTest} with {@code @AutoConfigureMockMvc} sees the starter. With Spring Boot 3.5's annotations. */
@SpringBootTest
@AutoConfigureMockMvc
class MockMvcSpringBootTests extends AbstractServletCorsTests {

}
