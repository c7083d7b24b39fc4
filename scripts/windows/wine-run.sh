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
# Qt Test writes to the debugger instead of standard output when the process has no console
# window (Wine's, with its output in a pipe): a test without -o writes its log to a file
# that is printed afterwards.
case "$(basename "$1")" in
  tst_*.exe)
    if [[ " $* " != *" -o "* ]]; then
      log=$(mktemp --suffix=.txt)
      status=0
      "$FLADESK_WINE" "$@" -o "Z:${log//\//\\},txt" || status=$?
      cat "$log"
      rm -f "$log"
      exit $status
    fi
    ;;
esac
exec "$FLADESK_WINE" "$@"
