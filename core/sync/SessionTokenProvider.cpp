#include "core/sync/SessionTokenProvider.h"

#include "core/auth/TokenRefresher.h"
#include "core/common/LogCategories.h"

namespace fla {

SessionTokenProvider::SessionTokenProvider(auth::Session session, QNetworkAccessManager *nam,
                                           const Clock &clock)
    : m_session(std::move(session))
    , m_nam(nam)
    , m_clock(clock)
{}

void SessionTokenProvider::refresh(std::function<void(bool ok)> done)
{
    if (m_session.refreshToken.isEmpty()) {
        done(false);
        return;
    }
    auto *refresher = new auth::TokenRefresher(m_nam, m_clock);
    QObject::connect(refresher, &auth::TokenRefresher::finished, refresher,
                     [this, refresher, done](auth::TokenRefresher::Outcome outcome, const auth::Session &s,
                                             auth::AuthError, const QString &detail) {
                         refresher->deleteLater();
                         if (outcome == auth::TokenRefresher::Outcome::Refreshed) {
                             m_session = s;
                             if (onRefreshed)
                                 onRefreshed(s);
                             done(true);
                             return;
                         }
                         qCInfo(lcSync) << "token refresh failed:" << detail;
                         done(false);
                     });
    refresher->refresh(m_session);
}

} // namespace fla
