#include "IoCommandSupport.h"
#include "WorkspaceOpening.h"

#include "common/Translation.h"
#include "dataset/DataSetCsv.h"
#include "domain/EnterpriseNumber.h"
#include "io/ImportStore.h"
#include "storage/Workspace.h"

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

bool loadRecords(const QCommandLineParser &parser, const RecordSourceOptions &o, DataSet *data,
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
        *data = readWorkspace(*ws);
    }
    if (parser.isSet(o.employer))
        return keepEmployer(data, parser.value(o.employer), error);
    return true;
}

} // namespace fla::cli

#include "common/Clock.h"

namespace fla::cli {

QCommandLineOption todayOption()
{
    return QCommandLineOption(
        QStringLiteral("today"),
        QCoreApplication::translate("IoCommandSupport", "Act as if today were DATE (yyyy-mm-dd)."),
        QStringLiteral("DATE"));
}

bool todayFrom(const QCommandLineParser &parser, QDate *today, QString *error)
{
    if (!parser.isSet(QStringLiteral("today"))) {
        *today = Clock::system().today();
        return true;
    }
    *today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    if (!today->isValid()) {
        *error = QCoreApplication::translate("IoCommandSupport", "--today needs a date such as 2026-11-28.");
        return false;
    }
    return true;
}

} // namespace fla::cli
