#include "IoCommandSupport.h"
#include "WorkspaceOpening.h"

#include "core/common/Translation.h"
#include "core/dataset/DataSetCsv.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/io/ImportStore.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace fla::cli {

namespace {
QString tr(const char *text)
{
    return translateFrom({"fla::cli::RecordSourceOptions", "fla::cli", "IoCommandSupport"}, text);
}

template<typename T> void keep(QList<T> &list, const QUuid &employer)
{
    list.removeIf([&](const T &r) { return r.employerUuid != employer; });
}
} // namespace

RecordSourceOptions::RecordSourceOptions()
{
    workspace.setDescription(tr("The workspace file (default: the app's workspace)."));
    csv.setDescription(tr("Use a CSV set folder instead of a workspace."));
    employer.setDescription(tr("Only this employer (enterprise number)."));
}

void RecordSourceOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(workspace);
    parser.addOption(csv);
    parser.addOption(employer);
}

bool keepEmployer(DataSet *data, const QString &enterpriseNumber, QString *error)
{
    const QString wanted = EnterpriseNumber::parse(enterpriseNumber).normalized();
    QUuid uuid;
    for (const Employer &e : data->employers) {
        if (e.enterpriseNumber == wanted)
            uuid = e.uuid;
    }
    if (uuid.isNull()) {
        *error = tr("There is no employer with enterprise number %1.").arg(enterpriseNumber);
        return false;
    }
    data->employers.removeIf([&](const Employer &e) { return e.uuid != uuid; });
    keep(data->workers, uuid);
    keep(data->employments, uuid);
    keep(data->trainings, uuid);
    keep(data->participations, uuid);
    keep(data->rights, uuid);
    return true;
}

namespace {

bool readRecords(const QCommandLineParser &parser, const RecordSourceOptions &o, DataSet *data,
                 QString *error)
{
    if (parser.isSet(o.csv)) {
        const QString dir = parser.value(o.csv);
        if (!QDir(dir).exists()) {
            *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
        QList<DataSetCsvIssue> issues;
        *data = DataSetCsv::read(dir, &issues);
        if (!issues.isEmpty()) {
            const auto &i = issues.first();
            *error = QCoreApplication::translate("IoCommandSupport",
                                                 "%1 line %2, %3: %4 (%n problem(s) in the CSV set)", nullptr,
                                                 int(issues.size()))
                         .arg(i.file)
                         .arg(i.line)
                         .arg(i.column, i.message);
            return false;
        }
    } else {
        const QString path = parser.isSet(o.workspace) ? parser.value(o.workspace) : Workspace::defaultPath();
        if (!isServerLocation(path) && !QFileInfo::exists(path)) {
            *error = tr("There is no workspace at %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        auto ws = openWorkspaceAt(path, error);
        if (!ws)
            return false;
        const Result<DataSet> read = readWorkspaceRecords(*ws);
        if (!read.into(error))
            return false;
        *data = *read;
    }
    if (parser.isSet(o.employer))
        return keepEmployer(data, parser.value(o.employer), error);
    return true;
}

} // namespace

bool loadRecords(const QCommandLineParser &parser, const RecordSourceOptions &o, DataSet *data, CliIo &io)
{
    QString error;
    if (readRecords(parser, o, data, &error))
        return true;
    io.err << error << '\n';
    return false;
}

} // namespace fla::cli

#include "core/common/Clock.h"

namespace fla::cli {

QCommandLineOption todayOption()
{
    return QCommandLineOption(
        QStringLiteral("today"),
        QCoreApplication::translate("IoCommandSupport", "Act as if today were DATE (yyyy-mm-dd)."),
        QStringLiteral("DATE"));
}

bool todayFrom(const QCommandLineParser &parser, QDate *today, CliIo &io)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        *today = Clock::system().today();
        return true;
    }
    *today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!today->isValid()) {
        io.err << QCoreApplication::translate("IoCommandSupport", "--today needs a date such as 2026-11-28.")
               << '\n';
        return false;
    }
    return true;
}

} // namespace fla::cli
