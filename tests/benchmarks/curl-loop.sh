#!/usr/bin/env bash
# What an admin scripts today: list every webhook with curl, one page after another,
# following the rel="next" link of the Link header. Prints the number of rows.
# Usage: HOOKBENCH_TOKEN=... HOOKBENCH_ACCOUNT=... curl-loop.sh FIRST_PAGE_URL
set -euo pipefail

url=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=0
while [ -n "$url" ]; do
    curl -sS --fail -D "$work/headers" -o "$work/body" \
        -H "Authorization: Bearer $HOOKBENCH_TOKEN" \
        -H "X-4me-Account: $HOOKBENCH_ACCOUNT" \
        -H "Accept: application/json" \
        "$url"
    # One "uri" per webhook.
    rows=$((rows + $(grep -o '"uri":' "$work/body" | wc -l)))
    url=$(grep -i '^link:' "$work/headers" | grep -o '<[^>]*>; *rel="next"' \
        | sed -e 's/^<\([^>]*\)>.*/\1/' || true)
done
echo "$rows"
