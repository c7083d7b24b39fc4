#include "storage/Backup.h"

namespace fla::Backup {} // namespace fla::Backup
