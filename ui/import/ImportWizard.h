#pragma once

#include "core/domain/Entities.h"
#include "core/io/ImportProfile.h"
#include "core/io/Importer.h"

#include <QWizard>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;
class QPlainTextEdit;

namespace fla {
class TableReader;
} // namespace fla

namespace fla::ui {

// Imports a user's spreadsheet (CSV or XLSX) of trainings followed into one
// employer: pick the file, check the suggested column mapping (saved as a
// named profile), look at a preview with each row's problems, then import
// the valid rows only or everything as drafts. The storing is handed in
// (storeImport on a workspace in the app; a fake in tests), so the wizard
// itself never touches the database; it runs all or nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    using StoreFunction = std::function<bool(ImportResult &result, ImportMode mode, QString *error)>;

    ImportWizard(const Employer &employer, StoreFunction store, QWidget *parent = nullptr);

    // For tests and for "import this file" from a drop: starts on the file.
    void setFile(const QString &path);
    void setProfileDirectory(const QString &dir);
    void setToday(const QDate &today) { m_today = today; }

    // After a run: what was imported (and rejected).
    const ImportResult &result() const { return m_result; }

    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        DonePage
    };

    // Page logic, public for tests that drive the wizard without clicking.
    bool loadFile(QString *error);
    ImportProfile currentProfile() const;
    void applyProfile(const ImportProfile &profile);
    bool saveProfile(const QString &name, const QString &source, QString *error);
    void refreshPreview();
    bool runImport(QString *error);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createDonePage();
    void browse();
    void chooseProfile(int index);
    void promptSaveProfile();

    Employer m_employer;
    StoreFunction m_store;
    QString m_profileDir;
    QDate m_today;
    QStringList m_header;
    ImportResult m_result;

    QLineEdit *m_path = nullptr;
    QLabel *m_detected = nullptr;
    QComboBox *m_profiles = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewSummary = nullptr;
    QRadioButton *m_validOnly = nullptr;
    QRadioButton *m_drafts = nullptr;
    QLineEdit *m_rejectedPath = nullptr;
    QPlainTextEdit *m_report = nullptr;
};

} // namespace fla::ui
