#pragma once

// QCOMPARE cannot print the enums of the data model (ADL finds fla::toString,
// which returns a QString): compare their text forms instead.

#include "core/domain/Enums.h"
#include "core/domain/Severity.h"
#include "core/sync/SyncTypes.h"

#include <QTest>

#define QCOMPARE_ENUM(actual, expected) QCOMPARE(fla::toString(actual), fla::toString(expected))

namespace QTest {
template<> inline char *toString(const fla::Severity &v)
{
    return qstrdup(fla::severityName(v));
}
} // namespace QTest
