package dev.crossorigin.cors.policy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link VaryHeader#merge}.
 */
class VaryHeaderTests {

	private static final String PREFLIGHT = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

	@Test
	void namesAreTheValueWhenThereIsNoVary() {
		assertThat(VaryHeader.merge(List.of(), "Origin")).isEqualTo("Origin");
	}

	@Test
	void listOfNamesIsTheValueWhenThereIsNoVary() {
		assertThat(VaryHeader.merge(List.of(), PREFLIGHT)).isEqualTo(PREFLIGHT);
	}

	@Test
	void namesAreAppendedToTheExistingValue() {
		assertThat(VaryHeader.merge(List.of("Accept-Encoding"), "Origin")).isEqualTo("Accept-Encoding, Origin");
	}

	@Test
	void nothingChangesWhenTheNameIsAlreadyPresent() {
		assertThat(VaryHeader.merge(List.of("Accept-Encoding, Origin"), "Origin")).isNull();
	}

	@Test
	void nothingChangesWhenTheNameIsPresentInOtherCase() {
		assertThat(VaryHeader.merge(List.of("accept-encoding, ORIGIN"), "Origin")).isNull();
	}

	@Test
	void nothingChangesWhenEveryNameOfAListIsPresentInSomeLine() {
		assertThat(VaryHeader.merge(List.of("origin", "access-control-request-headers, Access-Control-Request-Method"),
				PREFLIGHT))
			.isNull();
	}

	@Test
	void onlyTheMissingNamesOfAListAreAppended() {
		assertThat(VaryHeader.merge(List.of("Origin"), PREFLIGHT)).isEqualTo(PREFLIGHT);
	}

	@Test
	void existingNamesKeepTheirSpellingAndOrder() {
		assertThat(VaryHeader.merge(List.of("accept-language, ORIGIN"), PREFLIGHT))
			.isEqualTo("accept-language, ORIGIN, Access-Control-Request-Method, Access-Control-Request-Headers");
	}

	@Test
	void nothingChangesWhenVaryIsTheWildcard() {
		assertThat(VaryHeader.merge(List.of("*"), "Origin")).isNull();
	}

	@Test
	void nothingChangesWhenTheWildcardIsOneOfSeveralNames() {
		assertThat(VaryHeader.merge(List.of("Accept-Encoding", " * "), "Origin")).isNull();
	}

	@Test
	void multipleExistingLinesAreMergedIntoOneValue() {
		assertThat(VaryHeader.merge(List.of("Accept-Encoding", "Accept-Language"), "Origin"))
			.isEqualTo("Accept-Encoding, Accept-Language, Origin");
	}

	@Test
	void duplicatesAcrossExistingLinesAreDroppedWhenMerging() {
		assertThat(VaryHeader.merge(List.of("Accept-Encoding", "accept-encoding, Accept"), "Origin"))
			.isEqualTo("Accept-Encoding, Accept, Origin");
	}

	@Test
	void whiteSpaceAndEmptyElementsOfExistingLinesAreIgnored() {
		assertThat(VaryHeader.merge(List.of("", " , Accept-Encoding ,,"), "Origin"))
			.isEqualTo("Accept-Encoding, Origin");
	}

	@Test
	void duplicateNamesToAddAreAddedOnce() {
		assertThat(VaryHeader.merge(List.of(), "Origin, origin")).isEqualTo("Origin");
	}

	@Test
	void whiteSpaceAroundNamesToAddIsIgnored() {
		assertThat(VaryHeader.merge(List.of("Accept"), "  Origin ,Access-Control-Request-Method "))
			.isEqualTo("Accept, Origin, Access-Control-Request-Method");
	}

	@Test
	void emptyNamesToAddAreIgnored() {
		assertThat(VaryHeader.merge(List.of(), "Origin, ,")).isEqualTo("Origin");
	}

	@Test
	void nothingChangesWhenThereIsNoNameToAdd() {
		assertThat(VaryHeader.merge(List.of("Accept"), " ")).isNull();
	}

	@ParameterizedTest(name = "''{0}'' lists Origin: {1}")
	@CsvSource(delimiter = '|',
			value = { "Origin|true", "origin|true", "Accept, Origin|true", " Accept ,origin ,X|true", "*|true",
					"Accept-Language|false", "Origins|false", "X-Origin|false", "''|false", "Accept,|false" })
	void listsTellsWhetherOneValueNamesAHeader(String value, boolean lists) {
		assertThat(VaryHeader.lists(value, "Origin")).isEqualTo(lists);
	}

}
