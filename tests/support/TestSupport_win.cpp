// Windows has no getrusage: the memory figure is not measured there (0), and the
// tests that need it say so.
#include "TestSupport.h"

namespace fla::test {

qint64 peakRssMiB(MemoryOf)
{
    return 0;
}

} // namespace fla::test
