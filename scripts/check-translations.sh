#!/usr/bin/env bash
# Fails when a translation of the user interface is missing or unfinished:
# every source string of translations/fladesk_{nl,fr,de,en}.ts must have a
# finished translation (all numerus forms), the four files must exist, and
# the TS files must be current (lupdate finds no new string in the sources).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
status=0
for lang in nl fr de en; do
  [ -f "translations/fladesk_${lang}.ts" ] || { echo "translations: fladesk_${lang}.ts is missing"; status=1; }
done
[ "$status" = 0 ] || exit 1

# Are the TS files up to date with the sources? Run lupdate on a copy.
if [ -x "$LUPDATE" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  for lang in nl fr de en; do cp "translations/fladesk_${lang}.ts" "$tmp/"; done
  "$LUPDATE" -silent -no-obsolete -locations none -I . core ui sandbox app \
    -ts "$tmp"/fladesk_nl.ts "$tmp"/fladesk_fr.ts "$tmp"/fladesk_de.ts "$tmp"/fladesk_en.ts >/dev/null 2>&1
  TS_DIR="$tmp"
else
  echo "translations: $LUPDATE not found; checking the committed files only"
  TS_DIR=translations
fi

python3 - "$TS_DIR" <<'PY'
import sys, xml.etree.ElementTree as ET
d = sys.argv[1]
bad = 0
for lang in ("nl", "fr", "de", "en"):
    root = ET.parse(f"{d}/fladesk_{lang}.ts").getroot()
    missing = []
    total = 0
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for m in ctx.findall("message"):
            total += 1
            t = m.find("translation")
            forms = [f.text for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text]
            if t.get("type") in ("unfinished", "vanished", "obsolete") or not forms or any(not (f or "").strip() for f in forms):
                missing.append(f"{name}: {m.findtext('source')!r}")
    if missing:
        bad += 1
        print(f"translations: {lang}: {len(missing)} of {total} strings unfinished or missing, for example:")
        for line in missing[:15]:
            print("   ", line[:160])
    else:
        print(f"translations: {lang}: all {total} strings translated")
sys.exit(1 if bad else 0)
PY

# A file whose tr() is a local helper must name, in translateFrom({...}), every
# context lupdate files its strings under, or those strings stay untranslated
# at run time.
if [ -x "$LUPDATE" ]; then
  ctxdir=$(mktemp -d)
  helpers=$(grep -rlE 'QString tr\(const char \*' core ui sandbox app --include='*.cpp' || true)
  for f in $helpers; do
    "$LUPDATE" -silent -I . "$f" -ts "$ctxdir/one.ts" >/dev/null 2>&1
    python3 - "$f" "$ctxdir/one.ts" <<'PY' || status=1
import re, sys, xml.etree.ElementTree as ET
src, ts = sys.argv[1], sys.argv[2]
found = {c.findtext("name") for c in ET.parse(ts).getroot().findall("context")}
m = re.search(r"translateFrom\(\{([^}]*)\}", open(src, encoding="utf-8").read())
named = set(re.findall(r'"([^"]+)"', m.group(1))) if m else set()
missing = sorted(found - named)
if missing:
    print(f"translations: {src}: its tr() helper does not look in {', '.join(missing)} "
          "(list them in translateFrom)")
    sys.exit(1)
PY
    rm -f "$ctxdir/one.ts"
  done
  rm -rf "$ctxdir"
  [ "$status" = 0 ] || exit 1
  echo "translations: every local tr() helper looks in its file's contexts"
fi
