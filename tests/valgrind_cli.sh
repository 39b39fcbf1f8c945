#!/bin/sh
# The relmap CLI end to end under valgrind memcheck: text to JSON, SVG and
# PNG, `relmap render` of a JSON graph, a folder, and JSON Lines (with a
# bad line). Any invalid read or write, use of uninitialised memory or
# definite leak fails the test; tests/valgrind.supp hides only what
# Graphviz and its font and drawing libraries keep for the life of the
# process.
#
# Usage: sh tests/valgrind_cli.sh RELMAP SOURCE_DIR
# Exit: 0 pass, 1 fail, 77 skipped (no valgrind).
set -u
RELMAP=$1
SRC=$2
command -v valgrind >/dev/null 2>&1 || { echo "SKIPPED: valgrind not installed"; exit 77; }
[ -x "$RELMAP" ] || { echo "FAIL: relmap binary not found: '$RELMAP'"; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/relmap_valgrind.XXXXXX") || exit 1
[ -n "${KEEP:-}" ] || trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM

fails=0
n=0
# vg NAME ARGS...: relmap ARGS under memcheck; its exit status must be 0
vg() {
    name=$1
    shift
    n=$((n + 1))
    valgrind -q --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --suppressions="$SRC/tests/valgrind.supp" --gen-suppressions=all \
        --log-file="$T/$name.vg" "$RELMAP" "$@" >"$T/$name.out" 2>"$T/$name.err"
    rc=$?
    if [ $rc -ne 0 ] || [ -s "$T/$name.vg" ]; then
        echo "FAIL: $name (exit $rc): relmap $*"
        cat "$T/$name.vg" "$T/$name.err"
        fails=$((fails + 1))
    else
        echo "ok: $name"
    fi
}
# has FILE TEXT: the output holds TEXT
has() {
    grep -q -- "$2" "$1" || { echo "FAIL: $1 lacks $2"; fails=$((fails + 1)); }
}

ex=$SRC/examples
vg json -f json -o "$T/seed.json" "$ex/seed.txt"
has "$T/seed.json" '"relation": "supplies"'
vg svg --explain -o "$T/seed.svg" "$ex/seed.txt"
has "$T/seed.svg" '<svg'
vg png --title 'Red Sea' -o "$T/red-sea.png" "$ex/gallery-red-sea.txt"
has "$T/red-sea.png" 'PNG'
vg render render "$SRC/tests/data/graph-small.json" --focus gondor --layout neato -o "$T/small.svg"
has "$T/small.svg" '<svg'

mkdir -p "$T/dir/sub"
cp "$ex/gallery-sahel.txt" "$T/dir/sahel.txt"
cp "$ex/gallery-caucasus.txt" "$T/dir/sub/caucasus.txt"
vg folder -j 2 -f json --compact -o "$T/dir.json" "$T/dir"
has "$T/dir.json" '"sub/caucasus"'

{
    printf '{"id": "a", "text": "Iran supplied drones to Russia.", "date": "2024-01-02"}\n'
    printf '{"id": "b", "text": "China denied supplying weapons to Russia."\n'
    printf '{"id": "c", "text": "NATO and the EU agreed to cooperate.", "url": "https://example.org/c"}\n'
} >"$T/docs.jsonl"
vg jsonl --jsonl -j 2 -f dot -o "$T/docs.dot" "$T/docs.jsonl"
has "$T/docs.dot" 'digraph'
has "$T/jsonl.err" 'docs.jsonl:2'

vg merge merge "$T/seed.json" "$T/dir.json" -f csv -o "$T/merged.csv"
has "$T/merged.csv" 'supplies'

echo "$n runs, $fails failed"
[ $fails -eq 0 ]
