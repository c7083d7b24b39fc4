#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace fla::auth {

// Opens the sign-in address in the user's browser, for the CLI's `login` and
// the app's sign-in alike. Like xdg-open: when $BROWSER is set, its entries
// (separated by ':') are tried in turn, each a command in which "%s" is
// replaced by the URL (else the URL is appended); the first that starts wins.
// Without $BROWSER, or when none of it starts: `systemDefault` (the app passes
// QDesktopServices::openUrl), or when not given the platform's opener
// (xdg-open, open, rundll32 url.dll). False when nothing opened it (the caller
// then shows the link).
using UrlOpener = std::function<bool(const QUrl &)>;
bool openInSystemBrowser(const QUrl &url, const UrlOpener &systemDefault = {});

// The commands $BROWSER (given as `browserVariable`) makes of `url`: program
// first, then its arguments, one list per entry, in order. Empty entries are skipped.
QList<QStringList> browserCommands(const QString &browserVariable, const QUrl &url);

} // namespace fla::auth
