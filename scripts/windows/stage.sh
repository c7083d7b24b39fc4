#!/usr/bin/env bash
# Lays out what Windows needs to run FLA Desk, as windeployqt would on a Windows machine:
#   STAGE/bin        fladesk.exe, fladesk-cli.exe, fla-sandbox.exe, every DLL they load
#                    (Qt, SQLite, OpenSSL, QtKeychain, QuaZip, zlib, the MinGW runtime),
#                    qt.conf pointing Qt at the folders below
#   STAGE/plugins    platforms/qwindows.dll, sqldrivers/qsqlite.dll, styles, tls backends, icons
#   STAGE/translations  Qt's own translations in the four interface languages (the app's
#                    own are compiled into the executables)
#   STAGE/licenses   the licence texts
# The DLLs are found by reading each PE file's import table (objdump -p), recursively.
#   scripts/windows/stage.sh BUILD_DIR MINGW_PREFIX STAGE_DIR
set -euo pipefail
build=$1 prefix=$2 stage=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=wine-env.sh
. "$here/wine-env.sh"
mapfile -t runtime < <(fladesk_mingw_runtime_dirs)
objdump=x86_64-w64-mingw32-objdump
rm -rf "$stage"
mkdir -p "$stage/bin" "$stage/plugins" "$stage/translations" "$stage/licenses"

for exe in fladesk fladesk-cli fla-sandbox; do
  f=$(find "$build/app" -name "$exe.exe" -print -quit)
  [ -n "$f" ] || { echo "stage: $exe.exe was not built in $build" >&2; exit 1; }
  cp "$f" "$stage/bin/"
done
# The plugins windeployqt takes for a Widgets + Sql + Network program.
for p in platforms/qwindows.dll sqldrivers/qsqlite.dll styles/qwindowsvistastyle.dll \
  tls/qschannelbackend.dll tls/qopensslbackend.dll tls/qcertonlybackend.dll \
  imageformats/qico.dll imageformats/qjpeg.dll imageformats/qgif.dll; do
  mkdir -p "$stage/plugins/$(dirname "$p")"
  cp "$prefix/plugins/$p" "$stage/plugins/$p"
done

# Every DLL the programs and plugins import that is not part of Windows itself.
find_dll() { # the file of a DLL in the prefix or the MinGW runtime folder; nothing for system DLLs
  local name=$1 d
  for d in "$prefix/bin" "${runtime[@]}"; do
    [ -f "$d/$name" ] && { echo "$d/$name"; return 0; }
  done
  return 0
}
queue=("$stage"/bin/*.exe $(find "$stage/plugins" -name '*.dll'))
while [ ${#queue[@]} -gt 0 ]; do
  file=${queue[0]}
  queue=("${queue[@]:1}")
  while read -r dll; do
    [ -f "$stage/bin/$dll" ] && continue
    path=$(find_dll "$dll")
    [ -n "$path" ] || continue
    cp "$path" "$stage/bin/$dll"
    queue+=("$stage/bin/$dll")
  done < <("$objdump" -p "$file" | sed -n 's/^\s*DLL Name: //p')
done
# The OpenSSL TLS backend loads libssl at run time (not in any import table).
cp -n "$prefix/bin/libssl-3-x64.dll" "$prefix/bin/libcrypto-3-x64.dll" "$stage/bin/"

# Without their symbols, as CPack strips an MSVC build (CPACK_STRIP_FILES): libstdc++ alone
# is 23 MB with them.
find "$stage" -name '*.exe' -o -name '*.dll' | while read -r f; do x86_64-w64-mingw32-strip --strip-unneeded "$f"; done
printf '[Paths]\nPrefix=..\nPlugins=plugins\nTranslations=translations\n' > "$stage/bin/qt.conf"
for lang in de en fr nl; do
  for f in /usr/share/qt6/translations/qtbase_"$lang".qm /usr/share/qt6/translations/qt_"$lang".qm; do
    [ -f "$f" ] && cp "$f" "$stage/translations/"
  done
done
cp "$src"/packaging/licenses/*.txt "$stage/licenses/"
cp "$src/LICENSE" "$stage/licenses/LICENSE.txt"
echo "stage: $(find "$stage" -type f | wc -l) files in $stage ($(du -sh "$stage" | cut -f1))"
