#!/usr/bin/env bash
# Runs the JMH suite in alternating rounds and writes the ratio table (docs/benchmarks.md explains it).
# Every (stack, scenario) runs our filter, Spring's and the pass-through floor back to back, in an order that
# rotates from round to round, so that slow patches of a shared machine hit all three alike. Then the engine alone
# with -prof gc for allocation. Each filter run starts a Spring context (our filter comes from the
# auto-configuration), a second or two of set-up that JMH does not time.
#
# Usage: build (mvn -B -o -q -pl benchmarks -am package -DskipTests), then from the repository root:
#   benchmarks/run-jmh.sh                   # 3 rounds
#   ROUNDS=5 JMH_OPTS="-f 1 -wi 5 -w 1s -i 5 -r 1s" benchmarks/run-jmh.sh
set -euo pipefail

ROUNDS=${ROUNDS:-3}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 4 -r 1s"}
OUT=${OUT:-benchmarks/target/jmh}
JAR=${JAR:-benchmarks/target/benchmarks.jar}
SCENARIOS="NO_ORIGIN ALLOWED_ORIGIN LAST_OF_1000_ORIGINS LAST_OF_100_PATTERNS PREFLIGHT PREFLIGHT_DISALLOWED DISALLOWED_ORIGIN
SNAPSHOT_ORIGIN_OF_1 SNAPSHOT_ORIGIN_OF_100000 LOOKUP_CACHED_HIT"
SUBJECTS=(passThrough starter spring)

if [[ ! -f "$JAR" ]]; then
	echo "$JAR is missing. Build it: mvn -B -o -q -pl benchmarks -am package -DskipTests" >&2
	exit 1
fi
mkdir -p "$OUT"
rm -f "$OUT"/filters-*.json "$OUT"/engine-*.json

for round in $(seq 1 "$ROUNDS"); do
	for benchmark in ServletFilterBenchmark ReactiveFilterBenchmark; do
		for scenario in $SCENARIOS; do
			for i in 0 1 2; do
				subject=${SUBJECTS[$(((i + round) % 3))]}
				echo "round $round: $benchmark.$subject $scenario"
				# shellcheck disable=SC2086
				java -jar "$JAR" "$benchmark\\.$subject\$" -p scenario="$scenario" $JMH_OPTS -rf json \
					-rff "$OUT/filters-$round-$benchmark-$scenario-$subject.json" > /dev/null
			done
		done
	done
done

for round in $(seq 1 "$ROUNDS"); do
	echo "round $round: engine"
	# shellcheck disable=SC2086
	java -jar "$JAR" 'EngineBenchmark|PatternMatchBenchmark' -prof gc $JMH_OPTS -rf json \
		-rff "$OUT/engine-$round.json" > /dev/null
done

python3 "$(dirname "$0")/report.py" jmh "$OUT" | tee "$OUT/report.md"
