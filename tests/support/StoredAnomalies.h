#pragma once

#include <QSet>
#include <QString>

namespace fla {
class Clock;
class Workspace;
} // namespace fla

namespace fla::test {

// Anomalies as "CODE {record uuid} field", to compare what a workspace keeps
// with what the rules find now.
// The rules' own findings the workspace keeps (the platform's are left out).
QSet<QString> storedAnomalies(Workspace &ws);
// What a full validation of every record of the workspace finds now.
QSet<QString> validatedAnomalies(Workspace &ws, const Clock &clock);
// Whether both are the same; the differences as warnings when they are not.
bool sameAnomalies(const QSet<QString> &stored, const QSet<QString> &validated, const QString &after);

} // namespace fla::test
