#pragma once

#include "ui/data/PasteParser.h"
#include "ui/views/ViewPage.h"

class QLabel;
class QPushButton;
class QTimer;

namespace fla::ui {

class ParticipationPagedModel;

// Every participation of the company in one table, read page by page, sorted
// and filtered by the data source: smooth with a million rows. A block
// pasted from a spreadsheet becomes participations (and trainings).
class ParticipationsView : public ViewPage
{
    Q_OBJECT

public:
    explicit ParticipationsView(Session *session, QWidget *parent = nullptr);
    void reload() override;
    QString title() const override { return tr("Participations"); }
    bool showRecord(RecordKind kind, const QUuid &uuid, const QString &field) override;
    ParticipationPagedModel *model() const { return m_paged; }
    // Applies the filter now (typing applies it after a short pause).
    void applyFilter();
    PasteResult pasteBlock(const QString &text);

signals:
    void pasteReport(const fla::ui::PasteResult &result);

protected:
    void retranslate() override;

private:
    void pasteFromClipboard();
    void updateCount();

    ParticipationPagedModel *m_paged;
    QLabel *m_heading;
    QLabel *m_filterLabel;
    QLabel *m_count;
    QPushButton *m_paste;
    QTimer *m_filterTimer;
};

} // namespace fla::ui
