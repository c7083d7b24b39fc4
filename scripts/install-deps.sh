#!/usr/bin/env bash
# Installs every Debian/Ubuntu package needed to build, run and test FLA Desk.
# Safe to run again; uses sudo when not run as root.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config file ca-certificates ccache clang-format clang-tidy
  # Qt 6 and its tools (the SQLite driver is named: --no-install-recommends leaves it out)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-networkauth-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
  libssl-dev libgl-dev libxkbcommon-dev
  # running the desktop app without a desktop, and looking at it
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  # tests and benchmarks: the sqlite3 and openssl tools, xmllint, a real browser, PDF pages
  sqlite3 openssl libxml2-utils chromium poppler-utils time
  # tests at other dates than today (libfaketime)
  faketime
  # packaging: portability check, .deb checks, clean-root install test, MSI source check (wixl)
  python3 dpkg-dev fakeroot mmdebstrap desktop-file-utils appstream wixl msitools librsvg2-bin
  binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev
  # import: XLSX containers (QuaZip); fuzzing (clang with libFuzzer)
  libquazip1-qt6-dev clang libclang-rt-14-dev
  # storage: the bulk path binds through the SQLite C API (the library Qt's QSQLITE uses)
  libsqlite3-dev
  # team mode: PostgreSQL workspaces through Qt's QPSQL driver; the tests start a throw-away
  # PostgreSQL 15 cluster of their own (initdb/postgres from /usr/lib/postgresql/15/bin)
  libqt6sql6-psql postgresql-15 postgresql-client-15
  # bulk loads into PostgreSQL stream with COPY through libpq (QPSQL has no COPY)
  libpq-dev
)

$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
