#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace fla::cli {

// The retry options of the commands that talk to the platform (sync, pull):
// how long the first retry waits, and the longest wait before giving up.
class RetryOptions
{
public:
    RetryOptions();
    void addTo(QCommandLineParser &parser) const;
    qint64 firstDelayMs(const QCommandLineParser &parser) const;  // at least 1
    qint64 longestWaitMs(const QCommandLineParser &parser) const; // at least 0

private:
    QCommandLineOption m_backoff;
    QCommandLineOption m_maxWait;
};

} // namespace fla::cli
