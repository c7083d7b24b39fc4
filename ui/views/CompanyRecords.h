#pragma once

#include "core/dataset/DataSet.h"

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

// The current company's records as core's calculations read them (every
// year's, since the carry-over and the size class need the years before).
DataSet companyRecords(const Session &session);

} // namespace fla::ui
