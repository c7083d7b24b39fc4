#pragma once

#include <QtGlobal>

// CPU seconds used by this process and by its finished children: on a shared
// machine the wall clock measures the wait for a core as much as the work.
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace fla::bench {

inline double cpuSeconds(bool children)
{
#ifdef Q_OS_UNIX
    rusage u{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#else
    (void)children;
    return 0;
#endif
}

} // namespace fla::bench
