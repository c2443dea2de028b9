package dev.crossorigin.cors.policy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of {@code Access-Control-Request-Headers} is bounded whatever its shape: the
 * engine reads at most the documented caps,
 * {@value ReferenceModel#MAX_REQUEST_HEADERS_LENGTH} characters and
 * {@value ReferenceModel#MAX_REQUEST_HEADERS_COUNT} names, rejects anything beyond them
 * as malformed, and so decides on a megabyte as fast as on a few bytes. Times are CPU
 * time of this thread, medians of batches, so that other work on the machine does not
 * count; the ceilings are two orders of magnitude above the measured costs.
 */
class RequestHeadersCostPropertyTests {

	/**
	 * Most CPU time one decision may take, whatever the value: about a hundred times what
	 * it takes.
	 */
	private static final long CEILING_NANOS = 1_000_000;

	private static final List<Integer> SIZES = List.of(0, 1, 63, 64, 65, 4095, 4096, 4097, 65_536, 1_048_576);

	@Property(tries = 200)
	void valuesPastTheCapsAreMalformedAndOthersAreDecidedAsTheReferenceDecides(
			@ForAll("requestHeaders") String requestHeaders) {
		for (CorsPolicy policy : FuzzPolicies.HEADER_LISTS) {
			CorsRequest request = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", requestHeaders);
			Reason reason = CorsInvariants.evaluate(policy, request).decision().reason();
			if (requestHeaders.length() > ReferenceModel.MAX_REQUEST_HEADERS_LENGTH
					|| requestHeaders.split(",", -1).length > ReferenceModel.MAX_REQUEST_HEADERS_COUNT) {
				assertThat(reason).isEqualTo(Reason.MALFORMED);
			}
		}
	}

	@Property(tries = 40)
	void decidingTakesBoundedTimeWhateverTheShapeAndSize(@ForAll("requestHeaders") String requestHeaders) {
		for (CorsPolicy policy : FuzzPolicies.HEADER_LISTS) {
			CorsRequest request = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", requestHeaders);
			assertThat(medianCpuNanos(() -> policy.evaluate(request))).as("CPU time of one decision (ns)")
				.isLessThan(CEILING_NANOS);
		}
	}

	@Example
	void decidingOnAMegabyteCostsLessThanOnTheLongestValueAccepted() {
		CorsPolicy policy = FuzzPolicies.HEADER_LISTS.get(1);
		String longestAccepted = names(64, 4096);
		assertThat(longestAccepted).hasSize(ReferenceModel.MAX_REQUEST_HEADERS_LENGTH);
		CorsRequest atTheCap = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", longestAccepted);
		CorsRequest megabyte = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", "a".repeat(1 << 20));
		assertThat(policy.evaluate(atTheCap).decision()).isSameAs(CorsDecision.PREFLIGHT_ACCEPTED);
		assertThat(policy.evaluate(megabyte).decision().reason()).isEqualTo(Reason.MALFORMED);
		long atTheCapNanos = medianCpuNanos(() -> policy.evaluate(atTheCap));
		assertThat(medianCpuNanos(() -> policy.evaluate(megabyte))).isLessThan(atTheCapNanos);
	}

	@Provide
	Arbitrary<String> requestHeaders() {
		Arbitrary<String> names = Arbitraries.oneOf(
				Arbitraries.of("content-type", "Authorization", "X-Request-Id", "x-a", "X-B"),
				Arbitraries.strings().withChars("abcxyzABC-_!~").ofMinLength(1).ofMaxLength(100));
		Arbitrary<String> separators = Arbitraries.of(",", ", ", " , ", ",\t", ",,", " ");
		Arbitrary<List<String>> lists = Arbitraries.oneOf(names.list().ofMinSize(1).ofMaxSize(200),
				Arbitraries.of(63, 64, 65, 66)
					.flatMap((count) -> Arbitraries.of("a", "x-b", "X-C").list().ofSize(count)));
		Arbitrary<String> padding = Arbitraries.of("", " ", "\t", " \t ");
		Arbitrary<String> joined = Combinators.combine(lists, separators, padding, padding)
			.as((list, separator, before, after) -> before + String.join(separator, list) + after);
		Arbitrary<String> repeated = Arbitraries.of(",", " ", "\t", "a", "a,", "a, ", "content-type, ", " ,", "\u00e9,")
			.flatMap((unit) -> Arbitraries.of(SIZES).map((size) -> unit.repeat(size)));
		return Arbitraries.oneOf(joined, repeated);
	}

	/**
	 * {@code count} distinct names joined by commas, padded to exactly {@code length}
	 * characters.
	 */
	private static String names(int count, int length) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < count; i++) {
			value.append((i > 0) ? "," : "").append("x-").append(i);
		}
		return value.append("y".repeat(length - value.length())).toString();
	}

	/** The median CPU time of one run, over batches, in nanoseconds. */
	private static long medianCpuNanos(Runnable decision) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int batch = 50;
		long[] samples = new long[11];
		for (int sample = 0; sample < samples.length; sample++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < batch; i++) {
				decision.run();
			}
			samples[sample] = (threads.getCurrentThreadCpuTime() - start) / batch;
		}
		Arrays.sort(samples);
		return samples[samples.length / 2];
	}

}
