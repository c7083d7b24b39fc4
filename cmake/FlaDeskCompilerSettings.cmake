# Compiler and Qt settings shared by every target of the project.

option(FLADESK_WERROR "Treat compiler warnings as errors" OFF)
option(FLADESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(fladesk_compile_options INTERFACE)
add_library(FlaDesk::CompileOptions ALIAS fladesk_compile_options)

# Strict string handling: every conversion between bytes and text is spelled out.
# Tests (FLADESK_RELAXED_STRINGS) may write plain literals in their data tables.
target_compile_definitions(fladesk_compile_options INTERFACE
    $<IF:$<BOOL:$<TARGET_PROPERTY:FLADESK_RELAXED_STRINGS>>,QT_RESTRICTED_CAST_FROM_ASCII,QT_NO_CAST_FROM_ASCII>
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_MESSAGELOGCONTEXT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(fladesk_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(FLADESK_WERROR)
        target_compile_options(fladesk_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(fladesk_compile_options INTERFACE -Wall -Wextra -Wpedantic
        -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual)
    if(FLADESK_WERROR)
        target_compile_options(fladesk_compile_options INTERFACE -Werror)
    endif()
    if(FLADESK_SANITIZE)
        target_compile_options(fladesk_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(fladesk_compile_options INTERFACE -fsanitize=address,undefined)
        # Tests of memory budgets know that peak memory means nothing under the sanitizers.
        target_compile_definitions(fladesk_compile_options INTERFACE FLADESK_SANITIZED)
    endif()
endif()
