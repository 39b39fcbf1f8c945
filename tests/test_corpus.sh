#!/bin/sh
# End-to-end tests of the corpus features of the relmap CLI:
#   1. folders walked recursively for *.txt (sorted, hidden entries skipped,
#      ids = path below the folder without extension, warning when empty);
#   2. --jsonl input (bad lines reported with FILE:LINE[:COL] and skipped);
#   3. document dates, first_seen/last_seen, --since/--until;
#   4. -j/--jobs: byte-identical output for any number of threads;
#   5. relmap merge (files, -o, "-" on standard input, overlap and malformed
#      input errors);
#   6. past 1000 documents only cited documents are listed + document_count;
#   7. --max-evidence keeps the earliest evidence by (document id, offset),
#      whatever the input order;
# and the map/reduce pipeline a cluster would run (split, one mapper per
# shard in parallel, sort, relmap merge -), plus a reduce tree.
#
# The corpus comes from the benchmark generator (deterministic for a size
# and seed); sizes are kept small so the test runs in a few seconds.
#
# Usage: sh tests/test_corpus.sh RELMAP SOURCE_DIR RELMAP_BENCH
# Exit: 0 pass, 1 fail, 77 skipped (a required tool is missing).
set -u
. "$(cd "$(dirname "$0")" && pwd)/testlib.sh"

RELMAP=${1:-}
SRC=${2:-}
BENCH=${3:-}

[ -n "$RELMAP" ] && [ -x "$RELMAP" ] || { echo "FAIL: relmap binary not found: '$RELMAP'"; exit 1; }
[ -z "$SRC" ] || [ -d "$SRC" ] || { echo "FAIL: no such source folder: $SRC"; exit 1; }
[ -n "$BENCH" ] && [ -x "$BENCH" ] || skip "relmap_bench (corpus generator) not found: '$BENCH'"
for tool in awk cmp cut grep mktemp sed sort split tr wc; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool not installed"
done
RELMAP=$(abspath "$RELMAP")
BENCH=$(abspath "$BENCH")

T=$(mktemp -d "${TMPDIR:-/tmp}/relmap_corpus.XXXXXX") || { echo "FAIL: mktemp"; exit 1; }
trap 'rm -rf "$T"' EXIT
trap 'exit 1' INT TERM
cd "$T" || exit 1
LC_ALL=C
export LC_ALL

printf 'a\nb\nc\nd\n' >probe.txt
split -n l/4 probe.txt probe. 2>/dev/null && [ -f probe.ad ] || skip "split does not support -n l/N"


# ---------------------------------------------------------------------------
# Corpora: 1.5 MB of JSON Lines (more than 1000 documents, some edges with
# more than 5 evidence sentences) and 0.2 MB as JSON Lines and as a folder
# of text files (same seed and size: the same documents).
"$BENCH" --write big.jsonl --size 1.5 --seed 7 >bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
"$BENCH" --write small.jsonl --size 0.2 --seed 3 >>bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
"$BENCH" --write flat --size 0.2 --seed 3 >>bench.log 2>&1 || { cat bench.log; echo "FAIL: relmap_bench"; exit 1; }
N=$(wc -l <big.jsonl | tr -d ' ')
NS=$(wc -l <small.jsonl | tr -d ' ')
NF=$(ls flat | grep -c '\.txt$')
[ "$N" -gt 1000 ] || fail "big corpus has $N documents, the test needs more than 1000"
eq "$NF" "$NS" "the text folder and the JSON Lines file of the same seed have as many documents"

run big.json big.err --jsonl -f json big.jsonl
expect_rc 0 "extract the 1.5 MB JSON Lines corpus ($N documents)"

# ---------------------------------------------------------------------------
echo "== 1. folders"
run flat.json flat.err -f json flat
expect_rc 0 "relmap DIR"
eq "$(count flat.json '"path": "flat/doc-[0-9]+\.txt"')" "$NF" "every .txt file of the folder is a document"
has flat.json '"id": "doc-000001",' "ids are the file names without .txt"

