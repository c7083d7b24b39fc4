#pragma once

#include "core/common/Result.h"

#include <QtGlobal>
#include <utility>

namespace fla::test {

// What a read of the workspace gave. A test reads what it stored and expects
// the read to work: a failure ends the test program with the storage module's
// message (it logged the statement), instead of reading as "nothing there".
template<typename T> T must(Result<T> read)
{
    if (!read)
        qFatal("a read of the workspace failed: %s", qPrintable(read.error()));
    return std::move(read).value();
}

} // namespace fla::test
