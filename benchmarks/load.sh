#!/usr/bin/env bash
# End-to-end load comparison on loopback: the sample app with (a) the starter, (b) Spring's CorsFilter/CorsWebFilter
# doing the same job (cors.enabled=false, sample.spring-cors=true), (c) no CORS at all (cors.enabled=false), on the
# servlet (Tomcat) and reactive (Netty) stacks, driven by wrk with allowed actual GETs and accepted preflights.
# The variants alternate within every run, and their order rotates from run to run, so that background noise is
# spread over all of them. Prints medians of requests per second and p99 latency, and their ratios.
#
# Usage: build the jar (mvn -B -o -q -pl sample-app -am package -DskipTests), then from the repository root:
#   benchmarks/load.sh                      # 5 runs, 8 s per measurement
#   RUNS=7 DURATION=10s benchmarks/load.sh
# Settings (environment): RUNS, DURATION, WARMUP, CONNECTIONS, THREADS, PORT, STACKS, OUT.
set -euo pipefail

RUNS=${RUNS:-5}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-4s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-1}
# An unusual port: other programs on a shared machine like 8080 and 18080.
PORT=${PORT:-38517}
STACKS=${STACKS:-"servlet reactive"}
OUT=${OUT:-benchmarks/target/load}
JAR=${JAR:-sample-app/target/sample-app-0.1.0-SNAPSHOT.jar}
HOST=127.0.0.1
URL="http://$HOST:$PORT/api/greeting"
ORIGIN=https://app.example.com

if ! command -v wrk > /dev/null; then
	echo "wrk is not installed. On Debian or Ubuntu: sudo apt-get install -y wrk" >&2
	exit 1
fi
if [[ ! -f "$JAR" ]]; then
	echo "$JAR is missing. Build it: mvn -B -o -q -pl sample-app -am package -DskipTests" >&2
	exit 1
fi
if curl -s -o /dev/null "http://$HOST:$PORT/"; then
	echo "Something already listens on $HOST:$PORT; set PORT to a free port" >&2
	exit 1
fi

mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
printf 'run\tstack\tvariant\trequest\trps\tp99_ms\tnon2xx\n' > "$RESULTS"

cat > "$OUT/actual.lua" <<LUA
wrk.method = "GET"
wrk.headers["Origin"] = "$ORIGIN"
LUA
cat > "$OUT/preflight.lua" <<LUA
wrk.method = "OPTIONS"
wrk.headers["Origin"] = "$ORIGIN"
wrk.headers["Access-Control-Request-Method"] = "PUT"
wrk.headers["Access-Control-Request-Headers"] = "content-type,x-request-id"
LUA

APP_PID=
stop_app() {
	if [[ -n "$APP_PID" ]]; then
		kill "$APP_PID" 2> /dev/null || true
		wait "$APP_PID" 2> /dev/null || true
		APP_PID=
	fi
	# The next variant must not be measured against this one's late answers.
	for _ in $(seq 1 60); do
		curl -s -o /dev/null "$URL" || return 0
		sleep 0.5
	done
	echo "$HOST:$PORT still answers after the app stopped" >&2
	exit 1
}
trap stop_app EXIT

variant_args() {
	case "$1" in
		starter) echo "" ;;
		spring) echo "--cors.enabled=false --sample.spring-cors=true" ;;
		none) echo "--cors.enabled=false" ;;
	esac
}

stack_args() {
	case "$1" in
		servlet) echo "--spring.main.web-application-type=servlet" ;;
		reactive) echo "--spring.main.web-application-type=reactive" ;;
	esac
}

start_app() {
	local stack=$1 variant=$2 log="$OUT/app-$1-$2.log"
	if curl -s -o /dev/null "$URL"; then
		echo "Another program answers on $HOST:$PORT; set PORT to a free port" >&2
		exit 1
	fi
	# shellcheck disable=SC2046
	java -Xms256m -Xmx256m -jar "$JAR" --server.address=$HOST --server.port="$PORT" \
		--logging.level.root=WARN $(stack_args "$stack") $(variant_args "$variant") > "$log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 120); do
		if curl -s -o /dev/null "$URL"; then
			return 0
		fi
		if ! kill -0 "$APP_PID" 2> /dev/null; then
			echo "The app ($stack, $variant) did not start; see $log" >&2
			exit 1
		fi
		sleep 0.5
	done
	echo "The app ($stack, $variant) did not answer within 60 s; see $log" >&2
	exit 1
}

# Checks that a variant does what it claims before measuring it.
check_variant() {
	local variant=$1 headers
	headers=$(curl -s -D - -o /dev/null -H "Origin: $ORIGIN" "$URL" | tr -d '\r')
	if [[ "$variant" == none ]]; then
		! grep -qi '^Access-Control-Allow-Origin:' <<< "$headers"
	else
		grep -qi "^Access-Control-Allow-Origin: $ORIGIN" <<< "$headers"
	fi
}

# Runs wrk and prints "rps<TAB>p99_ms<TAB>non2xx".
measure() {
	local script=$1 duration=$2 output
	output=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s "$OUT/$script.lua" "$URL")
	awk '
		/Requests\/sec:/ { rps = $2 }
		/Non-2xx or 3xx responses:/ { non2xx = $5 }
		$1 == "99%" {
			value = $2; unit = value; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", value)
			p99 = (unit == "us") ? value / 1000 : (unit == "s") ? value * 1000 : value
		}
		END { printf "%s\t%.3f\t%d\n", rps, p99, non2xx }
	' <<< "$output"
}

VARIANTS=(starter spring none)
for run in $(seq 1 "$RUNS"); do
	for stack in $STACKS; do
		# Rotate the order every run: no variant always goes first, right after a build or another's run.
		for i in 0 1 2; do
			variant=${VARIANTS[$(((i + run) % 3))]}
			start_app "$stack" "$variant"
			if ! check_variant "$variant"; then
				echo "The $variant variant on $stack does not behave as expected:" >&2
				curl -s -D - -o /dev/null -H "Origin: $ORIGIN" "$URL" >&2 || true
				exit 1
			fi
			measure actual "$WARMUP" > /dev/null
			measure preflight "$WARMUP" > /dev/null
			for request in actual preflight; do
				line=$(measure "$request" "$DURATION")
				printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$stack" "$variant" "$request" "$line" | tee -a "$RESULTS"
			done
			stop_app
		done
	done
done

python3 "$(dirname "$0")/report.py" load "$RESULTS"
