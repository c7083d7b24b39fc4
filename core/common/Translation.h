#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fla {

// The user-interface languages the product is translated into.
QStringList supportedLanguages(); // nl fr de en

// The language to use: the requested one when supported, else the first of
// the system's preferred languages that is supported (QLocale::uiLanguages()),
// else English.
QString chooseLanguage(const QString &requested = {});

// Installs the product's and Qt's own translators for language, replacing
// any installed before, so the language can change at run time.
// Translations are embedded as :/i18n/fladesk_<lang>.qm by each executable.
void installTranslators(const QString &language);

} // namespace fla
