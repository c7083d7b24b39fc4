#pragma once

#include <QLoggingCategory>

// One category per module, all under "fladesk.", info by default.
// QT_LOGGING_RULES="fladesk.*.debug=true" switches every module to debug.
// Never log a token, a password or a full INSZ (use Ssin::masked()).
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
Q_DECLARE_LOGGING_CATEGORY(lcDataset)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcAnomaly)
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcGenerate)
Q_DECLARE_LOGGING_CATEGORY(lcObligations)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
