#!/usr/bin/env bash
# The MSI as a user meets it, under Wine, in a fresh Wine prefix whose Windows user is "Chloé":
#  1. msiexec /i installs the per-user MSI (no administrator rights) into
#     %LOCALAPPDATA%\Programs\FLA Desk;
#  2. the installed fladesk-cli.exe (its own DLLs only: no WINEPATH) runs check-id, generate,
#     import-csv, validate and sync against the installed fla-sandbox.exe over loopback;
#  3. the installed fladesk.exe --demo --lang nl starts under Xvfb (Qt's windows platform);
#     a screenshot of its main window goes to build/windows/fladesk-wine-nl.png;
#  4. msiexec /x removes it; the user's workspace stays.
#   bash scripts/windows/smoke-test.sh [MSI]      (after scripts/windows-build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
root=$PWD
out=$root/build/windows
msi=${1:-$(ls "$out"/FLA-Desk-*-win64-per-user.msi | head -1)}
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }
say() { echo "smoke-test: $*"; }
[ -f "$msi" ] || fail "no MSI (bash scripts/windows-build.sh)"

work=$(mktemp -d)
sandbox_pid=""
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null
  [ -n "${WINEPREFIX:-}" ] && "$FLADESK_WINESERVER" -k 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export FLADESK_WINEPREFIX=$work/prefix HOME=$work/home
mkdir -p "$HOME"
# shellcheck source=wine-env.sh
. scripts/windows/wine-env.sh
unset WINEPATH QT_PLUGIN_PATH QT_QPA_PLATFORM
export LANG=C.UTF-8
fladesk_wine_init
user_dir=$WINEPREFIX/drive_c/users/$FLADESK_WINE_USER
win_user_dir="C:\\users\\$FLADESK_WINE_USER"
[ -d "$user_dir" ] || fail "Wine made no profile folder $user_dir"
wine() { "$FLADESK_WINE" "$@"; }

say "1. msiexec /i $(basename "$msi") (per user) as $FLADESK_WINE_USER"
cp "$msi" "$work/fladesk.msi"
wine msiexec /i 'Z:'"${work//\//\\}"'\fladesk.msi' /qn /l*v 'Z:'"${work//\//\\}"'\install.log' \
  || { iconv -f UTF-16LE -t UTF-8 "$work/install.log" 2>/dev/null | tail -30; fail "msiexec /i"; }
installed=$user_dir/AppData/Local/Programs/FLA\ Desk
win_bin="$win_user_dir\\AppData\\Local\\Programs\\FLA Desk\\bin"
for f in bin/fladesk.exe bin/fladesk-cli.exe bin/fla-sandbox.exe bin/Qt6Core.dll bin/qt.conf \
  plugins/platforms/qwindows.dll plugins/sqldrivers/qsqlite.dll translations/qt_nl.qm; do
  [ -f "$installed/$f" ] || fail "not installed: $f"
done
say "   installed: $(find "$installed" -type f | wc -l) files in ${installed#"$WINEPREFIX"/}"
cli() { wine "$win_bin\\fladesk-cli.exe" "$@"; }

say "2. the installed fladesk-cli.exe"
data="$win_user_dir\\FLA Werkmap"
mkdir -p "$user_dir/FLA Werkmap"
# A synthetic INSZ: born 30 July 1985, sequence 033, check digit 97 - 850730033 mod 97.
cli check-id 85073003328 | tee "$work/check-id.txt"
grep -q "85.07.30-033.28" "$work/check-id.txt" || fail "check-id did not recognise the INSZ"
cli generate --out "$data\\set" --participations 300 --seed 17
[ -f "$user_dir/FLA Werkmap/set/employers.csv" ] || fail "generate wrote no CSV set"
cli import-csv --queue --workspace "$data\\werkmap.fladesk" "$data\\set" | tee "$work/import.txt"
grep -q "^participations	300	" "$work/import.txt" || fail "import-csv did not load the 300 participations"
cli validate --workspace "$data\\werkmap.fladesk" --today 2026-06-30 2>&1 | tail -1 | tee "$work/validate.txt"
grep -q "records," "$work/validate.txt" || fail "validate printed no summary"

