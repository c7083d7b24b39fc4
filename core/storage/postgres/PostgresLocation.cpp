#include "core/storage/postgres/PostgresLocation.h"

#include "core/common/Translation.h"

#include <QUrl>
#include <QUrlQuery>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::PostgresLocation", "fla"}, text);
}

bool knownOption(const QString &key)
{
    static const char *const known[] = {
        "host",   "port",   "sslmode",         "sslrootcert",      "sslcert",
        "sslkey", "sslcrl", "connect_timeout", "application_name", "passfile"};
    for (const char *k : known) {
        if (key == QLatin1String(k))
            return true;
    }
    return false;
}

bool knownSslMode(const QString &mode)
{
    for (const char *m : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}) {
        if (mode == QLatin1String(m))
            return true;
    }
    return false;
}

} // namespace

std::optional<PostgresLocation> PostgresLocation::parse(const QString &url, QString *error)
{
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return std::optional<PostgresLocation>();
    };
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return refuse(tr("%1 is not a PostgreSQL address: write postgresql://user@host/database.")
                          .arg(QUrl(url).toDisplayString(QUrl::RemovePassword)));
    PostgresLocation loc;
    loc.host = u.host();
    loc.port = u.port(5432);
    loc.user = u.userName();
    loc.password = u.password();
    loc.database = u.path().mid(1);
    const QUrlQuery query(u);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!knownOption(item.first))
            return refuse(tr("The option %1 of the PostgreSQL address %2 is not known.")
                              .arg(item.first, u.toDisplayString(QUrl::RemovePassword)));
        if (item.first == QLatin1String("host"))
            loc.host = item.second;
        else if (item.first == QLatin1String("port"))
            loc.port = item.second.toInt();
        else
            loc.options.insert(item.first, item.second);
    }
    if (loc.database.isEmpty() || loc.database.contains(QLatin1Char('/')))
        return refuse(
            tr("The PostgreSQL address %1 names no database: write postgresql://user@host/database.")
                .arg(u.toDisplayString(QUrl::RemovePassword)));
    if (loc.port <= 0 || loc.port > 65535)
        return refuse(tr("The port of the PostgreSQL address %1 is not a number from 1 to 65535.")
                          .arg(u.toDisplayString(QUrl::RemovePassword)));
    const QString ssl = loc.options.value(QStringLiteral("sslmode"));
    if (!ssl.isEmpty() && !knownSslMode(ssl))
        return refuse(tr("The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, "
                         "require, verify-ca, verify-full.")
                          .arg(ssl, u.toDisplayString(QUrl::RemovePassword)));
    return loc;
}

QString PostgresLocation::display() const
{
    // Written by hand: QUrl drops the "//" of an address without a host.
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (!socket)
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 5432 && !socket)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + host;
    if (port != 5432 && socket) // a socket folder and a port: both in the query, as libpq reads them
        query << QStringLiteral("port=") + QString::number(port);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query << it.key() + QLatin1Char('=') + it.value();
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString PostgresLocation::withPassword() const
{
    QString out = display();
    if (password.isEmpty())
        return out;
    const QString secret = QLatin1Char(':') + QString::fromUtf8(QUrl::toPercentEncoding(password));
    const qsizetype at = out.indexOf(QLatin1Char('@'));
    if (at > 0) // postgresql://user@…
        return out.insert(at, secret);
    return out.insert(int(qstrlen("postgresql://")), secret + QLatin1Char('@'));
}

QString PostgresLocation::passwordSubject() const
{
    return user + QLatin1Char('@') + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') +
           database;
}

QString PostgresLocation::connectOptions() const
{
    QStringList out;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return out.join(QLatin1Char(';'));
}

QString PostgresLocation::withConnectTimeout(const QString &options, int seconds)
{
    QStringList kept;
    for (const QString &part : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().startsWith(QLatin1String("connect_timeout")))
            kept << part;
    }
    kept << QStringLiteral("connect_timeout=%1").arg(seconds);
    return kept.join(QLatin1Char(';'));
}

} // namespace fla
