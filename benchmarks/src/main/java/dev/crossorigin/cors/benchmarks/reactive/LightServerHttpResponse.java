package dev.crossorigin.cors.benchmarks.reactive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

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
 * without allocating. Completing it commits it as Spring's
 * {@code AbstractServerHttpResponse} does on Netty: once, running the
 * {@link #beforeCommit} actions in order, each after the previous one completed, then
 * marking it committed; here without allocating, and with nothing to write. Methods no
 * filter under test calls throw {@link UnsupportedOperationException}.
 */
public final class LightServerHttpResponse implements ServerHttpResponse {

	private final HttpHeaders headers = new HttpHeaders(new LightHeaderMap());

	private HttpStatusCode status;

	/** Actions registered for the commit, run by {@link #setComplete()}. */
	private final List<Supplier<? extends Mono<Void>>> commitActions = new ArrayList<>();

	private final Commit commit = new Commit();

	/** Clears status, headers and commit actions, as a server does between requests. */
	public void recycle() {
		this.headers.clear();
		this.status = null;
		this.commitActions.clear();
		this.commit.reset();
	}

	/** Whether the response was committed, its commit actions all run. */
	@Override
	public boolean isCommitted() {
		return this.commit.state == Commit.COMMITTED;
	}

	/** How many commit actions were registered (and, once committed, run). */
	public int commitActionCount() {
		return this.commitActions.size();
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

	/**
	 * Commits the response when subscribed to, as WebFlux does once the filter chain has
	 * completed: the commit actions run, in order, then the returned {@code Mono}
	 * completes.
	 */
	@Override
	public Mono<Void> setComplete() {
		return this.commit;
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

	/**
	 * The commit, a {@code Mono} to subscribe to once per request: runs each commit
	 * action's {@code Mono} after the previous one completed (as {@code Flux.concat} does
	 * in Spring's responses), then completes its subscriber. One instance, reused, so
	 * committing allocates only what the actions themselves allocate.
	 */
	private final class Commit extends Mono<Void> implements CoreSubscriber<Void> {

		static final int NEW = 0;

		static final int COMMITTING = 1;

		static final int COMMITTED = 2;

		static final int FAILED = 3;

		int state;

		private int next;

		private @Nullable CoreSubscriber<? super Void> downstream;

		void reset() {
			this.state = NEW;
			this.next = 0;
			this.downstream = null;
		}

		@Override
		public void subscribe(CoreSubscriber<? super Void> actual) {
			if (this.state != NEW) {
				// Committed already: nothing more to do, as in Spring's responses.
				Operators.complete(actual);
				return;
			}
			this.state = COMMITTING;
			this.downstream = actual;
			runNext();
		}

		private void runNext() {
			List<Supplier<? extends Mono<Void>>> actions = LightServerHttpResponse.this.commitActions;
			if (this.next < actions.size()) {
				actions.get(this.next++).get().subscribe(this);
				return;
			}
			this.state = COMMITTED;
			CoreSubscriber<? super Void> actual = this.downstream;
			this.downstream = null;
			Operators.complete(actual);
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(Void value) {
		}

		@Override
		public void onError(Throwable failure) {
			this.state = FAILED;
			CoreSubscriber<? super Void> actual = this.downstream;
			this.downstream = null;
			Operators.error(actual, failure);
		}

		@Override
		public void onComplete() {
			runNext();
		}

	}

}
