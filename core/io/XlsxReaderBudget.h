#pragma once

#include "io/XlsxReader.h"

#include <QIODevice>
#include <QString>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace fla {

// What one workbook has spent of its limits so far, over all its parts.
struct XlsxBudget
{
    enum class Exceeded
    {
        Nothing,
        Inflated, // the parts together unpack to more than maxInflatedBytes
        TextRun   // a text or a tag longer than maxTextRun
    };

    explicit XlsxBudget(const XlsxLimits &l)
        : limits(l)
    {}

    XlsxLimits limits;
    qint64 inflated = 0;
    Exceeded exceeded = Exceeded::Nothing;
    QString part; // the part being read when a limit was reached

    // A translated sentence naming the limit reached (empty when none).
    QString message() const;
};

// One part of a workbook, inflated as it is read, so a sheet is parsed
// without ever being held whole. Every byte it gives is spent from the
// workbook's budget; past a limit it gives nothing more (and says so in the
// budget), so a ZIP bomb stops after a fixed amount of work and memory.
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
