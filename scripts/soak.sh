#!/usr/bin/env bash
# Soak test: runs the sample app on each stack (Spring MVC on Tomcat, WebFlux on Netty), bound to loopback, and
# drives it with wrk and scripts/soak.lua (mixed CORS traffic: allowed and refused origins, preflights, malformed
# and oversized headers) for a bounded time. Reports per stack: requests served, responses by status, 5xx,
# Access-Control-Allow-Origin leaks, ERROR log lines, and heap used after a full GC at the start and at the end.
#
# Usage: scripts/soak.sh [--duration SECONDS] [--stacks "servlet reactive"] [--connections N] [--threads N]
#                        [--port PORT] [--out FILE]
# Environment: MVN (default ./mvnw) builds sample-app/target/sample-app-*.jar when it is missing.
# Needs: java, jcmd, curl, wrk (Debian: apt-get install -y wrk). Exits non-zero when a stack answers any 5xx,
# leaks a header, logs an ERROR line or its heap after GC grows by more than 10%.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=180
stacks="servlet reactive"
connections=16
threads=2
port=18080
out=""
warmup=20
while [ $# -gt 0 ]; do
	case "$1" in
		--duration) duration="$2"; shift 2 ;;
		--stacks) stacks="$2"; shift 2 ;;
		--connections) connections="$2"; shift 2 ;;
		--threads) threads="$2"; shift 2 ;;
		--port) port="$2"; shift 2 ;;
		--out) out="$2"; shift 2 ;;
		-h|--help) sed -n '2,12p' "$0"; exit 0 ;;
		*) echo "unknown option: $1" >&2; exit 2 ;;
	esac
done

for tool in java jcmd curl; do
	command -v "$tool" >/dev/null || { echo "soak: $tool is required" >&2; exit 2; }
done
if ! command -v wrk >/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
	else
		echo "soak: wrk is required (Debian: apt-get install -y wrk)" >&2
		exit 2
	fi
fi

jar=$(ls sample-app/target/sample-app-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [ -z "$jar" ]; then
	${MVN:-./mvnw} -B -q -pl sample-app -am package -DskipTests
	jar=$(ls sample-app/target/sample-app-*.jar | grep -v -- '-plain' | head -n 1)
fi

work=$(mktemp -d)
app_pid=""
cleanup() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT

# Heap used after a full GC, in KiB: the least of three GC-then-read rounds, so that whatever is allocated between
# a collection and the reading does not count.
heap_after_gc() {
	for _ in 1 2 3; do
		jcmd "$1" GC.run >/dev/null
		jcmd "$1" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1
	done | sort -n | head -n 1
}

# Responses whose status is within [$1, $2] and is not $3, from "200=12,403=3,...".
count() {
	tr ',' '\n' <<<"$statuses" | awk -F= -v lo="$1" -v hi="$2" -v not="${3:-0}" \
		'$1 >= lo && $1 <= hi && $1 != not { n += $2 } END { print n + 0 }'
}

status=0
summary="| stack | seconds | requests | req/s | 2xx | 403 | other 4xx | 5xx | socket errors | ACAO leaks | ERROR lines | heap after GC, start → end |"
summary+=$'\n'"|---|---|---|---|---|---|---|---|---|---|---|---|"
for stack in $stacks; do
	case "$stack" in
		servlet) args=() ;;
		reactive) args=(--spring.main.web-application-type=reactive) ;;
		*) echo "unknown stack: $stack" >&2; exit 2 ;;
	esac
	log="$work/$stack.log"
	java -Xms256m -Xmx256m -XX:+UseG1GC -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
		"${args[@]}" >"$log" 2>&1 &
	app_pid=$!
	base="http://127.0.0.1:$port"
	for _ in $(seq 1 120); do
		curl -fs "$base/actuator/health" >/dev/null 2>&1 && break
		kill -0 "$app_pid" 2>/dev/null || { echo "soak: $stack did not start:" >&2; cat "$log" >&2; exit 1; }
		sleep 0.5
	done
	curl -fs "$base/actuator/health" >/dev/null || { echo "soak: $stack not healthy after 60 s" >&2; exit 1; }

	echo "soak: $stack on $base (pid $app_pid): ${warmup} s warm-up, then ${duration} s" >&2
	wrk -t"$threads" -c"$connections" -d"${warmup}s" -s scripts/soak.lua "$base" >/dev/null
	heap_start=$(heap_after_gc "$app_pid")
	result=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s scripts/soak.lua "$base" | tee "$work/$stack.wrk" | grep '^soak ')
	heap_end=$(heap_after_gc "$app_pid")
	errors=$(grep -cE '^[0-9TZ:.+-]+ +ERROR ' "$log" || true)

	requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$result")
	socket=$(sed -n 's/.*socket_errors=\([0-9]*\).*/\1/p' <<<"$result")
	leaks=$(sed -n 's/.*leaks=\([0-9]*\).*/\1/p' <<<"$result")
	statuses=$(sed -n 's/.*statuses=\(.*\)$/\1/p' <<<"$result")
	ok=$(count 200 299)
	forbidden=$(count 403 403)
	other4xx=$(count 400 499 403)
	server=$(count 500 599)
	growth=$(( (heap_end - heap_start) * 100 / heap_start ))
	echo "soak: $stack: $result" >&2
	echo "soak: $stack: heap after GC ${heap_start} KiB -> ${heap_end} KiB; ERROR lines: $errors" >&2
	summary+=$'\n'"| $stack | $duration | $requests | $(( requests / duration )) | $ok | $forbidden | $other4xx | $server | $socket | $leaks | $errors | ${heap_start} KiB → ${heap_end} KiB |"
	if [ "$server" -ne 0 ] || [ "$leaks" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$growth" -gt 10 ]; then
		echo "soak: $stack FAILED (5xx $server, leaks $leaks, ERROR lines $errors, heap growth $growth%)" >&2
		grep -E ' ERROR ' "$log" | head -n 20 >&2 || true
		status=1
	fi
	echo "soak: $stack responses by status: $statuses" >&2

	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	app_pid=""
	port=$((port + 1))
done

echo "$summary"
if [ -n "$out" ]; then
	echo "$summary" >"$out"
fi
exit "$status"
