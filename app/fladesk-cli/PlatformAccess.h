#pragma once

#include "CliCommand.h"

#include <QCommandLineOption>
#include <QList>
#include <QUrl>

class QCommandLineParser;

namespace fla::cli {

// The platform options the review commands share: --environment E | --api-url URL,
// --token-file FILE (else FLADESK_ACCESS_TOKEN).
struct PlatformAccess
{
    static QList<QCommandLineOption> options();
    // Reads the options; false (with the message written to io.err) when they do not
    // name a usable API root and token.
    bool read(const QCommandLineParser &parser, CliIo &io);

    QUrl apiUrl;
    QString token;
};

} // namespace fla::cli
