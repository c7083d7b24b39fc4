#!/usr/bin/env bash
# CMAKE_CROSSCOMPILING_EMULATOR of the Windows build: runs a Windows program under Wine
# with the cross-built Qt, OpenSSL, QtKeychain, QuaZip and the MinGW runtime on its DLL path.
#   scripts/windows/wine-run.sh PROGRAM.exe [ARGS…]      (FLADESK_MINGW_PREFIX must be set)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=wine-env.sh
. "$here/wine-env.sh"
: "${FLADESK_MINGW_PREFIX:?set FLADESK_MINGW_PREFIX to the cross-built libraries}"
mapfile -t runtime < <(fladesk_mingw_runtime_dirs)
WINEPATH=$(fladesk_wine_path "$FLADESK_MINGW_PREFIX/bin" "${runtime[@]}")
export WINEPATH
export QT_PLUGIN_PATH="Z:$FLADESK_MINGW_PREFIX/plugins"
fladesk_wine_init
exec "$FLADESK_WINE" "$@"
