#pragma once

#include "core/domain/Entities.h"

#include <QJsonObject>
#include <optional>

namespace fla::recordjson {

// The JSON form of each record in the audit trail (lowerCamelCase, the text
// forms of the CSV set), and back.
QJsonObject toJson(const Employer &e);
QJsonObject toJson(const Worker &w);
QJsonObject toJson(const Employment &e);
QJsonObject toJson(const Training &t);
QJsonObject toJson(const Participation &p);
QJsonObject toJson(const TrainingRight &r);

bool fromJson(const QJsonObject &o, Employer &e);
bool fromJson(const QJsonObject &o, Worker &w);
bool fromJson(const QJsonObject &o, Employment &e);
bool fromJson(const QJsonObject &o, Training &t);
bool fromJson(const QJsonObject &o, Participation &p);
bool fromJson(const QJsonObject &o, TrainingRight &r);

} // namespace fla::recordjson
