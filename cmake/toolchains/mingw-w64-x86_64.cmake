# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (GCC, posix threads).
# Used by scripts/windows-build.sh for the target libraries (SQLite, OpenSSL,
# Qt, QtKeychain, QuaZip) and for FLA Desk itself; FLADESK_MINGW_PREFIX names
# the folder those libraries were installed into.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(FLADESK_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${FLADESK_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${FLADESK_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${FLADESK_MINGW_TRIPLET}-windres)
set(FLADESK_MINGW_PREFIX "$ENV{FLADESK_MINGW_PREFIX}" CACHE PATH "Where the Windows libraries are installed")
set(CMAKE_FIND_ROOT_PATH /usr/${FLADESK_MINGW_TRIPLET} ${FLADESK_MINGW_PREFIX})
# Programs (moc, rcc, uic) come from the host; libraries, headers and packages only from the target.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# pkg-config reads the target's .pc files only: the host's (libpq, …) describe Linux
# libraries that a Windows program cannot link.
set(ENV{PKG_CONFIG_LIBDIR} "${FLADESK_MINGW_PREFIX}/lib/pkgconfig:/usr/${FLADESK_MINGW_TRIPLET}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
