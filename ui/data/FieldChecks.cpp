#include "ui/data/FieldChecks.h"

#include "ui/widgets/SsinTyping.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/common/Clock.h"
#include "core/dataset/DataSet.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/Ssin.h"
#include "ui/widgets/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace fla::ui {

namespace {

QString workerName(const Worker &w)
{
    const QString n = QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed();
    return n.isEmpty() ? ui::ssinAsTyped(w.ssin) : n; // also a number still being typed
}

} // namespace

QString FieldChecks::identifierMessage(const QString &code)
{
    if (code == QLatin1String("ID-001"))
        return tr("an INSZ has 11 digits");
    if (code == QLatin1String("ID-002"))
        return tr("the check digits of the INSZ are wrong");
    if (code == QLatin1String("ID-003"))
        return tr("the INSZ holds no possible birth date (month or day)");
    if (code == QLatin1String("ID-004"))
        return tr("the INSZ sequence number 000 or 999 is never assigned");
    if (code == QLatin1String("ID-010"))
        return tr("the enterprise number is not 10 digits with correct check digits");
    if (code == QLatin1String("ID-011"))
        return tr("the NSSO number is outside its domain");
    if (code == QLatin1String("ID-012"))
        return tr("a joint committee is written 999, 999.99 or 999.99.99");
    if (code == QLatin1String("ID-013"))
        return tr("the NSSO number is not 9 digits");
    return code;
}

QString FieldChecks::kindName(RecordKind kind)
{
    return asHeading(recordKindLabel(kind));
}

QString FieldChecks::fieldName(RecordKind kind, const QString &engineField)
{
    return asHeading(fieldLabel(kind, engineField)); // the schema's label (domain/RecordSchema)
}

QString FieldChecks::severityName(Severity s)
{
    switch (s) {
    case Severity::Blocking:
        return tr("Blocking");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Information:
        return tr("Information");
    }
    return {};
}

QString FieldChecks::recordLabel(const AnyRecord &record)
{
    struct V
    {
        QString operator()(const Employer &e) const
        {
            return e.name.trimmed().isEmpty() ? tr("company") : tr("company %1").arg(e.name);
        }
        QString operator()(const Worker &w) const { return tr("worker %1").arg(workerName(w)); }
        QString operator()(const Employment &) const { return tr("employment"); }
        QString operator()(const Training &t) const
        {
            if (t.name.trimmed().isEmpty())
                return tr("training");
            if (!t.startDate.isValid())
                return tr("training \"%1\"").arg(t.name);
            return tr("training \"%1\" of %2").arg(t.name, ui::formatDate(t.startDate));
        }
        QString operator()(const Participation &) const { return tr("participation"); }
        QString operator()(const TrainingRight &r) const { return tr("training right %1").arg(r.year); }
    };
    return std::visit(V{}, record);
}

Language FieldChecks::uiLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Dutch:
        return Language::Dutch;
    case QLocale::French:
        return Language::French;
    case QLocale::German:
        return Language::German;
    default:
        return Language::English;
    }
}

QString FieldChecks::uiField(const QString &engineField)
{
    QString field = engineField;
    const qsizetype bracket = field.indexOf(QLatin1Char('['));
    if (bracket > 0)
        field = field.left(bracket);
    if (field == QLatin1String("trainingUuid"))
        return QStringLiteral("training");
    if (field == QLatin1String("workerUuid"))
        return QStringLiteral("worker");
    return field;
}

QString FieldChecks::localDates(QString message)
{
    // The catalogue writes dates as 2025-07-15; Belgian users read 15/07/2025.
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    QRegularExpressionMatchIterator it = iso.globalMatch(message);
    QList<QRegularExpressionMatch> found;
    while (it.hasNext())
        found.prepend(it.next());
    for (const auto &m : std::as_const(found)) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            message.replace(m.capturedStart(), m.capturedLength(), ui::formatDate(d));
    }
    return message;
}

