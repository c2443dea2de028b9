package dev.crossorigin.sample;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Which web stack the application runs on, for the responses to say.
 */
@Component
class StackInfo {

	private final String name;

	StackInfo(ApplicationContext context) {
		// WebApplicationContext is the servlet one; its package, unlike Boot's reactive
		// context's, is the same on every Spring Boot line.
		this.name = (context instanceof WebApplicationContext) ? "servlet" : "reactive";
	}

	String name() {
		return this.name;
	}

}
