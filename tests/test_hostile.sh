#!/bin/sh
# Hostile input to the relmap CLI, each case with its documented outcome
# (README, "Robustness"):
#   empty / whitespace-only text      -> exit 0, an empty graph
#   binary data, NUL bytes, bad UTF-8 -> exit 0, bytes replaced by '?', one
#                                        warning per document
#   a very long line, a huge token,
#   a sentence of 100,000+ actors     -> exit 0; a run-on sentence is cut
#                                        into pieces of 512 tokens
#   --max-input                       -> a larger file: exit 2; a longer JSON
#                                        Lines line: reported and skipped
#   deeply nested / truncated JSON    -> exit 3 with FILE:LINE:COL
#   unknown relation/modality/key     -> exit 3 naming the field
#   a name claimed by two entities    -> the later one wins, with a warning
#   missing, unreadable, folder paths -> exit 2 naming the path
#   output in a missing/read-only dir -> exit 5; nothing created
#   a write error (file size limit)   -> exit 5; an earlier file at the path
#                                        is left as it was, no temporary file
#   a full standard output (/dev/full)-> exit 5
#   -o onto a FIFO or a device        -> written in place, never replaced
#
# Usage: sh tests/test_hostile.sh RELMAP SOURCE_DIR
# Exit: 0 pass, 1 fail, 77 skipped (a required tool is missing).
set -u
. "$(cd "$(dirname "$0")" && pwd)/testlib.sh"

RELMAP=${1:-}
SRC=${2:-}

[ -n "$RELMAP" ] && [ -x "$RELMAP" ] || { echo "FAIL: relmap binary not found: '$RELMAP'"; exit 1; }
[ -d "$SRC/examples" ] || { echo "FAIL: no examples in '$SRC'"; exit 1; }
for tool in awk cmp grep head mktemp tr wc; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed"
done
RELMAP=$(abspath "$RELMAP")
SEED=$(abspath "$SRC/examples/seed.txt")

T=$(mktemp -d "${TMPDIR:-/tmp}/relmap_hostile.XXXXXX") || { echo "FAIL: mktemp"; exit 1; }
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
cd "$T" || exit 1
LC_ALL=C
export LC_ALL

# count of edges in a JSON graph written with --compact
edges() { grep -o '"relation":' "$1" | wc -l | tr -d ' '; }

# ---- text that is not news ----
: >empty.txt
printf '   \n\t\n  ' >blank.txt
for f in empty blank; do
    run out.json err.txt -f json --compact -o $f.json $f.txt
    expect_rc 0 "$f text"
    has $f.json '"nodes":\[\]' "$f text gives no actors"
    has $f.json '"edges":\[\]' "$f text gives no edges"
done

printf 'Iran supplied drones\000 to Russia. \377\376 Again \303\050.\n' >bad.txt
run out.json err.txt -f json --compact -o bad.json bad.txt
expect_rc 0 "NUL and invalid UTF-8"
has err.txt "bad.txt: warning: 4 invalid UTF-8 or NUL bytes replaced by '\?'" "bad bytes reported once, counted"
[ "$(wc -l <err.txt | tr -d ' ')" = 1 ] && ok "one warning line" || fail "more than one warning line"
has bad.json '"source":"iran"' "text around bad bytes is still read"

head -c 200000 /dev/urandom >random.bin 2>/dev/null || skip "/dev/urandom unreadable"
run out.json err.txt -f json -o random.json random.bin
expect_rc 0 "random binary data"

# ---- size: long line, huge token, a sentence of many actors ----
awk 'BEGIN { printf "Iran supplied drones to Russia. "; for (i = 0; i < 1500000; i++) printf "the talks of the week "; print "" }' >longline.txt
run out.json err.txt -f json --compact -o longline.json longline.txt
expect_rc 0 "a 33 MB line without a full stop"
has longline.json '"source":"iran","target":"russia","relation":"supplies"' "the sentence before the run-on text is read"

awk 'BEGIN { printf "Iran supplied drones to Russia. "; for (i = 0; i < 5242880; i++) printf "x"; print " Chad sent troops to Mali." }' >bigtoken.txt
run out.json err.txt -f json --compact -o bigtoken.json bigtoken.txt
expect_rc 0 "a 5 MB token"
has bigtoken.json '"source":"chad"' "text after the huge token is read"

