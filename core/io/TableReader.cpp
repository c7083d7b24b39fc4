#include "core/io/TableReader.h"

#include "core/common/Translation.h"
#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::CsvTableReader", "fla::TableReader", "fla::XlsxTableReader"}, text);
}

QString delimiterName(char d)
{
    return d == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(d));
}

class CsvTableReader final : public TableReader
{
public:
    // Streams UTF-8 files straight from disk; others are decoded first.
    bool init(std::unique_ptr<QIODevice> device, QString *error)
    {
        m_device = asUtf8(std::move(device), &m_encoding);
        const QByteArray sample = m_device->peek(1 << 16);
        m_delimiter = detectDelimiter(sample.startsWith("\xEF\xBB\xBF") ? sample.mid(3) : sample);
        m_csv = std::make_unique<CsvReader>(m_device.get(), m_delimiter);
        m_description = tr("CSV, %1, delimiter %2").arg(encodingName(m_encoding), delimiterName(m_delimiter));
        if (!m_csv->readRow(m_header)) {
            *error = m_csv->errorString().isEmpty() ? tr("The file is empty: it has no header line.")
                                                    : m_csv->errorString();
            return false;
        }
        for (QString &h : m_header)
            h = h.trimmed();
        return true;
    }

    bool readRow(QStringList &fields) override
    {
        for (;;) {
            if (!m_csv->readRow(fields))
                return false;
            // skip blank lines (an empty line, or only delimiters)
            bool blank = true;
            for (const QString &f : fields)
                blank = blank && f.trimmed().isEmpty();
            if (!blank)
                return true;
        }
    }
    qint64 rowNumber() const override { return m_csv->rowLine(); }
    QString errorString() const override { return m_csv->errorString(); }

private:
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<CsvReader> m_csv;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_delimiter = ',';
};

class XlsxTableReader final : public TableReader
{
public:
    bool init(XlsxSheet sheet, QString *error)
    {
        m_sheet = std::move(sheet);
        m_description = tr("Excel workbook, sheet %1").arg(m_sheet.name);
        if (m_sheet.rows.isEmpty()) {
            *error = tr("The first sheet of the workbook is empty: it has no header row.");
            return false;
        }
        m_header = m_sheet.rows.first();
        for (QString &h : m_header)
            h = h.trimmed();
        m_next = 1;
        return true;
    }
    bool readRow(QStringList &fields) override
    {
        if (m_next >= m_sheet.rows.size())
            return false;
        m_current = m_next++;
        fields = m_sheet.rows.at(m_current);
        return true;
    }
    qint64 rowNumber() const override { return m_sheet.rowNumbers.value(m_current); }
    QString errorString() const override { return {}; }

private:
    XlsxSheet m_sheet;
    qsizetype m_next = 0;
    qsizetype m_current = 0;
};

} // namespace

TableReader::~TableReader() = default;

std::unique_ptr<TableReader> TableReader::open(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file->errorString());
        return nullptr;
    }
    const QByteArray head = file->peek(kEncodingSample);
    // An XLSX workbook is a ZIP file: "PK\3\4", whatever its name.
    if (head.startsWith("PK\x03\x04") || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxSheet sheet;
        QString why;
        if (!Xlsx::readFirstSheet(path, &sheet, &why)) {
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
            return nullptr;
        }
        auto reader = std::make_unique<XlsxTableReader>();
        if (!reader->init(std::move(sheet), &why)) {
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
            return nullptr;
        }
        return reader;
    }
    auto reader = std::make_unique<CsvTableReader>();
    QString why;
    if (!reader->init(std::move(file), &why)) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
        return nullptr;
    }
    return reader;
}

std::unique_ptr<TableReader> TableReader::fromCsvBytes(const QByteArray &bytes, QString *error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    auto reader = std::make_unique<CsvTableReader>();
    if (!reader->init(std::move(buffer), error))
        return nullptr;
    return reader;
}

} // namespace fla
