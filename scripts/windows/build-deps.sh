#!/usr/bin/env bash
# Builds the Windows (MinGW-w64) libraries FLA Desk needs from Debian's source
# packages of the same release, pinned by version, into a cache keyed by those
# versions and the build options:  ~/.cache/fladesk-mingw/<key>/prefix
# A finished cache is reused (its stamp file says so). Prints the prefix on the
# last line of standard output.
#   bash scripts/windows/build-deps.sh [--jobs N]
#   bash scripts/windows/build-deps.sh --check   exit 0 when the cache is complete, else 1
#                                                and what is missing (builds nothing)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jobs=$(nproc)
check_only=0
[ "${1:-}" = "--jobs" ] && jobs=$2
[ "${1:-}" = "--check" ] && check_only=1

# Pinned: Debian 12's versions (apt-get source takes NAME=VERSION).
QT_VERSION=6.4.2+dfsg-10
SQLITE_VERSION=3.40.1-2+deb12u2
OPENSSL_VERSION=3.0.17-1~deb12u2
OPTIONS_VERSION=1 # raise when the configure options of SQLite, OpenSSL or Qt change
# Built against that Qt into the same prefix; each has its own stamp named by its
# version and options (stamp-<name>-<version>-o<N>), so a new version rebuilds only it.
ZLIB_VERSION=1:1.2.13.dfsg-1
QT5COMPAT_VERSION=6.4.2-1 # Core5Compat: QuaZip's Qt 6 build needs QTextCodec
QTKEYCHAIN_VERSION=0.13.2-5
QUAZIP_VERSION=1.4-1
ADDONS_OPTIONS_VERSION=1 # raise when the options of zlib, Core5Compat, QtKeychain or QuaZip change
key="qt-${QT_VERSION}_sqlite-${SQLITE_VERSION}_openssl-${OPENSSL_VERSION}_o${OPTIONS_VERSION}"
key=${key//[^A-Za-z0-9._-]/_}
cache="${FLADESK_MINGW_CACHE:-$HOME/.cache/fladesk-mingw}/$key"
prefix="$cache/prefix"
src="$cache/src"
log() { echo "windows-deps: $*" >&2; }
stamp() { [ -f "$cache/stamp-$1" ]; }
done_() { date -u +%FT%TZ > "$cache/stamp-$1"; log "$1 built ($SECONDS s since the start)"; }
addon_stamp() { # addon_stamp NAME VERSION: the stamp name of an add-on library
  local s="$1-$2-o$ADDONS_OPTIONS_VERSION"
  echo "${s//[^A-Za-z0-9._-]/_}"
}
stamps_needed=(sqlite openssl qt "$(addon_stamp zlib "$ZLIB_VERSION")"
  "$(addon_stamp qt6-5compat "$QT5COMPAT_VERSION")" "$(addon_stamp qtkeychain "$QTKEYCHAIN_VERSION")"
  "$(addon_stamp quazip "$QUAZIP_VERSION")")
complete() {
  local s
  for s in "${stamps_needed[@]}"; do stamp "$s" || return 1; done
}
if complete; then
  log "cache $cache is complete"
  echo "$prefix"
  exit 0
fi
if [ $check_only = 1 ]; then
  for s in "${stamps_needed[@]}"; do stamp "$s" || echo "missing from $cache: $s"; done
  exit 1
fi
mkdir -p "$src" "$prefix"

fetch() { # fetch NAME VERSION [OWNER/REPO TAG]: the source package, unpacked once into $src/NAME
  local name=$1 version=$2 upstream=${3:-} tag=${4:-}
  [ -d "$src/$name" ] && return 0
  log "fetching the source package $name $version"
  if (cd "$src" && apt-get source --download-only "$name=$version" >&2); then
    local dsc
    dsc=$(ls "$src"/"${name}"_*.dsc | head -1)
    dpkg-source --no-check -x "$dsc" "$src/$name" >&2
    echo "$name $version: Debian source package" >> "$cache/SOURCES"
    return 0
  fi
  # A package registry that serves the .dsc but not its tarballs (a partial mirror):
  # the same upstream release, by its tag, from FLADESK_MINGW_GIT_MIRRORS (a folder of
  # <owner>+<repo>/repo git directories) or from GitHub. Debian's patches are then not applied.
  [ -n "$upstream" ] || { log "!! the source package $name $version could not be fetched"; return 1; }
  local mirror="${FLADESK_MINGW_GIT_MIRRORS:-}/${upstream/\//+}/repo"
  mkdir -p "$src/$name"
  if [ -n "${FLADESK_MINGW_GIT_MIRRORS:-}" ] && [ -d "$mirror" ]; then
    log "!! $name $version: the registry did not serve its tarballs; upstream tag $tag from $mirror"
    git -C "$mirror" archive --format=tar "$tag" | tar -x -C "$src/$name"
  else
    log "!! $name $version: the registry did not serve its tarballs; upstream tag $tag from GitHub"
    git clone --quiet --depth 1 --branch "$tag" "https://github.com/$upstream.git" "$src/$name" >&2
  fi
  echo "$name $version: upstream $upstream $tag (Debian's tarballs unavailable, Debian patches not applied)" \
    >> "$cache/SOURCES"
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

# The add-ons: CMake projects configured with the target Qt's toolchain file, which
# chain-loads ours and names the host Qt (QT_HOST_PATH).
cmake_target() { # cmake_target SOURCE BUILD [cmake args...]
  local source=$1 build=$2
  shift 2
  rm -rf "$build"
  cmake -G Ninja -S "$source" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_CHAINLOAD_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-w64-x86_64.cmake" \
    -DFLADESK_MINGW_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" "$@" >&2
}

# 4. zlib (QuaZip's deflate; Qt keeps its own bundled copy inside Qt6Core).
s=$(addon_stamp zlib "$ZLIB_VERSION")
if ! stamp "$s"; then
  fetch zlib "$ZLIB_VERSION"
  log "building zlib for Windows"
  # Debian's +dfsg tarball has no win32/ folder (makefile, .def, .rc): the library's
  # sources go straight to the cross compiler, which exports every function.
  (cd "$src/zlib" &&
    $cross-gcc-posix -O2 -shared -o "$prefix/bin/zlib1.dll" adler32.c compress.c crc32.c deflate.c \
      gzclose.c gzlib.c gzread.c gzwrite.c infback.c inffast.c inflate.c inftrees.c trees.c uncompr.c \
      zutil.c -Wl,--out-implib,"$prefix/lib/libz.dll.a" >&2 &&
    cp zlib.h zconf.h "$prefix/include/")
  done_ "$s"
fi

# 5. Core5Compat (QTextCodec, in QuaZip's Qt 6 interface).
s=$(addon_stamp qt6-5compat "$QT5COMPAT_VERSION")
if ! stamp "$s"; then
  fetch qt6-5compat "$QT5COMPAT_VERSION" qt/qt5compat v6.4.2
  log "building Core5Compat for Windows"
  cmake_target "$src/qt6-5compat" "$cache/build-qt5compat" -DFEATURE_iconv=OFF
  cmake --build "$cache/build-qt5compat" --parallel "$jobs" --target Core5Compat >&2
  cmake --install "$cache/build-qt5compat" >&2
  done_ "$s"
fi

# 6. QtKeychain: the Windows backend is the Credential Manager (CredWrite/CredRead).
s=$(addon_stamp qtkeychain "$QTKEYCHAIN_VERSION")
if ! stamp "$s"; then
  fetch qtkeychain "$QTKEYCHAIN_VERSION" frankosterfeld/qtkeychain v0.13.2
  log "building QtKeychain for Windows"
  cmake_target "$src/qtkeychain" "$cache/build-qtkeychain" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON
  cmake --build "$cache/build-qtkeychain" --parallel "$jobs" >&2
  cmake --install "$cache/build-qtkeychain" >&2
  done_ "$s"
fi

# 7. QuaZip 1.4 with the zlib above, no bzip2, nothing fetched at configure time.
s=$(addon_stamp quazip "$QUAZIP_VERSION")
if ! stamp "$s"; then
  fetch libquazip1-qt6 "$QUAZIP_VERSION" stachenov/quazip v1.4
  log "building QuaZip for Windows"
  cmake_target "$src/libquazip1-qt6" "$cache/build-quazip" -DQUAZIP_QT_MAJOR_VERSION=6 -DQUAZIP_BZIP2=OFF \
    -DQUAZIP_FETCH_LIBS=OFF -DQUAZIP_ENABLE_TESTS=OFF -DBUILD_SHARED_LIBS=ON \
    -DZLIB_INCLUDE_DIR="$prefix/include" -DZLIB_LIBRARY="$prefix/lib/libz.dll.a"
  cmake --build "$cache/build-quazip" --parallel "$jobs" >&2
  cmake --install "$cache/build-quazip" >&2
  done_ "$s"
fi

done_ all
log "cache $cache is complete"
echo "$prefix"
