# The MSI's settings (CPack WiX). Included on every platform so that the Linux CI can
# build the same installer source with wixl (check-msi-source.sh reads them back from
# CPackConfig.cmake); the Windows-only build steps are in Windows.cmake.

# The upgrade code ties every version of FLA Desk together: a newer MSI replaces an
# older one in place. Generated once for FLA Desk. NEVER change it.
set(CPACK_WIX_UPGRADE_GUID "FCC8D0FD-EA2E-4CBC-9C0B-3C9B7D6C0374")

set(CPACK_FLADESK_MSI_PRODUCT_NAME "FLA Desk")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/fladesk.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "FLA Desk")
# The Start-menu shortcut (and an optional desktop one) to bin/fladesk.exe.
set(CPACK_PACKAGE_EXECUTABLES "fladesk" "FLA Desk")
set(CPACK_CREATE_DESKTOP_LINKS "fladesk")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
# The file association for encrypted workspace backups (.fladeskbackup) and anything
# else CPack's generated components need: fragments patched into them by Id.
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix-patch.xml")

# Install scope. perMachine (default): an administrator installs into Program Files for
# every user. perUser: anyone installs into %LOCALAPPDATA%\Programs\FLA Desk without
# administrator rights. Chosen when packaging, not when configuring:
#     cpack -G WIX                                   -> FLA-Desk-<version>-win64.msi
#     set FLADESK_MSI_SCOPE=perUser && cpack -G WIX  -> FLA-Desk-<version>-win64-per-user.msi
# (cpack-options.cmake applies it; CPACK_WIX_INSTALL_SCOPE needs CMake 3.29 or newer).
set(CPACK_FLADESK_MSI_PER_MACHINE_DIR "FLA Desk")
set(CPACK_FLADESK_MSI_PER_USER_DIR "Programs/FLA Desk")
set(CPACK_FLADESK_MSI_FILE_NAME "FLA-Desk-${PROJECT_VERSION}-win64")

# Per-generator settings (the .deb and the MSI name the package differently). Variables
# cpack needs must start with CPACK_ to reach CPackConfig.cmake.
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-options.cmake")
