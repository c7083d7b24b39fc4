#include "core/obligations/SocialBalanceExport.h"

#include "core/common/LogCategories.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace fla::SocialBalanceExport {

QByteArray csv(const SocialBalance &balance, const QList<SocialBalanceItem> &items)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter out(&buffer, ';');
        for (const SocialBalanceItem &item : items)
            out.writeRow(
                {item.code,
                 SocialBalanceRows::valueText(item.measure, SocialBalanceCodes::value(balance, item)),
                 item.confirmed ? QStringLiteral("yes") : QStringLiteral("no"),
                 SocialBalanceCodes::describe(item)});
    }
    return buffer.data();
}

bool writeCsv(const QString &path, const SocialBalance &balance, const QList<SocialBalanceItem> &items,
              QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(balance, items);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("fla::SocialBalanceExport",
                                             "The social balance sheet was not saved in %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        qCWarning(lcObligations).noquote() << *error;
        return false;
    }
    return true;
}

QJsonObject json(const SocialBalance &balance, const QList<SocialBalanceItem> &items,
                 const QString &enterpriseNumber, const QList<UnknownSexWorker> &unknownSex)
{
    QJsonObject codes;
    QJsonArray unconfirmed;
    for (const SocialBalanceItem &item : items) {
        codes.insert(item.code, SocialBalanceCodes::value(balance, item));
        if (!item.confirmed)
            unconfirmed.append(item.code);
    }
    QJsonArray workers;
    for (const UnknownSexWorker &w : unknownSex)
        workers.append(w.maskedSsin);
    return {{QStringLiteral("enterpriseNumber"), enterpriseNumber},
            {QStringLiteral("from"), balance.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), balance.to.toString(Qt::ISODate)},
            {QStringLiteral("codes"), codes},
            {QStringLiteral("unconfirmedCodes"), unconfirmed},
            {QStringLiteral("trainingsCounted"), balance.trainingsCounted},
            {QStringLiteral("trainingsWithoutCost"), balance.trainingsWithoutCost},
            {QStringLiteral("workersOfUnknownSex"), workers}};
}

} // namespace fla::SocialBalanceExport
