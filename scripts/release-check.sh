#!/usr/bin/env bash
# Deploys the release artifacts to a throw-away local repository and checks what Maven Central's validation
# checks (except signatures, which need the release key): every published module has its jar, sources jar,
# javadoc jar and a POM with name and description, and the parent POM has URL, licence, developers and SCM.
set -euo pipefail
cd "$(dirname "$0")/.."

repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
./mvnw -B -ntp -q deploy -DskipTests -DaltDeploymentRepository="local::file://$repo"

status=0
published=0
for pom in $(find "$repo/dev/crossorigin" -name '*.pom' | sort); do
	dir=$(dirname "$pom")
	artifact=$(basename "$(dirname "$dir")")
	published=$((published + 1))
	packaging=$(sed -n 's:.*<packaging>\(.*\)</packaging>.*:\1:p' "$pom" | head -1)
	# Children inherit url, licenses, developers and scm from the parent, which Central resolves.
	elements="name description"
	grep -q "<parent>" "$pom" || elements="name description url licenses developers scm"
	for element in $elements; do
		grep -q "<$element>" "$pom" || { echo "FAIL $artifact: POM has no <$element>"; status=1; }
	done
	if [ "$packaging" != "pom" ]; then
		for suffix in "[0-9T].jar" "-sources.jar" "-javadoc.jar"; do
			compgen -G "$dir/*$suffix" >/dev/null || { echo "FAIL $artifact: no *$suffix"; status=1; }
		done
	fi
	echo "checked $artifact (${packaging:-jar})"
done
for module in sample-app benchmarks integration-tests fuzz-tests; do
	if [ -d "$repo/dev/crossorigin/$module" ]; then
		echo "FAIL $module is published but is not part of the product"
		status=1
	fi
done
[ "$published" -gt 0 ] || { echo "FAIL nothing was published"; status=1; }
[ "$status" = 0 ] && echo "release check passed: $published artifacts"
exit "$status"
