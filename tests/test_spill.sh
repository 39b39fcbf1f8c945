#!/bin/sh
# --max-memory: a corpus run whose graph is spilled to sorted temporary
# files (a budget so small that nearly every document spills, and the runs
# are merged again and again) writes the same bytes as a run held in
# memory: JSON pretty and compact, -j 1 and -j 2, below and past 1,000
# documents; the formats and options that need the whole graph in memory
# (DOT, CSV, GraphML, --explain, filters) read the runs back and agree
# too; so does relmap merge. No temporary file is ever left in $TMPDIR
# (also when relmap is killed), and a spill that cannot be written is exit
# 5 naming the file, with no output written.
#
# Usage: sh tests/test_spill.sh RELMAP RELMAP_BENCH
# Exit: 0 pass, 1 fail, 77 skipped (a required tool is missing).
set -u
. "$(cd "$(dirname "$0")" && pwd)/testlib.sh"

RELMAP=${1:-}
BENCH=${2:-}
[ -n "$RELMAP" ] && [ -x "$RELMAP" ] || { echo "FAIL: relmap binary not found: '$RELMAP'"; exit 1; }
[ -n "$BENCH" ] && [ -x "$BENCH" ] || skip "relmap_bench (corpus generator) not found: '$BENCH'"
for tool in cmp grep ls mktemp split wc; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed"
done
RELMAP=$(abspath "$RELMAP")
BENCH=$(abspath "$BENCH")

T=$(mktemp -d "${TMPDIR:-/tmp}/relmap_spill.XXXXXX") || { echo "FAIL: mktemp"; exit 1; }
trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
cd "$T" || exit 1
mkdir tmp
TMPDIR=$T/tmp
export TMPDIR

