#include "ui/auth/SignInDialog.h"

#include "core/auth/SystemBrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fla::ui {

using namespace fla::auth;

SignInDialog::SignInDialog(QNetworkAccessManager *network, const fla::Clock &clock, const OidcConfig &config,
                           QWidget *parent)
    : QDialog(parent)
    , m_signIn(new OidcSignIn(network, clock, this))
    , m_config(config)
    , m_status(new QLabel(this))
    , m_linkHint(new QLabel(this))
    , m_access(new QLabel(this))
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy link"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    setWindowTitle(tr("Sign in"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_linkHint->setWordWrap(true);
    m_linkHint->setText(tr("If no browser window opened, copy this link into your browser:"));
    m_link->setReadOnly(true);
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setPlaceholderText(tr("Preparing the sign-in…"));
    m_copy->setEnabled(false);
    m_retry->setVisible(false);
    m_access->setObjectName(QStringLiteral("gettingAccess"));
    m_access->setWordWrap(true);
    m_access->setTextFormat(Qt::RichText);
    m_access->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_access->setText(tr("First time? Your company must give you access on the social security portal: "
                         "<a href=\"access:\">Getting access</a>."));
    connect(m_access, &QLabel::linkActivated, this, [this] { emit gettingAccessRequested(); });

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_linkHint);
    layout->addLayout(linkRow);
    layout->addSpacing(6);
    layout->addWidget(m_access);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(600, 250);

    m_signIn->setBrowserOpener([](const QUrl &url) {
        return auth::openInSystemBrowser(url, [](const QUrl &u) { return QDesktopServices::openUrl(u); });
    });
    connect(m_copy, &QPushButton::clicked, this, &SignInDialog::copyLink);
    connect(m_retry, &QPushButton::clicked, this, &SignInDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_signIn, &OidcSignIn::authorizationUrlReady, this, &SignInDialog::onUrl);
    connect(m_signIn, &OidcSignIn::browserUnavailable, this, &SignInDialog::onBrowserUnavailable);
    connect(m_signIn, &OidcSignIn::succeeded, this, &SignInDialog::onSucceeded);
    connect(m_signIn, &OidcSignIn::failed, this, &SignInDialog::onFailed);
}

void SignInDialog::setBrowserOpener(OidcSignIn::BrowserOpener opener)
{
    m_signIn->setBrowserOpener(std::move(opener));
}

void SignInDialog::start()
{
    m_started = true;
    m_linkHighlighted = false;
    m_retry->setVisible(false);
    m_link->clear();
    m_copy->setEnabled(false);
    m_status->setText(tr("Connecting to the sign-in service…"));
    m_signIn->start(m_config);
}

QString SignInDialog::linkText() const
{
    return m_link->text();
}

QString SignInDialog::statusText() const
{
    return m_status->text();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void SignInDialog::reject()
{
    m_signIn->cancel();
    QDialog::reject();
}

void SignInDialog::onUrl(const QUrl &url)
{
    m_link->setText(QString::fromLatin1(url.toEncoded()));
    m_link->setCursorPosition(0);
    m_copy->setEnabled(true);
    m_status->setText(tr("Sign in with eID or itsme in your browser, then return here."));
}

void SignInDialog::onBrowserUnavailable(const QUrl &)
{
    m_linkHighlighted = true;
    m_linkHint->setText(tr("No browser could be opened. Copy this link into a browser to sign in:"));
    m_status->setText(tr("Waiting for you to sign in in the browser…"));
    m_link->setFocus();
    m_link->selectAll();
}

void SignInDialog::onSucceeded(const Session &session)
{
    m_session = session;
    m_status->setText(tr("Signed in as %1.").arg(session.name));
    emit signedIn(session);
    accept();
}

void SignInDialog::onFailed(AuthError error, const QString &)
{
    if (error == AuthError::Cancelled)
        return;
    m_status->setText(describe(error));
    m_retry->setVisible(true);
    m_copy->setEnabled(false);
    m_link->clear();
}

void SignInDialog::copyLink()
{
    QApplication::clipboard()->setText(m_link->text());
    m_status->setText(tr("The link is on the clipboard. Paste it into your browser."));
}

} // namespace fla::ui
