// libFuzzer target: the XLSX reader (QuaZip container, QXmlStreamReader for
// the workbook, shared strings, styles and the sheet), run twice per input:
// with the default limits, and with limits small enough that the fuzzer
// reaches every one of them (issue 20.6) and checks that none is overrun.
#include "core/io/XlsxReader.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

namespace {

fla::XlsxLimits tinyLimits()
{
    fla::XlsxLimits l;
    l.maxInflatedBytes = 64 << 10;
    l.maxTextRun = 1 << 10;
    l.maxEntries = 16;
    l.maxSharedStrings = 64;
    l.maxSharedStringChars = 1 << 10;
    l.maxSheetBytes = 16 << 10;
    l.maxCellStyles = 32;
    return l;
}

// A sheet read within the limits can never hold more than they allow: each
// cell costs at least one list slot, and a cell's text comes either from the
// shared strings or from the sheet's own budget.
void checkWithin(const fla::XlsxSheet &sheet, const fla::XlsxLimits &limits)
{
    qint64 cells = 0;
    for (const QStringList &row : sheet.rows) {
        cells += row.size();
        for (const QString &cell : row) {
            if (cell.size() > limits.maxSharedStringChars && 2 * cell.size() > limits.maxSheetBytes)
                std::abort();
        }
    }
    if (cells * qint64(sizeof(QString)) > limits.maxSheetBytes ||
        sheet.rows.size() != sheet.rowNumbers.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fla::XlsxSheet sheet;
    QString error;
    fla::Xlsx::readFirstSheet(bytes, &sheet, &error);

    static const fla::XlsxLimits tiny = tinyLimits();
    fla::XlsxSheet small;
    if (fla::Xlsx::readFirstSheet(bytes, &small, &error, tiny))
        checkWithin(small, tiny);
    else if (error.isEmpty())
        std::abort(); // every refusal says why
    return 0;
}
