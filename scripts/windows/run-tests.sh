#!/usr/bin/env bash
# The test suite of the Windows build under Wine: ctest runs each test executable through
# scripts/windows/wine-run.sh (CMAKE_CROSSCOMPILING_EMULATOR of build/windows), as the
# Windows user "Chloé", Qt's offscreen platform for the widget tests. The tests Wine cannot
# run are listed with the reason in scripts/windows/wine-skips.txt and printed here.
#   bash scripts/windows/run-tests.sh [ctest args…]     (after scripts/windows-build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
build=build/windows
[ -f "$build/CTestTestfile.cmake" ] || { echo "run-tests: build $build first (bash scripts/windows-build.sh)" >&2; exit 1; }
FLADESK_MINGW_PREFIX=$(sed -n 's/^FLADESK_MINGW_PREFIX:PATH=//p' "$build/CMakeCache.txt")
export FLADESK_MINGW_PREFIX
# shellcheck source=wine-env.sh
. scripts/windows/wine-env.sh
fladesk_wine_init
# One Wine session for the whole run, started here with its output going nowhere: a session
# started by the first test would keep that test's output pipe open, and ctest would wait
# for it until the timeout.
if ! "$FLADESK_WINESERVER" -p </dev/null >/dev/null 2>&1; then
  # This checkout's prefix still has a session: a run that did not end (killed, interrupted).
  echo "run-tests: a Wine session of $WINEPREFIX was still running (a run that did not end): ending it" >&2
  "$FLADESK_WINESERVER" -k 2>/dev/null || true
  "$FLADESK_WINESERVER" -w 2>/dev/null || true
  "$FLADESK_WINESERVER" -p </dev/null >/dev/null 2>&1
fi
"$FLADESK_WINE" wineboot </dev/null >/dev/null 2>&1 || true
# Qt's offscreen platform on Windows reads font files from a folder: Debian's DejaVu.
if [ -d /usr/share/fonts/truetype/dejavu ]; then export QT_QPA_FONTDIR=Z:/usr/share/fonts/truetype/dejavu; fi

skips=scripts/windows/wine-skips.txt
entries=$(grep -v '^\s*#' "$skips" || true)
# Whole tests are left out of the run; Test::function lines skip themselves (QSKIP).
names=$(awk 'NF && $1 !~ /::/ {print $1}' <<<"$entries" | paste -sd'|' -)
echo "== tests under Wine ($("$FLADESK_WINE" --version)), Windows user $FLADESK_WINE_USER; skipped:"
awk 'NF {name=$1; $1=""; printf "   SKIP %-22s%s\n", name, $0}' <<<"$entries"
status=0
ctest --test-dir "$build" --output-on-failure --timeout 600 ${names:+-E "^($names)\$"} "$@" || status=$?
"$FLADESK_WINESERVER" -k 2>/dev/null || true
echo "== tests under Wine: $(($(date +%s) - started)) s (status $status)"
exit $status
