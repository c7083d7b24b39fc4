#pragma once

#include <QString>

namespace fla::test {

// Folder for files the tests leave for people to look at (screenshots, PDFs).
QString artifactsDir();
// The path of a built executable of the project (fladesk-cli, fla-sandbox).
QString executablePath(const QString &name);

} // namespace fla::test
