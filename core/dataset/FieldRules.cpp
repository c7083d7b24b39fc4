#include "core/dataset/FieldRules.h"

#include "core/common/Translation.h"

#include <QCoreApplication>

namespace fla::fieldrules {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::fieldrules"}, text);
}

constexpr bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

TextRule textRule(QLatin1String field)
{
    if (field == QLatin1String("familyName") || field == QLatin1String("givenName"))
        return {kMaxPersonName, false};
    if (field == QLatin1String("name") || field == QLatin1String("provider") ||
        field == QLatin1String("jointCommittees"))
        return {kMaxNameLength, false};
    if (field == QLatin1String("address"))
        return {kMaxAddress, true};
    return {kMaxShortText, false};
}

QString tooLongMessage(qsizetype length, int maxLength)
{
    return tr("The text holds %1 characters; at most %2 are allowed.").arg(length).arg(maxLength);
}

QString textProblem(QStringView text, TextRule rule, bool *tooLong)
{
    if (tooLong)
        *tooLong = false;
    const qsizetype n = text.size();
    if (n > rule.maxLength) { // before reading a character of what may be megabytes
        if (tooLong)
            *tooLong = true;
        return tooLongMessage(n, rule.maxLength);
    }
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x7F && c >= 0x20)
            continue;
        if (isControl(c) && !(rule.lineBreaks && (c == u'\n' || c == u'\r')))
            return tr("The text holds a control character (%1) at position %2: such characters are not "
                      "allowed.")
                .arg(codePoint(c))
                .arg(i + 1);
        if (c == 0xFFFD)
            return tr("The text holds bytes that are not valid in the file's encoding (shown as U+FFFD) at "
                      "position %1: save the file as UTF-8.")
                .arg(i + 1);
    }
    return {};
}

QString shown(QStringView value, int max)
{
    const qsizetype n = value.size();
    const QStringView part = value.left(max);
    QString out;
    out.reserve(part.size() + 32);
    for (const QChar c : part) {
        if (isControl(c.unicode()))
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (n > max)
        out += tr("… (%1 characters)").arg(n);
    return out;
}

} // namespace fla::fieldrules
