#include "core/storage/ServerProbe.h"

#include "core/common/LogCategories.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresLocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <memory>

namespace fla {

namespace {

QAtomicInt g_connectTimeoutSeconds{10};

// What a probe needs of the workspace's connection, copied on the
// workspace's thread: a QSqlDatabase is used only on the thread that made it.
struct ProbeTarget
{
    QString driver;
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options;
};

struct ProbeAnswer
{
    bool answers = false;
    QString reason;
};

// The probes still running: the application waits for them as it ends (each
// ends within its connect timeout), so none outlives Qt SQL's connection list.
QMutex g_runningMutex;
QList<QThread *> g_running;

void waitForRunningProbes()
{
    const QList<QThread *> running = [] {
        QMutexLocker lock(&g_runningMutex);
        return g_running;
    }();
    for (QThread *t : running)
        t->wait();
}

ProbeAnswer probe(const ProbeTarget &target, int timeoutSeconds)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("fladesk-server-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    ProbeAnswer answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(target.driver, name);
        db.setHostName(target.host);
        db.setPort(target.port);
        db.setDatabaseName(target.database);
        db.setUserName(target.user);
        db.setPassword(target.password);
        db.setConnectOptions(PostgresLocation::withConnectTimeout(target.options, timeoutSeconds));
        if (!db.open()) {
            answer.reason = db.lastError().text().simplified();
        } else {
            QSqlQuery q(db);
            answer.answers = q.exec(QStringLiteral("SELECT 1"));
            if (!answer.answers)
                answer.reason = q.lastError().text().simplified();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace

ServerProbe::ServerProbe(QObject *parent)
    : QObject(parent)
{
    static const bool waitsAtExit = [] {
        qAddPostRoutine(waitForRunningProbes);
        return true;
    }();
    Q_UNUSED(waitsAtExit);
}

// A running probe is not waited for here (that would freeze the window for
// the connect timeout): it ends by itself and its answer goes nowhere.
ServerProbe::~ServerProbe() = default;

void ServerProbe::setConnectTimeoutSeconds(int seconds)
{
    g_connectTimeoutSeconds.storeRelaxed(qMax(2, seconds));
}

int ServerProbe::connectTimeoutSeconds()
{
    return g_connectTimeoutSeconds.loadRelaxed();
}

void ServerProbe::start(Workspace &ws)
{
    if (m_running)
        return;
    if (!ws.driver().isServer()) {
        QTimer::singleShot(0, this, [this] { emit answered(true, QString()); });
        return;
    }
    const QSqlDatabase &db = ws.database();
    const ProbeTarget target{db.driverName(), db.hostName(), db.port(),          db.databaseName(),
                             db.userName(),   db.password(), db.connectOptions()};
    const int timeout = connectTimeoutSeconds();
    auto answer = std::make_shared<ProbeAnswer>();
    QThread *thread = QThread::create([target, timeout, answer] { *answer = probe(target, timeout); });
    {
        QMutexLocker lock(&g_runningMutex);
        g_running.append(thread);
    }
    m_running = true;
    qCDebug(lcStorage) << "asking the team server whether it answers, on a thread of its own";
    // finished is emitted on the probe's thread; both slots run on this one.
    connect(thread, &QThread::finished, this, [this, answer] {
        m_running = false;
        if (!answer->answers)
            qCInfo(lcStorage).noquote() << "the team server does not answer yet:" << answer->reason;
        emit answered(answer->answers, answer->reason);
    });
    connect(thread, &QThread::finished, thread, [thread] {
        {
            QMutexLocker lock(&g_runningMutex);
            g_running.removeOne(thread);
        }
        thread->deleteLater();
    });
    thread->start();
}

} // namespace fla
