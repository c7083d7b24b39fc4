#pragma once

#include <QDate>
#include <QLineEdit>

namespace fla::ui {

// A date typed the way people write it (03/02/2025, 3-2-25, 2025-02-03),
// shown in the user's locale; may be left empty when the date is optional.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);
    QDate date() const;
    void setDate(const QDate &d);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    bool isReadable() const { return isEmpty() || date().isValid(); }

protected:
    void focusOutEvent(QFocusEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
};

} // namespace fla::ui
