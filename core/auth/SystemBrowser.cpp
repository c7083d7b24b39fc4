#include "core/auth/SystemBrowser.h"

#include "core/common/LogCategories.h"

#include <QDir>
#include <QProcess>

namespace fla::auth {

QList<QStringList> browserCommands(const QString &browserVariable, const QUrl &url)
{
    const QString encoded = QString::fromLatin1(url.toEncoded());
    QList<QStringList> commands;
    // xdg-open splits on ':'; Windows, where ':' follows a drive letter, on ';' (as PATH).
    const QStringList entries = browserVariable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QStringList words = QProcess::splitCommand(entry);
        if (words.isEmpty())
            continue;
        bool replaced = false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words[i].contains(QLatin1String("%s"))) {
                words[i].replace(QLatin1String("%s"), encoded);
                replaced = true;
            }
        }
        if (!replaced)
            words.append(encoded);
        commands.append(words);
    }
    return commands;
}

namespace {

bool startFirst(const QList<QStringList> &commands)
{
    for (QStringList command : commands) {
        const QString program = command.takeFirst();
        if (QProcess::startDetached(program, command)) {
            qCInfo(lcAuth) << "opened the sign-in page with" << program;
            return true;
        }
        qCInfo(lcAuth) << "could not start the browser" << program;
    }
    return false;
}

bool openWithPlatformOpener(const QUrl &url)
{
    const QString encoded = QString::fromLatin1(url.toEncoded());
#if defined(Q_OS_WIN)
    return startFirst({{QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), encoded}});
#elif defined(Q_OS_MACOS)
    return startFirst({{QStringLiteral("open"), encoded}});
#else
    return startFirst({{QStringLiteral("xdg-open"), encoded}});
#endif
}

} // namespace

bool openInSystemBrowser(const QUrl &url, const UrlOpener &systemDefault)
{
    if (startFirst(browserCommands(qEnvironmentVariable("BROWSER"), url)))
        return true;
    const bool opened = systemDefault ? systemDefault(url) : openWithPlatformOpener(url);
    if (!opened)
        qCWarning(lcAuth) << "no browser could be started";
    return opened;
}

} // namespace fla::auth
