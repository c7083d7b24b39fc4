#pragma once

#include "core/common/Translation.h"
#include "core/domain/Enums.h"

#include <QCoreApplication>
#include <QStringList>

namespace fla::cli {

// The language chosen with the global --lang option (main() takes it off the
// arguments a command sees, so it is read from the process's own arguments),
// else the system's; for messages rendered from the anomaly catalogue.
inline Language cliLanguage()
{
    const QStringList args = QCoreApplication::arguments();
    QString requested;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            requested = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            requested = args.at(i).mid(7);
    }
    return languageFromString(chooseLanguage(requested)).value_or(Language::English);
}

} // namespace fla::cli
