#include "ui/sync/ConflictDialog.h"

#include "core/sync/FlaApiClient.h"
#include "core/sync/PullDiff.h"
#include "ui/sync/PullReviewDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fla::ui {

ConflictDialog::ConflictDialog(Workspace *ws, QWidget *parent)
    : TranslatedDialog(parent)
    , m_ws(ws)
{
    build();
}

ConflictDialog::ConflictDialog(Workspace &ws, QNetworkAccessManager *nam, const QUrl &apiBaseUrl,
                               TokenProvider *tokens, const QUuid &employerUuid, const QUuid &recordUuid,
                               QWidget *parent)
    : ConflictDialog(&ws, parent)
{
    m_client = std::make_unique<FlaApiClient>(nam, apiBaseUrl, tokens);
    m_resolver = new ConflictResolver(ws, m_client.get(), this);
    connect(m_resolver, &ConflictResolver::fetched, this, [this](const ConflictCase &c) {
        m_fetching = false;
        setCase(c);
    });
    connect(m_resolver, &ConflictResolver::failed, this, [this](const QString &message) {
        m_fetching = false;
        m_fetchError = message;
        fill();
    });
    m_fetching = true;
    fill();
    m_resolver->fetch(employerUuid, recordUuid);
}

ConflictDialog::ConflictDialog(Workspace &ws, const ConflictCase &conflict, QWidget *parent)
    : ConflictDialog(&ws, parent)
{
    setCase(conflict);
}

ConflictDialog::ConflictDialog(const ConflictCase &editConflict, QWidget *parent)
    : ConflictDialog(nullptr, parent)
{
    m_cancel->hide(); // mine is kept or theirs taken: nothing waits for later
    retranslate();
    setCase(editConflict);
}

ConflictDialog::~ConflictDialog()
{
    if (m_client)
        m_client->abortAll();
}

void ConflictDialog::build()
{
    setObjectName(QStringLiteral("conflictDialog"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_explain = new QLabel(this);
    m_explain->setObjectName(QStringLiteral("explainLabel"));
    m_explain->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("fieldsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_choices = new QLabel(this);
    m_choices->setObjectName(QStringLiteral("choicesLabel"));
    m_choices->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9a1c1c;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_keepMine->setAutoDefault(false);
    m_takeTheirs->setAutoDefault(false);
    m_cancel->setDefault(true); // Enter decides nothing

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explain);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_choices);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(Resolution::KeptMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolve(Resolution::TookTheirs); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    resize(760, 460);
}

void ConflictDialog::retranslate()
{
    if (!m_ws) {
        setWindowTitle(tr("Changed by someone else"));
        m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved meanwhile")});
        m_table->setAccessibleName(tr("Your version and the one saved meanwhile, field by field"));
        m_keepMine->setText(tr("&Keep mine"));
        m_takeTheirs->setText(tr("&Take theirs"));
        m_cancel->setText(tr("Decide later"));
        fill();
        return;
    }
    setWindowTitle(tr("Conflict with the platform"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("The platform's version")});
    m_table->setAccessibleName(tr("Your version and the platform's, field by field"));
    m_keepMine->setText(tr("&Keep mine"));
    m_takeTheirs->setText(tr("&Take the platform's"));
    m_cancel->setText(tr("Decide later"));
    fill();
}

void ConflictDialog::setCase(const ConflictCase &c)
{
    m_case = c;
    fill();
}

QString ConflictDialog::errorText() const
{
    return m_error->text();
}

void ConflictDialog::fill()
{
    const bool ready = m_case.isValid() && !m_fetching;
    m_keepMine->setEnabled(ready);
    m_takeTheirs->setEnabled(ready);
    if (m_fetching) {
        m_title->setText(tr("Fetching the platform's version…"));
        m_explain->clear();
        m_choices->clear();
        m_table->setRowCount(0);
        return;
    }
    if (!ready) {
        m_title->setText(tr("The conflict cannot be shown"));
        m_explain->setText(m_fetchError);
        m_choices->clear();
        m_table->setRowCount(0);
        return;
    }
    m_title->setText(m_case.label);
    if (!m_ws)
        explainEditConflict();
    else if (m_case.platformHasIt)
        m_explain->setText(
            tr("This record was changed on the platform after you last sent it, and in the workspace "
               "too: %n field(s) differ. Choose the version to keep.",
               nullptr, m_case.differingFields()));
    else
        m_explain->setText(tr("The platform no longer holds this record, which you changed in the workspace. "
                              "Choose whether to declare it again or to remove it here too."));
    if (m_ws)
        m_choices->setText(
            m_case.platformHasIt
                ? tr("Keep mine: your version is sent at the next sync and replaces the platform's. "
                     "Take the platform's: it replaces yours in the workspace (the change shows in the "
                     "record's history) and nothing is sent.")
                : tr("Keep mine: your version is declared again at the next sync. Take the platform's: "
                     "the record is removed from the workspace (you can restore it from its history)."));
    m_table->setRowCount(int(m_case.fields.size()));
    QFont bold = m_table->font();
    bold.setBold(true);
    const QColor differs(0xff, 0xf1, 0xc2);
    for (int i = 0; i < m_case.fields.size(); ++i) {
        const ConflictField &f = m_case.fields.at(i);
        const QString &mine = f.mineText;
        const QString theirs = m_case.platformHasIt ? f.theirsText
                               : m_ws               ? tr("(no longer on the platform)")
                                                    : tr("(deleted meanwhile)");
        QTableWidgetItem *items[] = {new QTableWidgetItem(f.label), new QTableWidgetItem(mine),
                                     new QTableWidgetItem(theirs)};
        for (QTableWidgetItem *item : items) {
            if (f.differs) {
                item->setFont(bold);
                item->setBackground(differs);
                item->setToolTip(m_ws ? tr("%1 of %2 differs: “%3” here, “%4” on the platform.")
                                            .arg(f.label, m_case.label, mine, theirs)
                                      : tr("%1 of %2 differs: “%3” in your version, “%4” in the one saved "
                                           "meanwhile.")
                                            .arg(f.label, m_case.label, mine, theirs));
            }
        }
        for (int c = 0; c < 3; ++c)
            m_table->setItem(i, c, items[c]);
    }
    m_table->setCurrentCell(-1, -1);
}

void ConflictDialog::explainEditConflict()
{
    if (m_case.platformHasIt) {
        m_explain->setText(tr("Someone else saved this record after you opened it: %n field(s) differ. "
                              "Nothing was overwritten. Choose the version to keep.",
                              nullptr, m_case.differingFields()));
        m_choices->setText(tr("Keep mine: your version is saved over theirs (both show in the record's "
                              "history). Take theirs: your change is dropped and theirs stays."));
    } else {
        m_explain->setText(tr("Someone else deleted this record after you opened it. Nothing was saved."));
        m_choices->setText(tr("Keep mine: the record is saved again, as you edited it. Take theirs: it stays "
                              "deleted."));
    }
}

void ConflictDialog::resolve(Resolution how)
{
    if (!m_ws) { // the caller saves the choice
        m_resolution = how;
        Q_EMIT resolved(how);
        accept();
        return;
    }
    QString error;
    const bool ok = how == Resolution::KeptMine ? ConflictResolver::keepMine(*m_ws, m_case, &error)
                                                : ConflictResolver::takeTheirs(*m_ws, m_case, &error);
    if (!ok) {
        m_error->setText(tr("The conflict of %1 is not resolved: %2").arg(m_case.label, error));
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_resolution = how;
    Q_EMIT resolved(how);
    accept();
}

} // namespace fla::ui
