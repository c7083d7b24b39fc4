#pragma once

#include "core/obligations/SocialBalanceRows.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fla::SocialBalanceExport {

// The training block as `fladesk-cli social-balance --csv` prints it and the
// Social balance view saves it: one line per NBB item code,
// "code;value;confirmed;description" (yes/no, the description in the
// interface's language), UTF-8. The one CSV writer of both.
QByteArray csv(const SocialBalance &balance, const QList<SocialBalanceItem> &items);
bool writeCsv(const QString &path, const SocialBalance &balance, const QList<SocialBalanceItem> &items,
              QString *error);

// `--json`: the item codes as keys, the codes not confirmed, what was counted
// and the workers of unknown sex (their INSZ masked).
QJsonObject json(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                 const QString &enterpriseNumber, const QList<UnknownSexWorker> &unknownSex);

} // namespace fla::SocialBalanceExport
