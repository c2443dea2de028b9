package dev.crossorigin.cors.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The Public Suffix List (<a href="https://publicsuffix.org/">publicsuffix.org</a>): the
 * domains under which anyone can register or publish a site, such as {@code co.uk} (its
 * ICANN section) or {@code github.io} (its private section). A wildcard origin pattern on
 * one of them would allow strangers' sites.
 *
 * <p>
 * The list ships in this jar as {@code public_suffix_list.dat}, unmodified;
 * {@code scripts/update-public-suffix-list.sh} refreshes it. It is read once, the first
 * time a wildcard pattern is validated. Internationalised rules are kept in their ASCII
 * (punycode) form, the form browsers put in {@code Origin}.
 */
final class PublicSuffixList {

	/** Where the list lies on the class path. */
	static final String RESOURCE = "public_suffix_list.dat";

	private static final String PRIVATE_SECTION_START = "// ===BEGIN PRIVATE DOMAINS===";

	private final Map<String, Section> rules;

	private final Map<String, Section> wildcards;

	private final Set<String> exceptions;

	private final String version;

	private PublicSuffixList(Map<String, Section> rules, Map<String, Section> wildcards, Set<String> exceptions,
			String version) {
		this.rules = Map.copyOf(rules);
		this.wildcards = Map.copyOf(wildcards);
		this.exceptions = Set.copyOf(exceptions);
		this.version = version;
	}

	/** The list shipped in this jar. */
	static PublicSuffixList get() {
		return Shipped.LIST;
	}

	/**
	 * The {@code VERSION} line of the list's header, such as
	 * {@code 2026-10-06_16-13-12_UTC}.
	 */
	String version() {
		return this.version;
	}

	/**
	 * Whether a host name is itself a public suffix, by the list's rules (an exception
	 * rule wins over a wildcard rule). A name of one label is a public suffix by the
	 * list's default rule.
	 * @param host a lowercase host name, in ASCII
	 * @return the section of the rule that makes it one, or {@code null} when it is not
	 * one
	 */
	@Nullable Section sectionOf(String host) {
		if (this.exceptions.contains(host)) {
			return null;
		}
		Section exact = this.rules.get(host);
		if (exact != null) {
			return exact;
		}
		int dot = host.indexOf('.');
		if (dot < 0) {
			return Section.ICANN;
		}
		return this.wildcards.get(host.substring(dot + 1));
	}

	static PublicSuffixList parse(InputStream input) throws IOException {
		Map<String, Section> rules = new HashMap<>();
		Map<String, Section> wildcards = new HashMap<>();
		Set<String> exceptions = new HashSet<>();
		String version = "unknown";
		Section section = Section.ICANN;
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			line = line.strip();
			if (line.startsWith("// VERSION: ")) {
				version = line.substring("// VERSION: ".length()).strip();
			}
			if (line.startsWith(PRIVATE_SECTION_START)) {
				section = Section.PRIVATE;
			}
			if (line.isEmpty() || line.startsWith("//")) {
				continue;
			}
			if (line.startsWith("!")) {
				exceptions.add(ascii(line.substring(1)));
			}
			else if (line.startsWith("*.")) {
				wildcards.put(ascii(line.substring(2)), section);
			}
			else {
				rules.put(ascii(line), section);
			}
		}
		return new PublicSuffixList(rules, wildcards, exceptions, version);
	}

	private static String ascii(String rule) {
		return IDN.toASCII(rule, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
	}

	/** The two sections of the list. */
	enum Section {

		/** Domains registries sell names under, such as {@code co.uk}. */
		ICANN("ICANN section: anyone can register a domain under it"),

		/** Services that give anyone a subdomain, such as {@code github.io}. */
		PRIVATE("private section: a service where anyone can publish a site under it");

		private final String meaning;

		Section(String meaning) {
			this.meaning = meaning;
		}

		/** What being on the list in this section means, for a message. */
		String meaning() {
			return this.meaning;
		}

	}

	/** Reads the shipped list on first use. */
	private static final class Shipped {

		static final PublicSuffixList LIST = load();

		private static PublicSuffixList load() {
			try (InputStream input = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
				if (input == null) {
					throw new IllegalStateException(
							"The Public Suffix List is missing from the class path: " + RESOURCE);
				}
				return parse(input);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the Public Suffix List", ex);
			}
		}

	}

}
