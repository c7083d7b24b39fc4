#include "core/storage/postgres/PostgresBackup.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/Backup.h"
#include "core/storage/Workspace.h"
#include "core/storage/postgres/PostgresLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace fla::PostgresBackup {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::PostgresBackup", "fla"}, text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

// A pg_dump or pg_restore may take long on a big office; a stuck one is
// stopped after this.
constexpr int kToolTimeoutMs = 60 * 60 * 1000;

// The program, or empty with error naming where it was looked for.
QString findTool(const QString &name, QString *error)
{
    const QString pinned = qEnvironmentVariable("FLADESK_PG_BIN");
    QStringList places;
    if (!pinned.isEmpty()) {
        places << pinned;
        const QString found = QStandardPaths::findExecutable(name, places);
        if (found.isEmpty())
            *error = tr("The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the "
                        "PostgreSQL client programs (Debian: postgresql-client-15).")
                         .arg(name, QDir::toNativeSeparators(pinned));
        return found;
    }
    QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    // Debian's folder of PostgreSQL's versions; elsewhere the PATH or $FLADESK_PG_BIN.
    const QDir versions(QStringLiteral("/usr/lib/postgresql")); // portability-ok: Debian's layout
    for (const QString &v :
         versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed))
        places << versions.filePath(v + QStringLiteral("/bin"));
    found = places.isEmpty() ? QString() : QStandardPaths::findExecutable(name, places);
    if (found.isEmpty())
        *error = tr("The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or "
                    "restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).")
                     .arg(name);
    return found;
}

// libpq's "key='value' …" form: a value quoted, its quotes and backslashes
// escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")) // portability-ok: libpq's escape, not a path
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString connectionString(const PostgresLocation &loc)
{
    QStringList parts{QStringLiteral("dbname=") + quoted(loc.database),
                      QStringLiteral("port=") + QString::number(loc.port)};
    if (!loc.host.isEmpty())
        parts << QStringLiteral("host=") + quoted(loc.host);
    if (!loc.user.isEmpty())
        parts << QStringLiteral("user=") + quoted(loc.user);
    for (auto it = loc.options.cbegin(); it != loc.options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    return parts.join(QLatin1Char(' '));
}

// Runs a PostgreSQL program; the password goes through its environment,
// never on its command line (where other users could read it).
bool runTool(const QString &program, const QStringList &args, const PostgresLocation &loc, QString *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!loc.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), loc.password);
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted()) {
        *output = p.errorString();
        return false;
    }
    p.waitForFinished(kToolTimeoutMs);
    *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        *output = QStringLiteral("timed out");
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

bool holdsDump(const QString &plainFile)
{
    QFile f(plainFile);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "PGDMP";
}

bool create(const QString &location, const QString &outFile, const QByteArray &passphrase, QString *error)
{
    const std::optional<PostgresLocation> loc = PostgresLocation::parse(location, error);
    if (!loc)
        return false;
    QString why;
    const QString pgDump = findTool(QStringLiteral("pg_dump"), &why);
    if (pgDump.isEmpty())
        return fail(error, why);
    // The plain dump waits in a folder only the user can enter, next to the
    // backup; removed with the folder.
    QTemporaryDir folder(outFile + QStringLiteral(".dump-XXXXXX"));
    if (!folder.isValid())
        return fail(error, tr("No temporary folder can be made next to %1 for the dump: %2")
                               .arg(QDir::toNativeSeparators(outFile), folder.errorString()));
    const QString dump = folder.filePath(QStringLiteral("workspace.pgdump"));
    QString output;
    if (!runTool(pgDump,
                 {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                  QStringLiteral("--file"), dump, QStringLiteral("--dbname"), connectionString(*loc)},
                 *loc, &output))
        return fail(error, tr("pg_dump could not back up the team workspace %1: %2")
                               .arg(loc->display(), output.section(QLatin1Char('\n'), -1)));
    return Backup::wrapFile(dump, outFile, passphrase, error);
}

bool restore(const QString &backupFile, const QByteArray &passphrase, const QString &location, QString *error)
{
    const std::optional<PostgresLocation> loc = PostgresLocation::parse(location, error);
    if (!loc)
        return false;
    QString why;
    const QString pgRestore = findTool(QStringLiteral("pg_restore"), &why);
    if (pgRestore.isEmpty())
        return fail(error, why);
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(error, tr("No temporary folder can be made for the dump: %1").arg(folder.errorString()));
    const QString dump = folder.filePath(QStringLiteral("workspace.pgdump"));
    if (!Backup::extract(backupFile, passphrase, dump, error))
        return false;
    if (!holdsDump(dump))
        return fail(error, tr("The backup %1 holds a workspace file, not a team workspace: restore it into a "
                              "file (--workspace FILE), then move it onto the server with workspace copy.")
                               .arg(QDir::toNativeSeparators(backupFile)));
    // Only into an empty database: a restore never mixes two workspaces.
    {
        QString detail;
        auto target = createDriverFor(location);
        const QString connection = QStringLiteral("fladesk-restore-target");
        bool empty = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(target->qtDriverName(), connection);
            if (!target->setUpConnection(db, location, &detail))
                return fail(error, detail);
            if (!db.open()) {
                detail = target->openError(db.lastError(), loc->display());
            } else {
                QSqlQuery q(db);
                empty =
                    q.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                          "c.relnamespace WHERE n.nspname = current_schema()")) &&
                    q.next() && q.value(0).toLongLong() == 0;
                if (!empty)
                    detail = tr("The database of %1 is not empty. Restore into a new, empty database "
                                "(createdb), then point the desktops at it.")
                                 .arg(loc->display());
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!empty)
            return fail(error, detail);
    }
    QString output;
    if (!runTool(pgRestore,
                 {QStringLiteral("--no-password"), QStringLiteral("--no-owner"),
                  QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                  QStringLiteral("--dbname"), connectionString(*loc), dump},
                 *loc, &output))
        return fail(error, tr("pg_restore could not restore the backup %1 into %2 (nothing was restored): %3")
                               .arg(QDir::toNativeSeparators(backupFile), loc->display(),
                                    output.section(QLatin1Char('\n'), 0, 1).simplified()));
    qCInfo(lcStorage).noquote() << "restored" << QDir::toNativeSeparators(backupFile) << "into"
                                << loc->display();
    return true;
}

} // namespace fla::PostgresBackup
