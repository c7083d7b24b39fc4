#pragma once

#include "core/auth/Environment.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace fla::ui {

// The Settings page of the sign-in environments: which one is used (Sandbox,
// Acceptance, Production) and, for each, its URLs and client id. Refuses to
// save an address that is neither https nor on this computer.
class EnvironmentSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentSettingsWidget(QWidget *parent = nullptr);

    void load(const QSettings &settings);
    // False (and the message shown and returned) when a field is not acceptable.
    bool save(QSettings &settings, QString *error = nullptr);

    fla::auth::Environment currentEnvironment() const;
    void setCurrentEnvironment(fla::auth::Environment e);
    fla::auth::EnvironmentConfig config(fla::auth::Environment e) const;
    QString validationMessage() const;

signals:
    void changed();

private:
    void showConfig(fla::auth::Environment e);
    void storeFields();
    void restoreDefaults();
    void validate();

    QComboBox *m_environment;
    QLineEdit *m_issuer;
    QLineEdit *m_clientId;
    QLineEdit *m_scopes;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_apiUrl;
    QLabel *m_message;
    QHash<int, fla::auth::EnvironmentConfig> m_configs;
    fla::auth::Environment m_shown = fla::auth::Environment::Sandbox;
    bool m_loading = false;
};

} // namespace fla::ui
