#include "ui/dialogs/SaveWhenServerBack.h"

#include "core/common/LogCategories.h"
#include "ui/app/Session.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QWidget>

namespace fla::ui {

namespace {

int g_retryIntervalMs = 5000;

} // namespace

SaveWhenServerBack::SaveWhenServerBack(Session *session, QWidget *dialog, std::function<void()> save)
    : QObject(dialog)
    , m_session(session)
    , m_save(std::move(save))
    , m_banner(new QLabel(dialog))
    , m_timer(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("serverUnreachableLabel"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; }"));
    m_banner->hide();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SaveWhenServerBack::retry);
    dialog->installEventFilter(this); // the banner follows the dialog's language
}

bool SaveWhenServerBack::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_what.isEmpty())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SaveWhenServerBack::setRetryIntervalMs(int ms)
{
    g_retryIntervalMs = ms;
}

bool SaveWhenServerBack::isWaiting() const
{
    return m_banner->isVisible() || m_timer->isActive();
}

bool SaveWhenServerBack::ready(const QString &what)
{
    QString reason;
    if (m_session->source()->ensureWritable(&reason)) {
        m_timer->stop();
        m_banner->hide();
        return true;
    }
    m_what = what;
    m_reason = reason;
    qCInfo(lcStorage).noquote() << "the team server cannot be reached; the dialog keeps the unsaved"
                                << m_what.section(QLatin1Char(' '), 0, 0) << "and waits";
    retranslate();
    m_banner->show();
    m_timer->start(g_retryIntervalMs);
    return false;
}

// Asked off the window's thread: the dialog stays usable (and can be closed)
// while a server that does not answer makes the question wait for its timeout.
void SaveWhenServerBack::retry()
{
    m_session->source()->askServer(this, [this](bool answers) {
        QString reason;
        if (!answers || !m_session->source()->ensureWritable(&reason)) {
            m_timer->start(g_retryIntervalMs);
            return;
        }
        qCInfo(lcStorage) << "the team server is back: the dialog saves what it kept";
        m_banner->hide();
        m_save();
    });
}

void SaveWhenServerBack::retranslate()
{
    m_banner->setText(tr("The team server cannot be reached; your changes to %1 are kept. They will be saved "
                         "when it is back (or press Save again).")
                          .arg(m_what));
    m_banner->setToolTip(m_reason);
}

} // namespace fla::ui
