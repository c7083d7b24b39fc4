#include "ui/widgets/SsinTyping.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace fla::ui {

QString ssinAsTyped(const QString &text)
{
    static const QRegularExpression typed(QStringLiteral("^[0-9 .\\-/]*$"));
    if (!typed.match(text).hasMatch())
        return text;
    const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.size() > 11)
        return text;
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i == 2 || i == 4 || i == 9)
            out += QLatin1Char('.');
        else if (i == 6)
            out += QLatin1Char('-');
        out += digits.at(i);
    }
    return out;
}

namespace {
qsizetype digitsBefore(const QString &text, qsizetype pos)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < pos && i < text.size(); ++i)
        n += text.at(i).isDigit() ? 1 : 0;
    return n;
}
} // namespace

void formatSsinWhileTyping(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &text) {
        const QString formatted = ssinAsTyped(text);
        if (formatted == text)
            return;
        const qsizetype digits = digitsBefore(text, edit->cursorPosition());
        edit->setText(formatted);
        qsizetype pos = 0;
        for (qsizetype seen = 0; pos < formatted.size() && seen < digits; ++pos)
            seen += formatted.at(pos).isDigit() ? 1 : 0;
        edit->setCursorPosition(int(pos));
    });
}

} // namespace fla::ui
