#pragma once

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QString;
class QWidget;

namespace fla::ui {

// The pieces a form dialog lays out the same way every time.

// Adds "label: field" to the form; the label is the field's buddy, so its
// mnemonic (&Name) moves the focus to the field. Returns the label.
QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field);
// The same where the field shares its row with other widgets (row holds them).
QLabel *addBuddyRow(QFormLayout *form, const QString &text, QWidget *field, QLayout *row);

// The dialog's OK and Cancel: accepted accepts the dialog, rejected rejects it
// (through the dialog's own accept() and reject()).
void connectOkCancel(QDialogButtonBox *buttons, QDialog *dialog);

// Puts OK and Cancel under a small form dialog made on the spot and runs it;
// true when the user accepted.
bool execWithOkCancel(QDialog &dialog, QFormLayout *form);

// A file path and its Browse… button on one row; the path wide enough to be
// read whole (up to 100 characters): where a file goes is read, not guessed.
QHBoxLayout *pathRow(QLineEdit *path, QPushButton *browse);

// An intro above the form, its error label and buttons below; at least 70
// characters wide, and never narrower than what the rows need (a long path).
void layOutFormDialog(QDialog *dialog, QLabel *intro, QFormLayout *form, QLabel *error,
                      QDialogButtonBox *buttons);

} // namespace fla::ui
