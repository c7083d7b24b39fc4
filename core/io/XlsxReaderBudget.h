#pragma once

#include "core/io/XlsxReader.h"

#include <QIODevice>
#include <QString>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace fla {

// What one workbook has spent of its limits so far, over all its parts, and
// why its reading stopped, if it did.
struct XlsxBudget
{
    enum class Stop
    {
        No,
        Inflated, // the parts together unpack to more than maxInflatedBytes
        TextRun,  // a text or a tag longer than maxTextRun
        Damaged   // a part cannot be unpacked (a broken deflate stream, a wrong CRC)
    };

    explicit XlsxBudget(const XlsxLimits &l)
        : limits(l)
    {}

    XlsxLimits limits;
    qint64 inflated = 0;
    Stop stopped = Stop::No;
    QString part; // the part being read when the reading stopped

    // A translated sentence naming the limit reached or the damage (empty when none).
    QString message() const;
};

// One part of a workbook, inflated as it is read, so a sheet is parsed
// without ever being held whole. Every byte it gives is spent from the
// workbook's budget; past a limit, or at a part that cannot be unpacked, it
// gives nothing more and is at its end (and says why in the budget), so a ZIP
// bomb stops after a fixed amount of work and memory, and a broken one at once.
class XlsxPart final : public QIODevice
{
public:
    XlsxPart(QuaZip &zip, XlsxBudget &budget);
    ~XlsxPart() override;

    // Opens the named part (letter case ignored); false when it is not there.
    bool openPart(const QString &name);

    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZip &m_zip;
    XlsxBudget &m_budget;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_name;
    qint64 m_run = 0; // bytes since the last '<'
};

} // namespace fla
