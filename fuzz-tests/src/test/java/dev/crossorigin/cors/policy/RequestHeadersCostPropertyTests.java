package dev.crossorigin.cors.policy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import dev.crossorigin.cors.policy.CorsDecision.Reason;
import org.junit.jupiter.api.Test;

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

	@Test
	void valuesPastTheCapsAreMalformedAndOthersAreDecidedAsTheReferenceDecides() {
		PropertyCheck.forAll(200, requestHeaders(), (requestHeaders) -> {
			for (CorsPolicy policy : FuzzPolicies.HEADER_LISTS) {
				CorsRequest request = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", requestHeaders);
				Reason reason = CorsInvariants.evaluate(policy, request).decision().reason();
				if (requestHeaders.length() > ReferenceModel.MAX_REQUEST_HEADERS_LENGTH
						|| requestHeaders.split(",", -1).length > ReferenceModel.MAX_REQUEST_HEADERS_COUNT) {
					assertThat(reason).isEqualTo(Reason.MALFORMED);
				}
			}
		});
	}

	@Test
	void decidingTakesBoundedTimeWhateverTheShapeAndSize() {
		PropertyCheck.forAll(40, requestHeaders(), (requestHeaders) -> {
			for (CorsPolicy policy : FuzzPolicies.HEADER_LISTS) {
				CorsRequest request = CorsRequest.preflight("/", FuzzPolicies.APP, "GET", requestHeaders);
				assertThat(medianCpuNanos(() -> policy.evaluate(request))).as("CPU time of one decision (ns)")
					.isLessThan(CEILING_NANOS);
			}
		});
	}

	@Test
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

	private static Gen<String> requestHeaders() {
		Gen<String> names = Gen.oneOf(Gen.of("content-type", "Authorization", "X-Request-Id", "x-a", "X-B"),
				Gen.strings("abcxyzABC-_!~", 1, 100));
		Gen<String> separators = Gen.of(",", ", ", " , ", ",\t", ",,", " ");
		Gen<List<String>> lists = Gen.oneOf(names.list(1, 200),
				Gen.of(63, 64, 65, 66).flatMap((count) -> Gen.of("a", "x-b", "X-C").list(count, count)));
		Gen<String> padding = Gen.of("", " ", "\t", " \t ");
		Gen<String> joined = (random) -> {
			List<String> list = lists.next(random);
			String separator = separators.next(random);
			return padding.next(random) + String.join(separator, list) + padding.next(random);
		};
		Gen<String> repeated = Gen.of(",", " ", "\t", "a", "a,", "a, ", "content-type, ", " ,", "\u00e9,")
			.flatMap((unit) -> Gen.of(SIZES).map(unit::repeat));
		return Gen.oneOf(joined, repeated);
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
