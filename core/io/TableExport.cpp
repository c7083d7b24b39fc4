#include "core/io/TableExport.h"

#include "core/io/CsvWriter.h"
#include "core/io/XlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace fla::TableExport {

QByteArray toCsv(const QStringList &header, const QList<QStringList> &rows, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (options.byteOrderMark)
        buffer.write("\xEF\xBB\xBF");
    {
        CsvWriter csv(&buffer, options.delimiter);
        csv.writeRow(header);
        for (const QStringList &row : rows)
            csv.writeRow(row);
    }
    return buffer.data();
}

bool writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error,
              const CsvOptions &options)
{
    QSaveFile file(path);
    const QByteArray bytes = toCsv(header, rows, options);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("TableExport", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool writeXlsx(const QString &path, const QStringList &header, const QList<QStringList> &rows, QString *error)
{
    QList<QStringList> all;
    all.reserve(rows.size() + 1);
    all.append(header);
    all += rows;
    return Xlsx::writeSheet(path, all, error);
}

} // namespace fla::TableExport
