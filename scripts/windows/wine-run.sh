#!/usr/bin/env bash
# CMAKE_CROSSCOMPILING_EMULATOR of the Windows build: runs a Windows program under Wine
# with the cross-built Qt, OpenSSL, QtKeychain, QuaZip and the MinGW runtime on its DLL path.
#   scripts/windows/wine-run.sh PROGRAM.exe [ARGS…]   (FLADESK_MINGW_PREFIX: default the complete cache)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=wine-env.sh
. "$here/wine-env.sh"
# The libraries' cache when not named (build-deps.sh --check prints it when complete).
FLADESK_MINGW_PREFIX=${FLADESK_MINGW_PREFIX:-$(bash "$here/build-deps.sh" --check 2>/dev/null | tail -1)}
[ -d "$FLADESK_MINGW_PREFIX/bin" ] || { echo "wine-run: no cross-built libraries (scripts/windows/build-deps.sh)" >&2; exit 1; }
mapfile -t runtime < <(fladesk_mingw_runtime_dirs)
WINEPATH=$(fladesk_wine_path "$FLADESK_MINGW_PREFIX/bin" "${runtime[@]}")
export WINEPATH
export QT_PLUGIN_PATH="Z:$FLADESK_MINGW_PREFIX/plugins"
# Wine keeps the Linux side's QT_* variables from Windows programs (they are meant for a
# Linux Qt); WINEQT_* reaches them as QT_* (QT_QPA_PLATFORM=offscreen of the tests, …).
for name in $(compgen -e); do
  if [[ $name == QT_* ]]; then export "WINE$name=${!name}"; fi
done
fladesk_wine_init
# A test's output goes through files, never straight into ctest's pipe: Wine starts helper
# processes on the way (a conhost.exe for each console child a test starts, explorer.exe for
# the desktop) that inherit the Unix side's standard output and error and may outlive the test
# by minutes; one holding ctest's pipe makes ctest wait for it until the timeout although the
# test has finished. Qt Test also writes to the debugger instead of standard output when the
# process has no console window (Wine's, with its output in a pipe), so a test without -o
# writes its log to a file too. Both are printed once the test has ended.
case "$(basename "$1")" in
  tst_*.exe)
    log=$(mktemp --suffix=.txt)
    wine_out=$(mktemp)
    trap 'rm -f "$log" "$wine_out"' EXIT
    args=("$@")
    [[ " $* " == *" -o "* ]] || args+=(-o "Z:${log//\//\\},txt")
    status=0
    "$FLADESK_WINE" "${args[@]}" </dev/null >"$wine_out" 2>&1 || status=$?
    cat "$wine_out" "$log"
    exit $status
    ;;
esac
exec "$FLADESK_WINE" "$@"
