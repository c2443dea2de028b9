#!/usr/bin/env bash
# Refreshes the copy of the Public Suffix List that the starter ships and validates wildcard origin patterns against
# (cors-spring-boot-autoconfigure/src/main/resources/dev/crossorigin/cors/policy/public_suffix_list.dat).
#
# The list's maintainers ask that it be pulled from https://publicsuffix.org/list/public_suffix_list.dat and from
# nowhere else, so that is the default source. Where that address cannot be reached (a build machine that only
# reaches a Maven repository), --from FILE takes a copy obtained another way, such as the one Apache HttpClient
# ships in its jar (org/publicsuffix/list/effective_tld_names.dat, itself pulled from publicsuffix.org); say in the
# commit which copy it is.
#
# Usage: scripts/update-public-suffix-list.sh [--from FILE]
# Then run: ./mvnw -pl cors-spring-boot-autoconfigure test -Dtest='PublicSuffixList*,CorsPolicyValidationTests'
set -euo pipefail
cd "$(dirname "$0")/.."

target=cors-spring-boot-autoconfigure/src/main/resources/dev/crossorigin/cors/policy/public_suffix_list.dat
source_url=https://publicsuffix.org/list/public_suffix_list.dat
download=$(mktemp)
trap 'rm -f "$download"' EXIT

if [ "${1:-}" = "--from" ]; then
	[ -f "${2:-}" ] || { echo "usage: $0 [--from FILE]" >&2; exit 2; }
	cp "$2" "$download"
else
	curl --fail --silent --show-error --location --max-time 60 -o "$download" "$source_url"
fi

# Refuse anything that is not the whole list.
grep -q '^// VERSION: ' "$download" || { echo "no VERSION line: not the Public Suffix List" >&2; exit 1; }
grep -q '^// ===BEGIN ICANN DOMAINS===' "$download" || { echo "no ICANN section" >&2; exit 1; }
grep -q '^// ===BEGIN PRIVATE DOMAINS===' "$download" || { echo "no private section" >&2; exit 1; }
[ "$(grep -cv '^\(//.*\)\?$' "$download")" -gt 5000 ] || { echo "fewer than 5000 rules: truncated?" >&2; exit 1; }

old=$(grep -m1 '^// VERSION: ' "$target" | cut -d' ' -f3 || true)
new=$(grep -m1 '^// VERSION: ' "$download" | cut -d' ' -f3)
if [[ "$new" < "$old" ]]; then
	echo "the new copy ($new) is older than the shipped one ($old); keeping the shipped one" >&2
	exit 1
fi
cp "$download" "$target"
echo "Public Suffix List: $old -> $new ($(grep -cv '^\(//.*\)\?$' "$target") rules)"
