#!/usr/bin/env bash
# Runs the engine and filter benchmarks of two builds side by side, in alternating rounds, and writes the table of
# their ratios (docs/benchmarks.md, "Engine and adapter changes made while measuring"): for a change that must cost
# nothing, or one that must cost less.
# Every (stack, scenario) runs our filter from both builds back to back, in an order that rotates from round to
# round, beside the pass-through floor (the same code in both builds, taken from each in turn) and, for the
# scenarios in SPRING_SCENARIOS, Spring's filter (to see a target against it); then the engine alone from both
# builds, with -prof gc for allocation.
#
# Usage: build benchmarks/target/benchmarks.jar at each of the two commits and keep a copy of each, then from the
# repository root:
#   BEFORE=/path/before.jar AFTER=/path/after.jar benchmarks/compare-jmh.sh
#   ROUNDS=3 JMH_OPTS="-f 1 -wi 3 -w 1s -i 4 -r 1s" BEFORE=... AFTER=... benchmarks/compare-jmh.sh
#   SCENARIOS="ALLOWED_ORIGIN LOOKUP_CACHED_HIT" SPRING_SCENARIOS="" BEFORE=... AFTER=... benchmarks/compare-jmh.sh
# (both jars must know the scenarios named: the origins-from-data ones exist since commit 081cbec)
set -euo pipefail

ROUNDS=${ROUNDS:-5}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 4 -r 1s"}
OUT=${OUT:-benchmarks/target/jmh-compare}
SCENARIOS=${SCENARIOS:-"NO_ORIGIN ALLOWED_ORIGIN LAST_OF_1000_ORIGINS LAST_OF_100_PATTERNS PREFLIGHT PREFLIGHT_DISALLOWED DISALLOWED_ORIGIN SNAPSHOT_ORIGIN_OF_1 SNAPSHOT_ORIGIN_OF_100000 LOOKUP_CACHED_HIT"}
SPRING_SCENARIOS=${SPRING_SCENARIOS:-PREFLIGHT}

for jar in "${BEFORE:?set BEFORE to the jar of the commit before}" "${AFTER:?set AFTER to the jar of the commit after}"; do
	if [[ ! -f "$jar" ]]; then
		echo "$jar is missing" >&2
		exit 1
	fi
done
mkdir -p "$OUT"
rm -f "$OUT"/*.json

# shellcheck disable=SC2086
run() { java -jar "$1" "$2" $JMH_OPTS -rf json -rff "$3" "${@:4}" > /dev/null; }

for round in $(seq 1 "$ROUNDS"); do
	if ((round % 2)); then builds=(before after); else builds=(after before); fi
	for benchmark in ServletFilterBenchmark ReactiveFilterBenchmark; do
		for scenario in $SCENARIOS; do
			echo "round $round: $benchmark $scenario: floor from ${builds[0]}, then ${builds[*]}"
			floor=$BEFORE
			[[ ${builds[0]} == after ]] && floor=$AFTER
			run "$floor" "$benchmark\\.passThrough\$" "$OUT/filters-$round-$benchmark-$scenario-floor.json" \
				-p scenario="$scenario"
			for build in "${builds[@]}"; do
				jar=$BEFORE
				[[ $build == after ]] && jar=$AFTER
				run "$jar" "$benchmark\\.starter\$" "$OUT/filters-$round-$benchmark-$scenario-$build.json" \
					-p scenario="$scenario"
			done
			if [[ " $SPRING_SCENARIOS " == *" $scenario "* ]]; then
				run "$AFTER" "$benchmark\\.spring\$" "$OUT/filters-$round-$benchmark-$scenario-spring.json" \
					-p scenario="$scenario"
			fi
		done
	done
	for build in "${builds[@]}"; do
		echo "round $round: engine, $build"
		jar=$BEFORE
		[[ $build == after ]] && jar=$AFTER
		run "$jar" 'EngineBenchmark|PatternMatchBenchmark' "$OUT/engine-$round-$build.json" -prof gc
	done
done

python3 "$(dirname "$0")/report.py" compare "$OUT" | tee "$OUT/report.md"
