#include "ui/dialogs/SettingsDialog.h"

#include "core/common/Translation.h"
#include "ui/widgets/Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fla::ui {

QString SettingsDialog::languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void SettingsDialog::setLanguageSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString SettingsDialog::applyLanguage(const QString &language)
{
    const QString lang = chooseLanguage(language);
    const QLocale system = QLocale::system();
    // The system's own locale when it speaks this language (nl_NL stays
    // nl_NL); otherwise Belgian usage: dd/mm/yyyy and a decimal comma.
    QLocale::setDefault(system.name().left(2) == lang && language.isEmpty() ? system
                                                                            : localeForLanguage(lang));
    installTranslators(lang);
    return lang;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    m_languageLabel->setBuddy(m_language);
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString lang = m_language->currentData().toString();
        setLanguageSetting(lang);
        applyLanguage(lang); // every window retranslates on QEvent::LanguageChange
    });
    retranslate();
    resize(420, 200);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Language of the interface"));
    m_hint->setText(tr("Dates and numbers follow the language: %1, %2.")
                        .arg(formatDate(QDate(2025, 3, 31)), formatNumber(7.6)));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace fla::ui
