#pragma once

#include <QByteArray>
#include <QString>

namespace fla {

// The encodings a user's CSV file arrives in: what Excel, LibreOffice and
// payroll packages write on Belgian Windows desktops.
enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

QString encodingName(TextEncoding e); // UTF-8, UTF-16LE, UTF-16BE, Windows-1252

// Detects the encoding from the first bytes of a file: a byte order mark
// decides; otherwise zero bytes at every other position mean UTF-16, valid
// UTF-8 means UTF-8, and anything else is Windows-1252.
TextEncoding detectEncoding(const QByteArray &head);

// The text in UTF-8, without a byte order mark.
QByteArray toUtf8(const QByteArray &raw, TextEncoding e);

// The most likely field delimiter (';', ',' or '\t') of a few decoded
// (UTF-8) lines: the one that splits every line into the same number of
// fields, outside quotes; ',' when nothing decides.
char detectDelimiter(const QByteArray &utf8Head);

} // namespace fla
