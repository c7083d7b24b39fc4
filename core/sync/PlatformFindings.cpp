#include "core/sync/PlatformFindings.h"

#include "core/anomaly/AnomalyCatalogue.h"

#include <QCoreApplication>

namespace fla {

namespace {

// The platform's own checks (app/fla-sandbox/platform/PlatformApi.cpp and the
// contract's list of codes).
QString platformCheckText(const QString &code)
{
    if (code == QLatin1String("PF-001"))
        return QCoreApplication::translate(
            "fla::PlatformFindings",
            "The platform knows no such worker for this employer: declare the worker first.");
    if (code == QLatin1String("PF-002"))
        return QCoreApplication::translate(
            "fla::PlatformFindings",
            "The platform knows no such training for this employer: declare the training first.");
    if (code == QLatin1String("PF-003"))
        return QCoreApplication::translate(
            "fla::PlatformFindings",
            "The training falls outside the worker's employment with this employer.");
    if (code == QLatin1String("PF-005"))
        return QCoreApplication::translate("fla::PlatformFindings",
                                           "This UUID already names another record on the platform.");
    if (code == QLatin1String("PF-006"))
        return QCoreApplication::translate("fla::PlatformFindings", "This field is required.");
    if (code == QLatin1String("PF-007"))
        return QCoreApplication::translate("fla::PlatformFindings",
                                           "The work regime must be above 0 and at most 1.");
    if (code == QLatin1String("PF-008"))
        return QCoreApplication::translate("fla::PlatformFindings",
                                           "The platform keeps training rights from 2024 on.");
    return QString();
}

} // namespace

QString platformFindingText(const QString &code, const QString &platformMessage, Language language)
{
    if (const AnomalyRule *rule = AnomalyCatalogue::instance().rule(code)) {
        const QString title = rule->title.value(language);
        if (!title.isEmpty())
            return title;
    }
    const QString own = platformCheckText(code);
    return own.isEmpty() ? platformMessage : own;
}

} // namespace fla
