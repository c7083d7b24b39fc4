#include "ui/views/ParticipationsView.h"

#include "ui/app/Session.h"
#include "ui/models/ParticipationPagedModel.h"
#include "ui/models/RecordTableModel.h"
#include "ui/widgets/Format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fla::ui {

ParticipationsView::ParticipationsView(Session *session, QWidget *parent)
    : ViewPage(session, parent)
    , m_paged(new ParticipationPagedModel(session->source(), this))
    , m_heading(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_count(new QLabel(this))
    , m_paste(new QPushButton(this))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("participationsView"));
    m_table->setModel(m_paged);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Fixed row heights and column widths: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Measured on sample texts (digits are wider than the average character).
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    const int w = fm.averageCharWidth();
    const int ssin = fm.horizontalAdvance(QStringLiteral("00.00.00-000.00")) + pad;
    const int date = fm.horizontalAdvance(formatDate(QDate(2025, 12, 31))) + pad;
    const int widths[] = {28 * w, ssin, 34 * w, date, date, 12 * w, 10 * w, 10 * w};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &ParticipationsView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ParticipationsView::applyFilter);
    connect(m_paged, &QAbstractItemModel::modelReset, this, &ParticipationsView::updateCount);

    auto *pasteAction = new QAction(this);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(pasteAction);
    connect(pasteAction, &QAction::triggered, this, &ParticipationsView::pasteFromClipboard);
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    connect(m_paste, &QPushButton::clicked, this, &ParticipationsView::pasteFromClipboard);

    auto *top = new QHBoxLayout;
    m_filterLabel->setBuddy(m_filter);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_paste);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setTabOrder(m_filter, m_paste);
    setTabOrder(m_paste, m_table);
    watch({RecordKind::Participation, RecordKind::Training, RecordKind::Worker});
    retranslate();
    reload();
}

void ParticipationsView::retranslate()
{
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(tr("Participations").toHtmlEscaped()));
    m_filterLabel->setText(tr("&Search:"));
    m_filter->setPlaceholderText(tr("Worker, INSZ or training"));
    m_filter->setAccessibleName(tr("Search participations"));
    m_paste->setText(tr("Pas&te from Excel"));
    m_paste->setToolTip(tr("Paste a block of rows copied from a spreadsheet: %1")
                            .arg(PasteParser::participationColumns().join(QLatin1String(", "))));
    m_table->setAccessibleName(tr("Participations"));
    m_paged->retranslate();
    updateCount();
}

void ParticipationsView::reload()
{
    m_paged->setEmployer(m_session->employer());
}

void ParticipationsView::applyFilter()
{
    m_filterTimer->stop();
    m_paged->setFilter(m_filter->text().trimmed());
}

void ParticipationsView::updateCount()
{
    m_count->setText(tr("%n participation(s)", nullptr, m_paged->rowCount()));
}

bool ParticipationsView::showRecord(RecordKind, const QUuid &uuid, const QString &)
{
    for (int r = 0; r < qMin(m_paged->rowCount(), 5000); ++r) {
        if (m_paged->index(r, 0).data(UuidRole).toUuid() == uuid) {
            m_table->selectRow(r);
            m_table->scrollTo(m_paged->index(r, 0));
            return true;
        }
    }
    return false;
}

PasteResult ParticipationsView::pasteBlock(const QString &text)
{
    const QUuid employer = m_session->employer();
    PasteResult result = PasteParser::parseParticipations(
        text, employer, m_session->source()->workers(employer), m_session->source()->trainings(employer));
    if (!result.participations.isEmpty()) {
        m_session->beginGroup(tr("Paste %n participation(s)", nullptr, int(result.participations.size())));
        for (const auto &t : std::as_const(result.newTrainings))
            m_session->saveRecord(std::nullopt, AnyRecord(t), tr("Add training %1").arg(t.name));
        for (const auto &p : std::as_const(result.participations))
            m_session->saveRecord(std::nullopt, AnyRecord(p), tr("Add participation"));
        m_session->endGroup();
    }
    return result;
}

void ParticipationsView::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.trimmed().isEmpty())
        emit pasteReport(pasteBlock(text));
}

} // namespace fla::ui
