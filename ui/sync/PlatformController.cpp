#include "ui/sync/PlatformController.h"

#include "core/common/Clock.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/storage/Workspace.h"
#include "core/sync/ConflictResolver.h"
#include "core/sync/SessionTokenProvider.h"
#include "core/sync/SyncRunner.h"
#include "core/sync/WorkspaceOutboxStore.h"
#include "ui/MainWindow.h"
#include "ui/app/Session.h"
#include "ui/auth/EnvironmentSettingsWidget.h"
#include "ui/auth/SignInDialog.h"
#include "ui/data/StorageDataSource.h"
#include "ui/sync/ArchiveAllDialog.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/PullReviewDialog.h"
#include "ui/sync/SyncStatusModel.h"
#include "ui/sync/SyncView.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace fla::ui {

namespace {

// The sandbox's addresses under a base URL (the built-in sandbox on its port).
void pointAt(auth::EnvironmentConfig &c, const QUrl &base)
{
    const QString b = base.toString(QUrl::StripTrailingSlash);
    c.issuer = QUrl(b);
    c.machineTokenUrl = QUrl(b + QStringLiteral("/oauth/token"));
    c.apiBaseUrl = QUrl(b + QStringLiteral("/REST/fla/v1"));
}

} // namespace

PlatformController::PlatformController(MainWindow *window, Session *session, StorageDataSource *source,
                                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_source(source)
    , m_clock(session->clock())
    , m_network(new QNetworkAccessManager(this))
{
    m_view = new SyncView(window);
    m_page = window->addPage(m_view);
    m_view->installEventFilter(this);
    connect(m_view, &SyncView::syncRequested, this, &PlatformController::syncNow);
    connect(m_view, &SyncView::openRecordRequested, this, &PlatformController::openRecord);
    connect(m_view, &SyncView::conflictActivated, this,
            [this](RecordKind, const QUuid &uuid) { resolveConflict(uuid); });
    connect(m_view, &SyncView::signInRequested, this, &PlatformController::signIn);
    connect(m_view, &SyncView::gettingAccessRequested, window, &MainWindow::showGettingAccess);
    connect(window, &MainWindow::signInRequested, this, &PlatformController::signIn);

    createActions();
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menuPlatform"));
    for (const char *name : std::initializer_list<const char *>{"signIn", "signOut", nullptr, "syncNow",
                                                                "showSync", "reviewPull", "resolveConflicts",
                                                                "archiveAll", nullptr, "environment"}) {
        if (name)
            m_menu->addAction(m_actions.value(QString::fromLatin1(name)));
        else
            m_menu->addSeparator();
    }
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu); // before Help

    m_indicator = new QLabel(window);
    m_indicator->setObjectName(QStringLiteral("platformIndicator"));
    window->statusBar()->addPermanentWidget(m_indicator);

    m_view->setCompany(session->employer());
    connect(session, &Session::employerChanged, this, [this](const QUuid &employer) {
        m_view->setCompany(employer);
        m_view->setQueued({});
        updateState();
        if (m_view->isVisible())
            refreshQueue();
    });
    window->installEventFilter(this);
    loadEnvironment();
    retranslate();
    updateState();
}

PlatformController::~PlatformController()
{
    if (m_runner) {
        m_runner->disconnect(this); // no answers into a window being closed
        m_runner->cancel();
    }
    m_runner.reset();
    m_tokens.reset();
}

void PlatformController::createActions()
{
    auto make = [this](const char *name, void (PlatformController::*slot)(), const QKeySequence &key = {}) {
        auto *a = new QAction(m_window);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_window->addAction(a);
        m_actions.insert(a->objectName(), a);
        return a;
    };
    make("signIn", &PlatformController::signIn);
    make("signOut", &PlatformController::signOut);
    make("syncNow", &PlatformController::syncNow, QKeySequence(Qt::Key_F9));
    make("showSync", &PlatformController::showSyncView, QKeySequence(Qt::CTRL | Qt::Key_7));
    make("reviewPull", &PlatformController::reviewPlatformData);
    make("resolveConflicts", &PlatformController::resolveConflicts);
    make("archiveAll", &PlatformController::archiveEverything);
    make("environment", &PlatformController::editEnvironment);
}

