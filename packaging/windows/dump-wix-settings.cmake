# cmake -DCPACK_CONFIG=<build>/CPackConfig.cmake -DOUT=<file> -P dump-wix-settings.cmake
# Writes the CPack settings `cpack -G WIX` would use (CPackConfig.cmake, then the project
# config file for the WIX generator, as cpack reads them) as KEY=VALUE lines.
include("${CPACK_CONFIG}")
set(CPACK_GENERATOR "WIX")
if(CPACK_PROJECT_CONFIG_FILE)
    include("${CPACK_PROJECT_CONFIG_FILE}")
endif()
set(out "")
get_cmake_property(vars VARIABLES)
foreach(v IN LISTS vars)
    if(v MATCHES "^CPACK_")
        string(REPLACE "\n" " " value "${${v}}")
        string(APPEND out "${v}=${value}\n")
    endif()
endforeach()
file(WRITE "${OUT}" "${out}")
