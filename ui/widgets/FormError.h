#pragma once

class QLabel;
class QString;

namespace fla::ui {

// A form's error label: wrapped, in the blocking colour, named for screen
// readers, hidden until there is something to say.
void setUpFormError(QLabel *label, const QString &accessibleName);

// Shows why a form's action failed in its error label (also read by screen
// readers) and makes the window tall enough for the wrapped text, so the
// message never overlaps or squeezes the fields above it.
void showFormError(QLabel *label, const QString &message);

} // namespace fla::ui
