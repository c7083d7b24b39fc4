#pragma once

#include "ui/dialogs/TranslatedDialog.h"

class QComboBox;
class QLabel;
class QTextBrowser;
class QDialogButtonBox;

namespace fla::ui {

// "Getting access": what the social security portal requires before anyone
// can declare, readable in nl, fr, de and en whatever the interface language.
class GettingAccessDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    explicit GettingAccessDialog(QWidget *parent = nullptr);
    // The guide as HTML in one language (nl, fr, de, en).
    static QString guideHtml(const QString &language);
    QTextBrowser *browser() const { return m_text; }
    void showLanguage(const QString &language);

protected:
private:
    void retranslate() override;

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QTextBrowser *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace fla::ui