QAction *PlatformController::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

bool PlatformController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_view && event->type() == QEvent::Show && !isSyncing() &&
        m_view->model()->rowCount() == 0)
        QTimer::singleShot(0, this, &PlatformController::refreshQueue);
    return QObject::eventFilter(watched, event);
}

void PlatformController::retranslate()
{
    m_menu->setTitle(tr("&Platform"));
    auto set = [this](const char *name, const QString &text, const QString &tip) {
        QAction *a = m_actions.value(QString::fromLatin1(name));
        a->setText(text);
        a->setToolTip(tip);
    };
    set("signIn", tr("Sign &in…"), tr("Sign in to the platform with eID or itsme in your browser"));
    set("signOut", tr("Sign &out"), tr("Forget the sign-in"));
    set("syncNow", tr("&Sync now"), tr("Declare the company's waiting records to the platform (F9)"));
    set("showSync", tr("Sync &view"), tr("What was declared and what the platform answered (Ctrl+7)"));
    set("reviewPull", tr("&Review the platform's data…"),
        tr("What the platform holds for the company that differs from the workspace: accept or reject each "
           "difference"));
    set("resolveConflicts", tr("Resolve &conflicts…"),
        tr("Records changed both here and on the platform: keep yours or take the platform's"));
    set("archiveAll", tr("&Archive everything from the FLA…"),
        tr("Copy what the platform holds for every company into this workspace, before the FLA's data is "
           "destroyed on 1 January 2027"));
    set("environment", tr("&Environment…"),
        tr("Which platform to declare to: Sandbox, Acceptance or Production"));
    updateState();
}

void PlatformController::setBuiltInSandbox(const QUrl &baseUrl)
{
    m_builtInSandbox = baseUrl;
    loadEnvironment();
    updateState();
}

void PlatformController::setEnvironment(const auth::EnvironmentConfig &config)
{
    if (isSignedIn() && config.environment != m_environment.environment)
        signOut();
    m_environment = config;
    if (isSignedIn()) {
        m_runner = std::make_unique<SyncRunner>(workspace(), m_network, apiUrl(), m_tokens.get());
        connect(m_runner.get(), &SyncRunner::started, this, [this] {
            m_view->setQueued(m_runner->queuedItems());
            m_view->attach(m_runner->engine());
        });
        connect(m_runner.get(), &SyncRunner::finished, this, &PlatformController::onSyncFinished);
    }
    updateState();
}

void PlatformController::loadEnvironment()
{
    const std::unique_ptr<QSettings> settings = auth::openAuthSettings();
    const auth::Environment e = auth::EnvironmentSettings::current(*settings);
    auth::EnvironmentConfig c = auth::EnvironmentSettings::load(*settings, e);
    // The built-in sandbox serves the Sandbox environment unless it was pointed elsewhere.
    if (e == auth::Environment::Sandbox && m_builtInSandbox.isValid() &&
        c.issuer == auth::EnvironmentSettings::defaults(e).issuer)
        pointAt(c, m_builtInSandbox);
    setEnvironment(c);
}

std::optional<Employer> PlatformController::currentEmployer() const
{
    return m_session->currentEmployer();
}

Workspace &PlatformController::workspace() const
{
    return m_source->workspace();
}

bool PlatformController::mayActForCurrentCompany() const
{
    const auto e = currentEmployer();
    if (!e || !isSignedIn())
        return false;
    const QString own = EnterpriseNumber::parse(e->enterpriseNumber).normalized();
    for (const QString &n : m_signedIn.enterprises) {
        if (EnterpriseNumber::parse(n).normalized() == own)
            return true;
    }
    return false;
}

bool PlatformController::isSyncing() const
{
    return m_runner && m_runner->isRunning();
}

QString PlatformController::companyText() const
{
    const auto e = currentEmployer();
    if (!e)
        return QString();
    return tr("%1 (enterprise number %2)")
        .arg(e->name, EnterpriseNumber::parse(e->enterpriseNumber).display());
}

