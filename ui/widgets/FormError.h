#pragma once

class QLabel;
class QString;

namespace fla::ui {

// Shows why a form's action failed in its error label (also read by screen
// readers) and makes the window tall enough for the wrapped text, so the
// message never overlaps or squeezes the fields above it.
void showFormError(QLabel *label, const QString &message);

} // namespace fla::ui
