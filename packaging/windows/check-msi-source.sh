#!/usr/bin/env bash
# Checks the Windows installer source on Linux (see wixl_check.py): the MSI, per machine and
# per user, built by wixl around placeholder files from the CPack settings of a configured
# build; and the version resource (fladesk.rc.in) compiled by MinGW's windres when present.
# Usage: bash packaging/windows/check-msi-source.sh [build-dir]    (default: build/debug)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="$(cd "$here/../.." && pwd)"
build="${1:-build/debug}"
case "$build" in /*) ;; *) build="$src/$build" ;; esac
[ -f "$build/CPackConfig.cmake" ] || { echo "check-msi-source: configure $build first (cmake --preset ...)"; exit 1; }
command -v wixl >/dev/null || { echo "check-msi-source: wixl is missing (bash scripts/install-deps.sh)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for scope in perMachine perUser; do
    # The values cpack would use for `cpack -G WIX` (FLADESK_MSI_SCOPE picks the scope).
    FLADESK_MSI_SCOPE="$scope" cmake -DCPACK_CONFIG="$build/CPackConfig.cmake" -DOUT="$work/settings-$scope.txt" \
        -P "$here/dump-wix-settings.cmake"
    python3 "$here/wixl_check.py" --settings "$work/settings-$scope.txt" --contents "$here/msi-contents.txt" \
        --licenses "$src/packaging/licenses" --license-file "$src/LICENSE" --patch "$here/wix-patch.xml" \
        --work "$work/$scope" --scope "$scope"
done

# Windows.cmake itself, configured here with stand-ins (cmake-check/): its install rules must
# put the OpenSSL DLLs and the licences in place and run windeployqt for each program.
wc="$work/cmake-check"
mkdir -p "$wc/ssl/bin" "$wc/ssl/include"
touch "$wc/ssl/bin/libcrypto-3-x64.dll" "$wc/ssl/bin/libssl-3-x64.dll"
if ! cmake -S "$here/cmake-check" -B "$wc/build" -G Ninja -DFAKE_OPENSSL="$wc/ssl" >"$wc/configure.log" 2>&1; then
    cat "$wc/configure.log"
    echo "check-msi-source: FAIL: Windows.cmake does not configure"
    exit 1
fi
cmake --build "$wc/build" >/dev/null
cmake --install "$wc/build" --prefix "$wc/stage" >/dev/null
for f in bin/libcrypto-3-x64.dll bin/libssl-3-x64.dll licenses/LICENSE.txt licenses/LGPL-3.0.txt; do
    [ -f "$wc/stage/$f" ] || { echo "check-msi-source: FAIL: Windows.cmake does not install $f"; exit 1; }
done
for t in fladesk fladesk-cli; do
    grep -q "^$t .*--translations;de,en,fr,nl" "$wc/stage/deployed.txt" \
        || { echo "check-msi-source: FAIL: windeployqt is not run for $t with the four languages"; exit 1; }
    grep -q "FILEVERSION 0,1,0,0" "$wc/build/$t.rc" || { echo "check-msi-source: FAIL: no version resource for $t"; exit 1; }
done
echo "check-msi-source: Windows.cmake configures, installs the OpenSSL DLLs and licences, runs windeployqt for each program"

windres=$(command -v x86_64-w64-mingw32-windres || true)
if [ -n "$windres" ]; then
    version=$(sed -n 's/^project(FlaDesk VERSION \([0-9]*\)\.\([0-9]*\)\.\([0-9]*\).*/\1 \2 \3/p' "$src/CMakeLists.txt")
    read -r major minor patch <<<"$version"
    sed -e "s|@FLADESK_RC_NAME@|fladesk|g" -e "s|@FLADESK_RC_DESCRIPTION@|FLA Desk|g" \
        -e "s|@FLADESK_RC_ICON@|$src/resources/icons/fladesk.ico|g" \
        -e "s|@PROJECT_VERSION@|$major.$minor.$patch|g" -e "s|@PROJECT_VERSION_MAJOR@|$major|g" \
        -e "s|@PROJECT_VERSION_MINOR@|$minor|g" -e "s|@PROJECT_VERSION_PATCH@|$patch|g" \
        "$here/fladesk.rc.in" >"$work/fladesk.rc"
    if grep -q '@[A-Z_]*@' "$work/fladesk.rc"; then
        echo "check-msi-source: FAIL: fladesk.rc.in has a placeholder Windows.cmake does not fill:"
        grep -o '@[A-Z_]*@' "$work/fladesk.rc" | sort -u
        exit 1
    fi
    "$windres" -I /usr/x86_64-w64-mingw32/include -D_WIN32 -D_WIN64 -DRC_INVOKED "$work/fladesk.rc" -O coff -o "$work/fladesk.res.o"
    echo "check-msi-source: fladesk.rc.in compiles (windres): version $major.$minor.$patch, icon, version strings"
else
    echo "check-msi-source: windres (binutils-mingw-w64-x86-64) not installed: version resource not checked"
fi
