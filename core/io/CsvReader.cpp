#include "io/CsvReader.h"

#include <QCoreApplication>

namespace fla {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_device->read(kChunk);
    if (more.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(more);
    if (m_first) {
        m_first = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

bool CsvReader::atEnd() const
{
    return m_eof && m_pos >= m_buffer.size();
}

bool CsvReader::readRow(QStringList &fields)
{
    fields.clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;

    m_rowLine = m_line;
    QByteArray field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                if (inQuotes) {
                    m_error =
                        QCoreApplication::translate(
                            "CsvReader", "Line %1: a quoted field is not closed before the end of the file.")
                            .arg(m_rowLine);
                    return false;
                }
                fields.append(QString::fromUtf8(field));
                return true;
            }
        }
        const char c = m_buffer.at(m_pos++);
        if (inQuotes) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == m_delimiter) {
            fields.append(QString::fromUtf8(field));
            field.clear();
            fieldWasQuoted = false;
        } else if (c == '"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == '\n') {
            ++m_line;
            if (field.endsWith('\r'))
                field.chop(1);
            fields.append(QString::fromUtf8(field));
            return true;
        } else {
            field.append(c);
        }
    }
}

} // namespace fla
