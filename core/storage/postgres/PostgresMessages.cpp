#include "core/storage/postgres/PostgresMessages.h"

#include <QRegularExpression>
#include <QStringList>

namespace fla::postgres {

namespace {

// The names between double quotes (or the server language's own quotes).
QStringList quotedNames(const QString &text)
{
    static const QRegularExpression quoted(
        QStringLiteral("[\"\u00ab\u201c\u201e]([A-Za-z0-9_]+)[\"\u00bb\u201d\u201c]"));
    QStringList out;
    auto it = quoted.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

} // namespace

QString portableEngineText(const QString &engineText)
{
    // SQLite's own texts pass through untouched.
    if (engineText.contains(QLatin1String("constraint failed")))
        return engineText;
    const QStringList names = quotedNames(engineText);
    for (const QString &name : names) {
        if (name.endsWith(QLatin1String("_fkey")))
            return QStringLiteral("FOREIGN KEY constraint failed (%1)").arg(engineText.simplified());
        if (name == QLatin1String("participation_training_worker"))
            return QStringLiteral(
                "UNIQUE constraint failed: participation.training_id, participation.worker_id");
        if (name.endsWith(QLatin1String("_uuid")) || name.endsWith(QLatin1String("_uuid_key")) ||
            name.endsWith(QLatin1String("_pkey"))) {
            const QString table = name.section(QLatin1Char('_'), 0, 0);
            return QStringLiteral("UNIQUE constraint failed: %1.uuid").arg(table);
        }
        if (name.endsWith(QLatin1String("_check")))
            return QStringLiteral("CHECK constraint failed: %1").arg(name.chopped(6));
    }
    // A NULL in a NOT NULL column: 'null value in column "c" of relation "t"'.
    if (engineText.contains(QLatin1String("23502")) || engineText.contains(QLatin1String("not-null")) ||
        engineText.contains(QLatin1String("NOT NULL"))) {
        if (names.size() >= 2)
            return QStringLiteral("NOT NULL constraint failed: %1.%2").arg(names.at(1), names.at(0));
    }
    return engineText;
}

} // namespace fla::postgres
