#pragma once

#include <QDate>
#include <QUuid>
#include <QtGlobal>

namespace fla {

// A small, fast PRNG with the same output on every platform and compiler
// (xoshiro256**, seeded through splitmix64). The standard distributions are
// not portable, so the helpers below map raw bits themselves.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (auto &s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [lo, hi] (both included).
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[next() % N]; }
    QDate date(const QDate &from, const QDate &to) { return from.addDays(range(0, from.daysTo(to))); }
    // A version 4 UUID made of the generator's bits.
    QUuid uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        QUuid u;
        u.data1 = quint32(a >> 32);
        u.data2 = quint16(a >> 16);
        u.data3 = quint16((a & 0x0fff) | 0x4000);
        for (int i = 0; i < 8; ++i)
            u.data4[i] = uchar(b >> (8 * i));
        u.data4[0] = uchar((u.data4[0] & 0x3f) | 0x80);
        return u;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace fla
