#pragma once

#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace fla {

// The entities of the data model (docs/data-model.md). Every record carries a
// client-generated UUID, so that a retried send can never create a duplicate,
// and every record but the Employer belongs to exactly one employer.
// Identifiers are kept as typed (normalised digits); their checks live in
// domain/Ssin.h and friends and in the anomaly engine.
//
// rowVersion is the workspace's version of the record as it was read (0: not
// read from a workspace, a new record). It is not a field of the record (not in
// RecordSchema, the audit trail or the API): the workspace counts each change,
// and an editor's save at a stale version is refused (RecordWriter::saveEdit).

struct Employer
{
    QUuid uuid;
    QString enterpriseNumber; // 10 digits
    QString nssoNumber;       // optional
    QString name;
    Language language = Language::Dutch;
    SizeClass sizeClass = SizeClass::Under10;
    QStringList jointCommittees;
    double hoursPerDay = 7.6;
    // The first day of the financial year (the social balance sheet's period).
    int financialYearStartMonth = 1;
    int financialYearStartDay = 1;
    qint64 rowVersion = 0; // see the note above
};

// A person as a worker of one employer. The same person working for two
// client companies of an accountant is two Worker records: no company can
// ever read another's.
struct Worker
{
    QUuid uuid;
    QUuid employerUuid;
    QString ssin; // 11 digits
    QString familyName;
    QString givenName;
    QDate birthDate; // invalid when unknown
    Language language = Language::Dutch;
    QString address;
    StatedSex sex = StatedSex::Unstated; // unstated: the INSZ tells, where it can
    qint64 rowVersion = 0;               // see the note above
};

struct Employment
{
    QUuid uuid;
    QUuid employerUuid;
    QUuid workerUuid;
    QDate startDate;
    QDate endDate;           // invalid while the contract runs
    double workRegime = 1.0; // 0 < fraction <= 1
    QString jointCommittee;  // 200, 225.01
    QString caoNumber;       // registration number of the collective agreement
    qint64 rowVersion = 0;   // see the note above
};

// One training, shared by its participants.
struct Training
{
    QUuid uuid;
    QUuid employerUuid;
    QString name;
    QString provider;
    TrainingKind kind = TrainingKind::Formal;
    QDate startDate;
    QDate endDate;
    double duration = 0;
    DurationUnit unit = DurationUnit::Hours;
    bool countsForFla = true;
    bool deductFromRight = true;
    QString financing;
    std::optional<qint64> costCents; // direct costs: fees, trainers, material (gross, in cents)
    TrainingStatus status = TrainingStatus::Completed;
    QDate registeredOn; // the day it was entered; the quarterly deadline is judged on it
    // For the social balance sheet: the category (by default as the kind says), the other parts of
    // the gross cost, payments to collective funds and subsidies received, and how the costs
    // are shared over the participants.
    StatedCategory category = StatedCategory::ByKind;
    std::optional<qint64> traineePayCents; // trainees' pay and social charges during the training
    std::optional<qint64> travelCostCents; // travel and stay
    std::optional<qint64> contributionsCents;
    std::optional<qint64> subsidiesCents;
    CostSharing costSharing = CostSharing::Equally;
    TrainingLeave leave = TrainingLeave::None; // not None: outside the individual training right
    qint64 rowVersion = 0;                     // see the note above
};

struct Participation
{
    QUuid uuid;
    QUuid employerUuid;
    QUuid trainingUuid;
    QUuid workerUuid;
    bool followed = true;
    bool certificate = false;
    QDate certificateValidUntil;
    std::optional<double> durationOverride; // in the training's unit
    qint64 rowVersion = 0;                  // see the note above
};

struct TrainingRight
{
    QUuid uuid;
    QUuid employerUuid;
    QUuid workerUuid;
    int year = 0;
    RightType type = RightType::Legal;
    double amount = 0;
    DurationUnit unit = DurationUnit::Days;
    RightOrigin origin = RightOrigin::Declared;
    QString caoNumber; // for SECTORAL rights
    bool optOut = false;
    qint64 rowVersion = 0; // see the note above
};

} // namespace fla