void PlatformController::updateState()
{
    if (!m_indicator)
        return;
    const QString env = auth::environmentName(m_environment.environment);
    QString text =
        isSignedIn() ? tr("%1: signed in as %2").arg(env, m_signedIn.name) : tr("%1: not signed in").arg(env);
    if (m_offline)
        text += QStringLiteral(" · ") + tr("offline");
    m_indicator->setText(text);
    QStringList mandates;
    for (const QString &n : m_signedIn.enterprises)
        mandates << EnterpriseNumber::parse(n).display();
    m_indicator->setToolTip(isSignedIn() ? tr("Platform %1; may act for %2")
                                               .arg(m_environment.apiBaseUrl.toDisplayString(),
                                                    mandates.isEmpty() ? tr("no enterprise")
                                                                       : mandates.join(QStringLiteral(", ")))
                                         : tr("Platform %1").arg(m_environment.apiBaseUrl.toDisplayString()));
    const bool company = currentEmployer().has_value();
    m_actions.value(QStringLiteral("signOut"))->setEnabled(isSignedIn());
    m_actions.value(QStringLiteral("syncNow"))->setEnabled(company && !isSyncing());
    m_actions.value(QStringLiteral("signIn"))->setEnabled(!isSyncing());
    m_actions.value(QStringLiteral("environment"))->setEnabled(!isSyncing());
    m_actions.value(QStringLiteral("reviewPull"))->setEnabled(company && !isSyncing());
    m_actions.value(QStringLiteral("resolveConflicts"))->setEnabled(company && !isSyncing());
    // Offered while there is something to archive from: not once the platform has closed.
    const bool open = auth::closedReason(m_environment.environment, m_clock.today()).isEmpty();
    m_actions.value(QStringLiteral("archiveAll"))->setVisible(open);
    m_actions.value(QStringLiteral("archiveAll"))->setEnabled(open && company && !isSyncing());

    const QString access =
        QStringLiteral("<a href=\"access:\">%1</a>").arg(tr("Getting access").toHtmlEscaped());
    if (!company)
        m_view->setNotice(QString());
    else if (!isSignedIn())
        m_view->setNotice(
            tr("Sign in to declare the records of %1: %2. First time? %3 explains what the "
               "social security portal requires.")
                .arg(companyText().toHtmlEscaped(),
                     QStringLiteral("<a href=\"signin:\">%1</a>").arg(tr("Sign in…").toHtmlEscaped()),
                     access));
    else if (!mayActForCurrentCompany())
        m_view->setNotice(
            tr("%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone "
               "with a mandate for this company, or see %4.")
                .arg(m_signedIn.name.toHtmlEscaped(), companyText().toHtmlEscaped(),
                     QStringLiteral("<a href=\"signin:\">%1</a>").arg(tr("Sign in").toHtmlEscaped()),
                     access));
    else
        m_view->setNotice(QString());
}

bool PlatformController::platformClosed()
{
    const QString closed = auth::closedReason(m_environment.environment, m_clock.today());
    if (closed.isEmpty())
        return false;
    m_view->setNotice(closed.toHtmlEscaped());
    QMessageBox::information(m_window, tr("The FLA has closed"), closed);
    return true;
}

