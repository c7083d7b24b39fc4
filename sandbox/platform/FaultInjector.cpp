#include "FaultInjector.h"

#include <algorithm>

namespace fla::sandbox {

FaultInjector::FaultInjector(FaultOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed ? QRandomGenerator(m_options.seed) : QRandomGenerator::securelySeeded())
{
    if (m_options.kinds.isEmpty())
        m_options.kinds = allKinds();
}

QList<FaultKind> FaultInjector::allKinds()
{
    return {FaultKind::Error500, FaultKind::Error503, FaultKind::TooManyRequests, FaultKind::Drop,
            FaultKind::LostReply};
}

FaultKind FaultInjector::next()
{
    if (m_served < m_options.sequence.size()) {
        const FaultKind k = m_options.sequence.at(m_served++);
        if (k != FaultKind::None)
            m_counts[int(k)] += 1;
        return k;
    }
    if (m_options.rate <= 0 || m_random.generateDouble() >= m_options.rate)
        return FaultKind::None;
    const FaultKind k = m_options.kinds.at(int(m_random.bounded(int(m_options.kinds.size()))));
    m_counts[int(k)] += 1;
    return k;
}

QString FaultInjector::name(FaultKind k)
{
    switch (k) {
    case FaultKind::None:
        return QStringLiteral("none");
    case FaultKind::Error500:
        return QStringLiteral("500");
    case FaultKind::Error503:
        return QStringLiteral("503");
    case FaultKind::TooManyRequests:
        return QStringLiteral("429");
    case FaultKind::Drop:
        return QStringLiteral("drop");
    case FaultKind::LostReply:
        return QStringLiteral("lost");
    }
    return QString();
}

QString FaultInjector::countsText() const
{
    QStringList parts;
    for (FaultKind k : allKinds())
        parts.append(QStringLiteral("%1=%2").arg(name(k)).arg(count(k)));
    return parts.join(QLatin1Char(' '));
}

bool FaultInjector::parseKinds(const QString &text, QList<FaultKind> *out, QString *error)
{
    out->clear();
    const QStringList words = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &w0 : words) {
        const QString w = w0.trimmed().toLower();
        if (w == QLatin1String("all")) {
            *out = allKinds();
            continue;
        }
        bool found = false;
        for (FaultKind k : allKinds()) {
            if (name(k) == w) {
                if (!out->contains(k))
                    out->append(k);
                found = true;
            }
        }
        if (!found) {
            if (error)
                *error =
                    QStringLiteral("unknown fault kind '%1' (use 500, 503, 429, drop, lost or all)").arg(w0);
            return false;
        }
    }
    return true;
}

bool FaultInjector::parseSequence(const QString &text, QList<FaultKind> *out, QString *error)
{
    out->clear();
    const QStringList words = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &w0 : words) {
        const QString w = w0.trimmed().toLower();
        QList<FaultKind> kinds = allKinds();
        kinds.prepend(FaultKind::None);
        const auto found =
            std::find_if(kinds.cbegin(), kinds.cend(), [&](FaultKind k) { return name(k) == w; });
        if (found == kinds.cend()) {
            if (error)
                *error = QStringLiteral("unknown fault '%1' (use none, 500, 503, 429, drop or lost)").arg(w0);
            return false;
        }
        out->append(*found);
    }
    return true;
}

} // namespace fla::sandbox
