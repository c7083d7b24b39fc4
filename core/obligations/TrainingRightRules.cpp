#include "core/obligations/TrainingRightRules.h"

#include "core/common/LogCategories.h"
#include "core/domain/JointCommittee.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla {

namespace {

QString fileError(const QString &what)
{
    return QCoreApplication::translate("fla::TrainingRightRules",
                                       "The training right's figures cannot be read: %1")
        .arg(what);
}

// Stored committees are already normalised ("200", "225.01"): parsing them
// again for every worker and year would cost the validation of a large set.
bool looksNormalized(const QString &s)
{
    int dots = 0;
    for (const QChar c : s) {
        if (c == QLatin1Char('.'))
            ++dots;
        else if (!c.isDigit())
            return false;
    }
    return !s.isEmpty() && dots <= 2;
}

QString committeeKey(const QString &jointCommittee)
{
    if (looksNormalized(jointCommittee))
        return jointCommittee;
    const JointCommittee jc = JointCommittee::parse(jointCommittee);
    return jc.isValid() ? jc.normalized() : jointCommittee.trimmed();
}

bool readFigures(const QJsonObject &o, const QJsonObject &sources, TrainingRightFigures *f, QString *error)
{
    f->fromYear = o.value(QLatin1String("fromYear")).toInt();
    f->toYear = o.value(QLatin1String("toYear")).toInt();
    if (f->fromYear <= 0 || f->toYear < f->fromYear) {
        *error =
            fileError(QCoreApplication::translate("fla::TrainingRightRules", "an entry has no valid years"));
        return false;
    }
    const QJsonObject days = o.value(QLatin1String("daysPerFte")).toObject();
    for (SizeClass c : {SizeClass::Under10, SizeClass::From10To19, SizeClass::From20}) {
        const QJsonValue v = days.value(toString(c));
        if (!v.isDouble() || v.toDouble() < 0) {
            *error = fileError(QCoreApplication::translate("fla::TrainingRightRules",
                                                           "the entry for %1-%2 has no days per FTE for %3")
                                   .arg(f->fromYear)
                                   .arg(f->toYear)
                                   .arg(toString(c)));
            return false;
        }
        f->daysPerFte[std::size_t(c)] = v.toDouble();
    }
    f->confirmed = o.value(QLatin1String("confirmed")).toBool(false);
    const QString sourceKey = o.value(QLatin1String("source")).toString();
    f->source = sources.value(sourceKey).toString();
    if (f->source.isEmpty()) {
        *error =
            fileError(QCoreApplication::translate("fla::TrainingRightRules", "the source %1 is not listed")
                          .arg(sourceKey));
        return false;
    }
    f->jointCommittee = committeeKey(o.value(QLatin1String("jointCommittee")).toString());
    f->agreement = o.value(QLatin1String("agreement")).toString();
    return true;
}

} // namespace

bool TrainingRightRules::parse(const QByteArray &json, TrainingRightRules *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = fileError(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonObject sources = root.value(QLatin1String("sources")).toObject();
    TrainingRightRules rules;
    for (const QJsonValue &v : root.value(QLatin1String("legal")).toArray()) {
        TrainingRightFigures f;
        if (!readFigures(v.toObject(), sources, &f, error))
            return false;
        rules.m_legal.append(f);
    }
    if (rules.m_legal.isEmpty()) {
        *error = fileError(QCoreApplication::translate("fla::TrainingRightRules", "no legal figures"));
        return false;
    }
    for (const QJsonValue &v : root.value(QLatin1String("sectors")).toArray()) {
        TrainingRightFigures f;
        if (!readFigures(v.toObject(), sources, &f, error))
            return false;
        if (f.jointCommittee.isEmpty()) {
            *error = fileError(QCoreApplication::translate("fla::TrainingRightRules",
                                                           "a sector entry has no joint committee"));
            return false;
        }
        rules.m_sectors.append(f);
    }
    const QJsonObject carry = root.value(QLatin1String("carryOver")).toObject();
    rules.m_windowYears = carry.value(QLatin1String("windowYears")).toInt();
    rules.m_firstWindowStart = carry.value(QLatin1String("firstWindowStart")).toInt();
    rules.m_carryOverConfirmed = carry.value(QLatin1String("confirmed")).toBool(false);
    rules.m_carryOverSource = sources.value(carry.value(QLatin1String("source")).toString()).toString();
    if (rules.m_windowYears < 1 || rules.m_firstWindowStart <= 0) {
        *error =
            fileError(QCoreApplication::translate("fla::TrainingRightRules", "no valid carry-over window"));
        return false;
    }
    *out = rules;
    return true;
}

const TrainingRightRules &TrainingRightRules::builtIn()
{
    static const TrainingRightRules rules = [] {
        TrainingRightRules r;
        QString error;
        QFile f(QStringLiteral(":/obligations/training-right.json"));
        if (!f.open(QIODevice::ReadOnly))
            error = fileError(f.errorString());
        else if (parse(f.readAll(), &r, &error))
            return r;
        qCCritical(lcObligations) << error;
        TrainingRightFigures law;
        law.fromYear = 2024;
        law.toYear = 9999;
        law.daysPerFte = {0, 1, 5};
        law.confirmed = true;
        r.m_legal = {law};
        return r;
    }();
    return rules;
}

const TrainingRightFigures *TrainingRightRules::figures(const QString &jointCommittee, int year) const
{
    if (!jointCommittee.isEmpty()) {
        const QString key = committeeKey(jointCommittee);
        for (const TrainingRightFigures &f : m_sectors) {
            if (f.jointCommittee == key && year >= f.fromYear && year <= f.toYear)
                return &f;
        }
    }
    for (const TrainingRightFigures &f : m_legal) {
        if (year >= f.fromYear && year <= f.toYear)
            return &f;
    }
    return nullptr;
}

int TrainingRightRules::windowStart(int year) const
{
    if (year < m_firstWindowStart)
        return year;
    return m_firstWindowStart + (year - m_firstWindowStart) / m_windowYears * m_windowYears;
}

} // namespace fla
