#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace fla {

QStringList supportedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};
}

QString chooseLanguage(const QString &requested)
{
    const QStringList supported = supportedLanguages();
    if (supported.contains(requested))
        return requested;
    const QStringList preferred = QLocale().uiLanguages();
    for (const QString &tag : preferred) {
        const QString lang = tag.left(2).toLower();
        if (supported.contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

void installTranslators(const QString &language)
{
    static std::unique_ptr<QTranslator> app;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {app.get(), qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    app = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/fladesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(app.get());
    // Debian ships qtbase_<lang>.qm; windeployqt (the Windows installer) merges Qt's
    // catalogues into qt_<lang>.qm.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtDir) ||
        qt->load(QStringLiteral("qt_%1").arg(language), qtDir))
        QCoreApplication::installTranslator(qt.get());
}

QString translateFrom(std::initializer_list<const char *> contexts, const char *text)
{
    const QString untranslated = QString::fromUtf8(text);
    for (const char *context : contexts) {
        QString t = QCoreApplication::translate(context, text);
        if (t != untranslated)
            return t;
    }
    return untranslated;
}

} // namespace fla
