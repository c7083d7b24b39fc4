#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>

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

// How much of a file detectEncoding is shown: its first 64 KiB.
constexpr qsizetype kEncodingSample = 1 << 16;

// The one decoding rule of every way in (the CSV set and a user's table):
// the encoding is detected from the first kEncodingSample bytes of device
// (open for reading); a UTF-8 file is returned as it is, to stream from
// disk, any other is decoded into UTF-8 in memory. In a UTF-8 file, bytes
// that are not valid UTF-8 stay as they are: the reader decodes them into
// U+FFFD, which the field rules refuse (dataset/FieldRules.h).
std::unique_ptr<QIODevice> asUtf8(std::unique_ptr<QIODevice> device, TextEncoding *detected = nullptr);

// The most likely field delimiter (';', ',' or '\t') of a few decoded
// (UTF-8) lines: the one that splits every line into the same number of
// fields, outside quotes; ',' when nothing decides.
char detectDelimiter(const QByteArray &utf8Head);

} // namespace fla
