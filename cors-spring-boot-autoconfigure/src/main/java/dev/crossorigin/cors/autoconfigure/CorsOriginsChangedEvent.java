package dev.crossorigin.cors.autoconfigure;

import org.springframework.context.ApplicationEvent;

/**
 * Published by an application whose {@link CorsOriginSource} would now load other
 * origins, say after an administrator added a tenant's origin: the starter loads them
 * again at once instead of at the next refresh.
 */
public class CorsOriginsChangedEvent extends ApplicationEvent {

	/**
	 * An event.
	 * @param source what changed the origins
	 */
	public CorsOriginsChangedEvent(Object source) {
		super(source);
	}

}
