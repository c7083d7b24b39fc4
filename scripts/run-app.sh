#!/usr/bin/env bash
# Installs what is needed, builds FLA Desk and starts the desktop app on its built-in sandbox
# platform (127.0.0.1:8765) with a fresh demo workspace: enter or change a training, see its
# anomalies, press F9 (Platform > Sync now), sign in in the browser (Chloé Dubois may act for the
# first two demo companies), and see what the platform accepted and refused in the Sync view.
# Extra arguments go to the app instead, e.g. `bash scripts/run-app.sh --lang fr --demo` or
# `bash scripts/run-app.sh --workspace ~/my.fladesk` for a workspace of your own.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${FLADESK_SKIP_DEPS:-0}" != "1" ]; then bash scripts/install-deps.sh; fi
export PATH="/usr/lib/qt6/bin:$PATH"

cmake --preset release
cmake --build --preset release -j "$(nproc)" --target fladesk
if [ "$#" -eq 0 ]; then set -- --demo; fi
exec build/release/app/fladesk/fladesk "$@"
