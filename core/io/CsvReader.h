#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace fla {

// A streaming RFC 4180 reader: quoted fields with doubled quotes, embedded
// delimiters and line breaks, CRLF or LF, a UTF-8 byte order mark skipped.
// Reads in large chunks so a million-line file streams at disk speed.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, char delimiter = ',');

    // The next row into fields; false at the end of the input or on an error
    // (then errorString() is not empty).
    bool readRow(QStringList &fields);
    // The physical line (1-based) on which the last row returned started.
    qint64 rowLine() const { return m_rowLine; }
    QString errorString() const { return m_error; }
    bool atEnd() const;

private:
    bool fill();

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    bool m_eof = false;
    bool m_first = true;
    QString m_error;
};

} // namespace fla
