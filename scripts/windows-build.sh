#!/usr/bin/env bash
# The Windows build, from Linux (Debian 12): FLA Desk cross-compiled with MinGW-w64 against
# the libraries scripts/windows/build-deps.sh builds from Debian's source packages, staged
# with every DLL and plugin it needs, and packed into the MSI with wixl.
#   bash scripts/windows-build.sh            -> build/windows/FLA-Desk-<version>-win64-per-user.msi
# Environment: FLADESK_SKIP_DEPS=1 (packages already installed), FLADESK_JOBS (default 2),
# FLADESK_MINGW_CACHE (default ~/.cache/fladesk-mingw). The tests under Wine:
# scripts/windows/run-tests.sh; the installed MSI: scripts/windows/smoke-test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs=${FLADESK_JOBS:-2}
build=$root/build/windows
log() { echo "windows-build: $*" >&2; }
started=$(date +%s)

if [ "${FLADESK_SKIP_DEPS:-0}" != 1 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  # Cross compilers, the host Qt's tools (moc, rcc, uic, lrelease: same Qt 6.4.2), the
  # source-package tools, Wine for the tests, wixl for the MSI, Xvfb for the screenshot.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    cmake ninja-build ccache git dpkg-dev build-essential python3 perl \
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64 \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    wine64 wine wixl msitools xvfb xauth x11-utils imagemagick fonts-dejavu-core >&2
fi

prefix=$(nice -n 10 bash scripts/windows/build-deps.sh --jobs "$jobs" | tail -1)
export FLADESK_MINGW_PREFIX=$prefix
deps_done=$(date +%s)
log "libraries: $prefix ($((deps_done - started)) s)"

# The same CMakeLists.txt: the toolchain file names the cross compilers and the prefix,
# QT_HOST_PATH the Linux Qt whose moc/rcc/uic/lrelease run on this machine.
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-w64-x86_64.cmake" \
    -DFLADESK_MINGW_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DOPENSSL_ROOT_DIR="$prefix" -DFLADESK_BUILD_BENCH=OFF -DFLADESK_WERROR=ON \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$root/scripts/windows/wine-run.sh" >&2
fi
nice -n 10 cmake --build "$build" --parallel "$jobs" >&2
built=$(date +%s)
log "programs and tests built ($((built - deps_done)) s)"

bash scripts/windows/stage.sh "$build" "$prefix" "$build/stage" >&2
bash scripts/windows/make-msi.sh "$build" "$build/stage" >&2
log "done in $(($(date +%s) - started)) s: $(ls "$build"/*.msi | tr '\n' ' ')"
