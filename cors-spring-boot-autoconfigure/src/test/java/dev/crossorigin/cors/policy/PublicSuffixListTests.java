package dev.crossorigin.cors.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.crossorigin.cors.policy.PublicSuffixList.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Public Suffix List shipped in the jar: its rules as the list's algorithm reads
 * them, and its age.
 */
class PublicSuffixListTests {

	/**
	 * How old the shipped copy may be. The list changes every week; a copy older than
	 * this misses hosting services that opened since. Refresh it with
	 * {@code scripts/update-public-suffix-list.sh}.
	 */
	static final Duration MAX_AGE = Duration.ofDays(180);

	@Test
	void shippedCopyIsNotOlderThanItsStatedMaximumAge() {
		String version = PublicSuffixList.get().version();
		LocalDate published = LocalDate.parse(version.substring(0, 10));
		assertThat(published.atStartOfDay().toInstant(ZoneOffset.UTC))
			.as("VERSION %s of the shipped Public Suffix List; run scripts/update-public-suffix-list.sh", version)
			.isAfter(Instant.now().minus(MAX_AGE));
	}

	@Test
	void shippedCopyHasBothSections() {
		PublicSuffixList list = PublicSuffixList.get();
		assertThat(list.sectionOf("co.uk")).isEqualTo(Section.ICANN);
		assertThat(list.sectionOf("github.io")).isEqualTo(Section.PRIVATE);
		assertThat(list.sectionOf("example.co.uk")).isNull();
	}

	@Test
	void rulesAreReadAsTheListsAlgorithmSays() throws Exception {
		PublicSuffixList list = PublicSuffixList.parse(new ByteArrayInputStream("""
				// VERSION: 2026-01-02_03-04-05_UTC
				// ===BEGIN ICANN DOMAINS===
				uk
				co.uk
				*.ck
				!www.ck
				公司.cn
				// ===END ICANN DOMAINS===
				// ===BEGIN PRIVATE DOMAINS===
				github.io
				*.compute.example.net
				// ===END PRIVATE DOMAINS===
				""".getBytes(StandardCharsets.UTF_8)));
		assertThat(list.version()).isEqualTo("2026-01-02_03-04-05_UTC");
		assertThat(list.sectionOf("co.uk")).isEqualTo(Section.ICANN);
		assertThat(list.sectionOf("anything.ck")).as("wildcard rule").isEqualTo(Section.ICANN);
		assertThat(list.sectionOf("www.ck")).as("exception rule").isNull();
		assertThat(list.sectionOf("xn--55qx5d.cn")).as("IDN rule in punycode").isEqualTo(Section.ICANN);
		assertThat(list.sectionOf("github.io")).isEqualTo(Section.PRIVATE);
		assertThat(list.sectionOf("eu-1.compute.example.net")).isEqualTo(Section.PRIVATE);
		assertThat(list.sectionOf("compute.example.net")).isNull();
		assertThat(list.sectionOf("localhost")).as("a single label, by the default rule").isEqualTo(Section.ICANN);
		assertThat(list.sectionOf("example.com")).isNull();
	}

}
