# fladesk_embed_json(INPUT OUTPUT SYMBOL): writes OUTPUT, a C++ source holding
# the bytes of the data file INPUT as SYMBOL[] and SYMBOL_size, at configure
# time. A byte array rather than a Qt resource: a static library's resources
# need an initialisation in every executable and test that links it. Editing
# INPUT re-runs CMake.
function(fladesk_embed_json INPUT OUTPUT SYMBOL)
    file(READ ${INPUT} hex HEX)
    string(LENGTH "${hex}" hexLength)
    math(EXPR size "${hexLength} / 2")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)"
           "\\1\n" bytes "${bytes}")
    file(WRITE ${OUTPUT}.tmp
"// Generated from ${INPUT} by cmake/EmbedJson.cmake; do not edit.
extern const unsigned char ${SYMBOL}[];
extern const unsigned long ${SYMBOL}_size;
const unsigned char ${SYMBOL}[] = {
${bytes}0x00};
const unsigned long ${SYMBOL}_size = ${size};
")
    file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${INPUT})
endfunction()
