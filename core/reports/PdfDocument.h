#pragma once

#include <QString>
#include <QStringList>

namespace fla::reports {

// Draws HTML pages (Qt's rich-text subset, with the documents' shared style)
// into an A4 PDF at path, each page starting on a new sheet. Needs a
// QGuiApplication (fonts). False with a translated message.
bool renderPdf(const QString &path, const QStringList &pages, const QString &title, QString *error);

} // namespace fla::reports
