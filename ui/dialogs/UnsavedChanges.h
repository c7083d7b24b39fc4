#pragma once

class QWidget;

namespace fla::ui {

// Whether a form may close (Escape, Cancel, the window's close button): an
// untouched one at once; one with unsaved changes only when the user answers
// "Discard changes" to the question ("Keep editing" is the default and Escape).
bool mayCloseForm(QWidget *form, bool hasUnsavedChanges);

} // namespace fla::ui
