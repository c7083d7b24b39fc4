#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

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
    // The same rows as readRow(QStringList &), as the UTF-8 bytes of each
    // field (quotes removed, doubled quotes undone, the CR of a CRLF dropped),
    // without decoding them: QString::fromUtf8 of each view is the field
    // readRow gives, null where that is null. The views point into the
    // reader and are valid until its next read.
    bool readRowUtf8(QList<QByteArrayView> &fields);
    // The physical line (1-based) on which the last row returned started, and
    // the last line it took (more when a quoted field holds line breaks).
    qint64 rowLine() const { return m_rowLine; }
    qint64 rowLastLine() const { return m_rowLastLine; }
    // The first field (0-based) of the last row with a quote where RFC 4180
    // allows none: inside an unquoted field (ab"c) or after a quoted field's
    // closing quote ("ab"c); -1 when there is none. The row is read as it
    // stands (the quote kept); a strict reader refuses it.
    qsizetype misquotedField() const { return m_misquoted; }
    QString errorString() const { return m_error; }
    bool atEnd() const;
    // How many bytes of the input the rows read so far took (a UTF-8 byte
    // order mark included): with the file size, an estimate of the rows left.
    qint64 offset() const { return m_read - (m_buffer.size() - m_pos); }

private:
    // Where a field of the current row is: in m_buffer (relative to
    // m_rowStart, which fill() may move) or, when it had to be unescaped, in
    // m_scratch. A null field is an empty quoted one or the empty last field
    // of the input.
    struct FieldRef
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        bool inScratch = false;
        bool null = false;
    };

    bool fill();
    void toViews(QList<QByteArrayView> &fields) const;

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_rowStart = 0; // the bytes of the current row are kept from here
    qint64 m_read = 0;        // bytes read from the device
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    qint64 m_rowLastLine = 0;
    qsizetype m_misquoted = -1;
    bool m_eof = false;
    bool m_first = true;
    QString m_error;
    std::vector<FieldRef> m_refs;
    QByteArray m_scratch;
    QList<QByteArrayView> m_views; // for readRow(QStringList &)
};

} // namespace fla
