#include "PostgresTestCluster.h"

#ifdef Q_OS_WIN
#include "PostgresTestCluster_win.h"
#else
#include "PostgresTestCluster_unix.h"
#endif

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace fla::test {

namespace {

void stopAtExit()
{
    PostgresTestCluster::instance().stop();
}

} // namespace

PostgresTestCluster &PostgresTestCluster::instance()
{
    static PostgresTestCluster cluster;
    return cluster;
}

PostgresTestCluster::~PostgresTestCluster()
{
    stop();
}

QString PostgresTestCluster::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PostgresTestCluster::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running;
}

bool PostgresTestCluster::runTool(const QString &tool, const QStringList &args, QString *output)
{
    QProcess p;
    pgplatform::runAsServerUser(p);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir->path());
    p.start(QDir(m_bin).filePath(tool), args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    if (!ok && output->isEmpty())
        *output = p.errorString();
    return ok;
}

bool PostgresTestCluster::start(QString *error)
{
    if (isRunning())
        return true;
    m_bin = qEnvironmentVariable("FLADESK_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!QFileInfo(QDir(m_bin).filePath(QStringLiteral("initdb"))).isExecutable()) {
        *error = QStringLiteral("PostgreSQL 15 is not installed: no initdb in %1 (Debian: apt-get install "
                                "postgresql-15 libqt6sql6-psql, or bash scripts/install-deps.sh)")
                     .arg(m_bin);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("fladesk-pg-XXXXXX")));
    if (!m_dir->isValid()) {
        *error =
            QStringLiteral("cannot create a temporary folder for the cluster: %1").arg(m_dir->errorString());
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!pgplatform::giveToServerUser(m_dir->path(), error))
        return false;
    const QString data = QDir(m_dir->path()).filePath(QStringLiteral("data"));
    QString out;
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), adminUser(), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
                  QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256")},
                 &out)) {
        *error = QStringLiteral("initdb failed: %1").arg(out);
        return false;
    }
    // The superuser is trusted on the socket; every other role needs its password.
    QFile hba(QDir(data).filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(QByteArray("local all ") + adminUser().toUtf8() + " trust\nlocal all all scram-sha-256\n") <
            0) {
        *error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.close();
    if (!launch(error))
        return false;
    qAddPostRoutine(stopAtExit);
    return true;
}

bool PostgresTestCluster::launch(QString *error)
{
    const QString data = QDir(m_dir->path()).filePath(QStringLiteral("data"));
    m_server = std::make_unique<QProcess>();
    pgplatform::runAsServerUser(*m_server);
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setStandardOutputFile(QDir(m_dir->path()).filePath(QStringLiteral("server.log")),
                                    QIODevice::Append);
    m_server->setWorkingDirectory(m_dir->path());
    m_server->start(QDir(m_bin).filePath(QStringLiteral("postgres")),
                    {QStringLiteral("-D"), data,
                     QStringLiteral("-k"), m_dir->path(),
                     QStringLiteral("-p"), QString::number(port()),
                     QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                     QStringLiteral("-c"), QStringLiteral("fsync=off"),
                     QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                     QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                     QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB"),
                     QStringLiteral("-c"), QStringLiteral("max_connections=60"),
                     QStringLiteral("-c"), QStringLiteral("lc_messages=C")});
    if (!m_server->waitForStarted(10000)) {
        *error = QStringLiteral("the PostgreSQL server did not start: %1").arg(m_server->errorString());
        return false;
    }
    // Ready when a connection as the superuser succeeds.
    const QDeadlineTimer deadline(60000);
    QString last;
    while (!deadline.hasExpired()) {
        if (m_server->state() != QProcess::Running) {
            QFile log(QDir(m_dir->path()).filePath(QStringLiteral("server.log")));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("the PostgreSQL server stopped: %1")
                         .arg(QString::fromLocal8Bit(log.readAll()));
            return false;
        }
        if (execAsAdmin(QStringLiteral("postgres"), {QStringLiteral("SELECT 1")}, &last))
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the PostgreSQL server did not accept connections within 60 s: %1").arg(last);
    stop();
    return false;
}

void PostgresTestCluster::pause()
{
    stopServer();
}

bool PostgresTestCluster::resume(QString *error)
{
    if (isRunning())
        return true;
    if (!m_dir) {
        *error = QStringLiteral("the cluster was never started");
        return false;
    }
    return launch(error);
}

void PostgresTestCluster::stopServer()
{
    if (m_server) {
        if (m_server->state() == QProcess::Running) {
            pgplatform::askToStop(m_server->processId());
            if (!m_server->waitForFinished(30000))
                m_server->kill();
            m_server->waitForFinished(5000);
        }
        m_server.reset();
    }
}

void PostgresTestCluster::stop()
{
    stopServer();
    m_dir.reset();
}

QString PostgresTestCluster::url(const QString &database, const QString &user, const QString &password) const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (!password.isEmpty())
        u.setPassword(password);
    u.setHost(QString());
    u.setPath(QLatin1Char('/') + database);
    u.setQuery(QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(socketDir())));
    return u.toString();
}

bool PostgresTestCluster::execAsAdmin(const QString &database, const QStringList &statements, QString *error)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("fladesk-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(port());
        db.setDatabaseName(database);
        db.setUserName(adminUser());
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                ok = false;
                if (error)
                    *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PostgresTestCluster::endAppSessions(const QString &database, QString *error)
{
    const QString sessions =
        QStringLiteral("FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                       "pg_backend_pid() AND application_name = 'fladesk'");
    if (!execAsAdmin(database, {QStringLiteral("SELECT pg_terminate_backend(pid) ") + sessions}, error))
        return false;
    // Fails while one is still there.
    const QString gone =
        QStringLiteral(
            "DO $$ BEGIN IF EXISTS (SELECT 1 %1) THEN RAISE EXCEPTION 'still there'; END IF; END $$")
            .arg(sessions);
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (execAsAdmin(database, {gone}, error))
            return true;
        QThread::msleep(20);
    }
    return false;
}

QString PostgresTestCluster::createDatabase(const QString &prefix, QString *error)
{
    if (!start(error))
        return QString();
    const QString name = QStringLiteral("%1_%2_%3")
                             .arg(prefix)
                             .arg(++m_databases)
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    if (!execAsAdmin(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}, error))
        return QString();
    return name;
}

bool testingPostgres()
{
    return qEnvironmentVariable("FLADESK_TEST_ENGINE") == QLatin1String("postgresql");
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true") || testingPostgres();
}

QString newWorkspaceLocation(const QString &dir, const QString &fileName, QString *error)
{
    if (!testingPostgres())
        return QDir(dir).filePath(fileName);
    QString base = QFileInfo(fileName).completeBaseName().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    const QString db = PostgresTestCluster::instance().createDatabase(QStringLiteral("ws_") + base, error);
    return db.isEmpty() ? QString() : PostgresTestCluster::instance().url(db);
}

} // namespace fla::test
