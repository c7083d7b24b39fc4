#pragma once

#include "dataset/DataSet.h"

namespace fla {

// A small, fixed, synthetic company set for the demo workspace and the
// widget tests: two companies, their workers, trainings and rights, and a few
// records with anomalies to see. Every number is composed, never real.
DataSet demoDataSet(int workersPerCompany = 24);

} // namespace fla