# no run file left behind
clean_tmp() {
    if [ -z "$(ls -A tmp)" ]; then ok "no temporary file left ($1)"; else
        fail "temporary files left ($1): $(ls -A tmp | head -3)"; rm -f tmp/*; fi
}

"$BENCH" --write big.jsonl --size 1.5 --seed 11 >bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
"$BENCH" --write small.jsonl --size 0.2 --seed 5 >>bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
N=$(wc -l <big.jsonl | tr -d ' ')
[ "$N" -gt 1000 ] || fail "big corpus has $N documents, the test needs more than 1000"

# 1. JSON, streamed from the runs: byte for byte the graph held in memory.
#    4K: the graph gets 2 KB, so it spills after nearly every document.
for c in big small; do
    for j in 1 2; do
        for fmt in "" "--compact"; do
            run mem.json mem.err --jsonl -j $j -f json $fmt --max-memory 0 $c.jsonl
            expect_rc 0 "$c -j $j $fmt in memory"
            run sp.json sp.err --jsonl -j $j -f json $fmt --max-memory 4K $c.jsonl
            expect_rc 0 "$c -j $j $fmt spilled"
            same mem.json sp.json "$c -j $j json $fmt: spilled = in memory"
            same mem.err sp.err "$c -j $j json $fmt: same messages"
            run def.json def.err --jsonl -j $j -f json $fmt $c.jsonl
            same mem.json def.json "$c -j $j json $fmt: default limit = no limit"
            clean_tmp "$c -j $j $fmt"
        done
    done
done

# 1b. Runs of a megabyte and more are written by a thread of their own
#     while documents are still added: the same bytes.
"$BENCH" --write mid.jsonl --size 4 --seed 13 >>bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
for j in 1 2; do
    run mem.json mem.err --jsonl -j $j -f json --max-memory 0 mid.jsonl
    run bg.json bg.err --jsonl -j $j -f json --max-memory 3M mid.jsonl
    expect_rc 0 "mid -j $j spilled in the background"
    same mem.json bg.json "mid -j $j json: spilled in the background = in memory"
    clean_tmp "mid -j $j background"
done

# 1c. More workers than cores, contending for the graph and the spill:
#     a document lost or a batch of edges out of order changes the bytes.
run memc.json memc.err --jsonl -j 1 -f json --compact --max-memory 0 mid.jsonl
for j in 3 6; do
    run hand.json hand.err --jsonl -j $j -f json --max-memory 3M mid.jsonl
    expect_rc 0 "mid -j $j spilled, more workers than cores"
    same mem.json hand.json "mid -j $j json: spilled = in memory"
    run handc.json handc.err --jsonl -j $j -f json --compact --max-memory 256K mid.jsonl
    expect_rc 0 "mid -j $j compact, spilled"
    same memc.json handc.json "mid -j $j compact json: spilled = in memory"
    clean_tmp "mid -j $j, more workers than cores"
done

# 2. Formats and options that read the whole graph: the runs come back.
for args in "-f dot" "-f csv" "-f graphml" "-f json --explain" \
            "-f json --relations supplies,attacks --modality asserted" \
            "-f json --top 5 --hide-isolated" "-f json --since 2023-06-01" \
            "-f json --max-evidence 2" "-f json --max-evidence 9 --compact"; do
    run mem.out mem.err --jsonl -j 2 $args --max-memory 0 big.jsonl
    run sp.out sp.err --jsonl -j 2 $args --max-memory 4K big.jsonl
    expect_rc 0 "$args spilled"
    same mem.out sp.out "$args: spilled = in memory"
    same mem.err sp.err "$args: same messages"
done
clean_tmp "other formats"

# 3. relmap merge with a limit: the reduce side spills too.
split -n l/3 big.jsonl shard.
for s in shard.aa shard.ab shard.ac; do
    "$RELMAP" --jsonl -j 1 -f json --compact --max-memory 0 "$s" >"$s.graph"
done
cat shard.a?.graph | "$RELMAP" merge - --max-memory 0 -o m0.json
cat shard.a?.graph | "$RELMAP" merge - --max-memory 4K -o m1.json
same m0.json m1.json "merge: spilled = in memory"
run full.json full.err --jsonl -j 2 -f json big.jsonl
same m0.json full.json "merge of the shards = one run"
"$RELMAP" merge shard.aa.graph shard.ab.graph --max-memory 4K -f csv -o m2.csv
"$RELMAP" merge shard.aa.graph shard.ab.graph --max-memory 0 -f csv -o m3.csv
same m2.csv m3.csv "merge to CSV: spilled = in memory"
clean_tmp "merge"

# 4. Errors: a bad size; a temporary folder that is missing; a full disk
#    (a file size limit). Exit 5 naming the file, no output, nothing left.
run o.json e.err --jsonl --max-memory 12X -f json small.jsonl
expect_rc 1 "--max-memory 12X"
has e.err "max-memory" "the message names the option"
TMPDIR=$T/missing "$RELMAP" --jsonl -j 2 --max-memory 4K -f json -o nodir.json big.jsonl \
    >/dev/null 2>e.err
rc=$?
eq "$rc" 5 "missing temporary folder: exit 5"
has e.err "$T/missing/relmap-run-" "the message names the temporary file"
[ ! -e nodir.json ] && ok "no output written" || fail "output written despite the error"
TMPDIR=$T/missing "$RELMAP" --jsonl -j 2 --max-memory 3M -f json -o nodir.json mid.jsonl \
    >/dev/null 2>e.err
rc=$?
eq "$rc" 5 "missing temporary folder, a run written in the background: exit 5"
has e.err "$T/missing/relmap-run-" "the message names the temporary file"
[ ! -e nodir.json ] && ok "no output written" || fail "output written despite the error"
( ulimit -f 64 && exec "$RELMAP" --jsonl -j 2 --max-memory 1M -f json -o fsz.json big.jsonl ) \
    >/dev/null 2>e.err
rc=$?
eq "$rc" 5 "temporary file over the file size limit: exit 5"
has e.err "relmap-run-.*(File too large|No space)" "the message names the temporary file and why"
[ ! -e fsz.json ] && ok "no output written" || fail "output written despite the error"
ls | grep -q '\.tmp\.' && fail "a temporary output file was left" || ok "no temporary output file left"
clean_tmp "errors"

# 5. Killed in the middle of a run: run files are unlinked at once, so
#    nothing is left whatever the signal.
for sig in INT TERM KILL; do
    cat big.jsonl big.jsonl big.jsonl >big3.jsonl
    "$RELMAP" --jsonl -j 2 --max-memory 4K -f json -o killed.json big3.jsonl \
        >/dev/null 2>&1 &
    pid=$!
    sleep 1
    kill -$sig $pid 2>/dev/null
    wait $pid 2>/dev/null
    clean_tmp "after SIG$sig"
    [ ! -e killed.json ] && ok "no output after SIG$sig" || { fail "output after SIG$sig"; rm -f killed.json; }
done

[ "$fails" -eq 0 ]