# the folder gives the same graph as its files named one by one, in any order
files=$(ls flat/*.txt)
rev=
for f in $files; do rev="$f $rev"; done
run flat_files.json e -f json $files
same flat.json flat_files.json "relmap DIR == relmap DIR/*.txt"
run flat_rev.json e -f json $rev
same flat.json flat_rev.json "files in reverse order on the command line: identical JSON"
run flat_slash.json e -f json flat/
same flat.json flat_slash.json "relmap DIR/ == relmap DIR"

# text files with a date line and JSON Lines with "date" give the same graph
# (up to paths and offsets: the date line shifts the text)
run flat.c e -f json --compact flat
run small.c e --jsonl -f json --compact small.jsonl
sed 's/"path":"[^"]*"/"path":null/g; s/"start":[0-9]*,"end":[0-9]*//g' flat.c >flat.cs
sed 's/"start":[0-9]*,"end":[0-9]*//g' small.c >small.cs
same flat.cs small.cs "text folder == JSON Lines of the same documents (paths and offsets aside)"

# recursion, ids with sub-folders, hidden entries, other extensions
cp -R flat tree
mkdir -p tree/sub/deep tree/.hidden tree/empty/inner
mv tree/doc-000002.txt tree/sub/
mv tree/doc-000003.txt tree/sub/deep/
cp flat/doc-000004.txt tree/.hidden/secret.txt
cp flat/doc-000005.txt tree/.dotfile.txt
cp flat/doc-000006.txt tree/notes.md
cp flat/doc-000007.txt tree/sub/v1.2.txt
run tree.json tree.err -f json tree
expect_rc 0 "relmap DIR with sub-folders"
has tree.json '"id": "sub/doc-000002",' "id of a file in a sub-folder is sub/NAME"
has tree.json '"path": "tree/sub/doc-000002.txt",' "path of a file in a sub-folder"
has tree.json '"id": "sub/deep/doc-000003",' "id two folders down is sub/deep/NAME"
has tree.json '"id": "sub/v1\.2",' "only the extension is cut from an id with dots"
hasnt tree.json 'secret|hidden|dotfile|notes' "hidden files, hidden folders and non-.txt files are skipped"
eq "$(count tree.json '"path": "tree/')" "$((NF + 1))" "documents found recursively"
hasnt tree.err 'warning' "no warning for a folder with .txt files"

# sorted path order: with one thread documents are read in order, and each
# invalid byte is reported as its file is read
mkdir -p utf/m utf/b
for f in utf/z.txt utf/m/a.txt utf/m.txt utf/a.txt utf/b/c.txt utf/b.txt; do
    printf 'Russia attacked Ukraine. \377\n' >"$f"
done
run e utf.err -j 1 -f json utf
expect_rc 0 "folder with invalid UTF-8"
sed -n 's/^relmap: \(.*\): warning: .*UTF-8.*/\1/p' utf.err >utf.got
printf '%s\n' utf/a.txt utf/b.txt utf/b/c.txt utf/m.txt utf/m/a.txt utf/z.txt >utf.want
same utf.got utf.want "a folder is read in sorted path order (strcmp: b.txt before b/c.txt)"

mkdir empty
run empty.json empty.err -f json empty
expect_rc 0 "folder without .txt files"
has empty.err '^relmap: empty: warning: no \.txt files' "warning for a folder without .txt files"
has empty.json '"documents": \[\]' "empty graph for a folder without .txt files"
run e flatj.err --jsonl -f json flat
expect_rc 0 "--jsonl on a folder of .txt files"
has flatj.err 'warning: no \.jsonl files' "--jsonl DIR looks for .jsonl files (warning)"
run e e -f json no-such-folder
expect_rc 2 "missing input"

# ---------------------------------------------------------------------------
echo "== 2. JSON Lines"
sed -n 1p small.jsonl >g1
sed -n 2p small.jsonl >g2
sed -n 3p small.jsonl >g3
x5='{"id":"x5","date":"2024-05-01","url":"https://example.org/x5","text":"Russia attacked Ukraine."}'
{
    cat g1                                                          # 1
    echo '{"id":"x1","text":'                                       # 2 bad JSON
    echo                                                            # 3 blank
    echo '   	 '                                                  # 4 blank
    echo '{"text":"Russia attacked Ukraine."}'                      # 5 no id
    echo '{"id":"x3","date":"2024/01/01","text":"Russia attacked Ukraine."}' # 6 bad date
    echo '{"id":7,"text":"Russia attacked Ukraine."}'               # 7 id not a string
    echo '{"id":"x4"}'                                              # 8 no text
    echo '[1,2]'                                                    # 9 not an object
    cat g2                                                          # 10
    printf '%s\r\n' "$x5"                                           # 11 CRLF, url
    cat g3                                                          # 12
    echo 'not json at all'                                          # 13 bad JSON
    echo '{"id":"x6","date":"2024-1-1","text":"France attacked Chad."}' # 14 bad date
} >bad.jsonl
{ cat g1 g2; echo "$x5"; cat g3; } >good.jsonl
run bad.json bad.err --jsonl -f json bad.jsonl
expect_rc 0 "JSON Lines with malformed lines: the run continues"
eq "$(count bad.err '^relmap: bad\.jsonl:[0-9]+(:[0-9]+)?: .+; line skipped$')" 8 "each malformed line reported as FILE:LINE[:COL]: ...; line skipped"
for n in 2 5 6 7 8 9 13 14; do
    has bad.err "^relmap: bad\\.jsonl:$n(:[0-9]+)?: .+; line skipped\$" "line $n reported"
done
has bad.err '^relmap: bad\.jsonl:2:[0-9]+: .+; line skipped$' "bad JSON reported with a column"
has bad.err '^relmap: bad\.jsonl:13:[0-9]+: .+; line skipped$' "bad JSON reported with a column (line 13)"
hasnt bad.err 'bad\.jsonl:(1|3|4|10|11|12)(:[0-9]+)?:' "good and blank lines not reported"
has bad.err '^relmap: warning: 8 JSON Lines records skipped' "summary warning"
run goodl.json e --jsonl -f json good.jsonl
same bad.json goodl.json "malformed lines skipped: same graph as the good lines alone"
has bad.json '"url": "https://example.org/x5",' "\"url\" kept in the document list"
has bad.json '"id": "x5",' "CRLF line read"
run stdin.json stdin.err --jsonl -f json - <bad.jsonl
expect_rc 0 "JSON Lines on standard input"
same bad.json stdin.json "JSON Lines from standard input == from the file"
has stdin.err '^relmap: standard input:2:[0-9]+: .+; line skipped$' "standard input lines reported too"
# a folder with --jsonl: *.jsonl, recursively, hidden entries skipped
mkdir -p jd/s jd/.h
sed -n '1,100p' small.jsonl >jd/1.jsonl
sed -n '101,$p' small.jsonl >jd/s/2.jsonl
cp g1 jd/.h/3.jsonl
cp bad.jsonl jd/.bad.jsonl
cp bad.jsonl jd/bad.json
run jd.json jd.err --jsonl -f json jd
expect_rc 0 "--jsonl DIR"
run small.json e --jsonl -f json small.jsonl
same jd.json small.json "--jsonl DIR reads its .jsonl files (hidden ones and .json skipped)"

# ---------------------------------------------------------------------------
echo "== 3. dates"
mkdir dates
printf 'date 2024-03-01\nRussia attacked Ukraine.\n' >dates/a.txt
printf 'date 2024-01-15\nRussia attacked Ukraine. France supplied weapons to Ukraine.\n' >dates/b.txt
printf 'Russia attacked Ukraine.\n' >dates/c.txt
printf 'date 2024-06-30\nFrance supplied weapons to Ukraine.\n' >dates/d.txt
ATT='"source":"russia","target":"ukraine","relation":"attacks"'
SUP='"source":"france","target":"ukraine","relation":"supplies"'
run dates.json e -f json --compact dates
expect_rc 0 "dated text files"
has dates.json '\{"id":"a","path":"dates/a.txt","date":"2024-03-01"\}' "a leading \"date\" line dates a document"
has dates.json '\{"id":"c","path":"dates/c.txt","date":null\}' "a document without a date line is undated"
has dates.json "$ATT"'[^}]*"weight":3,"first_seen":"2024-01-15","last_seen":"2024-03-01"' "first_seen/last_seen: min/max date of the supporting documents"
has dates.json "$SUP"'[^}]*"first_seen":"2024-01-15","last_seen":"2024-06-30"' "first_seen/last_seen of a second edge"
run since.json e -f json --compact --since 2024-02-01 dates
expect_rc 0 "--since"
has since.json '"documents":\[\{"id":"a",[^]]*\{"id":"d",[^]]*\]' "--since keeps documents dated on or after"
hasnt since.json '"id":"(b|c)"' "--since drops earlier and undated documents"
has since.json "$ATT"'[^}]*"weight":1,"first_seen":"2024-03-01","last_seen":"2024-03-01"' "dates recomputed over the kept documents"
run until.json e -f json --compact --until 2024-03-01 dates
has until.json '"documents":\[\{"id":"a",[^]]*\{"id":"b",[^]]*\]' "--until keeps documents dated on or before (inclusive)"
hasnt until.json '"id":"(c|d)"' "--until drops later and undated documents"
has until.json "$SUP"'[^}]*"first_seen":"2024-01-15","last_seen":"2024-01-15"' "dates of an edge cut by --until"
run none.json none.err -f json --since 2025-01-01 dates
expect_rc 0 "--since after every document"
has none.err 'warning: no document dated within' "warning when no document is in range"
has none.json '"edges": \[\]' "no edges when no document is in range"
for d in 2024-1-01 2024/01/01 yesterday 20240101 2024-01-011 ''; do
    run e e -f json --since "$d" dates
    expect_rc 1 "--since '$d' is a usage error"
    run e e -f json --until "$d" dates
    expect_rc 1 "--until '$d' is a usage error"
done
run e e -f json dates --since
expect_rc 1 "--since without a value"

# JSON Lines dates: every edge of the big corpus is dated
ne=$(count big.json '"relation": ')
eq "$(count big.json '"first_seen": "[0-9]{4}-[0-9]{2}-[0-9]{2}",')" "$ne" "every edge has first_seen"
eq "$(count big.json '"last_seen": "[0-9]{4}-[0-9]{2}-[0-9]{2}",')" "$ne" "every edge has last_seen"
awk '/"first_seen": /{f=$2} /"last_seen": /{if ($2 < f) bad++} END{print bad+0}' big.json >order.txt
eq "$(cat order.txt)" 0 "first_seen <= last_seen on every edge"
# --since/--until == extracting only the documents dated in range
awk -F'"date":"' '{split($2, a, "\""); if (a[1] >= "2023-01-01" && a[1] <= "2024-06-30") print}' big.jsonl >range.jsonl
[ -s range.jsonl ] || fail "no document of the corpus dated 2023-01-01..2024-06-30"
run range1.json e --jsonl -f json --since 2023-01-01 --until 2024-06-30 big.jsonl
expect_rc 0 "--since and --until together"
run range2.json e --jsonl -f json range.jsonl
same range1.json range2.json "--since/--until == the in-range documents alone"
lo=$(grep -o '"first_seen": "[0-9-]*"' range1.json | cut -d'"' -f4 | sort | sed -n 1p)
hi=$(grep -o '"last_seen": "[0-9-]*"' range1.json | cut -d'"' -f4 | sort | sed -n '$p')
if awk -v lo="$lo" -v hi="$hi" 'BEGIN { exit !(lo != "" && lo >= "2023-01-01" && hi <= "2024-06-30") }'; then
    ok "edge dates within the range ($lo..$hi)"
else
    fail "edge dates outside --since/--until: $lo..$hi"
fi

# ---------------------------------------------------------------------------
echo "== 4. threads"
for j in 1 2 3; do
    run big_j$j.json e --jsonl -f json -j $j big.jsonl
    same big.json big_j$j.json "-j $j == default jobs (JSON Lines, $N documents)"
    run tree_j$j.json e -f json --jobs $j tree
    same tree.json tree_j$j.json "--jobs $j == default jobs (folder)"
    run range_j$j.json e --jsonl -f json -j $j --since 2023-01-01 --until 2024-06-30 big.jsonl
    same range1.json range_j$j.json "-j $j with --since/--until"
    run ev2_j$j.json e --jsonl -f json --compact -j $j --max-evidence 2 big.jsonl
done
same ev2_j1.json ev2_j2.json "-j 2 == -j 1 with --max-evidence 2"
same ev2_j1.json ev2_j3.json "-j 3 == -j 1 with --max-evidence 2"
run big_j8.json e --jsonl -f json -j 8 big.jsonl
same big.json big_j8.json "-j 8 (more threads than cores)"
run big_prog.json prog.err --jsonl -f json -j 2 --progress big.jsonl
same big.json big_prog.json "--progress does not change the output"
for j in 0 257 x -1; do
    run e e --jsonl -f json -j "$j" big.jsonl
    expect_rc 1 "-j '$j' is a usage error"
done

# ---------------------------------------------------------------------------
echo "== 5. merge"
split -n l/4 big.jsonl shard.
eq "$(cat shard.a? | wc -l | tr -d ' ')" "$N" "4 shards hold every document"
for s in shard.aa shard.ab shard.ac shard.ad; do
    run $s.out $s.err --jsonl -f json --compact $s
done
run m_files.json e merge shard.aa.out shard.ab.out shard.ac.out shard.ad.out
expect_rc 0 "relmap merge GRAPH.json..."
same big.json m_files.json "merge of 4 disjoint shards == one run over all documents"
run m_rev.json e merge shard.ad.out shard.ac.out shard.ab.out shard.aa.out
same big.json m_rev.json "merge in reverse order"
run e e merge -o m_out.json shard.aa.out shard.ab.out shard.ac.out shard.ad.out
expect_rc 0 "merge -o OUT"
[ -s e ] && fail "merge -o wrote to standard output"
same big.json m_out.json "merge -o OUT writes the merged graph"
run m_one.json e merge shard.aa.out
sed -n 1,2p m_one.json >m_one.head
printf '{\n  "format": "relmap-graph",\n' >m_one.want
same m_one.head m_one.want "merge writes JSON by default"
# a shard of more than 1000 documents (only cited documents listed)
sed -n '1,1050p' big.jsonl >u1.jsonl
sed -n '1051,$p' big.jsonl >u2.jsonl
run u1.out e --jsonl -f json --compact u1.jsonl
run u2.out e --jsonl -f json --compact u2.jsonl
has u1.out '"document_count":1050,' "a shard of 1050 documents has a document_count"
run m_u.json e merge u2.out u1.out
same big.json m_u.json "merge with a shard past 1000 documents"
# errors
run e ov.err merge shard.aa.out shard.ab.out shard.aa.out
expect_rc 3 "a document in two merged graphs"
has ov.err 'document "doc-[0-9]+" is in both graphs' "the shared document is named"
run h1.out e merge --compact shard.aa.out shard.ab.out
run e ov2.err merge h1.out shard.ab.out
expect_rc 3 "overlap between a merged graph and a shard"
cat shard.aa.out shard.ab.out shard.aa.out >ov3.in
run e ov3.err merge - <ov3.in
expect_rc 3 "overlap on standard input"
head -c 3000 big.json >trunc.json
run e trunc.err merge shard.aa.out trunc.json
expect_rc 3 "truncated graph JSON"
has trunc.err '^relmap: trunc\.json:[0-9]+:[0-9]+: ' "malformed graph JSON reported as FILE:LINE:COL"
printf '{"format": "relmap-graph", "version": 1,\n  "documents": [}\n' >broken.json
run e broken.err merge broken.json
expect_rc 3 "malformed graph JSON"
has broken.err '^relmap: broken\.json:2:[0-9]+: ' "line and column of the error"
echo '{"format": "something-else", "version": 1}' >other.json
run e e merge other.json
expect_rc 3 "a JSON file that is not a relmap graph"
{ cat shard.aa.out; echo '{"format": "relmap-graph", "version": 1, "documents": [}'; } >badin.txt
run e badin.err merge - <badin.txt
expect_rc 3 "malformed graph on standard input"
has badin.err 'standard input' "standard input named in the error"
run e e merge no-such-graph.json
expect_rc 2 "merge of a missing file"

# ---------------------------------------------------------------------------
echo "== 6. more than 1000 documents"
has big.json "^  \"document_count\": $N,\$" "document_count gives the total ($N)"
grep -o '"id": "doc-[0-9]*"' big.json | cut -d'"' -f4 | sort -u >listed.txt
grep -o '"document": "doc-[0-9]*"' big.json | cut -d'"' -f4 | sort -u >cited.txt
nl=$(wc -l <listed.txt | tr -d ' ')
[ "$nl" -lt "$N" ] && ok "only some documents listed ($nl of $N)" || fail "$nl of $N documents listed"
same listed.txt cited.txt "the documents listed are exactly those cited by evidence"
sed -n '1,1000p' big.jsonl >k1000.jsonl
sed -n '1,1001p' big.jsonl >k1001.jsonl
run k1000.json e --jsonl -f json k1000.jsonl
eq "$(count k1000.json '"path": null')" 1000 "1000 documents: all listed"
hasnt k1000.json 'document_count' "1000 documents: no document_count"
run k1001.json e --jsonl -f json k1001.jsonl
has k1001.json '^  "document_count": 1001,$' "1001 documents: document_count"
[ "$(count k1001.json '"path": null')" -le 1001 ] && ok "1001 documents: cited ones listed" || fail "1001 documents: too many listed"
eq "$(count small.json '"path": null')" "$NS" "a small corpus lists all its documents"

# ---------------------------------------------------------------------------
echo "== 7. evidence cap and input order"
sed '1!G;h;$!d' big.jsonl >big_rev.jsonl
awk '{ printf "%07d\t%s\n", (NR * 7919) % 10007, $0 }' big.jsonl | sort -n | cut -f2- >big_shuf.jsonl
[ "$(sort big_shuf.jsonl | cksum)" = "$(sort big.jsonl | cksum)" ] || fail "shuffled corpus is not a permutation"
cmp -s big_shuf.jsonl big.jsonl && fail "shuffle did not change the order"
for m in default 1 2; do
    if [ $m = default ]; then mo=; else mo="--max-evidence $m"; fi
    run o_$m.json e --jsonl -f json $mo big.jsonl
    run r_$m.json e --jsonl -f json $mo big_rev.jsonl
    run s_$m.json e --jsonl -f json -j 3 $mo big_shuf.jsonl
    same o_$m.json r_$m.json "reversed JSON Lines: identical JSON (max evidence $m)"
    same o_$m.json s_$m.json "shuffled JSON Lines: identical JSON (max evidence $m)"
done
same o_default.json big.json "default max evidence"

# per edge "edge# document start" for the first K evidence entries
evlist() {
    awk -v k="$2" '/"source": /{e++; n=0} /"document": /{n++; d=$2} /"start": /{if (n <= k) print e, d, $2}' "$1"
}
run full.json e --jsonl -f json --max-evidence 100000 big.jsonl
evlist big.json 100000 >ev5.txt
evlist full.json 5 >full5.txt
same ev5.txt full5.txt "the 5 kept are the first 5 of all the evidence"
evlist o_2.json 100000 >ev2.txt
evlist full.json 2 >full2.txt
same ev2.txt full2.txt "--max-evidence 2 keeps the first 2"
# all the evidence is sorted by (document id, offset) and counts min(weight, cap)
awk '/"source": /{e++; pd=""; ps=-1} /"document": /{d=$2} /"start": /{s=$2+0; if (d < pd || (d == pd && s < ps)) bad++; pd=d; ps=s} END{print bad+0}' full.json >sorted.txt
eq "$(cat sorted.txt)" 0 "evidence in (document id, offset) order"
awk -v cap=5 'function chk() { want = w < cap ? w : cap; if (n != want) bad++; if (w > cap) capped++ }
     /"source": /{if (e) chk(); e=1; n=0} /"weight": /{w=$2+0} /"document": /{n++}
     END{if (e) chk(); print bad+0, capped+0}' big.json >cap.txt
read bad capped <cap.txt
eq "$bad" 0 "evidence per edge = min(weight, 5)"
[ "$capped" -gt 0 ] && ok "$capped edges have more than 5 sentences (cap exercised)" || fail "no edge over the cap: corpus too small"

# hand-made: the same two sentences in four documents given in any order
mkdir ev
for id in c a b d; do
    printf 'Russia attacked Ukraine. Rain fell in Paris today. Russia attacked Ukraine again.\n' >ev/$id.txt
done
run ev1.json e -f json --compact --max-evidence 3 ev/c.txt ev/a.txt ev/b.txt ev/d.txt
run ev2.json e -f json --compact --max-evidence 3 ev/d.txt ev/b.txt ev/a.txt ev/c.txt
same ev1.json ev2.json "hand-made documents in two orders: identical JSON"
has ev1.json "$ATT"'[^{]*"weight":8,"evidence":\[\{"document":"a","start":0,[^}]*\},\{"document":"a","start":51,[^}]*\},\{"document":"b","start":0,[^}]*\}\]' \
    "evidence: the earliest 3 by (document id, offset)"
run e e -f json --max-evidence 0 ev
expect_rc 1 "--max-evidence 0 is a usage error"

# ---------------------------------------------------------------------------
echo "== map/reduce pipeline"
rm -f shard.a? shard.a?.out
split -n l/4 big.jsonl shard.
pids=
for s in shard.a?; do
    "$RELMAP" --jsonl -f json --compact "$s" >"$s.out" 2>"$s.err" &
    pids="$pids $!"
done
mfail=0
for p in $pids; do wait "$p" || mfail=$((mfail + 1)); done
eq "$mfail" 0 "4 mappers in parallel succeed"
for s in shard.a?; do
    eq "$(wc -l <"$s.out" | tr -d ' ')" 1 "mapper output $s.out is one line"
done
cat shard.a?.out | sort | "$RELMAP" merge - >mr.json 2>mr.err
rc=$?
_err=mr.err
expect_rc 0 "cat | sort | relmap merge -"
same big.json mr.json "map/reduce == one relmap --jsonl -f json run"
cat shard.a?.out | sort -r | "$RELMAP" merge - >mr_r.json 2>/dev/null
same big.json mr_r.json "reducer input in another order"
# reduce tree: two halves to compact JSON, then the two results
run r1.out e merge --compact shard.aa.out shard.ab.out
run r2.out e merge --compact shard.ac.out shard.ad.out
eq "$(wc -l <r1.out | tr -d ' ')" 1 "a --compact merge is one line"
run tree_mr.json e merge r1.out r2.out
same big.json tree_mr.json "reduce tree: merge(merge(a,b), merge(c,d)) == one run"
cat r2.out r1.out | "$RELMAP" merge - >tree_mr2.json 2>/dev/null
same big.json tree_mr2.json "reduce tree on standard input"
cat r1.out shard.ac.out shard.ad.out | sort | "$RELMAP" merge - >tree_mr3.json 2>/dev/null
same big.json tree_mr3.json "uneven reduce tree"
# the same with a smaller evidence cap on mappers and reducers
for s in shard.a?; do
    "$RELMAP" --jsonl -f json --compact --max-evidence 2 "$s" >"$s.ev2" 2>/dev/null &
done
wait
cat shard.a?.ev2 | sort | "$RELMAP" merge --compact --max-evidence 2 - >mr_ev2.json 2>/dev/null
same ev2_j1.json mr_ev2.json "map/reduce with --max-evidence 2 == one run"
# a record split across two shards would break the pipeline: each shard
# must be whole lines
eq "$(cat shard.a? | cksum)" "$(cksum <big.jsonl)" "shards are the corpus, whole lines"

# ---------------------------------------------------------------------------
# JSON Lines decoding: escapes, \u escapes (a surrogate pair too), UTF-8,
# null date/url, spacing, key order; the same record written in different
# ways gives the same text, and what JSON forbids is still refused.
cat >esc.jsonl <<'EOF_'
{"id":"e1","text":"Russia attacked Ukraine on Monday, \"officials\" said \u00e9 \ud83d\ude00 a\/b.","date":null,"url":null}
 { "url" : "https://example.org/x?a=1" , "text" : "France sent tanks to Poland." , "id" : "e2" }
{"id":"e3","text":"Russia attacked Ukraine on Monday, \"officials\" said é 😀 a/b."}
{"id":"e4","text":"Iran met Iraq.","id":"dup"}
{"id":"e5","text":"Iran met Iraq. \u0000"}
{"id":"e6","text":"Iran met Iraq. \udc00"}
EOF_
run esc.json esc.err --jsonl -j 1 -f json esc.jsonl
expect_rc 0 "JSON Lines with escapes"
has esc.json '"text": "Russia attacked Ukraine on Monday, \\"officials\\" said é 😀 a/b\."' "escapes decoded (\\u00e9, surrogate pair, \\/)"
eq "$(grep -c '"text": "Russia attacked Ukraine on Monday, \\"officials\\" said é 😀 a/b\."' esc.json)" 2 "escaped and literal forms give the same text"
has esc.json '"url": "https://example.org/x\?a=1"' "url kept, any key order and spacing"
has esc.err 'esc\.jsonl:4:[0-9]+: duplicate object key' "duplicate key refused"
has esc.err 'esc\.jsonl:5:[0-9]+: .*u0000' "\\u0000 refused"
has esc.err 'esc\.jsonl:6:[0-9]+: invalid Unicode' "lone surrogate refused"

echo
if [ "$fails" -gt 0 ]; then
    echo "FAILED: $fails check(s)"
    exit 1
fi
echo "PASSED"
exit 0
