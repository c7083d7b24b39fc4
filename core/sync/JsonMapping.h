#pragma once

#include "core/domain/Entities.h"

#include <QJsonObject>
#include <QStringList>

namespace fla {

// The records in the API's JSON form (docs/api/fla-v1.yaml): lowerCamelCase,
// `ssin`, `enterpriseNumber`, dates yyyy-MM-dd, code lists UPPER_CASE.
// Records that point at a worker carry the worker's `ssin` (the platform knows
// workers by INSZ) as well as the client's `workerUuid`.
namespace json {

QJsonObject fromEmployer(const Employer &e);
QJsonObject fromWorker(const Worker &w);
QJsonObject fromEmployment(const Employment &e, const QString &ssin);
QJsonObject fromTraining(const Training &t);
QJsonObject fromParticipation(const Participation &p, const QString &ssin);
QJsonObject fromRight(const TrainingRight &r, const QString &ssin);

// Reading: unknown fields are ignored; a field that is present but wrong is
// named in `errors` as "field: reason" and the record keeps its default there.
Employer toEmployer(const QJsonObject &o, QStringList *errors = nullptr);
Worker toWorker(const QJsonObject &o, QStringList *errors = nullptr);
Employment toEmployment(const QJsonObject &o, QStringList *errors = nullptr);
Training toTraining(const QJsonObject &o, QStringList *errors = nullptr);
Participation toParticipation(const QJsonObject &o, QStringList *errors = nullptr);
TrainingRight toRight(const QJsonObject &o, QStringList *errors = nullptr);

QString dateText(const QDate &d);
QDate dateFrom(const QJsonValue &v);

} // namespace json
} // namespace fla
