#pragma once

#include "ui/data/PasteParser.h"

#include <QDialog>

namespace fla::ui {

// What became of a pasted block: how many records were added, and for every
// row that was not, each bad cell with its message. The rows not imported can
// be copied back to the spreadsheet, fixed and pasted again: nothing is lost.
class PasteReportDialog : public QDialog
{
    Q_OBJECT

public:
    // Where the rows were pasted: each its own sentence, so every language can say it right.
    enum class Target
    {
        Workers,
        Participations
    };
    PasteReportDialog(const PasteResult &result, Target target, QWidget *parent = nullptr);
    static QString summary(const PasteResult &result, Target target);
};

} // namespace fla::ui
