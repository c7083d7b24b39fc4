#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (-fsanitize=fuzzer,address;
# the core library instrumented with fuzzer-no-link,address) and runs each for
# a short time on a copy of its seed corpus. A crash, leak or sanitizer report
# fails the script and leaves the reproducer in build/fuzz/artifacts/.
#   bash scripts/run-fuzzers.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-30}"
BUILD=build/fuzz
export PATH=/usr/lib/qt6/bin:$PATH CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"

CLANGXX=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$CLANGXX" ]; then
  echo "run-fuzzers: clang++ is not installed (bash scripts/install-deps.sh)" >&2
  exit 1
fi

cmake -S . -B "$BUILD" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$CLANGXX" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address" \
  -DFLADESK_BUILD_TESTS=OFF -DFLADESK_BUILD_BENCH=OFF -DFLADESK_FUZZ=ON >/dev/null
cmake --build "$BUILD" -j2 --target fuzz_csv fuzz_csvset fuzz_xlsx fuzz_batchxml

mkdir -p "$BUILD/artifacts"
status=0
for pair in csv:fuzz_csv csvset:fuzz_csvset xlsx:fuzz_xlsx xml:fuzz_batchxml; do
  corpus=${pair%%:*}
  target=${pair#*:}
  work="$BUILD/corpus/$corpus"
  mkdir -p "$work"
  cp -n fuzz/corpus/"$corpus"/* "$work"/ 2>/dev/null || true
  echo "== $target: ${SECONDS_PER_TARGET}s"
  # Leaks inside Qt's global statics are not ours; everything else counts.
  if ! ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen \
      "$BUILD/fuzz/$target" "$work" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$BUILD/artifacts/$target-" -print_final_stats=1 \
      2>"$BUILD/$target.log"; then
    echo "run-fuzzers: $target found a problem:" >&2
    tail -40 "$BUILD/$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov:" "$BUILD/$target.log" | tail -2 || true
  fi
done
exit $status
