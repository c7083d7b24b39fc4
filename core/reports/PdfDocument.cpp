#include "core/reports/PdfDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace fla::reports {

namespace {

const QString kStyle = QStringLiteral(
    "<style>"
    "body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1a1a1a; }"
    "h1 { font-size: 16pt; color: #1d3f6e; margin-bottom: 2pt; }"
    "h2 { font-size: 11.5pt; color: #1d3f6e; margin-top: 20pt; margin-bottom: 6pt; }"
    "p.intro { margin-bottom: 12pt; }"
    "table.data { border-collapse: collapse; font-size: 9pt; }"
    "table.data th { background-color: #e3eaf3; text-align: left; font-weight: bold; white-space: nowrap; }"
    "td.num, th.num { text-align: right; }"
    "p.note { font-size: 8pt; color: #555555; margin-top: 16pt; }"
    "td.label { color: #555555; }"
    "td.total { font-weight: bold; }"
    "</style>");

} // namespace

bool renderPdf(const QString &path, const QStringList &pages, const QString &title, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("FLA Desk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error =
            QCoreApplication::translate("Statements", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QRectF pageRect(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QTextDocument doc;
        doc.setDefaultStyleSheet(QString());
        doc.setDocumentMargin(0);
        // Lay out in points, draw scaled to the device's resolution.
        const double scale = writer.resolution() / 72.0;
        doc.setPageSize(QSizeF(pageRect.width() / scale, pageRect.height() / scale));
        doc.setHtml(kStyle + pages.at(i));
        const int docPages = doc.pageCount();
        for (int p = 0; p < docPages; ++p) {
            if (i > 0 || p > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            const QRectF clip(0, p * doc.pageSize().height(), doc.pageSize().width(),
                              doc.pageSize().height());
            painter.translate(0, -clip.top());
            doc.drawContents(&painter, clip);
            painter.restore();
        }
    }
    if (!painter.end()) {
        *error =
            QCoreApplication::translate("Statements", "Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace fla::reports
