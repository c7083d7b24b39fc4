#include "ui/widgets/DateLineEdit.h"

#include "ui/data/PasteParser.h"
#include "ui/widgets/Format.h"

#include <QEvent>

namespace fla::ui {

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    retranslate();
}

QDate DateLineEdit::date() const
{
    const QString t = text().trimmed();
    const QDate local = QLocale().toDate(t, dateFormat());
    if (local.isValid())
        return local;
    return PasteParser::readDate(t).value_or(QDate());
}

void DateLineEdit::setDate(const QDate &d)
{
    setText(formatDate(d));
}

void DateLineEdit::focusOutEvent(QFocusEvent *e)
{
    const QDate d = date();
    if (d.isValid() && text() != formatDate(d))
        setText(formatDate(d)); // tidy 3-2-25 into 03/02/2025
    QLineEdit::focusOutEvent(e);
}

void DateLineEdit::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(e);
}

void DateLineEdit::retranslate()
{
    setPlaceholderText(tr("dd/mm/yyyy"));
}

} // namespace fla::ui
