#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace fla {

// Writes RFC 4180 rows (LF line ends, UTF-8), quoting only the fields that
// need it. Buffers internally; call flush() (or let it go out of scope).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, char delimiter = ',');
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    bool flush();

private:
    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
};

} // namespace fla
