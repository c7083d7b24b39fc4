#pragma once

#include <QLineEdit>
#include <optional>

namespace fla::ui {

// An amount in euros typed the way people write it (1.250,50 / 1250.5 / € 80),
// kept in whole cents; empty when the amount is not recorded.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    // Nothing when empty or not readable (see isReadable).
    std::optional<qint64> cents() const;
    void setCents(const std::optional<qint64> &cents);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    bool isReadable() const { return isEmpty() || cents().has_value(); }

protected:
    void focusOutEvent(QFocusEvent *e) override;
};

} // namespace fla::ui
