#!/bin/sh
# Build the libFuzzer targets with clang (in BUILD, a folder of its own) and
# run each for SECONDS, one after the other.
#
#   sh tests/fuzz/run.sh SOURCE_DIR BUILD_DIR SECONDS [TARGET...]
#
# TARGET is extract, gazetteer, lexicon, graph_json or dot (default: all).
# Each target fuzzes a corpus in BUILD/corpus/TARGET: the seeds and the
# regression inputs of the source tree are copied there, and what the
# fuzzer adds stays there for the next run; the source tree is never
# written. A failing input is saved as BUILD/artifacts/TARGET/crash-* (or
# leak-, timeout-, oom-); copy it to tests/fuzz/regress/TARGET/ once fixed.
# Exit status: 0 all ran clean, 1 a target failed, 77 no clang or libFuzzer.
set -u
src=$(cd "$1" && pwd) || exit 1
build=$2
secs=$3
shift 3
targets=${*:-extract gazetteer lexicon graph_json dot}

cc=${CC:-clang}
command -v "$cc" >/dev/null 2>&1 || { echo "fuzz: no $cc; skipped"; exit 77; }
mkdir -p "$build" || exit 1
build=$(cd "$build" && pwd)
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)(n & 0); }\n' > "$build/probe.c"
if ! "$cc" -fsanitize=fuzzer,address,undefined "$build/probe.c" -o "$build/probe" >/dev/null 2>&1; then
    echo "fuzz: $cc cannot build libFuzzer binaries (libclang-rt-dev missing?); skipped"
    exit 77
fi

echo "fuzz: building in $build"
CC=$cc cmake -S "$src" -B "$build" -DRELMAP_FUZZ=ON -DRELMAP_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log"; exit 1; }
exes=
for t in $targets; do exes="$exes fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build "$build" -j 2 --target $exes >"$build/build.log" 2>&1 ||
    { tail -n 40 "$build/build.log"; exit 1; }

# Graphviz and fontconfig keep process-lifetime allocations; relmap's own
# leaks are still reported. UBSan findings stop the run.
LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS UBSAN_OPTIONS

failed=
for t in $targets; do
    corpus=$build/corpus/$t
    art=$build/artifacts/$t
    mkdir -p "$corpus" "$art"
    cp "$src/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null
    cp "$src/tests/fuzz/regress/$t/"* "$corpus/" 2>/dev/null
    case $t in dot) dict=extract.dict ;; *) dict=$t.dict ;; esac
    echo "fuzz: $t for ${secs}s"
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=20 \
        -dict="$src/tests/fuzz/$dict" -print_final_stats=1 -artifact_prefix="$art/" \
        "$corpus" >"$build/$t.log" 2>&1
    rc=$?
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/$t.log" |
        sed "s/^/fuzz: $t: /"
    if [ $rc -ne 0 ]; then
        echo "fuzz: $t FAILED (exit $rc); log $build/$t.log, input in $art/"
        tail -n 60 "$build/$t.log"
        failed="$failed $t"
    fi
done
if [ -n "$failed" ]; then
    echo "fuzz: failed:$failed"
    exit 1
fi
echo "fuzz: all clean"
