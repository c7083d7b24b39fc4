#pragma once

#include "ui/dialogs/TranslatedDialog.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fla {
class Clock;
struct PostgresLocation;
namespace auth {
class SecretStore;
}
} // namespace fla
namespace fla::ui {
class StorageDataSource;
} // namespace fla::ui

namespace fla::ui {

// File > Connect to a team server…: the office's PostgreSQL server (host or
// socket folder, port, database, user, password, TLS: sslmode and the CA
// file for verify-full). Connect opens the workspace there; what goes wrong
// (server down, wrong user or password, no permission, unknown database, a
// certificate that does not match) is said in the dialog, translated, and the
// dialog stays open. Once connected, the password is kept in the system
// keychain (the SecretStore the sign-in uses), never in the settings or the
// address; the address without it is remembered for next time.
class TeamServerDialog : public TranslatedDialog
{
    Q_OBJECT

public:
    TeamServerDialog(auth::SecretStore &secrets, const Clock &clock, QWidget *parent = nullptr);
    ~TeamServerDialog() override;

    // The fields from an address (a remembered one, or --workspace), the password
    // from the keychain when one is kept for it.
    void setAddress(const QString &url);
    // The address the fields make, without the password.
    QString address() const;
    QString errorText() const;

    // The workspace opened by Connect (null before); the caller takes it.
    std::unique_ptr<StorageDataSource> takeSource();

    void accept() override;

    // Where the last address is remembered (QSettings).
    static QString lastAddressKey() { return QStringLiteral("teamServer/lastAddress"); }

protected:
private:
    void retranslate() override;
    void browseCaFile();
    void updateTls();
    bool location(PostgresLocation *out, QString *error) const;
    void showError(const QString &message);

    auth::SecretStore &m_secrets;
    const Clock &m_clock;
    std::unique_ptr<StorageDataSource> m_source;

    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr, *m_portLabel = nullptr, *m_databaseLabel = nullptr, *m_userLabel = nullptr,
           *m_passwordLabel = nullptr, *m_sslLabel = nullptr, *m_caLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fla::ui
