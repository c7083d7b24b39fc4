# Windows: the version resource and icon of each executable, the runtime next to it
# (windeployqt through qt_generate_deploy_app_script, Qt's translations, OpenSSL,
# QtKeychain, QuaZip, the MSVC runtime), the licence texts, and the MSI (CPack WiX).
#   cmake --build build --config Release && cmake --install build --prefix stage
#   cd build && cpack -G WIX          (FLADESK_MSI_SCOPE=perUser for the per-user MSI)
# .github/workflows/windows.yml does this on a Windows build machine.
if(CMAKE_VERSION VERSION_LESS 3.29 AND NOT CMAKE_CROSSCOMPILING) # the cross build packs with wixl
    message(WARNING "CMake ${CMAKE_VERSION}: CPACK_WIX_INSTALL_SCOPE needs 3.29 or newer; "
                    "the MSI would use CPack's default install scope.")
endif()

# ---- version resource and icon, from the one project version ----------------------------
set(FLADESK_RC_TEMPLATE "${CMAKE_CURRENT_LIST_DIR}/fladesk.rc.in")
function(fladesk_add_version_resource target description)
    if(NOT TARGET ${target})
        return()
    endif()
    set(FLADESK_RC_NAME "${target}")
    set(FLADESK_RC_DESCRIPTION "${description}")
    set(FLADESK_RC_ICON "${PROJECT_SOURCE_DIR}/resources/icons/fladesk.ico")
    configure_file(${FLADESK_RC_TEMPLATE} ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
endfunction()
fladesk_add_version_resource(fladesk "FLA Desk")
fladesk_add_version_resource(fladesk-cli "FLA Desk command-line tool")
fladesk_add_version_resource(fla-sandbox "FLA Desk local test platform")

# ---- Qt: windeployqt for each executable ------------------------------------------------
# A MinGW-w64 cross build on Linux has no windeployqt: scripts/windows/stage.sh lays out
# the same files (scripts/windows-build.sh), and the install rules below are for Windows.
if(CMAKE_CROSSCOMPILING)
    return()
endif()
# Only the four interface languages of Qt's own translations, and no vc_redist.exe
# (InstallRequiredSystemLibraries below puts the MSVC runtime DLLs beside the programs).
# __qt_deploy_tool_extra_options is Qt 6.4's hook for extra windeployqt arguments.
install(CODE "set(__qt_deploy_tool_extra_options --no-compiler-runtime --translations de,en,fr,nl)")
foreach(app IN ITEMS fladesk fladesk-cli fla-sandbox)
    if(TARGET ${app})
        qt_generate_deploy_app_script(TARGET ${app} FILENAME_VARIABLE deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${deploy_script})
    endif()
endforeach()
install(CODE [[
    file(GLOB _fladesk_redist "${CMAKE_INSTALL_PREFIX}/vc_redist*.exe")
    if(_fladesk_redist)
        file(REMOVE ${_fladesk_redist})
    endif()
]])

# ---- OpenSSL: libcrypto (linked by core) and libssl (loaded by Qt's TLS backend) --------
get_filename_component(_fladesk_ssl_root "${OPENSSL_INCLUDE_DIR}/.." ABSOLUTE)
file(TO_CMAKE_PATH "$ENV{OPENSSL_ROOT_DIR}" _fladesk_ssl_env)
foreach(lib IN ITEMS crypto ssl)
    string(TOUPPER ${lib} LIB)
    find_file(FLADESK_LIB${LIB}_DLL NAMES lib${lib}-3-x64.dll lib${lib}-3.dll
              HINTS ${OPENSSL_ROOT_DIR} ${_fladesk_ssl_env} ${_fladesk_ssl_root}
              PATH_SUFFIXES bin NO_DEFAULT_PATH)
    if(NOT FLADESK_LIB${LIB}_DLL)
        message(FATAL_ERROR "lib${lib}-3-x64.dll not found beside ${_fladesk_ssl_root}: "
                            "set OPENSSL_ROOT_DIR to the OpenSSL 3 installation.")
    endif()
    install(FILES ${FLADESK_LIB${LIB}_DLL} DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

# ---- QtKeychain, QuaZip and any other imported DLL the programs link --------------------
find_package(Qt6Keychain CONFIG QUIET)
find_package(QuaZip-Qt6 CONFIG QUIET)
foreach(dep IN ITEMS Qt6Keychain::Qt6Keychain QuaZip::QuaZip)
    if(TARGET ${dep})
        get_target_property(_fladesk_real ${dep} ALIASED_TARGET)
        if(_fladesk_real)
            set(dep ${_fladesk_real}) # Qt6Keychain::Qt6Keychain is an alias of qt6keychain
        endif()
        install(IMPORTED_RUNTIME_ARTIFACTS ${dep}
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()
foreach(app IN ITEMS fladesk fladesk-cli fla-sandbox)
    if(TARGET ${app})
        install(CODE "
            set(_fladesk_dlls \"$<TARGET_RUNTIME_DLLS:${app}>\")
            foreach(_dll IN LISTS _fladesk_dlls)
                file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            endforeach()")
    endif()
endforeach()

# ---- the MSVC runtime, app-local ---------------------------------------------------------
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# ---- licences ------------------------------------------------------------------------------
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/../licenses/ DESTINATION licenses
        PATTERN "README.md" EXCLUDE)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION licenses RENAME LICENSE.txt)

set(CPACK_GENERATOR "WIX")
