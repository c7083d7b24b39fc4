# Sourced by the Windows scripts: the environment Wine runs FLA Desk's Windows programs in.
#   FLADESK_MINGW_PREFIX  the cross-built libraries (scripts/windows/build-deps.sh)
#   FLADESK_WINEPREFIX    the Wine prefix (default build/windows/wine/<user> of this checkout):
#                         made once, about 15 s, then reused so each test does not pay for it.
#                         One per checkout: each has its own wineserver, so a run in another
#                         checkout on the same machine (CI beside a developer) cannot end or
#                         disturb this one's.
#   FLADESK_WINE_USER     the Windows user name (default "Chloé": a non-ASCII profile path).
fladesk_mingw_runtime_dirs() { # the folders of the posix MinGW runtime DLLs, one a line
  local dll
  for dll in libstdc++-6.dll libwinpthread-1.dll; do
    dirname "$(realpath "$(x86_64-w64-mingw32-g++-posix -print-file-name=$dll)")"
  done
}
# Debian 12's wine packages name their commands wine-stable, wineserver-stable, msiexec-stable.
FLADESK_WINE=$(command -v wine64 || command -v wine || command -v wine-stable || echo /usr/lib/wine/wine64)
FLADESK_WINESERVER=$(command -v wineserver || command -v wineserver-stable || echo /usr/lib/wine/wineserver)
export FLADESK_WINE FLADESK_WINESERVER
export WINEDEBUG=${WINEDEBUG:--all}
export FLADESK_WINE_USER=${FLADESK_WINE_USER:-Chloé}
fladesk_checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export WINEPREFIX=${FLADESK_WINEPREFIX:-$fladesk_checkout/build/windows/wine/$FLADESK_WINE_USER}
# Wine names the profile folder (C:\users\<name>) and USERNAME after the Unix USER.
export USER=$FLADESK_WINE_USER USERNAME=$FLADESK_WINE_USER LOGNAME=$FLADESK_WINE_USER
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=}
fladesk_wine_path() { # fladesk_wine_path DIR…: a WINEPATH reaching the DLLs in those folders
  local out="" d
  for d in "$@"; do out="${out:+$out;}Z:${d//\//\\}"; done
  echo "$out"
}
fladesk_wine_init() { # makes the prefix once
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    echo "wine: making the prefix $WINEPREFIX (user $FLADESK_WINE_USER)" >&2
    "$FLADESK_WINE" wineboot --init >/dev/null 2>&1 || true
    "$FLADESK_WINESERVER" -w || true
  fi
}