void PlatformController::signIn()
{
    if (platformClosed())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (isSyncing())
        return;
    auth::OidcConfig config;
    config.environment = auth::environmentId(m_environment.environment);
    config.issuer = m_environment.issuer;
    config.clientId = m_environment.clientId;
    config.scopes = m_environment.scopes;
    auto *dialog = new ui::SignInDialog(m_network, m_clock, config, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    connect(dialog, &ui::SignInDialog::signedIn, this, &PlatformController::onSignedIn);
    connect(dialog, &ui::SignInDialog::gettingAccessRequested, m_window, &MainWindow::showGettingAccess);
    connect(dialog, &QDialog::rejected, this, [this] { m_syncAfterSignIn = false; });
    m_dialog = dialog;
    dialog->open();
}

void PlatformController::onSignedIn(const auth::Session &session)
{
    m_runner.reset();
    m_signedIn = session;
    auto tokens = std::make_unique<SessionTokenProvider>(session, m_network, m_clock);
    tokens->onRefreshed = [this](const auth::Session &s) {
        m_signedIn.accessToken = s.accessToken;
        m_signedIn.refreshToken = s.refreshToken;
        m_signedIn.accessTokenExpiresAt = s.accessTokenExpiresAt;
        Q_EMIT signedInChanged();
    };
    m_tokens = std::move(tokens);
    m_offline = false;
    setEnvironment(m_environment); // a runner with the new tokens
    m_window->statusBar()->showMessage(tr("Signed in as %1.").arg(session.name), 5000);
    Q_EMIT signedInChanged();
    if (m_syncAfterSignIn) {
        m_syncAfterSignIn = false;
        QTimer::singleShot(0, this, &PlatformController::syncNow);
    }
}

void PlatformController::restoreSignIn(const auth::Session &session)
{
    if (session.isSignedIn() && session.environment == auth::environmentId(m_environment.environment))
        onSignedIn(session);
}

void PlatformController::signOut()
{
    if (m_runner)
        m_runner->cancel();
    m_runner.reset();
    m_tokens.reset();
    m_signedIn = auth::Session();
    updateState();
    Q_EMIT signedInChanged();
}

void PlatformController::editEnvironment()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("environmentDialog"));
    dialog.setWindowTitle(tr("Platform environment"));
    auto *page = new ui::EnvironmentSettingsWidget(&dialog);
    const std::unique_ptr<QSettings> settings = auth::openAuthSettings();
    page->load(*settings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (page->save(*settings)) // else the page shows what is wrong
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings->sync();
    loadEnvironment();
}

void PlatformController::showSyncView()
{
    m_window->showPage(m_page);
}

void PlatformController::refreshQueue()
{
    const auto e = currentEmployer();
    if (!e || isSyncing())
        return;
    WorkspaceOutboxStore store(workspace(), {e->uuid});
    QString error;
    if (!store.load(&error, WorkspaceOutboxStore::Purpose::Show)) {
        m_view->setNotice(error.toHtmlEscaped());
        return;
    }
    m_view->setQueued(store.items(10000));
}

void PlatformController::syncNow()
{
    if (isSyncing() || platformClosed())
        return;
    const auto e = currentEmployer();
    if (!e)
        return;
    showSyncView();
    if (!isSignedIn()) {
        // Declaring needs a sign-in: ask for it, then go on.
        m_syncAfterSignIn = true;
        updateState();
        signIn();
        return;
    }
    updateState();
    // Only this company's records; the engine also refuses any enterprise the identity may not act for.
    QString error;
    if (!m_runner->start(&error, {e->uuid})) {
        m_view->setNotice(error.toHtmlEscaped());
        return;
    }
    updateState();
}

void PlatformController::cancelSync()
{
    if (m_runner)
        m_runner->cancel();
}

void PlatformController::onSyncFinished(const SyncSummary &summary)
{
    m_offline = summary.offline;
    if (summary.authenticationRequired && m_runner) {
        m_runner.release()->deleteLater(); // it is emitting this signal
        m_tokens.reset();
        m_signedIn = auth::Session();
        Q_EMIT signedInChanged();
    }
    updateState();
    const auto e = currentEmployer();
    if (e)
        m_source->notifyChanged(e->uuid);
    const QString access =
        QStringLiteral("<a href=\"access:\">%1</a>").arg(tr("Getting access").toHtmlEscaped());
    if (summary.authenticationRequired) {
        m_view->setNotice(
            tr("The platform no longer accepts your sign-in: %1, then sync again.")
                .arg(QStringLiteral("<a href=\"signin:\">%1</a>").arg(tr("sign in").toHtmlEscaped())));
    } else if (summary.counts.held > 0) {
        m_view->setNotice(tr("%n record(s) of %1 not sent: %2 may not act for this enterprise. Sign in as "
                             "someone with a mandate for it, or see %3.",
                             nullptr, summary.counts.held)
                              .arg(companyText().toHtmlEscaped(), m_signedIn.name.toHtmlEscaped(), access));
    } else if (summary.counts.total == 0) {
        m_view->setNotice(tr("Nothing of %1 waits to be declared.").arg(companyText().toHtmlEscaped()));
    }
    Q_EMIT syncFinished(summary);
}

