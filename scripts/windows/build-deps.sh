#!/usr/bin/env bash
# Builds the Windows (MinGW-w64) libraries FLA Desk needs from Debian's source
# packages of the same release, pinned by version, into a cache keyed by those
# versions and the build options:  ~/.cache/fladesk-mingw/<key>/prefix
# A finished cache is reused (its stamp file says so). Prints the prefix on the
# last line of standard output.
#   bash scripts/windows/build-deps.sh [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jobs=$(nproc)
[ "${1:-}" = "--jobs" ] && jobs=$2

# Pinned: Debian 12's versions (apt-get source takes NAME=VERSION).
QT_VERSION=6.4.2+dfsg-10
SQLITE_VERSION=3.40.1-2+deb12u2
OPENSSL_VERSION=3.0.17-1~deb12u2
OPTIONS_VERSION=1 # raise when the configure options below change
key="qt-${QT_VERSION}_sqlite-${SQLITE_VERSION}_openssl-${OPENSSL_VERSION}_o${OPTIONS_VERSION}"
key=${key//[^A-Za-z0-9._-]/_}
cache="${FLADESK_MINGW_CACHE:-$HOME/.cache/fladesk-mingw}/$key"
prefix="$cache/prefix"
src="$cache/src"
mkdir -p "$src" "$prefix"
log() { echo "windows-deps: $*" >&2; }
stamp() { [ -f "$cache/stamp-$1" ]; }
done_() { date -u +%FT%TZ > "$cache/stamp-$1"; }

if stamp all; then
  log "cache $cache is complete"
  echo "$prefix"
  exit 0
fi

fetch() { # fetch NAME VERSION: the source package, unpacked once into $src/NAME
  local name=$1 version=$2
  [ -d "$src/$name" ] && return 0
  log "fetching the source package $name $version"
  (cd "$src" && apt-get source --download-only "$name=$version" >&2)
  local dsc
  dsc=$(ls "$src"/"${name}"_*.dsc | head -1)
  dpkg-source --no-check -x "$dsc" "$src/$name" >&2
}

export PATH="/usr/lib/qt6/bin:$PATH"
cross=x86_64-w64-mingw32

# 1. SQLite: one library for Qt's driver and the app's bulk path. The
# amalgamation (sqlite3.c) is made by a native build of the same source,
# then compiled into sqlite3.dll by the cross compiler.
if ! stamp sqlite; then
  fetch sqlite3 "$SQLITE_VERSION"
  log "building SQLite for Windows"
  rm -rf "$cache/build-sqlite" && mkdir -p "$cache/build-sqlite"
  (cd "$cache/build-sqlite" && "$src/sqlite3/configure" --disable-tcl >&2 && make sqlite3.c sqlite3.h >&2)
  mkdir -p "$prefix/bin" "$prefix/lib" "$prefix/include"
  (cd "$cache/build-sqlite" &&
    $cross-gcc-posix -O2 -shared -o "$prefix/bin/sqlite3.dll" sqlite3.c \
      -DSQLITE_API="__declspec(dllexport)" -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS5 \
      -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_THREADSAFE=1 -Wl,--out-implib,"$prefix/lib/libsqlite3.dll.a" >&2 &&
    cp sqlite3.h "$src/sqlite3/src/sqlite3ext.h" "$prefix/include/" 2>/dev/null ||
    cp sqlite3.h "$prefix/include/")
  done_ sqlite
fi

# 2. OpenSSL 3.0: the app's own cryptography (JWS, AES-GCM, CMS).
if ! stamp openssl; then
  fetch openssl "$OPENSSL_VERSION"
  log "building OpenSSL for Windows"
  (cd "$src/openssl" &&
    CC=gcc-posix ./Configure mingw64 --cross-compile-prefix=$cross- --prefix="$prefix" --libdir=lib no-tests \
      shared >&2 &&
    make -j"$jobs" >&2 && make install_sw >&2)
  done_ openssl
fi

# 3. Qt 6.4.2: only the modules the app uses; host tools from Debian's Linux Qt of the same version.
if ! stamp qt; then
  fetch qt6-base "$QT_VERSION"
  log "configuring Qt for Windows"
  rm -rf "$cache/build-qt" && mkdir -p "$cache/build-qt"
  (cd "$cache/build-qt" &&
    "$src/qt6-base/configure" -prefix "$prefix" -release -xplatform win32-g++ -qt-host-path /usr \
      -nomake examples -nomake tests -no-opengl -no-dbus -no-icu -qt-zlib -qt-libpng -qt-libjpeg -qt-pcre \
      -qt-harfbuzz -qt-freetype -system-sqlite -no-feature-sql-psql -no-feature-sql-odbc \
      -no-feature-sql-mysql -no-feature-tabletevent -schannel -- \
      -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-w64-x86_64.cmake" \
      -DFLADESK_MINGW_PREFIX="$prefix" -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
      -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.dll.a" >&2)
  log "building Qt for Windows (about 25 minutes on 2 cores)"
  (cd "$cache/build-qt" &&
    cmake --build . --parallel "$jobs" --target Core Gui Widgets Network Sql PrintSupport Test \
      QWindowsIntegrationPlugin QSQLiteDriverPlugin QWindowsVistaStylePlugin >&2 &&
    cmake --build . --parallel "$jobs" >&2 && cmake --install . >&2)
  done_ qt
fi

done_ all
log "cache $cache is complete"
echo "$prefix"
