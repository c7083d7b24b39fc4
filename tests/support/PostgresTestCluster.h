#pragma once

#include <QString>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace fla::test {

// A throw-away PostgreSQL 15 cluster for the tests: initdb and the server
// from /usr/lib/postgresql/15/bin (or $FLADESK_PG_BIN) in a temporary
// folder, reachable only through a Unix socket in that folder. Run as root
// (CI), the server runs as the unprivileged user "nobody" (PostgreSQL refuses
// root). Started on first use, stopped and removed when the test program
// ends; the server also dies with the test program (parent-death signal),
// so a crashed test leaves no server behind.
//
// The superuser is "fladesk_admin" (trusted on the socket); every other role
// logs in with its password (scram-sha-256), so wrong passwords can be tested.
class PostgresTestCluster
{
public:
    static PostgresTestCluster &instance();
    ~PostgresTestCluster();

    // Starts the cluster once; false with the reason (no PostgreSQL
    // installed, initdb failed, …).
    bool start(QString *error);
    bool isRunning() const;
    void stop();
    // The server stops (its sessions are ended) and its data stays: a team
    // server going away. resume() starts it again on the same socket.
    void pause();
    bool resume(QString *error);

    QString socketDir() const;
    int port() const { return 5432; }
    static QString adminUser() { return QStringLiteral("fladesk_admin"); }

    // postgresql://user[:password]@/database?host=<socket folder>
    QString url(const QString &database, const QString &user = adminUser(),
                const QString &password = {}) const;
    // A new, empty database (owned by the superuser); its name is returned.
    QString createDatabase(const QString &prefix, QString *error);
    // Ends the sessions of the app (application_name fladesk) in database, as
    // the server does when it restarts, and waits until they are gone
    // (pg_terminate_backend only signals them). False with the reason.
    bool endAppSessions(const QString &database, QString *error);
    // Runs statements as the superuser in database; false with the engine's text.
    bool execAsAdmin(const QString &database, const QStringList &statements, QString *error);

private:
    PostgresTestCluster() = default;
    bool runTool(const QString &tool, const QStringList &args, QString *output);
    // Starts the server on the initialised data and waits until it accepts connections.
    bool launch(QString *error);
    void stopServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_bin;
    int m_databases = 0;
};

// The engine the storage tests run on: "sqlite" (default) or "postgresql"
// ($FLADESK_TEST_ENGINE, set by the *_pg ctest entries).
bool testingPostgres();
// A location for a new workspace: a file in dir, or a new database in the
// test cluster (started when needed). Empty with error when the cluster
// cannot start.
QString newWorkspaceLocation(const QString &dir, const QString &fileName, QString *error);
// Whether a missing PostgreSQL must fail the test (in CI: CI=true) rather
// than skip it.
bool postgresRequired();

} // namespace fla::test

// In a test slot: starts the cluster, or fails the test where PostgreSQL is
// required (CI, the _pg variants) and skips it elsewhere, saying why.
#define FLADESK_START_TEST_CLUSTER()                                                                         \
    do {                                                                                                     \
        QString clusterError_;                                                                               \
        if (!fla::test::PostgresTestCluster::instance().start(&clusterError_)) {                             \
            if (fla::test::postgresRequired())                                                               \
                QFAIL(qPrintable(clusterError_));                                                            \
            QSKIP(qPrintable(clusterError_));                                                                \
        }                                                                                                    \
    } while (false)
