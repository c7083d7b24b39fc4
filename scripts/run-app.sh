#!/usr/bin/env bash
# Installs what is needed, builds FLA Desk and starts the desktop app on its built-in sandbox.
# Extra arguments go to the app, e.g. `bash scripts/run-app.sh --lang fr`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${FLADESK_SKIP_DEPS:-0}" != "1" ]; then bash scripts/install-deps.sh; fi
export PATH="/usr/lib/qt6/bin:$PATH"

cmake --preset release
cmake --build --preset release -j "$(nproc)" --target fladesk
exec build/release/app/fladesk/fladesk "$@"
