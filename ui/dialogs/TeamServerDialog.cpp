#include "ui/dialogs/TeamServerDialog.h"

#include "core/auth/SecretStore.h"
#include "core/auth/TeamServerPasswords.h"
#include "core/common/LogCategories.h"
#include "core/storage/postgres/PostgresLocation.h"
#include "ui/data/StorageDataSource.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FormError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fla::ui {

TeamServerDialog::TeamServerDialog(auth::SecretStore &secrets, const Clock &clock, QWidget *parent)
    : TranslatedDialog(parent)
    , m_secrets(secrets)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("teamServerDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setText(QStringLiteral("fladesk"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const char *mode : {"verify-full", "verify-ca", "require", "prefer", "disable"})
        m_sslMode->addItem(QString(), QString::fromLatin1(mode));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    setUpFormError(m_error, tr("Why the connection failed"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_sslLabel = new QLabel(this);
    m_caLabel = new QLabel(this);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_sslLabel->setBuddy(m_sslMode);
    m_caLabel->setBuddy(m_caFile);

    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_sslLabel, m_sslMode);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    form->addRow(m_caLabel, caRow);
    form->addRow(m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &TeamServerDialog::browseCaFile);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamServerDialog::updateTls);
    connectOkCancel(m_buttons, this);
    retranslate();
    updateTls();
    const QString last = QSettings().value(lastAddressKey()).toString();
    if (!last.isEmpty())
        setAddress(last);
    m_host->setFocus();
}

TeamServerDialog::~TeamServerDialog() = default;

void TeamServerDialog::retranslate()
{
    setWindowTitle(tr("Connect to a team server"));
    m_intro->setText(
        tr("Your office's shared workspace on its PostgreSQL server. Ask the office's administrator "
           "for these details; the password is kept in the system keychain."));
    m_hostLabel->setText(tr("&Server:"));
    m_host->setAccessibleName(tr("Server name or address"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_sslLabel->setText(tr("&Encryption:"));
    const char *const modes[] = {
        QT_TR_NOOP("Encrypted, the server's certificate and name checked (verify-full)"),
        QT_TR_NOOP("Encrypted, the server's certificate checked (verify-ca)"),
        QT_TR_NOOP("Encrypted, the server not checked (require)"),
        QT_TR_NOOP("Encrypted when the server offers it (prefer)"),
        QT_TR_NOOP("Not encrypted: only on this computer (disable)"),
    };
    for (int i = 0; i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, tr(modes[i]));
    m_caLabel->setText(tr("&CA certificate:"));
    m_caFile->setAccessibleName(tr("The office's CA certificate file"));
    m_browse->setText(tr("&Browse…"));
    m_remember->setText(tr("&Remember the password in the system keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void TeamServerDialog::updateTls()
{
    const QString mode = m_sslMode->currentData().toString();
    const bool checked = mode.startsWith(QLatin1String("verify"));
    m_caFile->setEnabled(checked);
    m_browse->setEnabled(checked);
}

void TeamServerDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The office's CA certificate"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void TeamServerDialog::setAddress(const QString &url)
{
    QString error;
    const std::optional<PostgresLocation> loc = PostgresLocation::parse(url, &error);
    if (!loc) {
        showError(error);
        return;
    }
    m_host->setText(loc->host);
    m_port->setValue(loc->port);
    m_database->setText(loc->database);
    m_user->setText(loc->user);
    const int mode =
        m_sslMode->findData(loc->options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(qMax(0, mode));
    m_caFile->setText(loc->options.value(QStringLiteral("sslrootcert")));
    m_password->setText(loc->password);
    if (loc->password.isEmpty() && !loc->user.isEmpty()) {
        QString why;
        const auto kept = m_secrets.read(auth::teamServerPasswordKey(*loc), &why);
        if (kept)
            m_password->setText(QString::fromUtf8(*kept));
        else if (!why.isEmpty())
            qCWarning(lcStorage).noquote()
                << "the team server's password could not be read from the keychain:" << why;
    }
}

bool TeamServerDialog::location(PostgresLocation *out, QString *error) const
{
    PostgresLocation loc;
    loc.host = m_host->text().trimmed();
    loc.port = m_port->value();
    loc.database = m_database->text().trimmed();
    loc.user = m_user->text().trimmed();
    loc.password = m_password->text();
    const QString mode = m_sslMode->currentData().toString();
    loc.options.insert(QStringLiteral("sslmode"), mode);
    if (mode.startsWith(QLatin1String("verify"))) {
        const QString ca = m_caFile->text().trimmed();
        if (ca.isEmpty()) {
            *error = tr(
                "Choose the office's CA certificate file: the server's certificate is checked against it.");
            return false;
        }
        loc.options.insert(QStringLiteral("sslrootcert"), ca);
    }
    if (loc.host.isEmpty() || loc.database.isEmpty() || loc.user.isEmpty()) {
        *error = tr("Fill in the server, the database and the user.");
        return false;
    }
    // The address goes through the same checks as one typed on the command line.
    if (!PostgresLocation::parse(loc.withPassword(), error))
        return false;
    *out = loc;
    return true;
}

QString TeamServerDialog::address() const
{
    PostgresLocation loc;
    QString error;
    return location(&loc, &error) ? loc.display() : QString();
}

QString TeamServerDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TeamServerDialog::showError(const QString &message)
{
    showFormError(m_error, message);
}

std::unique_ptr<StorageDataSource> TeamServerDialog::takeSource()
{
    return std::move(m_source);
}

void TeamServerDialog::accept()
{
    PostgresLocation loc;
    QString error;
    if (!location(&loc, &error)) {
        showError(error);
        return;
    }
    setCursor(Qt::WaitCursor);
    m_source = StorageDataSource::open(loc.withPassword(), m_clock, &error);
    unsetCursor();
    if (!m_source) {
        showError(error); // translated by the driver: server down, wrong password, no permission, …
        return;
    }
    const QString key = auth::teamServerPasswordKey(loc);
    QString why;
    const bool kept = m_remember->isChecked() ? m_secrets.write(key, loc.password.toUtf8(), &why)
                                              : m_secrets.remove(key, &why);
    if (!kept)
        qCWarning(lcStorage).noquote() << "the team server's password was not kept in the keychain:" << why;
    QSettings().setValue(lastAddressKey(), loc.display());
    QDialog::accept();
}

} // namespace fla::ui
