#!/usr/bin/env bash
# Builds the sample app with ahead-of-time processing for each web stack, starts the jar with
# -Dspring.aot.enabled=true and the conformance policy, and runs the conformance table against it.
# Usage: scripts/aot-conformance.sh [servlet|reactive ...]   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

stacks=("$@")
[ ${#stacks[@]} -gt 0 ] || stacks=(servlet reactive)
policy="$PWD/conformance-tests/src/main/resources/conformance/application.yml"

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

for stack in "${stacks[@]}"; do
	echo "== AOT build and conformance: $stack"
	./mvnw -B -ntp -q -pl sample-app -am -Paot -Daot.web-application-type="$stack" -DskipTests package
	port=$(free_port)
	log=$(mktemp)
	java -Dspring.aot.enabled=true -jar sample-app/target/sample-app-*.jar --server.port="$port" \
		--server.address=127.0.0.1 --spring.main.web-application-type="$stack" \
		--spring.config.location="file:$policy" >"$log" 2>&1 &
	pid=$!
	trap 'kill $pid 2>/dev/null || true' EXIT
	for _ in $(seq 1 120); do
		if grep -q "Started SampleApplication" "$log"; then break; fi
		if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; echo "the AOT sample did not start" >&2; exit 1; fi
		sleep 0.5
	done
	grep -q "Started SampleApplication" "$log" || { cat "$log"; echo "the AOT sample did not start in time" >&2; exit 1; }
	grep -q "AOT-processed\|Starting AOT-processed" "$log" || { cat "$log"; echo "the sample did not run AOT-processed" >&2; exit 1; }
	./mvnw -B -ntp -q -pl sample-app surefire:test -Dtest=ExternalServerConformance \
		-Dconformance.url="http://127.0.0.1:$port" -Dsurefire.failIfNoSpecifiedTests=false
	grep -h "Tests run" sample-app/target/surefire-reports/*ExternalServerConformance.txt
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	trap - EXIT
done
