#!/bin/sh
# Loads examples/report.html in headless Chromium and checks that the page
# embeds the gallery diagrams and that they actually drew.
# Usage: sh tests/report_test.sh [PROJECT_ROOT]
# Exit: 0 pass, 1 fail, 77 skipped (no Chromium).
set -u

ROOT=${1:-$(cd "$(dirname "$0")/.." && pwd)}
ROOT=$(cd "$ROOT" && pwd) || { echo "FAIL: no such project root: $1"; exit 1; }
PAGE="$ROOT/examples/report.html"
DIAGRAMS="seed gallery-sahel gallery-red-sea gallery-indo-pacific gallery-caucasus"
MIN_COLOURED=20000      # saturated pixels the diagrams must produce
MIN_PNG_BYTES=150000    # fallback check when python3 is missing

CHROME=
for c in chromium chromium-browser; do
    if command -v "$c" >/dev/null 2>&1; then CHROME=$(command -v "$c"); break; fi
done
if [ -z "$CHROME" ]; then
    echo "SKIPPED: chromium not installed"
    exit 77
fi

fail() { echo "FAIL: $*"; exit 1; }

[ -f "$PAGE" ] || fail "missing $PAGE"
for d in $DIAGRAMS; do
    [ -s "$ROOT/output/$d.svg" ] || fail "missing or empty $ROOT/output/$d.svg"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/report_test.XXXXXX") || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT INT TERM

TO=
if command -v timeout >/dev/null 2>&1; then TO="timeout 50"; fi

run_chrome() {
    # $1: profile dir; rest: extra arguments
    prof=$1; shift
    $TO "$CHROME" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-background-networking --disable-component-update \
        --disable-sync --disable-quic --allow-file-access-from-files \
        --user-data-dir="$prof" "$@"
}

# 1. The DOM has one embed per diagram.
run_chrome "$tmp/profile-dom" --dump-dom "file://$PAGE" >"$tmp/dom.html" 2>"$tmp/dom.log" \
    || { cat "$tmp/dom.log"; fail "chromium --dump-dom failed"; }
grep -qi '<h1>relmap gallery</h1>' "$tmp/dom.html" || fail "page heading 'relmap gallery' not in the DOM"
for d in $DIAGRAMS; do
    grep -q "data=\"../output/$d.svg\"" "$tmp/dom.html" \
        || fail "DOM has no <object data=\"../output/$d.svg\">"
done
echo "ok: DOM embeds $(echo $DIAGRAMS | wc -w) diagrams"

# 2. A screenshot of the page.
run_chrome "$tmp/profile-shot" --window-size=1200,2400 --hide-scrollbars \
    --screenshot="$tmp/shot.png" "file://$PAGE" >"$tmp/shot.log" 2>&1
[ -s "$tmp/shot.png" ] || { cat "$tmp/shot.log"; fail "chromium wrote no screenshot"; }

# 3. The diagrams drew: count coloured (saturated) pixels.
if command -v python3 >/dev/null 2>&1; then
    python3 - "$tmp/shot.png" "$MIN_COLOURED" <<'PY' || exit 1
import sys, zlib, struct
path, need = sys.argv[1], int(sys.argv[2])
data = open(path, 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    print("FAIL: screenshot is not a PNG"); sys.exit(1)
pos, idat, hdr = 8, [], None
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b'IHDR': hdr = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT': idat.append(body)
    pos += 12 + n
w, h, depth, ctype, _, _, interlace = hdr
bpp = {2: 3, 6: 4}.get(ctype)
if depth != 8 or bpp is None or interlace:
    print("FAIL: unexpected PNG layout (depth %d, colour type %d)" % (depth, ctype)); sys.exit(1)
raw = zlib.decompress(b''.join(idat))
stride = w * bpp
prev = bytearray(stride)
coloured = nonwhite = 0
for y in range(h):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    if f == 1:
        for i in range(bpp, stride): line[i] = (line[i] + line[i - bpp]) & 255
    elif f == 2:
        line = bytearray((a + b) & 255 for a, b in zip(line, prev))
    elif f == 3:
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
    elif f == 4:
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]; c = prev[i - bpp] if i >= bpp else 0
            p = a + b - c; pa = abs(p - a); pb = abs(p - b); pc = abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    r, g, b = line[0::bpp], line[1::bpp], line[2::bpp]
    for px in zip(r, g, b):
        hi, lo = max(px), min(px)
        if lo < 235: nonwhite += 1
        if hi - lo > 60: coloured += 1
    prev = line
print("screenshot %dx%d: %d non-white pixels, %d coloured pixels (need %d)" % (w, h, nonwhite, coloured, need))
if nonwhite < w * h // 100:
    print("FAIL: the screenshot is blank"); sys.exit(1)
if coloured < need:
    print("FAIL: too few coloured pixels: the SVG diagrams did not render"); sys.exit(1)
PY
else
    size=$(wc -c <"$tmp/shot.png" | tr -d ' ')
    echo "python3 not found: checking only the screenshot size ($size bytes, need $MIN_PNG_BYTES)"
    [ "$size" -ge "$MIN_PNG_BYTES" ] || fail "screenshot too small: the diagrams did not render"
fi
echo "PASS: report.html renders its diagrams"
exit 0
