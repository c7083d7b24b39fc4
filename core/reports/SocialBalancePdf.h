#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/SocialBalanceRows.h"

#include <QLocale>
#include <QString>

namespace fla::reports {

// The training block of the social balance sheet as a document, in the
// interface's language: the rows of core's SocialBalanceRows (the men's and
// women's NBB codes and figures, the total), codes not confirmed marked with
// their source, what was counted without a cost, and the workers whose sex is
// unknown named so they can be put right. The Social balance view and
// `fladesk-cli social-balance --pdf` write it; numbers and dates in locale
// (the interface language's: the app's default locale, the CLI's --lang).
QString socialBalanceHtml(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                          const Employer &employer, const DataSet &data, const QLocale &locale);
bool writeSocialBalancePdf(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                           const Employer &employer, const DataSet &data, const QLocale &locale,
                           const QString &path, QString *error);

} // namespace fla::reports
