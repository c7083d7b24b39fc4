#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over the sources of core/, ui/
# and app/ with the compile commands of a build; any finding fails.
#   bash scripts/run-clang-tidy.sh [build dir]   (default build/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/debug}"
if ! command -v clang-tidy >/dev/null; then
  echo "clang-tidy: not installed (Debian package clang-tidy, in scripts/install-deps.sh)" >&2
  exit 1
fi
[ -f "$build/compile_commands.json" ] || { echo "clang-tidy: no $build/compile_commands.json" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Only what this build compiles: a platform's own files (BinaryStreams_win.cpp) are
# checked by that platform's build.
compiled=$(mktemp)
trap 'rm -f "$out" "$compiled"' EXIT
python3 -c 'import json, os, sys; [print(os.path.relpath(e["file"], sys.argv[2])) for e in json.load(open(sys.argv[1]))]' \
  "$build/compile_commands.json" "$PWD" | sort -u >"$compiled"
# -Wpedantic's complaint about Qt's logging macros is the compiler's, not a finding.
git ls-files 'core/*.cpp' 'ui/*.cpp' 'sandbox/*.cpp' 'app/*.cpp' | grep -Fxf "$compiled" |
  xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet \
    --extra-arg=-Wno-gnu-zero-variadic-macro-arguments --extra-arg=-Wno-unknown-warning-option >"$out" 2>&1 ||
  { grep -E "(warning|error):" "$out" | sort -u; echo "clang-tidy: findings above" >&2; exit 1; }
echo "clang-tidy: no findings in $(git ls-files 'core/*.cpp' 'ui/*.cpp' 'sandbox/*.cpp' 'app/*.cpp' | grep -Fxcf "$compiled") files"