QString FieldChecks::catalogueMessage(const Anomaly &a)
{
    if (a.parameter(QStringLiteral("field")).isEmpty())
        return localDates(a.message(uiLanguage()));
    // GN-001/GN-002 name the field: as the forms name it, not the CSV column.
    Anomaly named = a;
    for (auto &p : named.parameters) {
        if (p.name == QLatin1String("field"))
            p.value = fieldName(a.entity, uiField(p.value));
    }
    return localDates(named.message(uiLanguage()));
}

QString FieldChecks::withRecord(const QString &label, RecordKind kind, const QString &field,
                                const QString &message)
{
    if (label.isEmpty())
        return message;
    if (field.isEmpty())
        return tr("%1: %2").arg(label, message);
    return tr("%1, %2: %3").arg(label, fieldName(kind, field), message);
}

FieldAnomaly FieldChecks::fromEngine(const Anomaly &a, const QString &label)
{
    const RecordKind kind = a.entity;
    const QString field = uiField(a.field);
    return FieldAnomaly{a.code,       a.severity, kind,
                        a.recordUuid, field,      withRecord(label, kind, field, catalogueMessage(a))};
}

QList<FieldAnomaly> FieldChecks::fromEngine(const QList<Anomaly> &found, const QString &label)
{
    QList<FieldAnomaly> out;
    out.reserve(found.size());
    for (const auto &a : found)
        out.append(fromEngine(a, label));
    return out;
}

QString FieldChecks::participationLabel(const QString &worker, const Training *training)
{
    if (!training)
        return worker.isEmpty() ? tr("participation") : tr("participation of %1").arg(worker);
    return tr("%1 in \"%2\" of %3")
        .arg(worker.isEmpty() ? tr("participation") : worker, training->name,
             ui::formatDate(training->startDate));
}

QList<FieldAnomaly> FieldChecks::checkEmployer(const Employer &e)
{
    const AnomalyEngine engine;
    return fromEngine(engine.validate(e), recordLabel(e));
}

QList<FieldAnomaly> FieldChecks::checkWorker(const Worker &w, const Clock &clock)
{
    const AnomalyEngine engine(clock);
    return fromEngine(engine.validate(w), recordLabel(w));
}

QList<FieldAnomaly> FieldChecks::checkEmployment(const Employment &e, const QString &workerLabel,
                                                 const Employer *employer)
{
    const AnomalyEngine engine;
    RecordContext context;
    context.employer = employer;
    const QString label = workerLabel.isEmpty() ? tr("employment") : tr("employment of %1").arg(workerLabel);
    return fromEngine(engine.validate(e, context), label);
}

QList<FieldAnomaly> FieldChecks::checkTraining(const Training &t, const Clock &clock)
{
    const AnomalyEngine engine(clock);
    return fromEngine(engine.validate(t), recordLabel(t));
}

QList<FieldAnomaly> FieldChecks::checkParticipation(const Participation &p, const QString &label,
                                                    const Training *training)
{
    const AnomalyEngine engine;
    RecordContext context;
    context.training = training;
    return fromEngine(engine.validate(p, context), label.isEmpty() ? tr("participation") : label);
}

QList<FieldAnomaly> FieldChecks::checkRight(const TrainingRight &r, const QString &workerLabel,
                                            const Employer *employer)
{
    const AnomalyEngine engine;
    RecordContext context;
    context.employer = employer;
    const QString label =
        workerLabel.isEmpty() ? recordLabel(r) : tr("training right %1 of %2").arg(r.year).arg(workerLabel);
    return fromEngine(engine.validate(r, context), label);
}

QList<FieldAnomaly> FieldChecks::checkSet(const DataSet &set, const Clock &clock)
{
    const AnomalyEngine engine(clock);
    return fromEngine(engine.validate(set).items());
}

