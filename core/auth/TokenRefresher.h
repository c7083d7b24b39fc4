#pragma once

#include "core/auth/AuthTypes.h"

#include <QObject>

class QNetworkAccessManager;

namespace fla {
class Clock;
}

namespace fla::auth {

// Refreshes a session's access token with its refresh token, in our own
// request code (RFC 6749 §6) with a timeout, and classifies failures:
// invalid_grant (or another refusal) → sign in again; a network error, a
// timeout or a 5xx → keep the tokens and retry later.
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Refreshed,
        SignInAgain,
        RetryLater
    };
    Q_ENUM(Outcome)

    TokenRefresher(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void refresh(const Session &session);

signals:
    // `session` is the updated one when Refreshed, the unchanged one otherwise.
    void finished(fla::auth::TokenRefresher::Outcome outcome, const fla::auth::Session &session,
                  fla::auth::AuthError error, const QString &detail);

private:
    QNetworkAccessManager *m_network;
    const fla::Clock &m_clock;
    int m_timeoutMs = 30000;
};

} // namespace fla::auth
