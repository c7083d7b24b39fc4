#include "core/common/LogCategories.h"

Q_LOGGING_CATEGORY(lcDomain, "fladesk.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDataset, "fladesk.dataset", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "fladesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnomaly, "fladesk.anomaly", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIo, "fladesk.io", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "fladesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "fladesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGenerate, "fladesk.generate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcObligations, "fladesk.obligations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "fladesk.workspace", QtInfoMsg)
