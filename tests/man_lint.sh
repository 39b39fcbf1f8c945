#!/bin/sh
# The man pages format without a single groff warning (-ww). Skipped
# (exit 77) where groff is not installed (Debian: groff-base).
# Usage: man_lint.sh PAGE...
set -eu
if ! command -v groff >/dev/null 2>&1; then
    echo "man_lint: groff not found (apt-get install groff-base); skipped"
    exit 77
fi
rc=0
for page in "$@"; do
    out=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || rc=1
    if [ -n "$out" ]; then
        printf 'man_lint: %s:\n%s\n' "$page" "$out" >&2
        rc=1
    fi
    # and it says something: NAME, SYNOPSIS and DESCRIPTION are there
    text=$(groff -man -Tutf8 -P-cbou "$page" 2>/dev/null)
    for s in NAME SYNOPSIS DESCRIPTION; do
        printf '%s\n' "$text" | grep -q "^$s\$" || { echo "man_lint: $page: no $s section" >&2; rc=1; }
    done
done
[ $rc -eq 0 ] && echo "man_lint: $* format cleanly"
exit $rc