# The installed fla-sandbox.exe on loopback, with a simulated identity for the first company.
enterprise=$(sed -n 2p "$user_dir/FLA Werkmap/set/employers.csv" | cut -d, -f2)
ssin=$(sed -n 2p "$user_dir/FLA Werkmap/set/workers.csv" | cut -d, -f3)
printf '{"identities":[{"key":"chloe","ssin":"%s","givenName":"Chlo\\u00e9","familyName":"Synthetic","enterprises":["%s"]}]}\n' \
  "$ssin" "$enterprise" > "$user_dir/FLA Werkmap/identities.json"
port=$((20000 + RANDOM % 20000))
wine "$win_bin\\fla-sandbox.exe" --port "$port" --identities "$data\\identities.json" --issue-token chloe \
  > "$work/sandbox.out" 2>&1 &
sandbox_pid=$!
for _ in $(seq 60); do grep -q "^token chloe " "$work/sandbox.out" && break; sleep 1; done
sed -n 's/^token chloe //p' "$work/sandbox.out" | tr -d '\r' > "$user_dir/FLA Werkmap/token"
[ -s "$user_dir/FLA Werkmap/token" ] || { cat "$work/sandbox.out"; fail "fla-sandbox.exe issued no token"; }
cli sync --workspace "$data\\werkmap.fladesk" --api-url "http://127.0.0.1:$port/REST/fla/v1" \
  --employer "$enterprise" --token-file "$data\\token" --quiet 2>&1 | tee "$work/sync.txt"
accepted=$(sed -n 's/^Declared \([0-9]*\) of \([0-9]*\) change(s): \([0-9]*\) accepted.*/\3/p' "$work/sync.txt" | tr -d '\r')
[ "${accepted:-0}" -gt 0 ] || fail "sync declared nothing"
kill "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""
say "   check-id, generate, import-csv (300 participations), validate, sync ($accepted accepted): OK"

say "3. the installed fladesk.exe --demo --lang nl under Xvfb"
shot=$out/fladesk-wine-nl.png
rm -f "$shot"
# The Wine session of the CLI steps has no display: end it, so the app's starts on Xvfb's.
"$FLADESK_WINESERVER" -k 2>/dev/null || true; sleep 1
xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
  "$FLADESK_WINE" "$1\\fladesk.exe" --demo --lang nl > "$2/fladesk.log" 2>&1 &
  app=$!
  for _ in $(seq 120); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"FLA Desk\": (\"fladesk.exe\"" && break
    sleep 1
  done
  sleep 10 # the first paint
  xwininfo -root -tree > "$2/windows.txt" 2>&1 || true
  import -window root "$3" || true
  kill $app 2>/dev/null || true
' _ "$win_bin" "$work" "$shot"
"$FLADESK_WINESERVER" -k 2>/dev/null || true
window=$(grep '"FLA Desk": ("fladesk.exe"' "$work/windows.txt" | head -1 | sed 's/^ *//' || true)
[ -n "$window" ] || { cat "$work/windows.txt" "$work/fladesk.log"; fail "no FLA Desk window appeared (screenshot: $shot)"; }
[ -s "$shot" ] || fail "no screenshot"
say "   window: $window; screenshot $shot"

say "4. msiexec /x"
wine msiexec /x 'Z:'"${work//\//\\}"'\fladesk.msi' /qn || fail "msiexec /x"
[ ! -e "$installed/bin/fladesk.exe" ] || fail "fladesk.exe is still installed after msiexec /x"
left=$(find "$installed" -type f 2>/dev/null | wc -l)
[ "$left" -eq 0 ] || fail "$left files left in the install folder after msiexec /x"
[ -f "$user_dir/FLA Werkmap/werkmap.fladesk" ] || fail "the user's workspace was removed"
say "   removed; the workspace $data\\werkmap.fladesk is still there"
say "OK ($(($(date +%s) - started)) s)"
