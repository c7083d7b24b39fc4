#include "core/auth/AccessTokenSource.h"

#include "core/auth/SessionStore.h"
#include "core/auth/TokenRefresher.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"

#include <QTimer>

namespace fla::auth {

AccessTokenSource::AccessTokenSource(SessionStore &store, QNetworkAccessManager *network,
                                     const fla::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
{}

void AccessTokenSource::accessToken(const QString &environment, const QString &subject, QObject *context,
                                    Callback done)
{
    const QString key = Session::accountKeyFor(environment, subject);
    const bool refreshRunning = m_waiting.contains(key);
    m_waiting[key].append({context, std::move(done)});
    if (refreshRunning)
        return;

    QString error;
    const std::optional<Session> session = m_store.session(environment, subject, &error);
    if (!session) {
        Result r;
        r.signInAgain = error.isEmpty(); // unknown sign-in; a keychain failure is worth a retry
        r.retryLater = !error.isEmpty();
        r.error = error.isEmpty() ? AuthError::InvalidGrant : AuthError::Network;
        QTimer::singleShot(0, this, [this, key, r] { finish(key, r); });
        if (r.signInAgain)
            emit signInRequired(environment, subject);
        return;
    }
    if (session->hasValidAccessToken(m_clock, m_marginSeconds)) {
        Result r;
        r.ok = true;
        r.accessToken = session->accessToken;
        r.enterprises = session->enterprises;
        QTimer::singleShot(0, this, [this, key, r] { finish(key, r); });
        return;
    }
    auto *refresher = new TokenRefresher(m_network, m_clock, this);
    refresher->setTimeoutMs(m_timeoutMs);
    connect(refresher, &TokenRefresher::finished, this,
            [this, key, refresher, environment, subject](
                TokenRefresher::Outcome outcome, const Session &updated, AuthError err, const QString &) {
                refresher->deleteLater();
                Result r;
                r.error = err;
                if (outcome == TokenRefresher::Outcome::Refreshed) {
                    QString saveError;
                    if (!m_store.save(updated, &saveError))
                        qCWarning(lcAuth) << "the rotated refresh token could not be saved";
                    r.ok = true;
                    r.accessToken = updated.accessToken;
                    r.enterprises = updated.enterprises;
                } else if (outcome == TokenRefresher::Outcome::RetryLater) {
                    r.retryLater = true;
                } else {
                    r.signInAgain = true;
                    emit signInRequired(environment, subject);
                }
                finish(key, r);
            });
    refresher->refresh(*session);
}

void AccessTokenSource::finish(const QString &key, const Result &result)
{
    const QList<Waiter> waiters = m_waiting.take(key);
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(result);
    }
}

} // namespace fla::auth
