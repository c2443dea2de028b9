package dev.crossorigin.cors.gateway;

/**
 * What the starter does with a request's CORS on a Spring Cloud Gateway, as decided by
 * the mapping that covers the request's path.
 */
public enum GatewayCorsMode {

	/**
	 * An enabled mapping covers the path: the starter answers CORS at the edge, and the
	 * CORS headers of a routed service's response give way to the starter's.
	 */
	ANSWER,

	/**
	 * A pass-through mapping covers the path: the routed service answers CORS, its
	 * preflights included, and its CORS headers reach the client untouched.
	 */
	PASS_THROUGH,

	/**
	 * No enabled mapping covers the path: the starter leaves it to the gateway and its
	 * own configuration.
	 */
	NONE

}
