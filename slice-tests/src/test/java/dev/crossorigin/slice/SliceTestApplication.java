package dev.crossorigin.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application under test, as a user has it: one controller, the starter on the class
 * path, a policy in {@code application.properties}. The security configurations beside it
 * are {@code @TestConfiguration}s, which scanning skips: a test imports the one it wants.
 */
@SpringBootApplication
public class SliceTestApplication {

}
