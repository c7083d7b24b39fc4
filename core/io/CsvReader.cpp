#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QtAlgorithms>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace fla {

namespace {
constexpr qint64 kChunk = 1 << 20;

// The first of [p, end) that is the delimiter, a line feed or a quote; end
// if none is. Sixteen bytes at a time with SSE2; else eight at a time: a
// byte equal to c is a zero byte of word ^ (c * 0x01..01), and the lowest
// flagged byte of the zero-byte test is exact.
const char *findSpecial(const char *p, const char *end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i d16 = _mm_set1_epi8(delimiter);
    const __m128i lf16 = _mm_set1_epi8('\n');
    const __m128i quote16 = _mm_set1_epi8('"');
    while (end - p >= 16) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, d16), _mm_cmpeq_epi8(w, lf16)),
                                          _mm_cmpeq_epi8(w, quote16));
        const int mask = _mm_movemask_epi8(hits);
        if (mask)
            return p + qCountTrailingZeroBits(uint(mask));
        p += 16;
    }
#endif
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const quint64 d = ones * uchar(delimiter);
    const quint64 lf = ones * uchar('\n');
    const quint64 quote = ones * uchar('"');
    const auto zeroBytes = [](quint64 v) { return (v - ones) & ~v & highs; };
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 hits = zeroBytes(w ^ d) | zeroBytes(w ^ lf) | zeroBytes(w ^ quote);
        if (hits)
            return p + qCountTrailingZeroBits(hits) / 8;
        p += 8;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '"')
        ++p;
    return p;
}
} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Drop what earlier rows used; keep the current row, whose fields may
    // still point into the buffer.
    if (m_rowStart > 0) {
        const qsizetype keep = m_buffer.size() - m_rowStart;
        if (keep > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_rowStart, size_t(keep));
        m_buffer.resize(keep);
        m_pos -= m_rowStart;
        m_rowStart = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + kChunk);
    const qint64 got = m_device->read(m_buffer.data() + had, kChunk);
    m_buffer.resize(had + (got > 0 ? got : 0));
    m_read += got > 0 ? got : 0;
    if (got <= 0) {
        m_eof = true;
        return false;
    }
    if (m_first) {
        m_first = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

bool CsvReader::atEnd() const
{
    return m_eof && m_pos >= m_buffer.size();
}

bool CsvReader::readRow(QStringList &fields)
{
    const bool ok = readRowUtf8(m_views);
    fields.clear();
    fields.reserve(m_views.size());
    for (const QByteArrayView f : std::as_const(m_views))
        fields.append(QString::fromUtf8(f));
    return ok;
}

void CsvReader::toViews(QList<QByteArrayView> &fields) const
{
    const char *const buffer = m_buffer.constData() + m_rowStart;
    fields.resize(qsizetype(m_refs.size()));
    QByteArrayView *out = fields.data();
    for (const FieldRef &f : m_refs) {
        if (f.null)
            *out++ = QByteArrayView();
        else if (f.size == 0)
            *out++ = QByteArrayView("", 0);
        else
            *out++ = QByteArrayView((f.inScratch ? m_scratch.constData() : buffer) + f.begin, f.size);
    }
}

bool CsvReader::readRowUtf8(QList<QByteArrayView> &fields)
{
    fields.clear();
    m_refs.clear();
    m_scratch.resize(0);
    m_rowStart = m_pos;
    m_misquoted = -1;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_rowStart = m_pos;

    m_rowLine = m_line;
    // A field that is not one plain run of bytes in the buffer (quoted, or
    // broken by the end of a chunk) is unescaped into m_scratch from
    // fieldStart; touched once a byte was added (an untouched one is null).
    qsizetype fieldStart = 0;
    bool touched = false;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const auto endScratchField = [&] {
        m_refs.push_back({fieldStart, m_scratch.size() - fieldStart, true, !touched});
        fieldStart = m_scratch.size();
        touched = false;
    };
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                m_rowLastLine = m_line;
                if (inQuotes) {
                    m_error =
                        QCoreApplication::translate(
                            "CsvReader", "Line %1: a quoted field is not closed before the end of the file.")
                            .arg(m_rowLine);
                    toViews(fields);
                    return false;
                }
                endScratchField();
                toViews(fields);
                return true;
            }
        }
        const bool fieldEmpty = m_scratch.size() == fieldStart;
        // Fast path: an unquoted field that ends inside the buffer is taken
        // as it lies there, without copying it.
        if (!inQuotes && !fieldWasQuoted && fieldEmpty && m_buffer.at(m_pos) != '"') {
            const char *begin = m_buffer.constData() + m_pos;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *p = findSpecial(begin, end, m_delimiter);
            if (p < end && *p != '"') {
                const char *stop = p;
                const bool lineEnd = *p == '\n';
                if (lineEnd && stop > begin && stop[-1] == '\r')
                    --stop;
                m_refs.push_back({m_pos - m_rowStart, stop - begin, false, false});
                m_pos += (p - begin) + 1;
                if (lineEnd) {
                    m_rowLastLine = m_line++;
                    toViews(fields);
                    return true;
                }
                // A delimiter at the very end of the input still ends in an empty field.
                if (m_pos >= m_buffer.size() && !fill()) {
                    m_rowLastLine = m_line;
                    m_refs.push_back({0, 0, false, true});
                    toViews(fields);
                    return true;
                }
                continue;
            }
        }
        if (inQuotes) {
            // Up to the next quote in one go, counting the line breaks.
            const char *begin = m_buffer.constData() + m_pos;
            const qsizetype left = m_buffer.size() - m_pos;
            const char *quote = static_cast<const char *>(std::memchr(begin, '"', size_t(left)));
            const qsizetype n = quote ? quote - begin : left;
            if (n > 0) {
                for (const char *p = begin; p < begin + n; ++p) {
                    if (*p == '\n')
                        ++m_line;
                }
                m_scratch.append(begin, n);
                touched = true;
                m_pos += n;
            }
            if (!quote)
                continue;
            ++m_pos;
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                m_scratch.append('"');
                touched = true;
                ++m_pos;
            } else {
                inQuotes = false;
            }
            continue;
        }
        const char c = m_buffer.at(m_pos++);
        if (c == m_delimiter) {
            endScratchField();
            fieldWasQuoted = false;
        } else if (c == '"' && fieldEmpty && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == '\n') {
            m_rowLastLine = m_line++;
            if (!fieldEmpty && m_scratch.endsWith('\r'))
                m_scratch.chop(1);
            endScratchField();
            toViews(fields);
            return true;
        } else {
            // A quote inside an unquoted field, or anything but the line end
            // after a quoted field's closing quote: not RFC 4180.
            if (m_misquoted < 0 && (c == '"' || (fieldWasQuoted && c != '\r')))
                m_misquoted = qsizetype(m_refs.size());
            m_scratch.append(c);
            touched = true;
        }
    }
}

} // namespace fla
