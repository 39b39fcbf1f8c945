# Helpers shared by the shell tests of the relmap CLI (sourced first thing;
# POSIX sh). The sourcing script sets RELMAP to the binary before it runs.
# Each check prints "ok: WHAT" or "FAIL: WHAT ..." and counts failures in
# $fails; the script ends with [ "$fails" -eq 0 ].

skip() { echo "SKIPPED: $*"; exit 77; }
abspath() { (cd "$(dirname "$1")" && printf '%s/%s\n' "$(pwd)" "$(basename "$1")"); }

fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

# run OUT ERR ARGS...: relmap ARGS >OUT 2>ERR, exit status in $rc
run() {
    _out=$1 _err=$2
    shift 2
    "$RELMAP" "$@" >"$_out" 2>"$_err"
    rc=$?
}
# expect_rc WANT WHAT: after run
expect_rc() {
    if [ "$rc" -eq "$1" ]; then
        ok "$2 (exit $rc)"
    else
        fail "$2: exit $rc, expected $1"
        sed 's/^/    stderr: /' "$_err" | head -5
    fi
}
# same A B WHAT
same() {
    if cmp -s "$1" "$2"; then ok "$3"; else fail "$3: $(cmp "$1" "$2" 2>&1)"; fi
}
# has FILE ERE WHAT / hasnt FILE ERE WHAT
has() {
    if grep -Eq -- "$2" "$1"; then ok "$3"; else fail "$3: /$2/ not in $1"; fi
}
hasnt() {
    if grep -Eq -- "$2" "$1"; then fail "$3: /$2/ found in $1"; else ok "$3"; fi
}
# eq GOT WANT WHAT
eq() {
    if [ "$1" = "$2" ]; then ok "$3 ($1)"; else fail "$3: got '$1', expected '$2'"; fi
}
count() { grep -Ec -- "$2" "$1"; }