void PlatformController::openRecord(RecordKind type, const QUuid &uuid, const QString &field)
{
    // The platform names nested fields "participations[3].ssin": the record's own field is the last part.
    QString f = field.section(QLatin1Char('.'), -1);
    const qsizetype bracket = f.indexOf(QLatin1Char('['));
    if (bracket > 0)
        f = f.left(bracket);
    m_window->openRecord(type, uuid, f);
}

bool PlatformController::readyForPlatform()
{
    if (isSyncing())
        return false;
    if (!isSignedIn()) {
        signIn();
        return false;
    }
    if (!mayActForCurrentCompany()) {
        QMessageBox::information(m_window, tr("No mandate"),
                                 tr("%1 may not act for %2 (no mandate). Sign in as someone with a mandate "
                                    "for this company.")
                                     .arg(m_signedIn.name, companyText()));
        return false;
    }
    return true;
}

void PlatformController::afterPlatformWrites()
{
    const auto e = currentEmployer();
    if (!e)
        return;
    // The records and their anomalies were written together (core/workspace/RecordWriter): the views reload.
    m_source->notifyChanged(e->uuid);
    refreshQueue();
}

void PlatformController::archiveEverything()
{
    if (isSyncing() || platformClosed())
        return;
    if (!isSignedIn()) {
        signIn();
        return;
    }
    QList<QPair<QString, QString>> companies;
    for (const Employer &e : m_source->employers())
        companies.append({e.enterpriseNumber, e.name});
    ui::ArchiveAllDialog dialog(workspace(), m_network, apiUrl(), m_tokens.get(), companies, m_window);
    dialog.show();
    dialog.start();
    dialog.exec();
    // Each company archived was written with its anomalies (PlatformArchive::store): the views reload.
    for (const Employer &e : m_source->employers())
        m_source->notifyChanged(e.uuid);
    refreshQueue();
}

void PlatformController::reviewPlatformData()
{
    const auto e = currentEmployer();
    if (!e || !readyForPlatform())
        return;
    ui::PullReviewDialog dialog(workspace(), m_network, apiUrl(), m_tokens.get(), e->uuid, m_window);
    if (dialog.exec() == QDialog::Accepted)
        afterPlatformWrites();
}

void PlatformController::resolveConflict(const QUuid &recordUuid)
{
    const auto e = currentEmployer();
    if (!e || !readyForPlatform())
        return;
    ui::ConflictDialog dialog(workspace(), m_network, apiUrl(), m_tokens.get(), e->uuid, recordUuid,
                              m_window);
    dialog.exec();
    if (dialog.resolution() != ui::ConflictDialog::Resolution::None)
        afterPlatformWrites();
}

void PlatformController::resolveConflicts()
{
    const auto e = currentEmployer();
    if (!e || !readyForPlatform())
        return;
    const Result<QList<QUuid>> found = ConflictResolver::conflicts(workspace(), e->uuid);
    if (!found) {
        QMessageBox::warning(m_window, tr("Resolve conflicts"), found.error());
        return;
    }
    const QList<QUuid> &records = *found;
    if (records.isEmpty()) {
        QMessageBox::information(m_window, tr("Resolve conflicts"),
                                 tr("No record of %1 is in conflict with the platform.").arg(companyText()));
        return;
    }
    bool changed = false;
    for (const QUuid &record : records) {
        ui::ConflictDialog dialog(workspace(), m_network, apiUrl(), m_tokens.get(), e->uuid, record,
                                  m_window);
        dialog.exec();
        if (dialog.resolution() == ui::ConflictDialog::Resolution::None)
            break; // "Decide later" stops the round; the rest stay in conflict
        changed = true;
    }
    if (changed)
        afterPlatformWrites();
}

} // namespace fla::ui
