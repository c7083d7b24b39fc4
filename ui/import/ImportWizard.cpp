#include "ui/import/ImportWizard.h"

#include "core/common/Clock.h"
#include "core/io/TableReader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fla::ui {

namespace {
constexpr qint64 kPreviewRows = 200;
}

ImportWizard::ImportWizard(const Employer &employer, StoreFunction store, QWidget *parent)
    : QWizard(parent)
    , m_employer(employer)
    , m_store(std::move(store))
    , m_profileDir(ImportProfiles::defaultDirectory())
    , m_today(Clock::system().today())
{
    setWindowTitle(tr("Import trainings followed"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(DonePage, createDonePage());
    resize(900, 620);
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

void ImportWizard::setProfileDirectory(const QString &dir)
{
    m_profileDir = dir;
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Which file?"));
    page->setSubTitle(
        tr("A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) "
           "with one row per worker per training, and a header row."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("File to import"));
    auto *browseButton = new QPushButton(tr("Browse…"));
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    row->addWidget(m_path);
    row->addWidget(browseButton);
    layout->addLayout(row);
    m_detected = new QLabel;
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    layout->addWidget(new QLabel(
        tr("The records are imported for: %1 (%2)").arg(m_employer.name, m_employer.enterpriseNumber)));
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Which column holds what?"));
    page->setSubTitle(
        tr("Suggested from the column names. Check it, and save it as a profile for the next file "
           "from the same source."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Profile:")));
    m_profiles = new QComboBox;
    connect(m_profiles, &QComboBox::activated, this, &ImportWizard::chooseProfile);
    row->addWidget(m_profiles, 1);
    auto *save = new QPushButton(tr("Save as profile…"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::promptSaveProfile);
    row->addWidget(save);
    layout->addLayout(row);
    m_mapping = new QTableWidget(0, 2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping);
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows as they would be imported, with the problems of each row."));
    auto *layout = new QVBoxLayout(page);
    m_previewSummary = new QLabel;
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    layout->addWidget(m_preview, 1);
    m_validOnly = new QRadioButton(tr("Import the valid rows only; reject the others with their reasons"));
    m_drafts = new QRadioButton(tr("Import every row as a draft, to be corrected before it is declared"));
    m_validOnly->setChecked(true);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_drafts);
    auto *form = new QFormLayout;
    m_rejectedPath = new QLineEdit;
    form->addRow(tr("Rejected rows go to:"), m_rejectedPath);
    layout->addLayout(form);
    return page;
}

QWizardPage *ImportWizard::createDonePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Imported"));
    auto *layout = new QVBoxLayout(page);
    m_report = new QPlainTextEdit;
    m_report->setReadOnly(true);
    layout->addWidget(m_report);
    page->setFinalPage(true);
    return page;
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import trainings followed"), m_path->text(),
                                                      tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ImportWizard::loadFile(QString *error)
{
    auto reader = TableReader::open(m_path->text(), error);
    if (!reader)
        return false;
    m_header = reader->header();
    m_detected->setText(tr("Read as: %1. %2 columns.").arg(reader->description()).arg(m_header.size()));
    const QFileInfo fi(m_path->text());
    m_rejectedPath->setText(
        fi.dir().filePath(fi.completeBaseName() + tr("-rejected") + QStringLiteral(".csv")));
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        m_profiles->clear();
        m_profiles->addItem(tr("Suggested from the column names"));
        for (const QString &name : ImportProfiles::names(m_profileDir))
            m_profiles->addItem(name);
        applyProfile(suggestProfile(m_header));
    } else if (id == PreviewPage) {
        refreshPreview();
    }
    QWizard::initializePage(id);
}

void ImportWizard::chooseProfile(int index)
{
    if (index <= 0) {
        applyProfile(suggestProfile(m_header));
        return;
    }
    QString error;
    const auto profile = ImportProfiles::load(m_profiles->itemText(index), m_profileDir, &error);
    if (!profile) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    applyProfile(*profile);
}

void ImportWizard::applyProfile(const ImportProfile &profile)
{
    const QList<ImportField> fields = allImportFields();
    m_mapping->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        auto *label = new QTableWidgetItem(importFieldLabel(fields.at(r)));
        label->setData(Qt::UserRole, int(fields.at(r)));
        label->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(r, 0, label);
        auto *combo = new QComboBox;
        combo->addItem(tr("(not in the file)"));
        combo->addItems(m_header);
        const QString column = profile.columns.value(fields.at(r));
        const int at = int(m_header.indexOf(column));
        combo->setCurrentIndex(at < 0 ? 0 : at + 1);
        m_mapping->setCellWidget(r, 1, combo);
    }
}

ImportProfile ImportWizard::currentProfile() const
{
    ImportProfile p;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto field = static_cast<ImportField>(m_mapping->item(r, 0)->data(Qt::UserRole).toInt());
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        if (combo && combo->currentIndex() > 0)
            p.columns.insert(field, combo->currentText());
    }
    if (m_profiles->currentIndex() > 0)
        p.name = m_profiles->currentText();
    return p;
}

bool ImportWizard::saveProfile(const QString &name, const QString &source, QString *error)
{
    ImportProfile p = currentProfile();
    p.name = name;
    p.source = source;
    if (!ImportProfiles::save(p, m_profileDir, error))
        return false;
    if (m_profiles->findText(name) < 0)
        m_profiles->addItem(name);
    m_profiles->setCurrentIndex(m_profiles->findText(name));
    return true;
}

void ImportWizard::promptSaveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as profile"), tr("Name of the profile (for example the payroll package):"),
        QLineEdit::Normal, QFileInfo(m_path->text()).completeBaseName(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveProfile(name, QString(), &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void ImportWizard::refreshPreview()
{
    QString error;
    auto reader = TableReader::open(m_path->text(), &error);
    if (!reader) {
        m_previewSummary->setText(error);
        return;
    }
    const ImportResult r =
        Importer(m_employer, currentProfile(), m_today).run(*reader, ImportMode::ValidRowsOnly, kPreviewRows);
    if (!r.ok) {
        m_previewSummary->setText(r.error);
        m_preview->clear();
        m_preview->setRowCount(0);
        return;
    }
    QStringList headers{tr("Row"), tr("Status"), tr("Problems")};
    headers += m_header;
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(r.rows.size()));
    int bad = 0;
    for (int i = 0; i < r.rows.size(); ++i) {
        const ImportRowReport &row = r.rows.at(i);
        QStringList problems;
        bool blocking = false;
        for (const ImportIssue &issue : row.issues) {
            problems << QStringLiteral("%1: %2").arg(issue.column, issue.message);
            blocking = blocking || issue.severity == Severity::Blocking;
        }
        bad += blocking;
        m_preview->setItem(i, 0, new QTableWidgetItem(QString::number(row.row)));
        auto *status = new QTableWidgetItem(blocking             ? tr("rejected")
                                            : problems.isEmpty() ? tr("ok")
                                                                 : tr("warning"));
        status->setForeground(blocking             ? QColor(0xb00020)
                              : problems.isEmpty() ? QColor(0x1b7f3b)
                                                   : QColor(0x9a6700));
        m_preview->setItem(i, 1, status);
        auto *text = new QTableWidgetItem(problems.join(QLatin1Char('\n'))); // one per line
        text->setToolTip(problems.join(QLatin1Char('\n')));
        m_preview->setItem(i, 2, text);
        for (int c = 0; c < row.fields.size() && c < m_header.size(); ++c)
            m_preview->setItem(i, 3 + c, new QTableWidgetItem(row.fields.at(c)));
    }
    m_preview->resizeColumnsToContents();
    // The problems wrap within the view (their title stays in sight), the file's columns follow.
    const int room = m_preview->viewport()->width() - m_preview->columnWidth(0) - m_preview->columnWidth(1);
    if (m_preview->columnWidth(2) > room * 2 / 3)
        m_preview->setColumnWidth(2, qMax(room * 2 / 3, fontMetrics().averageCharWidth() * 30));
    m_preview->resizeRowsToContents();
    m_previewSummary->setText(
        tr("%1 of the first %2 rows have a blocking problem.").arg(bad).arg(r.rows.size()));
}

bool ImportWizard::runImport(QString *error)
{
    auto reader = TableReader::open(m_path->text(), error);
    if (!reader)
        return false;
    const ImportMode mode = m_drafts->isChecked() ? ImportMode::AllAsDrafts : ImportMode::ValidRowsOnly;
    m_result = Importer(m_employer, currentProfile(), m_today).run(*reader, mode);
    if (!m_result.ok) {
        *error = m_result.error;
        return false;
    }
    if (m_result.rowsRejected > 0 && !Importer::writeRejected(m_result, m_rejectedPath->text(), error))
        return false;
    if (!m_store(m_result, mode, error))
        return false;
    QString report = tr("%1 rows read: %2 imported, %3 rejected.")
                         .arg(m_result.rowsRead)
                         .arg(m_result.rowsAccepted)
                         .arg(m_result.rowsRejected);
    report += QLatin1Char('\n') + tr("%1 workers, %2 trainings, %3 participations.")
                                      .arg(m_result.data.workers.size())
                                      .arg(m_result.data.trainings.size())
                                      .arg(m_result.data.participations.size());
    if (m_result.rowsRejected > 0)
        report += QLatin1Char('\n') + tr("The rejected rows and their reasons are in %1.")
                                          .arg(QDir::toNativeSeparators(m_rejectedPath->text()));
    if (!m_result.drafts.isEmpty())
        report += QLatin1Char('\n') + tr("Rows with blocking problems were kept as drafts.");
    m_report->setPlainText(report);
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    QString error;
    bool ok = true;
    if (currentId() == FilePage)
        ok = loadFile(&error);
    else if (currentId() == PreviewPage)
        ok = runImport(&error);
    if (!ok)
        QMessageBox::warning(this, windowTitle(), error + QLatin1Char('\n') + tr("Nothing was imported."));
    return ok;
}

} // namespace fla::ui
