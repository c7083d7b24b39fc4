#include "core/io/CsvWriter.h"

namespace fla {

namespace {
constexpr qsizetype kFlushAt = 1 << 20;
}

CsvWriter::CsvWriter(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_buffer.append(m_delimiter);
        const QByteArray f = fields.at(i).toUtf8();
        const bool quote = f.contains(m_delimiter) || f.contains('"') || f.contains('\n') || f.contains('\r');
        if (quote) {
            m_buffer.append('"');
            for (char c : f) {
                if (c == '"')
                    m_buffer.append('"');
                m_buffer.append(c);
            }
            m_buffer.append('"');
        } else {
            m_buffer.append(f);
        }
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return ok;
}

} // namespace fla
