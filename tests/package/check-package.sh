#!/usr/bin/env bash
# The Debian package (issue 17): builds it with cpack from this build folder, checks its
# metadata and contents with dpkg-deb, unpacks it into a throw-away root, runs each
# installed program's --version there, and has lintian check it (no errors allowed).
# scripts/package builds the same package from a Release build folder of its own.
#
# Usage: check-package.sh BUILD_DIR VERSION      Exit status 77 (skipped): no dpkg-deb.
set -euo pipefail

build_dir=$1
version=$2

if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "SKIP: dpkg-deb is missing (not a Debian system)"
    exit 77
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
if ! cpack -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name 'hookbench_*.deb' -print -quit)
if [ -z "$deb" ]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack wrote no hookbench_*.deb" >&2
    exit 1
fi
echo "package: ${deb##*/}"
arch=$(dpkg --print-architecture)
[ "${deb##*/}" = "hookbench_${version}-1_${arch}.deb" ] \
    || fail "file name ${deb##*/}, expected hookbench_${version}-1_${arch}.deb"

echo "== metadata"
dpkg-deb --info "$deb" | tee "$work/info"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = hookbench ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] || fail "Version '$(field Version)' is not ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)'"
[ "$(field Priority)" = optional ] || fail "Priority is '$(field Priority)'"
[[ $(field Maintainer) == *" <"*@*">" ]] || fail "Maintainer '$(field Maintainer)' has no address"
description=$(field Description)
[ "$(printf '%s\n' "$description" | wc -l)" -ge 3 ] || fail "no long description"
depends=$(field Depends)
# From dpkg-shlibdeps (the libraries the programs link) and, by hand, the plug-ins Qt
# loads at run time: the SQLite driver and the SVG icon engine.
for wanted in libc6 libqt6core6 libqt6gui6 libqt6network6 libqt6widgets6 libqt6svg6 \
    libqt6httpserver6 libqt6keychain1 libssl3 libqt6sql6-sqlite; do
    [[ ", $depends," =~ ,\ ${wanted}[\ ,] ]] || fail "Depends lacks $wanted: $depends"
done
[[ $(field Installed-Size) =~ ^[0-9]+$ ]] || fail "no Installed-Size"

echo "== contents"
dpkg-deb --contents "$deb" | tee "$work/contents"
awk '{ print $6 }' "$work/contents" | sed 's|^\./|/|; s|/$||' >"$work/paths"
for path in \
    /usr/bin/hookbench /usr/bin/hookbench-cli /usr/bin/hookbench-sandbox \
    /usr/share/applications/io.github.hookbench.Hookbench.desktop \
    /usr/share/metainfo/io.github.hookbench.Hookbench.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.hookbench.Hookbench.svg \
    /usr/share/man/man1/hookbench.1.gz /usr/share/man/man1/hookbench-cli.1.gz \
    /usr/share/man/man1/hookbench-sandbox.1.gz \
    /usr/share/bash-completion/completions/hookbench \
    /usr/share/bash-completion/completions/hookbench-cli \
    /usr/share/bash-completion/completions/hookbench-sandbox \
    /usr/share/zsh/vendor-completions/_hookbench \
    /usr/share/doc/hookbench/copyright /usr/share/doc/hookbench/changelog.Debian.gz \
    /usr/share/doc/hookbench/user-guide.md; do
    grep -qxF "$path" "$work/paths" || fail "the package lacks $path"
done
if grep -v '^/usr' "$work/paths" | grep -qv '^/$\|^$'; then
    fail "files outside /usr: $(grep -v '^/usr' "$work/paths" | tr '\n' ' ')"
fi
if grep -q '^/usr/local\|/tst_\|/bench_\|/fuzz_' "$work/paths"; then
    fail "test programs or /usr/local in the package"
fi
if awk '$2 != "root/root"' "$work/contents" | grep -q .; then
    fail "files not owned by root/root"
fi

echo "== unpacked into a throw-away root"
dpkg-deb --extract "$deb" "$work/root"
for program in hookbench hookbench-cli hookbench-sandbox; do
    binary="$work/root/usr/bin/$program"
    [ -x "$binary" ] || { fail "$program is not executable"; continue; }
    # Nothing of the build tree is needed: no LD_LIBRARY_PATH, the libraries are the system's.
    if output=$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work" "$binary" --version \
        2>"$work/stderr"); then
        echo "$program --version: $output"
        [ "$output" = "$program $version" ] \
            || fail "$program --version says '$output', not '$program $version'"
    else
        fail "$program --version failed: $(cat "$work/stderr")"
    fi
    if file --brief "$binary" | grep -q 'not stripped'; then
        fail "$program is not stripped"
    fi
done

# The changelog as Debian wants it: gzip -9 without a name or time stamp, this version on top.
changelog="$work/root/usr/share/doc/hookbench/changelog.Debian.gz"
header=$(od -An -tx1 -N10 "$changelog" | tr -d ' \n')
[ "${header:6:10}" = 0000000000 ] || fail "changelog.Debian.gz has a name or time stamp: $header"
[ "${header:16:2}" = 02 ] || fail "changelog.Debian.gz is not compressed with -9: $header"
gzip -dc "$changelog" | head -1 | grep -q "^hookbench (${version}-1) " \
    || fail "the changelog does not start with version ${version}-1"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$work/root/usr/share/doc/hookbench/copyright" || fail "copyright is not machine-readable"

echo "== lintian"
if ! command -v lintian >/dev/null 2>&1; then
    fail "lintian is missing: install the packages of scripts/packages.txt"
else
    lintian --fail-on error --info --tag-display-limit 0 "$deb" | tee "$work/lintian" \
        || fail "lintian reports errors"
    if grep -q '^E: ' "$work/lintian"; then
        fail "lintian reports errors"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package is fine"
