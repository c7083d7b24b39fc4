#pragma once

#include "CliCommand.h"

#include <QUrl>

namespace fla::cli {

// fladesk-cli login [--environment E] [--issuer URL --client-id ID [--scope S]] [--no-keychain]
// fladesk-cli login --certificate FILE.p12 --client-id ID --token-url URL
class LoginCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    int run(const QStringList &args, CliIo &io) override;
};

// Opens a URL: $BROWSER when set (its first entry; "%s" is replaced by the URL,
// otherwise the URL is appended), else the system's default browser.
bool openInBrowser(const QUrl &url);

} // namespace fla::cli
