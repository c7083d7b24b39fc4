#pragma once

#include "core/auth/AuthTypes.h"
#include "core/auth/OidcSignIn.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QNetworkAccessManager;
class QWidget;

namespace fla {
class Clock;
}

namespace fla::ui {

// Signs in through the system browser. While the user is in the browser it
// says so; the link is always there to copy, and is put forward when no
// browser could be opened. Accepts with the session on success.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(QNetworkAccessManager *network, const fla::Clock &clock, const fla::auth::OidcConfig &config,
                 QWidget *parent = nullptr);

    // Default: auth::openInSystemBrowser ($BROWSER, else QDesktopServices::openUrl). Tests hook the browser
    // here.
    void setBrowserOpener(fla::auth::OidcSignIn::BrowserOpener opener);
    // Starts the sign-in (show() or exec() also start it when not started yet).
    void start();

    const fla::auth::Session &session() const { return m_session; }
    QString linkText() const;
    bool isLinkHighlighted() const { return m_linkHighlighted; }
    QString statusText() const;

signals:
    void signedIn(const fla::auth::Session &session);
    // The "Getting access" link: what the portal requires before anyone can sign in and declare.
    void gettingAccessRequested();

public slots:
    // Cancels the sign-in (the listener closes) and closes the dialog.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onUrl(const QUrl &url);
    void onBrowserUnavailable(const QUrl &url);
    void onSucceeded(const fla::auth::Session &session);
    void onFailed(fla::auth::AuthError error, const QString &detail);
    void copyLink();

    fla::auth::OidcSignIn *m_signIn;
    fla::auth::OidcConfig m_config;
    fla::auth::Session m_session;
    QLabel *m_status;
    QLabel *m_linkHint;
    QLabel *m_access;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_retry;
    bool m_started = false;
    bool m_linkHighlighted = false;
};

} // namespace fla::ui
