#include "RetryOptions.h"

#include "core/common/Translation.h"

#include <algorithm>

namespace fla::cli {

namespace {

QString tr(const char *s)
{
    return translateFrom({"fla::cli::RetryOptions", "fla::cli"}, s);
}

} // namespace

RetryOptions::RetryOptions()
    : m_backoff(QStringLiteral("backoff-ms"), tr("First retry delay in milliseconds (default 1000)."),
                QStringLiteral("ms"), QStringLiteral("1000"))
    , m_maxWait(QStringLiteral("max-wait"),
                tr("Stop rather than wait longer than this for a retry (seconds, default 120)."),
                QStringLiteral("s"), QStringLiteral("120"))
{}

void RetryOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_backoff, m_maxWait});
}

qint64 RetryOptions::firstDelayMs(const QCommandLineParser &parser) const
{
    return std::max(1, parser.value(m_backoff).toInt());
}

qint64 RetryOptions::longestWaitMs(const QCommandLineParser &parser) const
{
    return qint64(std::max(0, parser.value(m_maxWait).toInt())) * 1000;
}

} // namespace fla::cli
