// The parts of the test support that read the operating system's own accounting.
#include "TestSupport.h"

#include <sys/resource.h>

namespace fla::test {

qint64 peakRssMiB(MemoryOf whose)
{
    rusage usage{};
    getrusage(whose == MemoryOf::Children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024; // KiB on Linux
}

} // namespace fla::test
