# CPACK_PROJECT_CONFIG_FILE: read by cpack for each generator, at packaging time.
if(CPACK_GENERATOR STREQUAL "WIX")
    set(CPACK_PACKAGE_NAME "${CPACK_FLADESK_MSI_PRODUCT_NAME}")
    if("$ENV{FLADESK_MSI_SCOPE}" STREQUAL "perUser")
        # Per user, no administrator rights: %LOCALAPPDATA%\Programs\FLA Desk. The ICEs
        # that expect per-machine locations (ICE38/ICE64/ICE91: files in a profile folder)
        # do not apply to a per-user-only package.
        set(CPACK_WIX_INSTALL_SCOPE "perUser")
        set(CPACK_WIX_ROOT_FOLDER_ID "LocalAppDataFolder")
        set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CPACK_FLADESK_MSI_PER_USER_DIR}")
        set(CPACK_PACKAGE_FILE_NAME "${CPACK_FLADESK_MSI_FILE_NAME}-per-user")
        list(APPEND CPACK_WIX_LIGHT_EXTRA_FLAGS "-sice:ICE38" "-sice:ICE64" "-sice:ICE91")
    else()
        set(CPACK_WIX_INSTALL_SCOPE "perMachine")
        set(CPACK_PACKAGE_INSTALL_DIRECTORY "${CPACK_FLADESK_MSI_PER_MACHINE_DIR}")
        set(CPACK_PACKAGE_FILE_NAME "${CPACK_FLADESK_MSI_FILE_NAME}")
    endif()
endif()
