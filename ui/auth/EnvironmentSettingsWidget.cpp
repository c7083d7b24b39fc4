#include "ui/auth/EnvironmentSettingsWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fla::ui {

using namespace fla::auth;

EnvironmentSettingsWidget::EnvironmentSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox(this))
    , m_issuer(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_scopes(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_apiUrl(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    for (Environment e : allEnvironments()) {
        m_environment->addItem(environmentName(e), static_cast<int>(e));
        m_configs.insert(static_cast<int>(e), EnvironmentSettings::defaults(e));
    }
    m_environment->setObjectName(QStringLiteral("environment"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_scopes->setObjectName(QStringLiteral("scopes"));
    m_tokenUrl->setObjectName(QStringLiteral("machineTokenUrl"));
    m_apiUrl->setObjectName(QStringLiteral("apiBaseUrl"));
    m_message->setObjectName(QStringLiteral("message"));
    for (QLineEdit *edit : {m_issuer, m_clientId, m_scopes, m_tokenUrl, m_apiUrl})
        edit->setMinimumWidth(380);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Sign-in service (issuer):"), m_issuer);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Scopes:"), m_scopes);
    form->addRow(tr("Certificate sign-in token URL:"), m_tokenUrl);
    form->addRow(tr("FLA API address:"), m_apiUrl);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        storeFields();
        showConfig(currentEnvironment());
        emit changed();
    });
    for (QLineEdit *edit : {m_issuer, m_clientId, m_scopes, m_tokenUrl, m_apiUrl}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            storeFields();
            validate();
            emit changed();
        });
    }
    connect(defaults, &QPushButton::clicked, this, &EnvironmentSettingsWidget::restoreDefaults);
    showConfig(Environment::Sandbox);
}

void EnvironmentSettingsWidget::load(const QSettings &settings)
{
    for (Environment e : allEnvironments())
        m_configs.insert(static_cast<int>(e), EnvironmentSettings::load(settings, e));
    m_loading = true;
    setCurrentEnvironment(EnvironmentSettings::current(settings));
    m_loading = false;
    showConfig(currentEnvironment());
}

bool EnvironmentSettingsWidget::save(QSettings &settings, QString *error)
{
    storeFields();
    for (Environment e : allEnvironments()) {
        const QString message = m_configs.value(static_cast<int>(e)).validate();
        if (!message.isEmpty()) {
            const QString full = environmentName(e) + QStringLiteral(": ") + message;
            m_message->setText(full);
            if (error)
                *error = full;
            return false;
        }
    }
    for (Environment e : allEnvironments())
        EnvironmentSettings::save(settings, m_configs.value(static_cast<int>(e)));
    EnvironmentSettings::setCurrent(settings, currentEnvironment());
    m_message->clear();
    return true;
}

Environment EnvironmentSettingsWidget::currentEnvironment() const
{
    return static_cast<Environment>(m_environment->currentData().toInt());
}

void EnvironmentSettingsWidget::setCurrentEnvironment(Environment e)
{
    m_environment->setCurrentIndex(m_environment->findData(static_cast<int>(e)));
}

EnvironmentConfig EnvironmentSettingsWidget::config(Environment e) const
{
    return m_configs.value(static_cast<int>(e));
}

QString EnvironmentSettingsWidget::validationMessage() const
{
    return m_message->text();
}

void EnvironmentSettingsWidget::showConfig(Environment e)
{
    m_shown = e;
    const EnvironmentConfig c = m_configs.value(static_cast<int>(e));
    m_issuer->setText(c.issuer.toString());
    m_clientId->setText(c.clientId);
    m_scopes->setText(c.scopes.join(QLatin1Char(' ')));
    m_tokenUrl->setText(c.machineTokenUrl.toString());
    m_apiUrl->setText(c.apiBaseUrl.toString());
    validate();
}

void EnvironmentSettingsWidget::storeFields()
{
    EnvironmentConfig c = m_configs.value(static_cast<int>(m_shown));
    c.issuer = QUrl(m_issuer->text().trimmed());
    c.clientId = m_clientId->text().trimmed();
    c.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.machineTokenUrl = QUrl(m_tokenUrl->text().trimmed());
    c.apiBaseUrl = QUrl(m_apiUrl->text().trimmed());
    m_configs.insert(static_cast<int>(m_shown), c);
}

void EnvironmentSettingsWidget::restoreDefaults()
{
    m_configs.insert(static_cast<int>(currentEnvironment()),
                     EnvironmentSettings::defaults(currentEnvironment()));
    showConfig(currentEnvironment());
    emit changed();
}

void EnvironmentSettingsWidget::validate()
{
    m_message->setText(m_configs.value(static_cast<int>(m_shown)).validate());
}

} // namespace fla::ui
