#include "core/storage/ChangeFeed.h"

#include "core/common/LogCategories.h"
#include "core/storage/Workspace.h"

#include <QSqlDriver>

namespace fla {

namespace {

const char *const kChannel = "fladesk_change";

} // namespace

ChangeFeed::ChangeFeed(Workspace &ws, QObject *parent)
    : QObject(parent)
    , m_ws(&ws)
{}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_ws->database().isOpen())
        m_ws->database().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

bool ChangeFeed::start(QString *error)
{
    if (m_listening || !m_ws->driver().isServer())
        return true;
    if (!subscribe(error))
        return false;
    QSqlDriver *driver = m_ws->database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, int(source), payload);
            });
    m_listening = true;
    qCInfo(lcStorage) << "listening to changes from other desktops";
    return true;
}

bool ChangeFeed::subscribe(QString *error)
{
    QSqlDriver *driver = m_ws->database().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) ||
        !driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        if (error)
            *error =
                tr("Changes made on other desktops cannot be followed: %1").arg(driver->lastError().text());
        qCWarning(lcStorage) << "cannot listen to" << kChannel << driver->lastError().text();
        return false;
    }
    return true;
}

bool ChangeFeed::listenAgain(QString *error)
{
    if (!m_listening)
        return start(error);
    // The driver object stays the same across a reopen: the connection to its signal holds.
    if (!subscribe(error))
        return false;
    qCInfo(lcStorage) << "listening again to changes from other desktops";
    return true;
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == int(QSqlDriver::SelfSource))
        return;
    const QString text = payload.toString();
    const QString table = text.section(QLatin1Char(' '), 0, 0);
    const QUuid employer = QUuid::fromString(text.section(QLatin1Char(' '), 1, 1));
    if (table.isEmpty() || employer.isNull()) {
        qCWarning(lcStorage) << "change notification not understood:" << text;
        return;
    }
    emit changed(table, employer);
}

} // namespace fla
