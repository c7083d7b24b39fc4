#include "core/io/TextDecoding.h"

#include <QBuffer>
#include <QList>
#include <QStringDecoder>
#include <array>

namespace fla {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n) // a sequence cut by the end of the sample is fine
            return true;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        break;
    }
    return QStringLiteral("Windows-1252");
}

TextEncoding detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (head.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    // UTF-16 without a mark: ASCII text has a zero in every other byte.
    const qsizetype sample = qMin<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (sample >= 4) {
        qsizetype zeroEven = 0, zeroOdd = 0;
        for (qsizetype i = 0; i < sample; i += 2) {
            zeroEven += head.at(i) == 0;
            zeroOdd += head.at(i + 1) == 0;
        }
        if (zeroOdd * 3 > sample && zeroEven * 10 < sample)
            return TextEncoding::Utf16LE;
        if (zeroEven * 3 > sample && zeroOdd * 10 < sample)
            return TextEncoding::Utf16BE;
    }
    return isValidUtf8(head) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

QByteArray toUtf8(const QByteArray &raw, TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8:
        return raw.startsWith("\xEF\xBB\xBF") ? raw.mid(3) : raw;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringDecoder decoder(e == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                          : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder.decode(raw);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text.toUtf8();
    }
    case TextEncoding::Windows1252:
        break;
    }
    QString text(raw.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return text.toUtf8();
}

std::unique_ptr<QIODevice> asUtf8(std::unique_ptr<QIODevice> device, TextEncoding *detected)
{
    const TextEncoding e = detectEncoding(device->peek(kEncodingSample));
    if (detected)
        *detected = e;
    if (e == TextEncoding::Utf8)
        return device;
    // Only peeked: the device still holds every byte.
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(toUtf8(device->readAll(), e));
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

char detectDelimiter(const QByteArray &utf8Head)
{
    static constexpr char kCandidates[] = {';', ',', '\t'};
    // Counts per line, outside quotes, for up to 20 lines.
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current{0, 0, 0};
    bool inQuotes = false;
    bool any = false;
    for (const char c : utf8Head) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && c == '\n') {
            if (any)
                counts.append(current);
            current = {0, 0, 0};
            any = false;
            if (counts.size() >= 20)
                break;
        } else if (!inQuotes) {
            any = any || c != '\r';
            for (int k = 0; k < 3; ++k)
                current[k] += c == kCandidates[k];
        }
    }
    if (any && counts.size() < 20)
        counts.append(current);
    if (counts.isEmpty())
        return ',';
    int best = -1;
    int bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        const int first = counts.first()[k];
        if (first == 0)
            continue;
        bool consistent = true;
        for (const auto &line : counts)
            consistent = consistent && line[k] == first;
        // A delimiter that splits every line alike beats one that does not.
        const int score = first + (consistent ? 1000 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best < 0 ? ',' : kCandidates[best];
}

} // namespace fla
