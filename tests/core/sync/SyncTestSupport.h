#pragma once

// QCOMPARE cannot print the enums of the data model (ADL finds fla::toString,
// which returns a QString): compare their text forms instead.

#include "domain/Enums.h"
#include "domain/Severity.h"
#include "sync/SyncTypes.h"

#include <QTest>

#define QCOMPARE_ENUM(actual, expected) QCOMPARE(fla::toString(actual), fla::toString(expected))

namespace QTest {
template<> inline char *toString(const fla::Severity &v)
{
    return qstrdup(fla::severityName(v));
}
} // namespace QTest
