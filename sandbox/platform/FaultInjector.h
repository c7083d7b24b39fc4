#pragma once

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace fla::sandbox {

// Faults the sandbox platform injects into its API when asked on its command
// line, so that a client's retries can be tested against the real server.
enum class FaultKind
{
    None,
    Error500,        // 500 Internal Server Error, nothing done
    Error503,        // 503 Service Unavailable with Retry-After, nothing done
    TooManyRequests, // 429 with Retry-After, nothing done
    Drop,            // the connection is closed without an answer, nothing done
    LostReply,       // the request is carried out and committed, then the connection is closed
};

struct FaultOptions
{
    double rate = 0;        // share of API requests that meet a fault, 0..1
    QList<FaultKind> kinds; // chosen evenly among these
    int latencyMs = 0;      // added before every API answer
    int retryAfterSeconds = 1;
    quint32 seed = 0; // 0 = random
    // The first API requests meet these faults, in order (None: served normally); then the dice.
    // Makes one fault on one chosen request reproducible ("none,lost": the second request's answer is lost).
    QList<FaultKind> sequence;
};

class FaultInjector
{
public:
    explicit FaultInjector(FaultOptions options = {});

    const FaultOptions &options() const { return m_options; }
    // The fault for the next API request (None most of the time).
    FaultKind next();
    int count(FaultKind k) const { return m_counts.value(int(k)); }
    QString countsText() const;

    static QString name(FaultKind k);
    // "500,503,429,drop,lost" or "all"; false with a message naming the bad word.
    static bool parseKinds(const QString &text, QList<FaultKind> *out, QString *error);
    static QList<FaultKind> allKinds();
    // "none,lost,500": one kind per request, "none" included; false with a message naming the bad word.
    static bool parseSequence(const QString &text, QList<FaultKind> *out, QString *error);

private:
    FaultOptions m_options;
    QRandomGenerator m_random;
    QHash<int, int> m_counts;
    qsizetype m_served = 0; // requests seen, for the sequence
};

} // namespace fla::sandbox
