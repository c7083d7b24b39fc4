#!/usr/bin/env bash
# The Linux package test: builds the .deb with CPack from an existing build, checks what it
# holds (files, dependencies found by dpkg-shlibdeps, desktop entry, AppStream metadata),
# installs it into a clean Debian bookworm root (mmdebstrap, Debian's mirror only) and
# runs the installed programs there: `fladesk-cli --version`, `fladesk --version` and a real
# offscreen start of `fladesk` that must still be running after a few seconds. Then it
# removes the package again and checks nothing of it is left.
#
# Usage: bash scripts/ci-package-test.sh [build-dir]     (default: build/debug, as CI builds it)
# FLADESK_PACKAGE_ROOT=host   installs with dpkg on this machine instead of a clean root
#                             (then removes it); used when mmdebstrap is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
src="$PWD"
build="${1:-build/debug}"
export PATH="/usr/lib/qt6/bin:$PATH"
started=$(date +%s)
fail() { echo "ci-package-test: FAIL: $*" >&2; exit 1; }

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset "$(basename "$build")"
fi
# Everything the install rules install (in CI the tree is built already: nothing to do).
cmake --build "$build" -j "$(nproc)"

echo "== cpack -G DEB"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/packages/fladesk_*.deb)
version=$(sed -n 's/^project(FlaDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in CMakeLists.txt"
case "$(basename "$deb")" in fladesk_"$version"-*_*.deb) ;; *) fail "$deb is not version $version" ;; esac

echo "== contents of $(basename "$deb")"
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/fladesk ./usr/bin/fladesk-cli \
         ./usr/share/applications/be.fladesk.FlaDesk.desktop \
         ./usr/share/metainfo/be.fladesk.FlaDesk.metainfo.xml \
         ./usr/share/mime/packages/be.fladesk.FlaDesk.xml \
         ./usr/share/doc/fladesk/copyright ./usr/share/doc/fladesk/licenses/GPL-3.0.txt \
         ./usr/share/doc/fladesk/licenses/LGPL-3.0.txt ./usr/share/doc/fladesk/licenses/Apache-2.0.txt \
         ./usr/share/icons/hicolor/scalable/apps/fladesk.svg; do
    grep -qx "$f" <<<"$listing" || fail "$f missing from the package"
done
for s in 16 24 32 48 64 128 256; do
    grep -qx "./usr/share/icons/hicolor/${s}x${s}/apps/fladesk.png" <<<"$listing" || fail "icon ${s}x${s} missing"
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libqt6core6 libqt6widgets6 libqt6network6 libc6 libqt6sql6-sqlite; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d (dpkg-shlibdeps did not run?)"
done

echo "== desktop entry and AppStream metadata"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/x"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/x/usr/share/applications/be.fladesk.FlaDesk.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/x/usr/share/metainfo/be.fladesk.FlaDesk.metainfo.xml"
fi
grep -q "version=\"$version\"" "$work/x/usr/share/metainfo/be.fladesk.FlaDesk.metainfo.xml" \
    || fail "the metainfo does not name version $version"

# What runs inside the installed system (a clean root or this machine).
cat >"$work/smoke.sh" <<EOF
#!/bin/sh
set -eu
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 HOME=\$(mktemp -d) XDG_RUNTIME_DIR=\$(mktemp -d)
chmod 700 "\$XDG_RUNTIME_DIR"
test -x /usr/bin/fladesk -a -x /usr/bin/fladesk-cli
echo "fladesk-cli --version: \$(/usr/bin/fladesk-cli --version)"
/usr/bin/fladesk-cli --version | grep -q "$version"
echo "fladesk --version: \$(/usr/bin/fladesk --version)"
/usr/bin/fladesk --version | grep -q "$version"
if [ -x /usr/bin/fla-sandbox ]; then /usr/bin/fla-sandbox --version | grep -q "$version"; fi
# A real start: still running after 3 s (timeout then stops it: status 124) means no crash.
rc=0
timeout -s TERM 3 /usr/bin/fladesk >"\$HOME/fladesk.log" 2>&1 || rc=\$?
if [ "\$rc" -ne 124 ]; then
    cat "\$HOME/fladesk.log"
    echo "fladesk stopped by itself with status \$rc within 3 s (expected to keep running)"
    exit 1
fi
echo "fladesk ran offscreen for 3 s without crashing"
EOF
chmod +x "$work/smoke.sh"

cat >"$work/remove.sh" <<'EOF'
#!/bin/sh
set -eu
dpkg --purge fladesk
for f in /usr/bin/fladesk /usr/bin/fladesk-cli /usr/share/applications/be.fladesk.FlaDesk.desktop \
         /usr/share/doc/fladesk; do
    if [ -e "$f" ]; then echo "left behind after removal: $f"; exit 1; fi
done
echo "fladesk removed, nothing left behind"
EOF
chmod +x "$work/remove.sh"

mode="${FLADESK_PACKAGE_ROOT:-chroot}"
if [ "$mode" = chroot ] && ! command -v mmdebstrap >/dev/null; then
    echo "mmdebstrap not installed: testing on this machine instead"
    mode=host
fi

if [ "$mode" = chroot ]; then
    echo "== install into a clean Debian bookworm root (mmdebstrap)"
    cp "$deb" "$work/fladesk.deb"
    # The hooks run inside the new root while /proc and /dev are mounted; any failure fails
    # mmdebstrap. The root itself is thrown away (format null).
    # Downloaded packages are kept between runs (FLADESK_DEB_CACHE), so a second run needs
    # the mirror only for what changed.
    cache="${FLADESK_DEB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fladesk/mmdebstrap}"
    mkdir -p "$cache"
    mmdebstrap --variant=apt --format=null --quiet \
        --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
        --skip=essential/unlink \
        --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
        --setup-hook="sync-in $cache /var/cache/apt/archives/" \
        --include="$work/fladesk.deb" \
        --customize-hook="copy-in $work/smoke.sh $work/remove.sh /usr/local/bin" \
        --customize-hook='chroot "$1" dpkg -s fladesk | grep -E "^(Status|Version)"' \
        --customize-hook='chroot "$1" /usr/local/bin/smoke.sh' \
        --customize-hook='chroot "$1" /usr/local/bin/remove.sh' \
        --customize-hook="sync-out /var/cache/apt/archives $cache" \
        bookworm /dev/null
else
    echo "== install on this machine (dpkg -i, apt-get -f install)"
    if dpkg -s fladesk >/dev/null 2>&1; then fail "fladesk is already installed here; remove it first"; fi
    dpkg -i "$deb" || DEBIAN_FRONTEND=noninteractive apt-get -f install -y --no-install-recommends
    dpkg -s fladesk | grep -E '^(Status|Version)'
    "$work/smoke.sh"
    "$work/remove.sh"
fi
echo "ci-package-test: OK ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB) in $(( $(date +%s) - started )) s"
