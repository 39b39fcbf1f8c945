#!/bin/sh
# Install the project into a temporary prefix and use it as an outsider
# would: build examples/embed.c with pkg-config alone (shared, then static)
# and with find_package(relmap) in a small CMake project, run each, and
# check the SVG it writes.
# Usage: install_test.sh CMAKE BUILD-DIR SOURCE-DIR CC WORK-DIR
set -eu
cmake=$1 build=$2 src=$3 cc=$4 work=$5

fail() { echo "install_test: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" ||
    fail "cmake --install failed: $(cat "$work/install.log")"

# What is installed: libraries, headers, pkg-config and CMake files, CLI, man pages.
pc=$(find "$prefix" -name relmap.pc)
[ -n "$pc" ] || fail "no relmap.pc under $prefix"
pcdir=$(dirname "$pc")
libdir=$(dirname "$pcdir")
for f in "$libdir/librelmap.a" "$libdir/librelmap.so" "$prefix/include/relmap.h" \
         "$prefix/include/relmap/common.h" "$prefix/include/relmap/simple.h" \
         "$prefix/include/relmap/version.h" "$prefix/bin/relmap" \
         "$prefix/share/man/man1/relmap.1" "$prefix/share/man/man3/relmap.3" \
         "$libdir/cmake/relmap/relmapConfig.cmake" \
         "$libdir/cmake/relmap/relmapConfigVersion.cmake"; do
    [ -e "$f" ] || fail "not installed: $f"
done
version=$("$prefix/bin/relmap" --version | sed -n 's/^relmap //p')
[ -n "$version" ] || fail "relmap --version printed no version"
major=${version%%.*}
soname=$(readelf -d "$libdir/librelmap.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "librelmap.so.$major" ] || fail "soname is '$soname', not librelmap.so.$major"
[ -e "$libdir/$soname" ] || fail "no $libdir/$soname link"
grep -q "RELMAP_VERSION_STRING \"$version\"" "$prefix/include/relmap/version.h" ||
    fail "installed version.h does not say $version"

sentence="Iran supplied drones to Russia."
check_svg() { # FILE WHAT
    grep -q '<svg' "$1" || fail "$2: no <svg> in the output"
    grep -q '</svg>' "$1" || fail "$2: SVG not complete"
    grep -q '>Iran</text>' "$1" || fail "$2: no node labelled Iran"
    grep -q '>Russia</text>' "$1" || fail "$2: no node labelled Russia"
    grep -q 'id="e_iran_russia_supplies_asserted"' "$1" ||
        fail "$2: no edge Iran -> Russia (supplies)"
    grep -q "Drawn by relmap $version" "$1" ||
        fail "$2: the title does not carry the headers' version $version"
}

# 1. pkg-config alone, shared library.
export PKG_CONFIG_PATH="$pcdir"
[ "$(pkg-config --modversion relmap)" = "$version" ] ||
    fail "pkg-config --modversion relmap is not $version"
# shellcheck disable=SC2046
"$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror -o "$work/embed" "$src/examples/embed.c" \
    $(pkg-config --cflags --libs relmap) || fail "cannot build embed.c with pkg-config"
readelf -d "$work/embed" | grep -q "NEEDED.*\[$soname\]" ||
    fail "embed is not linked with $soname"
LD_LIBRARY_PATH=$libdir "$work/embed" "$sentence" "$work/shared.svg" ||
    fail "embed (shared) failed"
check_svg "$work/shared.svg" "pkg-config, shared"
LD_LIBRARY_PATH=$libdir "$work/embed" "$sentence" - >"$work/stdout.svg" ||
    fail "embed (to standard output) failed"
cmp -s "$work/shared.svg" "$work/stdout.svg" || fail "embed wrote other bytes to standard output"

# 2. pkg-config --static: librelmap.a, with Graphviz and jansson from Requires.private.
static_libs=$(pkg-config --static --libs relmap | sed 's/-lrelmap\( \|$\)/ /')
# shellcheck disable=SC2046,SC2086
"$cc" -std=c11 -Wall -Wextra -Wpedantic -Werror -o "$work/embed_static" \
    "$src/examples/embed.c" $(pkg-config --cflags relmap) "$libdir/librelmap.a" $static_libs ||
    fail "cannot build embed.c with librelmap.a and pkg-config --static"
if readelf -d "$work/embed_static" | grep -q "librelmap"; then
    fail "embed_static still needs librelmap.so"
fi
"$work/embed_static" "$sentence" "$work/static.svg" || fail "embed (static) failed"
check_svg "$work/static.svg" "pkg-config, static"

# 3. find_package(relmap) in a CMake project.
mkdir -p "$work/consumer"
cp "$src/examples/embed.c" "$work/consumer/"
cat >"$work/consumer/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.16)
project(relmap_consumer LANGUAGES C)
find_package(relmap ${RELMAP_WANT} REQUIRED)
add_executable(embed_shared embed.c)
target_link_libraries(embed_shared PRIVATE relmap::relmap)
add_executable(embed_static embed.c)
target_link_libraries(embed_static PRIVATE relmap::relmap_static)
EOF
unset PKG_CONFIG_PATH
"$cmake" -S "$work/consumer" -B "$work/consumer/build" -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_PREFIX_PATH="$prefix" -DRELMAP_WANT="$major" >"$work/consumer.log" 2>&1 ||
    fail "find_package(relmap $major) failed: $(cat "$work/consumer.log")"
"$cmake" --build "$work/consumer/build" >>"$work/consumer.log" 2>&1 ||
    fail "the find_package project did not build: $(cat "$work/consumer.log")"
LD_LIBRARY_PATH=$libdir "$work/consumer/build/embed_shared" "$sentence" "$work/cm_shared.svg" ||
    fail "embed_shared (find_package) failed"
check_svg "$work/cm_shared.svg" "find_package, relmap::relmap"
readelf -d "$work/consumer/build/embed_shared" | grep -q "NEEDED.*\[$soname\]" ||
    fail "relmap::relmap did not link $soname"
"$work/consumer/build/embed_static" "$sentence" "$work/cm_static.svg" ||
    fail "embed_static (find_package) failed"
check_svg "$work/cm_static.svg" "find_package, relmap::relmap_static"
# another major version is refused
if "$cmake" -S "$work/consumer" -B "$work/consumer/build-next" -DCMAKE_C_COMPILER="$cc" \
        -DCMAKE_PREFIX_PATH="$prefix" -DRELMAP_WANT=$((major + 1)) >/dev/null 2>&1; then
    fail "find_package(relmap $((major + 1))) accepted version $version"
fi

echo "install_test: installed $version; pkg-config (shared, static) and find_package builds draw the edge"
