#include "ui/dialogs/PasteReportDialog.h"

#include "ui/views/ViewPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fla::ui {

QString PasteReportDialog::summary(const PasteResult &result, Target target)
{
    const int added = int(qMax(result.workers.size(), result.participations.size()));
    QString s = tr("%n row(s) read.", nullptr, result.rowsRead) + QLatin1Char(' ') +
                (target == Target::Workers ? tr("%n record(s) added to the workers.", nullptr, added)
                                           : tr("%n record(s) added to the participations.", nullptr, added));
    if (!result.rejectedLines.isEmpty())
        s += QLatin1Char(' ') +
             tr("%n row(s) not added because of the cells below; copy them, correct them and "
                "paste them again.",
                nullptr, int(result.rejectedLines.size()));
    return s;
}

PasteReportDialog::PasteReportDialog(const PasteResult &result, Target target, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteReportDialog"));
    setWindowTitle(tr("Pasted from a spreadsheet"));
    auto *label = new QLabel(summary(result, target), this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("summaryLabel"));
    auto *model = new QStandardItemModel(0, 4, this);
    model->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    for (const auto &i : result.issues) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QString::number(i.row)) << new QStandardItem(i.columnName)
            << new QStandardItem(i.value) << new QStandardItem(i.message);
        model->appendRow(row);
    }
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("issuesTable"));
    setUpTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setModel(model);
    table->setAccessibleName(tr("Cells that could not be read"));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVisible(!result.issues.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (!result.rejectedLines.isEmpty()) {
        QPushButton *copy = buttons->addButton(tr("&Copy the rows not added"), QDialogButtonBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyRejectedButton"));
        const QString lines = result.rejectedLines.join(QLatin1Char('\n'));
        connect(copy, &QPushButton::clicked, this, [lines] { QApplication::clipboard()->setText(lines); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(result.issues.isEmpty() ? 480 : 820, result.issues.isEmpty() ? 160 : 420);
}

} // namespace fla::ui
