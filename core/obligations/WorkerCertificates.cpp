#include "core/obligations/WorkerCertificates.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/storage/CertificateRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace fla::workercertificates {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::workercertificates", "fla::WorkerCertificates"}, text);
}

// Lowercase ASCII letters, digits and dashes: safe on every file system.
QString safeName(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.'))
            out.append(c);
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) &&
                 !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    return out.left(80);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

bool writeFile(const QString &path, const QByteArray &bytes, QStringList *written, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    written->append(path);
    return true;
}

} // namespace

bool exportFor(Workspace &ws, const DataSet &data, const Worker &worker, const QString &outDir,
               QStringList *written, QString *error)
{
    const QDir dir(QDir(outDir).filePath(safeName(worker.familyName + QLatin1Char('-') + worker.givenName) +
                                         QLatin1Char('-') +
                                         worker.uuid.toString(QUuid::WithoutBraces).left(8)));
    if (!QDir().mkpath(dir.path())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    QHash<QUuid, const Training *> trainings;
    for (const Training &t : data.trainings)
        trainings.insert(t.uuid, &t);
    QList<QPair<const Training *, const Participation *>> followed;
    for (const Participation &p : data.participations) {
        const Training *t = trainings.value(p.trainingUuid);
        if (p.workerUuid == worker.uuid && p.followed && t && t->status == TrainingStatus::Completed)
            followed.append({t, &p});
    }
    std::sort(followed.begin(), followed.end(), [](const auto &a, const auto &b) {
        return a.first->startDate < b.first->startDate ||
               (a.first->startDate == b.first->startDate && a.first->name < b.first->name);
    });
    CertificateRepository certificates = ws.certificates(worker.employerUuid);
    QJsonArray list;
    QString csv =
        QStringLiteral("training,provider,kind,start,end,duration,unit,certificate,validUntil,files\n");
    for (const auto &[t, p] : followed) {
        QStringList files;
        for (const CertificateFile &c : certificates.forParticipation(p->uuid, error)) {
            const QByteArray bytes = certificates.content(c.id, error);
            if (bytes.isEmpty())
                return false;
            const QString name = t->startDate.toString(Qt::ISODate) + QLatin1Char('-') + safeName(t->name) +
                                 QLatin1Char('-') + QString::number(c.id) + QLatin1Char('-') +
                                 safeName(c.fileName);
            if (!writeFile(dir.filePath(name), bytes, written, error))
                return false;
            files.append(name);
        }
        const double amount = p->durationOverride.value_or(t->duration);
        const QString unit = t->unit == DurationUnit::Days ? QStringLiteral("days") : QStringLiteral("hours");
        list.append(
            QJsonObject{{QStringLiteral("training"), t->name},
                        {QStringLiteral("provider"), t->provider},
                        {QStringLiteral("kind"), toString(t->kind)},
                        {QStringLiteral("start"), t->startDate.toString(Qt::ISODate)},
                        {QStringLiteral("end"), t->endDate.toString(Qt::ISODate)},
                        {QStringLiteral("duration"), amount},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("certificate"), p->certificate},
                        {QStringLiteral("validUntil"), p->certificateValidUntil.toString(Qt::ISODate)},
                        {QStringLiteral("files"), QJsonArray::fromStringList(files)}});
        csv += QStringList{csvField(t->name),
                           csvField(t->provider),
                           toString(t->kind),
                           t->startDate.toString(Qt::ISODate),
                           t->endDate.toString(Qt::ISODate),
                           QString::number(amount),
                           unit,
                           p->certificate ? QStringLiteral("yes") : QStringLiteral("no"),
                           p->certificateValidUntil.toString(Qt::ISODate),
                           csvField(files.join(QLatin1Char(';')))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    const QJsonObject manifest{
        {QStringLiteral("worker"), QString(worker.givenName + QLatin1Char(' ') + worker.familyName)},
        {QStringLiteral("birthDate"), worker.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("trainings"), list}};
    if (!writeFile(dir.filePath(QStringLiteral("trainings.json")), QJsonDocument(manifest).toJson(), written,
                   error) ||
        !writeFile(dir.filePath(QStringLiteral("trainings.csv")), csv.toUtf8(), written, error))
        return false;
    qCInfo(lcObligations) << "certificates exported for worker" << worker.uuid << ":" << followed.size()
                          << "trainings," << written->size() << "files";
    return true;
}

} // namespace fla::workercertificates
