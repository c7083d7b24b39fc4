#pragma once

#include <QString>

class QLineEdit;

namespace fla::ui {

// An INSZ as far as it is typed, in its display form: "8507300" reads
// 85.07.30-0. Text that is not an INSZ being typed (letters, more than 11
// digits) is returned as it is.
QString ssinAsTyped(const QString &text);

// Keeps the INSZ typed into edit in that form while the user types (the
// separators come by themselves, typed ones are absorbed), the cursor staying
// after the same digit.
void formatSsinWhileTyping(QLineEdit *edit);

} // namespace fla::ui
