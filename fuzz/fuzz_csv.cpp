// libFuzzer target: the tolerant CSV reader (encoding and delimiter
// detection, RFC 4180 fields) and the importer's checks of every row.
#include "core/io/Importer.h"
#include "core/io/TableReader.h"

#include <QByteArray>
#include <QDate>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    auto reader = fla::TableReader::fromCsvBytes(bytes, &error);
    if (!reader)
        return 0;
    fla::Employer employer;
    employer.uuid = QUuid(QStringLiteral("00000001-0000-4000-8000-000000000001"));
    const fla::ImportProfile profile = fla::suggestProfile(reader->header());
    fla::Importer(employer, profile, QDate(2026, 1, 1)).run(*reader, fla::ImportMode::AllAsDrafts);
    return 0;
}
