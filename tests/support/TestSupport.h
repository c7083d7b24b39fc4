#pragma once

#include <QString>

namespace fla::test {

// Folder for files the tests leave for people to look at (screenshots, PDFs).
QString artifactsDir();
// The path of a built executable of the project (fladesk-cli, fla-sandbox).
QString executablePath(const QString &name);
// Makes every file and folder below dir writable by its owner, so that the
// temporary folder holding it can be removed (Chromium leaves read-only files
// in its profile).
void makeRemovable(const QString &dir);

} // namespace fla::test
