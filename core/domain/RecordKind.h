#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace fla {

// The one name of the kinds of record a workspace holds, used by every layer:
// storage (audit trail, outbox, stored anomalies), the anomaly engine, sync
// (the API's declaration item `type`) and the ui. The names each outside
// format gives a kind are below, in one table (RecordKind.cpp).
enum class RecordKind
{
    Employer,
    Worker,
    Employment,
    Training,
    Participation,
    TrainingRight
};

inline constexpr int kRecordKindCount = 6;
// Parents before children: the order of the CSV set, of the bulk load and of declaring.
inline constexpr RecordKind kRecordKinds[kRecordKindCount] = {
    RecordKind::Employer, RecordKind::Worker,        RecordKind::Employment,
    RecordKind::Training, RecordKind::Participation, RecordKind::TrainingRight};

// The data model's name: employer worker employment training participation right.
// It is the `entity` of the audit trail, the outbox and the anomaly table, the
// anomaly catalogue's and the API's declaration item `type`.
QString toString(RecordKind kind);
// Case-insensitive, tolerant of surrounding spaces; std::nullopt for any other text.
std::optional<RecordKind> recordKindFromString(QStringView name);
// The workspace's table: employer worker employment training participation training_right.
QString sqlTableName(RecordKind kind);
// The file of the CSV set (docs/csv-format.md): employers.csv ... rights.csv.
QString csvFileName(RecordKind kind);
// What a person reads, in the interface's language: "company", "worker", "training right".
QString recordKindLabel(RecordKind kind);

} // namespace fla
