package dev.crossorigin.cors.benchmarks.reactive;

import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * A reusable exchange for benchmarks over a {@link LightServerHttpRequest} and a
 * {@link LightServerHttpResponse}. Methods no filter under test calls throw
 * {@link UnsupportedOperationException}.
 */
public final class LightServerWebExchange implements ServerWebExchange {

	private final LightServerHttpRequest request;

	private final LightServerHttpResponse response;

	private final Map<String, Object> attributes = new HashMap<>();

	public LightServerWebExchange(LightServerHttpRequest request, LightServerHttpResponse response) {
		this.request = request;
		this.response = response;
	}

	/** Clears the response and the attributes, as a server does between requests. */
	public void recycle() {
		this.response.recycle();
		if (!this.attributes.isEmpty()) {
			this.attributes.clear();
		}
	}

	@Override
	public LightServerHttpRequest getRequest() {
		return this.request;
	}

	@Override
	public LightServerHttpResponse getResponse() {
		return this.response;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.attributes;
	}

	@Override
	public String getLogPrefix() {
		return "[benchmark] ";
	}

	@Override
	public Mono<WebSession> getSession() {
		throw new UnsupportedOperationException();
	}

	@Override
	public <T extends Principal> Mono<T> getPrincipal() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Mono<MultiValueMap<String, String>> getFormData() {
		throw new UnsupportedOperationException();
	}

	@Override
	public Mono<MultiValueMap<String, Part>> getMultipartData() {
		throw new UnsupportedOperationException();
	}

	@Override
	public LocaleContext getLocaleContext() {
		throw new UnsupportedOperationException();
	}

	@Override
	public ApplicationContext getApplicationContext() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean isNotModified() {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean checkNotModified(Instant lastModified) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean checkNotModified(String etag) {
		throw new UnsupportedOperationException();
	}

	@Override
	public boolean checkNotModified(String etag, Instant lastModified) {
		throw new UnsupportedOperationException();
	}

	@Override
	public String transformUrl(String url) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void addUrlTransformer(Function<String, String> transformer) {
		throw new UnsupportedOperationException();
	}

}