QHash<QUuid, QString> FieldChecks::nameRecords(QList<FieldAnomaly> &list, const DataSource &source,
                                               const QUuid &employer)
{
    QHash<QUuid, QString> labels;
    if (list.isEmpty())
        return labels;
    bool kinds[6] = {};
    for (const auto &a : std::as_const(list))
        kinds[int(a.kind)] = true;
    QHash<QUuid, QString> workerNames;
    QHash<QUuid, Training> trainings;
    const bool needWorkers = kinds[int(RecordKind::Worker)] || kinds[int(RecordKind::Employment)] ||
                             kinds[int(RecordKind::Participation)] || kinds[int(RecordKind::TrainingRight)];
    if (needWorkers) {
        const QList<Worker> workers = source.workers(employer);
        for (const auto &w : workers) {
            workerNames.insert(w.uuid, workerName(w));
            if (kinds[int(RecordKind::Worker)])
                labels.insert(w.uuid, recordLabel(w));
        }
    }
    if (kinds[int(RecordKind::Training)] || kinds[int(RecordKind::Participation)]) {
        const QList<Training> all = source.trainings(employer);
        for (const auto &t : all) {
            trainings.insert(t.uuid, t);
            labels.insert(t.uuid, recordLabel(t));
        }
    }
    if (kinds[int(RecordKind::Employer)]) {
        const QList<Employer> employers = source.employers();
        for (const auto &e : employers)
            labels.insert(e.uuid, recordLabel(e));
    }
    if (kinds[int(RecordKind::Employment)]) {
        const QList<Employment> all = source.employments(employer);
        for (const auto &e : all)
            labels.insert(e.uuid, tr("employment of %1").arg(workerNames.value(e.workerUuid)));
    }
    if (kinds[int(RecordKind::TrainingRight)]) {
        const QList<TrainingRight> all = source.rights(employer);
        for (const auto &r : all)
            labels.insert(r.uuid,
                          tr("training right %1 of %2").arg(r.year).arg(workerNames.value(r.workerUuid)));
    }
    for (auto &a : list) {
        auto it = labels.constFind(a.recordUuid);
        if (it == labels.constEnd() && a.kind == RecordKind::Participation) {
            const auto rec = source.find(RecordKind::Participation, employer, a.recordUuid);
            if (!rec)
                continue;
            const auto &p = std::get<Participation>(*rec);
            const auto t = trainings.constFind(p.trainingUuid);
            it = labels.insert(a.recordUuid, participationLabel(workerNames.value(p.workerUuid),
                                                                t == trainings.constEnd() ? nullptr : &*t));
        }
        a.message = localDates(a.message);
        if (it == labels.constEnd() || a.message.startsWith(*it))
            continue;
        a.message = withRecord(*it, a.kind, a.field, a.message);
    }
    return labels;
}

QList<FieldAnomaly> FieldChecks::check(const AnyRecord &record, const Clock &clock)
{
    struct V
    {
        const Clock &clock;
        QList<FieldAnomaly> operator()(const Employer &e) const { return checkEmployer(e); }
        QList<FieldAnomaly> operator()(const Worker &w) const { return checkWorker(w, clock); }
        QList<FieldAnomaly> operator()(const Employment &e) const { return checkEmployment(e); }
        QList<FieldAnomaly> operator()(const Training &t) const { return checkTraining(t, clock); }
        QList<FieldAnomaly> operator()(const Participation &p) const { return checkParticipation(p); }
        QList<FieldAnomaly> operator()(const TrainingRight &r) const { return checkRight(r); }
    };
    return std::visit(V{clock}, record);
}

std::optional<Severity> FieldChecks::worstFor(const QList<FieldAnomaly> &list, const QString &field)
{
    std::optional<Severity> worst;
    for (const auto &a : list) {
        if (a.field != field)
            continue;
        if (!worst || int(a.severity) > int(*worst))
            worst = a.severity;
    }
    return worst;
}

QString FieldChecks::messagesFor(const QList<FieldAnomaly> &list, const QString &field)
{
    QStringList lines;
    for (const auto &a : list) {
        if (a.field == field)
            lines.append(QStringLiteral("%1 (%2): %3").arg(severityName(a.severity), a.code, a.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fla::ui
