#pragma once

#include "core/auth/AuthTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

namespace fla {
class Clock;
}

namespace fla::auth {

class SessionStore;
class TokenRefresher;

// What the sync engine asks before each call: "a valid access token for this
// sign-in". Refreshes when the token is missing or about to expire (one
// refresh at a time per sign-in; callers in between wait for it), saves the
// rotated refresh token, and says what to do when it cannot.
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString accessToken;     // use as "Authorization: Bearer …"; never log it
        QStringList enterprises; // the enterprises this sign-in may act for
        AuthError error = AuthError::None;
        bool signInAgain = false; // the refresh token was refused: show the sign-in again
        bool retryLater = false;  // network trouble: keep everything and try later
    };
    using Callback = std::function<void(const Result &)>;

    AccessTokenSource(SessionStore &store, QNetworkAccessManager *network, const fla::Clock &clock,
                      QObject *parent = nullptr);
    void setRefreshTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Seconds before expiry at which a token is refreshed anyway (default 60).
    void setMarginSeconds(int s) { m_marginSeconds = s; }

    // `done` is called exactly once, in `context`'s thread (not when context is gone).
    void accessToken(const QString &environment, const QString &subject, QObject *context, Callback done);

signals:
    void signInRequired(const QString &environment, const QString &subject);

private:
    void finish(const QString &key, const Result &result);

    SessionStore &m_store;
    QNetworkAccessManager *m_network;
    const fla::Clock &m_clock;
    int m_timeoutMs = 30000;
    int m_marginSeconds = 60;
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    QHash<QString, QList<Waiter>> m_waiting; // accountKey → callers waiting for a refresh
};

} // namespace fla::auth
