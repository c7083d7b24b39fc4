#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <optional>

namespace fla::fieldtext {

// The machine text forms of field values in the CSV set and the API:
// ISO dates, true/false, a dot as decimal separator, UUIDs without braces.
QString fromDate(const QDate &d); // empty for an invalid date
QString fromBool(bool b);
QString fromDouble(double v);
QString fromCents(const std::optional<qint64> &cents); // 123.45
QString fromUuid(const QUuid &u);

// Each returns std::nullopt when the text is not of the form; an empty text
// is a valid "absent" where the field is optional (callers decide).
std::optional<QDate> toDate(QStringView s);
std::optional<bool> toBool(QStringView s);
std::optional<double> toDouble(QStringView s);
std::optional<qint64> toCents(QStringView s);
std::optional<QUuid> toUuid(QStringView s);

// A field read as UTF-8 bytes (CsvReader::readRowUtf8), as the forms above
// see it: view() is QString::fromUtf8(utf8).trimmed(), without building a
// QString when the bytes are ASCII and short (every UUID, date, number, flag
// and code of a CSV set). The bytes must outlive the Utf8Field.
class Utf8Field
{
public:
    explicit Utf8Field(QByteArrayView utf8);
    Utf8Field(const Utf8Field &) = delete;
    Utf8Field &operator=(const Utf8Field &) = delete;

    QStringView view() const { return m_view; }
    // QString::fromUtf8(utf8).trimmed(): null for null bytes.
    QString toString() const;

private:
    static constexpr qsizetype kInline = 64;
    QByteArrayView m_ascii; // the trimmed bytes, when all are ASCII
    bool m_isAscii = false;
    QString m_decoded; // the trimmed text otherwise, or when it is long
    QStringView m_view;
    char16_t m_inline[kInline];
};

// QString::fromUtf8(utf8).trimmed(), with a fast path for ASCII.
QString trimmedText(QByteArrayView utf8);
// The size trimmedText(utf8) will have when the bytes are all ASCII (then
// each is one character), counted without decoding them; -1 otherwise.
qsizetype asciiTrimmedSize(QByteArrayView utf8);
// toUuid(QString::fromUtf8(utf8)), with a fast path for the canonical form
// (8-4-4-4-12 hex digits) that QUuid::fromString would take a while over.
std::optional<QUuid> toUuid(QByteArrayView utf8);

} // namespace fla::fieldtext
