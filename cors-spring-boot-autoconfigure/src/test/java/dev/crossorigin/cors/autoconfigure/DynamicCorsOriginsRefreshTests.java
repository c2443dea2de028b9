package dev.crossorigin.cors.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.crossorigin.cors.policy.CorsPolicy;
import dev.crossorigin.cors.policy.LiveCorsPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DynamicCorsOrigins#refresh()} with a source that answers at once, as a query of
 * a small table does: a load can be over before the code that started it has attached its
 * completion, and every refresh must still complete, with a load of its own.
 */
class DynamicCorsOriginsRefreshTests {

	@Test
	void everyRefreshCompletesWithALoadOfItsOwnWhenLoadsEndAtOnce() {
		AtomicInteger loads = new AtomicInteger();
		CorsOriginSource source = () -> CorsOrigins
			.of(List.of("https://tenant" + loads.incrementAndGet() + ".example"));
		LiveCorsPolicy live = new LiveCorsPolicy(CorsPolicy.builder().allowedOrigins("https://app.example").build(),
				"test");
		DynamicCorsOrigins origins = new DynamicCorsOrigins(source, live, new CorsProperties.DynamicOrigins(),
				Clock.systemUTC());
		origins.start();
		try {
			for (int refresh = 1; refresh <= 500; refresh++) {
				DynamicCorsOrigins.State state = origins.refresh().orTimeout(5, TimeUnit.SECONDS).join();
				assertThat(state.lastError()).isNull();
				assertThat(loads).as("loads after refresh %d", refresh).hasValue(refresh + 1);
			}
			assertThat(loads).hasValue(501);
		}
		finally {
			origins.stop();
		}
	}

}
