#pragma once

#include "core/obligations/SocialBalanceRows.h"
#include "ui/views/ViewPage.h"

#include <optional>

class QComboBox;
class QListWidget;
class QPushButton;
class QStandardItemModel;

namespace fla::ui {

// The training block of the company's social balance sheet for one financial
// year (the employer's, domain/FinancialYear; the last closed one by the
// injected clock unless another is chosen): one row per category and measure
// with the men's and women's NBB item codes, their figures and the total, as
// core's SocialBalanceRows computed them; codes not confirmed marked with their
// source; what was counted without a cost; the workers whose sex is unknown,
// each opened at its field with Enter. Saved as CSV or PDF by core's writers,
// the same as `fladesk-cli social-balance --csv/--pdf`.
class SocialBalanceView : public ViewPage
{
    Q_OBJECT

public:
    // The table's columns.
    enum Column
    {
        Item,
        MenCode,
        Men,
        WomenCode,
        Women,
        UnknownSex,
        Total,
        CodeStatus,
        ColumnCount
    };
    // Where a figure cell keeps core's number (the text is it in the locale).
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SocialBalanceView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Social balance"); }
    QComboBox *yearCombo() const { return m_year; }
    QStandardItemModel *rows() const { return m_rows; }
    QLabel *summary() const { return m_summary; }
    QListWidget *unknownSexList() const { return m_unknown; }
    // The balance shown (none when the company's financial year cannot be told).
    const std::optional<SocialBalance> &balance() const { return m_balance; }
    // The actions behind the buttons, without their file dialogs (tests, keyboard).
    bool saveCsv(const QString &path, QString *error) const;
    bool savePdf(const QString &path, QString *error) const;

signals:
    void openRecordRequested(fla::RecordKind kind, const QUuid &uuid, const QString &field);

protected:
    void retranslate() override;

private:
    void fillYears();
    void askSave(bool pdf);

    QLabel *m_heading;
    QLabel *m_yearLabel;
    QLabel *m_summary;
    QLabel *m_unknownLabel;
    QComboBox *m_year;
    QListWidget *m_unknown;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    QStandardItemModel *m_rows;
    QList<SocialBalanceItem> m_items;
    QString m_codesError;
    std::optional<SocialBalance> m_balance;
    QUuid m_yearsOf; // the company whose years the chooser holds (another company: its last closed year)
};

} // namespace fla::ui
