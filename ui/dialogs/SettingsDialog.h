#pragma once

#include "ui/dialogs/TranslatedDialog.h"

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace fla::ui {

// Interface language (switched at once, without restarting), remembered.
class SettingsDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageCombo() const { return m_language; }

    // The language setting ("" for the system's), and applying it: translators
    // and the locale for dates and numbers.
    static QString languageSetting();
    static void setLanguageSetting(const QString &language);
    // Installs the translators for language ("" or unsupported: the system's)
    // and makes its Belgian locale the default; returns the language used.
    static QString applyLanguage(const QString &language);

protected:
private:
    void retranslate() override;

    QLabel *m_languageLabel;
    QLabel *m_hint;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace fla::ui
