#!/usr/bin/env bash
# Runs the date-sensitive tests (labels ui, anomaly, sync) again with the system
# clock moved by libfaketime: across a year end, on New Year's Day 2027 (the FLA
# data destroyed) and on a leap day. The tests inject their own clocks; this
# proves nothing in them still reads today's date.
# Usage: bash scripts/run-tests-at-dates.sh [preset]   (after a build of that preset)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-debug}"
export QT_QPA_PLATFORM=offscreen

if ! command -v faketime >/dev/null; then
  echo "run-tests-at-dates: faketime is not installed (Debian package faketime, in scripts/install-deps.sh)" >&2
  exit 1
fi

status=0
for moment in "2026-12-31 23:59:30" "2027-01-01 00:00:05" "2028-02-29 12:00:00"; do
  echo "== tests labelled ui, anomaly or sync with the clock at $moment (and running)"
  # -f '@…' starts the clock there and lets it run, so the first date crosses midnight.
  if ! faketime -f "@$moment" ctest --preset "$preset" -j "$(nproc)" -L 'ui|anomaly|sync'; then
    echo "run-tests-at-dates: FAILED with the clock at $moment" >&2
    status=1
  fi
done
exit "$status"
