#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace fla {

// A PostgreSQL workspace's address, from the URL the user gives:
//   postgresql://[user[:password]@][host][:port]/database[?option=value&…]
// The host may also be a Unix socket folder (?host=/run/postgresql). The
// options are libpq's connection parameters that make sense for a desktop:
// host, port, sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout,
// application_name, passfile; anything else is refused, so a typo does not
// silently weaken TLS.
struct PostgresLocation
{
    QString host; // a name, an address or a socket folder; empty: libpq's default
    int port = 5432;
    QString database;
    QString user; // empty: libpq's default (the OS user)
    QString password;
    QMap<QString, QString> options;

    // nullopt with a translated message naming what is wrong.
    static std::optional<PostgresLocation> parse(const QString &url, QString *error);
    // The URL without the password, as shown to the user and kept in logs.
    QString display() const;
    // The URL with the password, to open the workspace with (never shown nor logged).
    QString withPassword() const;
    // What names its password in the system keychain: user@host:port/database.
    QString passwordSubject() const;
    // libpq's "key=value" options for QSqlDatabase::setConnectOptions (';'-separated).
    QString connectOptions() const;
    // options (as connectOptions() words them) with libpq's connect_timeout set to seconds.
    static QString withConnectTimeout(const QString &options, int seconds);
};

} // namespace fla
