#pragma once

#include "core/anomaly/Anomaly.h"
#include "core/dataset/DataSet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace fla {

struct GeneratorOptions
{
    quint64 seed = 1;
    qint64 participations = 10000;
    // For each anomaly kind the generator supports, this fraction of the
    // records of the kind's entity (at least one) is added, triggering exactly that anomaly.
    double invalidFraction = 0;
    // "Today" for the data: trainings ending later are planned; deadline rules
    // hold when the set is validated on or after this day.
    QDate referenceDate = QDate(2026, 6, 30);
};

// One anomaly the generator injected on purpose (injected.csv).
struct InjectedAnomaly
{
    RecordKind entity = RecordKind::Training;
    QUuid uuid;
    QString field;
    QString code;
};

struct GeneratedSet
{
    DataSet set;
    QList<InjectedAnomaly> injected;
};

// A reproducible synthetic data set (docs/csv-format.md, "The generator"):
// the same options give the same records, byte for byte. The clean records
// trigger no rule of the anomaly catalogue when validated on or after the
// reference date.
class Generator
{
public:
    static GeneratedSet generate(const GeneratorOptions &options);
    // The anomaly codes --invalid-fraction can inject.
    static QStringList injectableCodes();
    // Writes injected.csv (file, uuid, field, code) into dir.
    static bool writeInjected(const QList<InjectedAnomaly> &injected, const QString &dir, QString *error);
};

} // namespace fla
