#include "StoredAnomalies.h"
#include "Must.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/anomaly/WorkspaceAnomalies.h"
#include "core/storage/AnomalyRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceRecords.h"

namespace fla::test {

namespace {

QString key(const QString &code, const QUuid &record, const QString &field)
{
    return code + QLatin1Char(' ') + record.toString() + QLatin1Char(' ') + field;
}

} // namespace

QSet<QString> storedAnomalies(Workspace &ws)
{
    QSet<QString> out;
    AnomalyFilter own;
    own.fromPlatform = false;
    for (const Employer &e : fla::test::must(ws.employers().findAll())) {
        for (const StoredAnomaly &a : fla::test::must(ws.anomalies(e.uuid).find(own, 10000000)))
            out.insert(key(a.code, a.recordUuid, a.field));
    }
    return out;
}

QSet<QString> validatedAnomalies(Workspace &ws, const Clock &clock)
{
    QSet<QString> out;
    const DataSet set = fla::test::must(readWorkspaceRecords(ws));
    const AnomalyList found = AnomalyEngine(clock).validate(set); // kept: items() refers into it
    for (const Anomaly &a : found.items()) {
        if (!a.fileLine && !a.recordUuid.isNull())
            out.insert(key(a.code, a.recordUuid, a.field));
    }
    return out;
}

bool sameAnomalies(const QSet<QString> &stored, const QSet<QString> &validated, const QString &after)
{
    if (stored == validated)
        return true;
    qWarning("after %s: %lld kept not found, %lld found not kept", qPrintable(after),
             qint64((stored - validated).size()), qint64((validated - stored).size()));
    for (const QString &k : stored - validated)
        qWarning("kept only: %s", qPrintable(k));
    for (const QString &k : validated - stored)
        qWarning("found only: %s", qPrintable(k));
    return false;
}

} // namespace fla::test
