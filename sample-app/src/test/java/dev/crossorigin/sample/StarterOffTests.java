package dev.crossorigin.sample;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample with the starter switched off, on both stacks, as {@code benchmarks/load.sh}
 * runs it to compare: it still starts and serves its API, without CORS headers of the
 * starter's, and with {@code sample.spring-cors=true} Spring's own CORS filter answers in
 * its place.
 */
class StarterOffTests {

	private static final String APP = "https://app.example.com";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "servlet", "reactive" })
	void sampleServesWithoutCorsWhenTheStarterIsOff(String stack) {
		try (ConfigurableApplicationContext context = start(stack, "--cors.enabled=false")) {
			HttpResponse<String> greeting = get(context, "/api/greeting", APP);
			assertThat(greeting.statusCode()).isEqualTo(200);
			assertThat(greeting.body()).contains("\"stack\":\"" + stack + "\"");
			assertThat(greeting.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
			assertThat(greeting.headers().allValues("Vary")).noneMatch((vary) -> vary.contains("Origin"));
			HttpResponse<String> policy = get(context, "/public/policy?origin=" + APP, null);
			assertThat(policy.statusCode()).isEqualTo(200);
			assertThat(policy.body()).contains("\"originAllowed\":false").contains("cors.enabled=false");
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "servlet", "reactive" })
	void springsOwnCorsFilterAnswersInTheStartersPlace(String stack) {
		try (ConfigurableApplicationContext context = start(stack, "--cors.enabled=false",
				"--sample.spring-cors=true")) {
			HttpResponse<String> greeting = get(context, "/api/greeting", APP);
			assertThat(greeting.statusCode()).isEqualTo(200);
			assertThat(greeting.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
			assertThat(greeting.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
			assertThat(get(context, "/api/greeting", "https://evil.example").statusCode()).isEqualTo(403);
		}
	}

	private static ConfigurableApplicationContext start(String stack, String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "--server.port=0";
		all[1] = "--server.address=127.0.0.1";
		all[2] = "--spring.main.web-application-type=" + stack;
		System.arraycopy(args, 0, all, 3, args.length);
		return new SpringApplicationBuilder(SampleApplication.class).run(all);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String origin) {
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return LoopbackHttp.send(request);
	}

}
