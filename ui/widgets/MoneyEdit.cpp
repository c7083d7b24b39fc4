#include "ui/widgets/MoneyEdit.h"

#include "core/io/LocalValues.h"

#include <QLocale>
#include <cmath>

namespace fla::ui {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

std::optional<qint64> MoneyEdit::cents() const
{
    QString t = text().trimmed();
    t.remove(QChar(0x20AC)).remove(QLatin1String("EUR"), Qt::CaseInsensitive);
    const std::optional<double> euros = localvalues::parseNumber(t.trimmed());
    if (!euros || !std::isfinite(*euros) || std::abs(*euros) > 1e12)
        return std::nullopt;
    return qRound64(*euros * 100);
}

void MoneyEdit::setCents(const std::optional<qint64> &cents)
{
    setText(cents ? QLocale().toString(double(*cents) / 100.0, 'f', 2) : QString());
}

void MoneyEdit::focusOutEvent(QFocusEvent *e)
{
    // What was read, shown as the locale writes it: 1250,5 becomes 1.250,50.
    if (const std::optional<qint64> c = cents();
        c && text() != QLocale().toString(double(*c) / 100.0, 'f', 2))
        setCents(c);
    QLineEdit::focusOutEvent(e);
}

} // namespace fla::ui
