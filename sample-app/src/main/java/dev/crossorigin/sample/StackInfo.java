package dev.crossorigin.sample;

import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Which web stack the application runs on, for the responses to say.
 */
@Component
class StackInfo {

	private final String name;

	StackInfo(ApplicationContext context) {
		this.name = (context instanceof ReactiveWebApplicationContext) ? "reactive" : "servlet";
	}

	String name() {
		return this.name;
	}

}
