#!/usr/bin/env bash
# Every test docs/security.md names must exist: a test executable (tst_Name, added
# with fladesk_add_test) and, where a function is named (tst_Name::function or a
# bare `function` after one on the same line), a private slot of that name in its
# source. CI runs the tests themselves; this keeps the table from naming tests
# that were renamed or never written.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import re, pathlib, sys
doc = pathlib.Path("docs/security.md").read_text(encoding="utf-8")
sources = {}
for f in pathlib.Path("tests").rglob("tst_*.cpp"):
    text = f.read_text(encoding="utf-8")
    m = re.search(r"class\s+Test(\w+)\s*:\s*public\s+QObject", text)
    if m:
        sources.setdefault(m.group(1), "")
        sources[m.group(1)] += text
registered = set(re.findall(r"fladesk_(?:add|ui)_test\((\w+)", "\n".join(
    p.read_text(encoding="utf-8") for p in pathlib.Path("tests").rglob("CMakeLists.txt"))))
bad = 0
for line in doc.splitlines():
    current = None
    for token in re.findall(r"`([^`]+)`", line):
        m = re.fullmatch(r"tst_(\w+)(?:::(\w+))?", token)
        if m:
            current = m.group(1)
            if current not in registered or current not in sources:
                print(f"security.md names {token}: no such test executable"); bad += 1; current = None; continue
            fn = m.group(2)
        elif current and re.fullmatch(r"[a-z]\w+", token):
            fn = token
        else:
            continue
        if fn and not re.search(r"\bvoid\s+" + fn + r"\s*\(", sources[current]):
            print(f"security.md names tst_{current}::{fn}: no such test function"); bad += 1
sys.exit(1 if bad else 0)
PY
echo "security.md: every test it names exists"
