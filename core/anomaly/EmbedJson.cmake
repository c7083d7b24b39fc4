# Writes OUTPUT (a C++ source) holding the bytes of INPUT (the catalogue JSON).
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hexLength)
math(EXPR size "${hexLength} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT}.tmp
"// Generated from ${INPUT} by EmbedJson.cmake; do not edit.
extern const unsigned char fla_anomaly_catalogue_json[];
extern const unsigned long fla_anomaly_catalogue_json_size;
const unsigned char fla_anomaly_catalogue_json[] = {
${bytes}0x00};
const unsigned long fla_anomaly_catalogue_json_size = ${size};
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
