package dev.crossorigin.cors.benchmarks.reactive;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.RequestPath;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;

/**
 * A fixed request for benchmarks: method, URI, parsed path and headers are made once, as
 * a server has them by the time the filter chain runs. Methods no filter under test calls
 * throw {@link UnsupportedOperationException}.
 */
public final class LightServerHttpRequest implements ServerHttpRequest {

	private final HttpMethod method;

	private final URI uri;

	private final RequestPath path;

	private final HttpHeaders headers = new HttpHeaders(new LightHeaderMap());

	public LightServerHttpRequest(String method, String uri) {
		this.method = HttpMethod.valueOf(method);
		this.uri = URI.create(uri);
		this.path = RequestPath.parse(this.uri, null);
	}

	/** Adds a header; a benchmark sets its request headers once, before measuring. */
	public LightServerHttpRequest header(String name, String value) {
		this.headers.add(name, value);
		return this;
	}

	@Override
	public HttpMethod getMethod() {
		return this.method;
	}

	@Override
	public URI getURI() {
		return this.uri;
	}

	@Override
	public RequestPath getPath() {
		return this.path;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	@Override
	public String getId() {
		return "benchmark";
	}

	@Override
	public MultiValueMap<String, String> getQueryParams() {
		throw new UnsupportedOperationException();
	}

	@Override
	public MultiValueMap<String, HttpCookie> getCookies() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Map<String, Object> getAttributes() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Flux<DataBuffer> getBody() {
		throw new UnsupportedOperationException();
	}

}