awk 'BEGIN { printf "Iran supplied drones to Russia"; for (i = 0; i < 100000; i++) printf ", China, France and Chile"; print "." }' >actors.txt
run out.json err.txt -f json --compact -o actors.json actors.txt
expect_rc 0 "a sentence with 300,000 actor mentions"
has actors.json '"source":"iran","target":"russia"' "its first clause is read"

# ---- --max-input ----
run out.json err.txt --max-input 1K -f json -o big.json "$SEED"
expect_rc 2 "a file over --max-input"
has err.txt "seed.txt: larger than the input limit of 1024 bytes" "the limit is named"
[ ! -e big.json ] && ok "no output written" || fail "output written despite the limit"
run out.json err.txt --max-input 1K -f json -o big.json - <"$SEED"
expect_rc 2 "standard input over --max-input"
printf '{"id":"a","text":"Iran sent drones to Russia."}\n{"id":"b","text":"%s"}\n{"id":"c","text":"Chad sent troops to Mali."}\n' \
    "$(head -c 3000 /dev/zero | tr '\000' x)" >lines.jsonl
run out.json err.txt --jsonl --max-input 1K -f json --compact -o lines.json lines.jsonl
expect_rc 0 "a JSON Lines line over --max-input"
has err.txt "lines.jsonl:2: larger than the input limit of 1024 bytes \(--max-input\); line skipped" "the line is named and skipped"
[ "$(edges lines.json)" = 2 ] && ok "the other lines are read" || fail "expected 2 edges, got $(edges lines.json)"
for bad in 0 -5 12Q 1.5M ""; do
    run out.json err.txt --max-input "$bad" "$SEED"
    expect_rc 1 "--max-input '$bad' is a usage error"
done

# ---- JSON that is not a graph, gazetteer or lexicon ----
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' >nested.json
printf '{"format": "relmap-graph", "nodes": [{"id": "a", "label"' >truncated.json
for f in nested truncated; do
    run out.svg err.txt render -o out.svg $f.json
    expect_rc 3 "$f graph JSON"
    has err.txt "$f.json:[0-9]+:[0-9]+: " "$f graph JSON: FILE:LINE:COL"
    run out.json err.txt -g $f.json -f json "$SEED"
    expect_rc 3 "$f gazetteer"
    has err.txt "$f.json:[0-9]+:[0-9]+: " "$f gazetteer: FILE:LINE:COL"
    run out.json err.txt -L $f.json -f json "$SEED"
    expect_rc 3 "$f lexicon"
done
"$RELMAP" -f json -o seed.json "$SEED" || fail "seed extraction"
sed 's/"relation": "supplies"/"relation": "befriends"/' seed.json >badrel.json
run out.svg err.txt render -o out.svg badrel.json
expect_rc 3 "an unknown relation"
has err.txt 'badrel.json: edges\[[0-9]+\]\.relation: unknown relation "befriends"' "the field is named"
sed 's/"modality": "asserted"/"modality": "surely"/' seed.json >badmod.json
run out.svg err.txt render -o out.svg badmod.json
expect_rc 3 "an unknown modality"
has err.txt 'unknown modality "surely"' "the value is named"
printf '{"trigers": []}\n' >typo.json
run out.json err.txt -L typo.json -f json "$SEED"
expect_rc 3 "a misspelt lexicon section"
has err.txt 'typo.json: unknown key "trigers"' "the key is named"
printf '{"entities": [{"id": "x", "type": "planet"}]}\n' >badtype.json
run out.json err.txt -g badtype.json -f json "$SEED"
expect_rc 3 "an unknown actor type"

# ---- a name claimed by two entities: the later wins, with a warning ----
cat >claim.json <<'EOF'
{"entities": [
 {"id": "acme", "type": "organization", "aliases": ["Acme", "the Consortium"]},
 {"id": "zenith", "type": "organization", "aliases": ["Zenith", "the Consortium"]}
]}
EOF
printf 'The Consortium supplied drones to Russia.\n' >claim.txt
for i in 1 2; do
    run out.json err.txt -g claim.json -f json --compact -o claim$i.json claim.txt
    expect_rc 0 "a name claimed twice (run $i)"
