#!/usr/bin/env bash
# Installs what is needed, builds FLA Desk (Debug, warnings are errors) and runs the whole test suite.
# Usage: bash scripts/run-tests.sh [preset]   (preset: debug (default), asan, release)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-debug}"

if [ "${FLADESK_SKIP_DEPS:-0}" != "1" ]; then bash scripts/install-deps.sh; fi
export PATH="/usr/lib/qt6/bin:$PATH"
export QT_QPA_PLATFORM=offscreen

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)"
