// libFuzzer target: the XLSX reader (QuaZip container, QXmlStreamReader for
// the workbook, shared strings, styles and the sheet).
#include "io/XlsxReader.h"

#include <QByteArray>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fla::XlsxSheet sheet;
    QString error;
    fla::Xlsx::readFirstSheet(bytes, &sheet, &error);
    return 0;
}
