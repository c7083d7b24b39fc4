#pragma once

#include <QString>
#include <QStringList>
#include <initializer_list>

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

// For a file whose tr() is a local helper rather than a class's: lupdate files
// each string under the class or namespace the call stands in (fla::Workspace,
// fla, ...), so the helper names those contexts and the first that translates
// the text wins; the text itself when none does.
QString translateFrom(std::initializer_list<const char *> contexts, const char *text);

} // namespace fla
