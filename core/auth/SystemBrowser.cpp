#include "auth/SystemBrowser.h"

#include "common/LogCategories.h"

#include <QProcess>

namespace fla::auth {

QList<QStringList> browserCommands(const QString &browserVariable, const QUrl &url)
{
    const QString encoded = QString::fromLatin1(url.toEncoded());
    QList<QStringList> commands;
    // xdg-open splits on ':' whatever the platform.
    const QStringList entries = browserVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts);
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

bool openInSystemBrowser(const QUrl &url)
{
    const QString browser = qEnvironmentVariable("BROWSER");
    QList<QStringList> commands = browserCommands(browser, url);
    if (commands.isEmpty()) {
        const QString encoded = QString::fromLatin1(url.toEncoded());
#if defined(Q_OS_WIN)
        commands.append({QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), encoded});
#elif defined(Q_OS_MACOS)
        commands.append({QStringLiteral("open"), encoded});
#else
        commands.append({QStringLiteral("xdg-open"), encoded});
#endif
    }
    for (QStringList command : std::as_const(commands)) {
        const QString program = command.takeFirst();
        if (QProcess::startDetached(program, command)) {
            qCInfo(lcAuth) << "opened the sign-in page with" << program;
            return true;
        }
        qCInfo(lcAuth) << "could not start the browser" << program << "- trying the next";
    }
    qCWarning(lcAuth) << "no browser could be started";
    return false;
}

} // namespace fla::auth
