#include "core/io/XlsxReaderBudget.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"

#include <QCoreApplication>
#include <quazip.h>
#include <quazipfile.h>

#include <cstring>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::XlsxBudget", "fla::Xlsx", "fla"}, text);
}

} // namespace

QString XlsxBudget::message() const
{
    switch (stopped) {
    case Stop::No:
        break;
    case Stop::Inflated:
        return tr("The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to "
                  "that size. Save the sheet as CSV, or split it.")
            .arg(limits.maxInflatedBytes >> 20)
            .arg(part);
    case Stop::TextRun:
        return tr("The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no "
                  "spreadsheet "
                  "writes (a cell holds at most 32,767 characters).")
            .arg(part)
            .arg(limits.maxTextRun >> 10);
    case Stop::Damaged:
        return tr("The part %1 of the workbook is damaged: it cannot be unpacked.").arg(part);
    }
    return {};
}

XlsxPart::XlsxPart(QuaZip &zip, XlsxBudget &budget)
    : m_zip(zip)
    , m_budget(budget)
{}

XlsxPart::~XlsxPart() = default;

bool XlsxPart::openPart(const QString &name)
{
    if (!m_zip.setCurrentFile(name, QuaZip::csInsensitive))
        return false;
    m_file = std::make_unique<QuaZipFile>(&m_zip);
    if (!m_file->open(QIODevice::ReadOnly))
        return false;
    m_name = name;
    m_run = 0;
    return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool XlsxPart::atEnd() const
{
    return m_budget.stopped != XlsxBudget::Stop::No || !m_file || m_file->atEnd();
}

qint64 XlsxPart::readData(char *data, qint64 maxSize)
{
    if (m_budget.stopped != XlsxBudget::Stop::No || !m_file)
        return -1;
    const qint64 n =
        m_file->read(data, qMin(maxSize, m_budget.limits.maxInflatedBytes - m_budget.inflated + 1));
    if (n < 0 || (n == 0 && !m_file->atEnd())) {
        // Not at its end and giving nothing: the XML reader would wait for
        // more data forever.
        m_budget.stopped = XlsxBudget::Stop::Damaged;
        m_budget.part = m_name;
        qCWarning(lcIo) << "workbook refused: the part" << m_name << "cannot be unpacked";
        return -1;
    }
    if (n == 0)
        return 0;
    m_budget.inflated += n;
    if (m_budget.inflated > m_budget.limits.maxInflatedBytes) {
        m_budget.stopped = XlsxBudget::Stop::Inflated;
        m_budget.part = m_name;
        qCWarning(lcIo) << "workbook refused: more than" << m_budget.limits.maxInflatedBytes
                        << "bytes inflated, in" << m_name;
        return -1;
    }
    // The XML reader holds a whole text (or tag) at once: bound its length.
    const char *p = data;
    const char *end = data + n;
    while (p < end) {
        const auto *lt = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        const qint64 run = (lt ? lt : end) - p;
        m_run += run;
        if (m_run > m_budget.limits.maxTextRun) {
            m_budget.stopped = XlsxBudget::Stop::TextRun;
            m_budget.part = m_name;
            qCWarning(lcIo) << "workbook refused: a text run over" << m_budget.limits.maxTextRun << "bytes in"
                            << m_name;
            return -1;
        }
        if (!lt)
            break;
        m_run = 0;
        p = lt + 1;
    }
    return n;
}

} // namespace fla
