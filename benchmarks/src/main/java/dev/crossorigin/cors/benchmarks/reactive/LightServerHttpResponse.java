package dev.crossorigin.cors.benchmarks.reactive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MultiValueMap;

/**
 * A reusable response for benchmarks: a status and headers that {@link #recycle()} clears
 * without allocating; completing it is free. Methods no filter under test calls throw
 * {@link UnsupportedOperationException}.
 */
public final class LightServerHttpResponse implements ServerHttpResponse {

	private final HttpHeaders headers = new HttpHeaders(new LightHeaderMap());

	private HttpStatusCode status;

	private boolean completed;

	/**
	 * Actions registered for the commit, kept as Spring's own responses keep them; never
	 * run here.
	 */
	private final List<Supplier<? extends Mono<Void>>> commitActions = new ArrayList<>();

	/** Clears status, headers and commit actions, as a server does between requests. */
	public void recycle() {
		this.headers.clear();
		this.status = null;
		this.completed = false;
		this.commitActions.clear();
	}

	/** Whether {@link #setComplete()} was called. */
	public boolean isCompleted() {
		return this.completed;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	@Override
	public boolean setStatusCode(HttpStatusCode status) {
		this.status = status;
		return true;
	}

	@Override
	public HttpStatusCode getStatusCode() {
		return this.status;
	}

	@Override
	public boolean isCommitted() {
		return false;
	}

	@Override
	public Mono<Void> setComplete() {
		this.completed = true;
		return Mono.empty();
	}

	@Override
	public void beforeCommit(Supplier<? extends Mono<Void>> action) {
		this.commitActions.add(action);
	}

	@Override
	public DataBufferFactory bufferFactory() {
		return DefaultDataBufferFactory.sharedInstance;
	}

	@Override
	public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
		throw new UnsupportedOperationException();
	}

	@Override
	public MultiValueMap<String, ResponseCookie> getCookies() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void addCookie(ResponseCookie cookie) {
		throw new UnsupportedOperationException();
	}

}
