package dev.crossorigin.it.paths;

import dev.crossorigin.conformance.RoutingPathController;
import dev.crossorigin.it.support.UnsecuredTestApplication;

import org.springframework.context.annotation.Import;

/**
 * The application the routing-path tests of both stacks serve: the routes of
 * {@link RoutingPathController}, without Spring Security.
 */
@UnsecuredTestApplication
@Import(RoutingPathController.class)
class RoutingPathApp {

}
