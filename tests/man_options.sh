#!/bin/sh
# relmap --help and man/relmap.1 name the same options: every --long and
# -x option printed by --help is in the man page, and the man page names no
# option --help does not print.
# Usage: man_options.sh PATH-TO-relmap MAN-PAGE
set -eu
relmap=$1 page=$2
tmp=${TMPDIR:-/tmp}/relmap-man-options.$$
trap 'rm -f "$tmp".*' EXIT

# One word a line; keep the words that are options.
options() {
    tr -c 'A-Za-z0-9-' '\n' | grep -E '^(--[a-z][a-z0-9-]*|-[A-Za-z])$' | sort -u
}

"$relmap" --help >"$tmp.help"
options <"$tmp.help" >"$tmp.h"
# roff: drop comment lines, font changes (\fB, \fI, \fR, \fP) and escaped hyphens
sed -e '/^\.\\"/d' -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' "$page" | options >"$tmp.m"

[ -s "$tmp.h" ] || { echo "man_options: no options found in relmap --help" >&2; exit 1; }
rc=0
only_help=$(comm -23 "$tmp.h" "$tmp.m")
only_man=$(comm -13 "$tmp.h" "$tmp.m")
if [ -n "$only_help" ]; then
    echo "man_options: in relmap --help but not in $page:" $only_help >&2
    rc=1
fi
if [ -n "$only_man" ]; then
    echo "man_options: in $page but not in relmap --help:" $only_man >&2
    rc=1
fi
[ $rc -eq 0 ] && echo "man_options: $(wc -l <"$tmp.h") options, the same in --help and $page"
exit $rc
