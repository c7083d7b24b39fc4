#include "TestSupport.h"

#include "core/storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fla::test {

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("FLADESK_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QStringLiteral(FLADESK_TEST_ARTIFACTS);
    QDir().mkpath(dir);
    return dir;
}

QString executablePath(const QString &name)
{
    const QDir bin(QStringLiteral(FLADESK_BINARY_DIR));
    // Each executable is built in its own folder under app/.
    QString path = bin.filePath(QStringLiteral("app/%1/%1").arg(name));
#ifdef Q_OS_WIN
    path += QStringLiteral(".exe"); // QFileInfo and the tests' messages need the real file name
#endif
    return path;
}

void makeRemovable(const QString &dir)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile entry(it.next());
        entry.setPermissions(entry.permissions() | QFileDevice::WriteOwner | QFileDevice::ReadOwner |
                             QFileDevice::ExeOwner);
    }
}

QByteArray recordsDigest(Workspace &ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Row ids (and the load entries records point to) depend on the order
    // records were written in: a participation's training and worker are
    // compared by uuid.
    const QStringList skipped{QStringLiteral("id"), QStringLiteral("created_in"),
                              QStringLiteral("training_id"), QStringLiteral("worker_id")};
    for (const char *table :
         {"employer", "worker", "employment", "training", "participation", "training_right"}) {
        QSqlQuery q(ws.database());
        const QString select =
            qstrcmp(table, "participation") == 0
                ? QStringLiteral(
                      "SELECT p.*, t.uuid AS training_uuid, w.uuid AS worker_uuid FROM participation p "
                      "JOIN training t ON t.id = p.training_id JOIN worker w ON w.id = p.worker_id "
                      "ORDER BY p.uuid")
                : QStringLiteral("SELECT * FROM %1 ORDER BY uuid").arg(QLatin1String(table));
        if (!q.exec(select))
            return {};
        hash.addData(QByteArrayView(table));
        while (q.next()) {
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                if (skipped.contains(r.fieldName(i)))
                    continue;
                hash.addData(r.fieldName(i).toUtf8());
                hash.addData(q.value(i).isNull() ? QByteArray("\x01null") : q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
        }
    }
    for (const char *table : {"audit", "outbox"}) {
        QSqlQuery q(ws.database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
            return {};
        hash.addData(QByteArray(QByteArray(table) + ':' + q.value(0).toString().toUtf8()));
    }
    return hash.result().toHex();
}

} // namespace fla::test
