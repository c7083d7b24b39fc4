#pragma once

#include "core/dataset/DataSet.h"
#include "core/obligations/TrainingPlan.h"

#include <QDate>
#include <QString>

namespace fla::reports {

// The training plan as a document for the upload to the FPS Employment:
// anonymised (workers are counted, never named), in the interface's language.
// The consultation log with its deadlines, the planned trainings, and, for the
// years already begun on today, the plan against what the register realised.
QString trainingPlanHtml(const TrainingPlan &plan, const Employer &employer, const DataSet &data,
                         const QDate &today);
bool writeTrainingPlanPdf(const TrainingPlan &plan, const Employer &employer, const DataSet &data,
                          const QDate &today, const QString &path, QString *error);

} // namespace fla::reports