done
has err.txt 'warning: claim.json: "the Consortium" stood for acme and now stands for zenith' "the conflict is reported"
has claim1.json '"source":"zenith"' "the later entity wins"
cmp -s claim1.json claim2.json && ok "the choice is deterministic" || fail "two runs differ"

# ---- paths ----
run out.json err.txt -f json no-such-file.txt
expect_rc 2 "a missing input"
has err.txt "no-such-file.txt: No such file or directory" "the path is named"
run out.json err.txt -g no-such-gazetteer.json -f json "$SEED"
expect_rc 2 "a missing gazetteer"
mkdir adir
run out.json err.txt -g adir -f json "$SEED"
expect_rc 2 "a folder as gazetteer"
has err.txt "adir: " "the folder is named"
run out.svg err.txt render adir
expect_rc 2 "a folder as graph"
if [ "$(id -u)" != 0 ]; then
    cp "$SEED" locked.txt && chmod 000 locked.txt
    run out.json err.txt -f json locked.txt
    expect_rc 2 "an unreadable input"
    has err.txt "locked.txt: Permission denied" "the path is named"
    mkdir ro && chmod 555 ro
    run out.json err.txt -o ro/x.svg "$SEED"
    expect_rc 5 "output in a read-only folder"
    [ -z "$(ls ro)" ] && ok "nothing created in it" || fail "files left in ro/"
else
    echo "note: running as root; unreadable files and read-only folders are not tested"
fi
run out.json err.txt -o missing/dir/x.svg "$SEED"
expect_rc 5 "output in a missing folder"
has err.txt "missing/dir/x.svg: cannot create file" "the output path is named"

# ---- write errors keep the earlier file ----
if (ulimit -f 4 2>/dev/null); then
    printf 'earlier\n' >keep.svg
    (ulimit -f 4; exec "$RELMAP" -o keep.svg "$SEED") >out.txt 2>err.txt
    rc=$?
    expect_rc 5 "a write error (file size limit) on SVG"
    has err.txt "keep.svg: write error" "the write error is reported"
    [ "$(cat keep.svg)" = earlier ] && ok "the earlier file is intact" || fail "keep.svg changed"
    [ -z "$(ls | grep 'keep.svg.tmp')" ] && ok "no temporary file left" || fail "temporary file left"
    (ulimit -f 4; exec "$RELMAP" -f json -o keep.svg "$SEED") >out.txt 2>err.txt
    rc=$?
    expect_rc 5 "a write error on streamed JSON"
    [ "$(cat keep.svg)" = earlier ] && ok "the earlier file is intact (JSON)" || fail "keep.svg changed (JSON)"
else
    echo "note: ulimit -f unavailable; write errors not tested"
fi
if [ -w /dev/full ]; then
    run /dev/full err.txt -f json "$SEED"
    "$RELMAP" -f json "$SEED" >/dev/full 2>err.txt
    rc=$?
    expect_rc 5 "standard output full"
    has err.txt "standard output: No space left on device" "the error is reported"
fi

# -o onto something that is not a regular file (a FIFO, /dev/null) writes into
# it; the path is never replaced by a regular file
if command -v mkfifo >/dev/null 2>&1 && command -v timeout >/dev/null 2>&1 &&
   mkfifo out.fifo 2>/dev/null; then
    timeout 20 cat out.fifo > fifo.json &
    reader=$!
    "$RELMAP" -f json -o out.fifo "$SEED" 2>err.txt
    rc=$?
    wait "$reader"
    expect_rc 0 "-o onto a FIFO"
    [ -p out.fifo ] && ok "the FIFO is still a FIFO" || fail "out.fifo was replaced"
    "$RELMAP" -f json "$SEED" > direct.json 2>/dev/null
    cmp -s fifo.json direct.json && ok "the FIFO carried the whole graph" ||
        fail "the FIFO output differs from standard output"
    ls out.fifo.tmp* >/dev/null 2>&1 && fail "a temporary file was left next to the FIFO" ||
        ok "no temporary file next to the FIFO"
fi

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
