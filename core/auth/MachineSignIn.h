#pragma once

#include "core/auth/AuthTypes.h"
#include "core/auth/Jose.h"

#include <QObject>

class QNetworkAccessManager;

namespace fla {
class Clock;
}

namespace fla::auth {

// The JWT client assertion of RFC 7523 §2.2 as the domain brief describes it:
// iss = sub = client id, aud = the token URL, a unique jti, iat, exp (a few minutes).
QByteArray buildClientAssertion(const QString &clientId, const QUrl &tokenUrl, const RsaKey &key,
                                const fla::Clock &clock, int lifetimeSeconds = 300);

// Machine sign-in for a mandatary's software: OAuth2 client credentials with
// a JWT client assertion signed RS256 with the key of a PKCS#12 file.
class MachineSignIn : public QObject
{
    Q_OBJECT
public:
    MachineSignIn(QNetworkAccessManager *network, const fla::Clock &clock, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Reads the PKCS#12 file (key + certificate); false with a message when it cannot.
    bool loadCertificate(const QString &p12Path, const QString &password, QString *error);
    void setKey(const RsaKey &key) { m_key = key; }
    QByteArray certificatePem() const { return m_certificatePem; }

    void start(const QString &environment, const QString &clientId, const QUrl &tokenUrl,
               const QStringList &scopes = QStringList());

signals:
    void succeeded(const fla::auth::Session &session);
    void failed(fla::auth::AuthError error, const QString &detail);

private:
    QNetworkAccessManager *m_network;
    const fla::Clock &m_clock;
    int m_timeoutMs = 30000;
    RsaKey m_key;
    QByteArray m_certificatePem;
};

} // namespace fla::auth
