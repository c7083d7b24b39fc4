#include "core/obligations/SocialBalanceCodes.h"

#include "core/common/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fla::SocialBalanceCodes {

namespace {

constexpr std::pair<const char *, SocialBalanceItem::Measure> kMeasures[] = {
    {"workers", SocialBalanceItem::Measure::Workers},
    {"hours", SocialBalanceItem::Measure::Hours},
    {"netCost", SocialBalanceItem::Measure::NetCost},
    {"grossCost", SocialBalanceItem::Measure::GrossCost},
    {"contributions", SocialBalanceItem::Measure::Contributions},
    {"subsidies", SocialBalanceItem::Measure::Subsidies},
};

QString fileError(const QString &what)
{
    return QCoreApplication::translate("fla::SocialBalanceCodes",
                                       "The social balance sheet's item codes cannot be read: %1")
        .arg(what);
}

} // namespace

QString categoryText(TrainingCategory category)
{
    switch (category) {
    case TrainingCategory::FormalContinuing:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "Formal continuing training");
    case TrainingCategory::InformalContinuing:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "Informal continuing training");
    case TrainingCategory::Initial:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "Initial training");
    }
    return {};
}

QString measureText(SocialBalanceItem::Measure measure)
{
    switch (measure) {
    case SocialBalanceItem::Measure::Workers:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "workers involved");
    case SocialBalanceItem::Measure::Hours:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "hours of training");
    case SocialBalanceItem::Measure::NetCost:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "net cost (EUR)");
    case SocialBalanceItem::Measure::GrossCost:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "of which gross cost (EUR)");
    case SocialBalanceItem::Measure::Contributions:
        return QCoreApplication::translate("fla::SocialBalanceCodes",
                                           "of which contributions to collective funds (EUR)");
    case SocialBalanceItem::Measure::Subsidies:
        return QCoreApplication::translate("fla::SocialBalanceCodes", "of which subsidies received (EUR)");
    }
    return {};
}

QString describe(const SocialBalanceItem &item)
{
    const QString sex = item.sex == Ssin::Sex::Female
                            ? QCoreApplication::translate("fla::SocialBalanceCodes", "women")
                            : QCoreApplication::translate("fla::SocialBalanceCodes", "men");
    return QCoreApplication::translate("fla::SocialBalanceCodes", "%1, %2: %3")
        .arg(categoryText(item.category), sex, measureText(item.measure));
}

double figure(const SocialBalanceFigures &f, SocialBalanceItem::Measure measure)
{
    switch (measure) {
    case SocialBalanceItem::Measure::Workers:
        return f.workers;
    case SocialBalanceItem::Measure::Hours:
        return f.hours;
    case SocialBalanceItem::Measure::NetCost:
        return double(f.netCostCents()) / 100.0;
    case SocialBalanceItem::Measure::GrossCost:
        return double(f.grossCostCents) / 100.0;
    case SocialBalanceItem::Measure::Contributions:
        return double(f.contributionsCents) / 100.0;
    case SocialBalanceItem::Measure::Subsidies:
        return double(f.subsidiesCents) / 100.0;
    }
    return 0;
}

QString measureName(SocialBalanceItem::Measure m)
{
    for (const auto &[name, measure] : kMeasures) {
        if (measure == m)
            return QString::fromLatin1(name);
    }
    return {};
}

QList<SocialBalanceItem> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = fileError(parseError.errorString());
        return {};
    }
    const QJsonObject sources = doc.object().value(QStringLiteral("sources")).toObject();
    QList<SocialBalanceItem> items;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        SocialBalanceItem item;
        item.code = o.value(QStringLiteral("code")).toString();
        const QString category = o.value(QStringLiteral("category")).toString();
        const QString measure = o.value(QStringLiteral("measure")).toString();
        const QString sex = o.value(QStringLiteral("sex")).toString();
        bool known = !item.code.isEmpty();
        if (category == QLatin1String("formal"))
            item.category = TrainingCategory::FormalContinuing;
        else if (category == QLatin1String("informal"))
            item.category = TrainingCategory::InformalContinuing;
        else if (category == QLatin1String("initial"))
            item.category = TrainingCategory::Initial;
        else
            known = false;
        bool measureKnown = false;
        for (const auto &[name, m] : kMeasures) {
            if (measure == QLatin1String(name)) {
                item.measure = m;
                measureKnown = true;
            }
        }
        if (sex == QLatin1String("men"))
            item.sex = Ssin::Sex::Male;
        else if (sex == QLatin1String("women"))
            item.sex = Ssin::Sex::Female;
        else
            known = false;
        if (!known || !measureKnown) {
            *error =
                fileError(QCoreApplication::translate("fla::SocialBalanceCodes", "item %1 is not complete")
                              .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
            return {};
        }
        item.confirmed = o.value(QStringLiteral("confirmed")).toBool();
        item.source = sources.value(o.value(QStringLiteral("source")).toString()).toString();
        items.append(item);
    }
    return items;
}

QList<SocialBalanceItem> load(QString *error)
{
    QFile f(QStringLiteral(":/obligations/social-balance-codes.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = fileError(f.errorString());
        qCWarning(lcObligations).noquote() << *error;
        return {};
    }
    const QList<SocialBalanceItem> items = parse(f.readAll(), error);
    if (items.isEmpty())
        qCWarning(lcObligations).noquote() << *error;
    return items;
}

double value(const SocialBalance &balance, const SocialBalanceItem &item)
{
    return figure(balance.of(item.category, item.sex), item.measure);
}

} // namespace fla::SocialBalanceCodes
