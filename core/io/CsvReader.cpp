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
        // Fast path: an unquoted field that ends inside the buffer is
        // decoded in one go, without copying it byte by byte.
        if (!inQuotes && !fieldWasQuoted && field.isEmpty() && m_buffer.at(m_pos) != '"') {
            const char *begin = m_buffer.constData() + m_pos;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *p = begin;
            while (p < end && *p != m_delimiter && *p != '\n' && *p != '"')
                ++p;
            if (p < end && *p != '"') {
                const char *stop = p;
                if (*p == '\n' && stop > begin && stop[-1] == '\r')
                    --stop;
                fields.append(QString::fromUtf8(begin, stop - begin));
                m_pos += (p - begin) + 1;
                if (*p == '\n') {
                    ++m_line;
                    return true;
                }
                // A delimiter at the very end of the input still ends in an empty field.
                if (m_pos >= m_buffer.size() && !fill()) {
                    fields.append(QString());
                    return true;
                }
                continue;
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
