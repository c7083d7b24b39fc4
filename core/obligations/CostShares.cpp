#include "core/obligations/CostShares.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fla {

QList<qint64> shareCents(qint64 amountCents, const QList<double> &weights)
{
    const qsizetype n = weights.size();
    if (n == 0)
        return {};
    double total = 0;
    for (const double w : weights)
        total += w > 0 ? w : 0;
    QList<qint64> shares(n, 0);
    QList<double> rest(n, 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double w = total > 0 ? std::max(weights.at(i), 0.0) : 1.0;
        const double exact = double(amountCents) * w / (total > 0 ? total : double(n));
        shares[i] = qint64(std::floor(exact));
        rest[i] = exact - double(shares[i]);
        given += shares[i];
    }
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&rest](qsizetype a, qsizetype b) { return rest[a] > rest[b]; });
    for (qsizetype k = 0; given < amountCents && k < n; ++k, ++given)
        ++shares[order.at(k)];
    return shares;
}

} // namespace fla
