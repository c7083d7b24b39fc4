// libFuzzer target: the streaming, validating reader of batch declarations.
#include "core/io/BatchXml.h"

#include <QByteArray>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fla::BatchXml::read(bytes, 50);
    return 0;
}
