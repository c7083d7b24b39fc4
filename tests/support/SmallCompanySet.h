#pragma once

#include "core/dataset/DataSet.h"

namespace fla::test {

// A small, fixed, synthetic company set for the widget tests: two companies
// (Dutch and French), their workers, trainings and rights, and a few records
// with anomalies to find (a worker's INSZ check digits, a training ending
// before it starts, a worker who used more than the right in 2025). Every
// number is composed, never real.
DataSet smallCompanySet(int workersPerCompany = 24);

} // namespace fla::test
