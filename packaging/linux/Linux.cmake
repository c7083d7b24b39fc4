# Linux: desktop integration files and the .deb.
#   cmake --build build/release && (cd build/release && cpack -G DEB)
# scripts/ci-package-test.sh installs the result and starts the app from it.

# Desktop entry, MIME type of the encrypted backups, AppStream metadata, icons.
install(FILES ${FLADESK_RESOURCES_DIR}/linux/${FLADESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FLADESK_RESOURCES_DIR}/linux/${FLADESK_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
configure_file(${FLADESK_RESOURCES_DIR}/linux/${FLADESK_APP_ID}.metainfo.xml
               ${CMAKE_CURRENT_BINARY_DIR}/${FLADESK_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${FLADESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${FLADESK_RESOURCES_DIR}/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
        FILES_MATCHING PATTERN "fladesk.png" PATTERN "fladesk.svg")

# Licences: Debian's copyright file, and the texts the About dialog points to.
set(FLADESK_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/fladesk)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${FLADESK_DOC_DIR})
install(DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/../licenses/ DESTINATION ${FLADESK_DOC_DIR}/licenses
        PATTERN "README.md" EXCLUDE)

# ---- CPack DEB ------------------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "fladesk")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_PACKAGE_NAME "fladesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents this extended text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "FLA Desk keeps the training records of the workers of Belgian employers in a \
local workspace, checks them against the platform's rules while they are typed, \
and declares them to the Federal Learning Account. fladesk-cli does the same \
headless: check identifiers, import, export, backup and restore.")
# dpkg-shlibdeps finds the libraries (Qt, OpenSSL, QtKeychain, QuaZip...). What it cannot
# see are the plugins Qt loads at run time: the SQLite driver and the platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# libqt6sql6-psql: team workspaces on PostgreSQL (docs/team.md); without it the app says which package is missing.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
