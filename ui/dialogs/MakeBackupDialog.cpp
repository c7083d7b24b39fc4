#include "ui/dialogs/MakeBackupDialog.h"

#include "core/storage/Backup.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FormError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fla::ui {

MakeBackupDialog::MakeBackupDialog(const QString &workspaceFile, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspaceFile)
    , m_intro(new QLabel(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_unencrypted(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("makeBackupDialog"));
    setWindowTitle(tr("Make a backup"));
    const QFileInfo info(workspaceFile);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("A copy of the workspace %1 in one file, encrypted with a passphrase: keep the "
                        "passphrase apart, without it the backup cannot be restored.")
                         .arg(info.fileName()));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setAccessibleName(tr("Backup file"));
    m_target->setText(QDir::toNativeSeparators(info.absoluteDir().filePath(
        QStringLiteral("%1-%2.fladeskbackup").arg(info.completeBaseName(), today.toString(Qt::ISODate)))));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the backup file"));
    connect(m_browse, &QPushButton::clicked, this, &MakeBackupDialog::browse);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Passphrase, once more"));
    m_unencrypted->setObjectName(QStringLiteral("unencryptedCheck"));
    m_unencrypted->setText(tr("&Without encryption: anyone who has the file can read it"));
    connect(m_unencrypted, &QCheckBox::toggled, this, &MakeBackupDialog::updateEncryption);
    m_error->setObjectName(QStringLiteral("backupError"));
    setUpFormError(m_error, tr("Why the backup was not made"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make backup"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connectOkCancel(m_buttons, this);

    auto *form = new QFormLayout;
    addBuddyRow(form, tr("&Save as:"), m_target, pathRow(m_target, m_browse));
    addBuddyRow(form, tr("&Passphrase:"), m_passphrase);
    addBuddyRow(form, tr("&Repeat passphrase:"), m_repeat);
    form->addRow(m_unencrypted);
    layOutFormDialog(this, m_intro, form, m_error, m_buttons);
    m_passphrase->setFocus();
}

bool MakeBackupDialog::isEncrypted() const
{
    return !m_unencrypted->isChecked();
}

QString MakeBackupDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void MakeBackupDialog::updateEncryption()
{
    m_passphrase->setEnabled(isEncrypted());
    m_repeat->setEnabled(isEncrypted());
}

void MakeBackupDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Make a backup"), m_target->text(),
                                                      tr("FLA Desk backups (*.fladeskbackup)"));
    if (!path.isEmpty())
        m_target->setText(QDir::toNativeSeparators(path));
}

void MakeBackupDialog::accept()
{
    QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (target.isEmpty()) {
        showFormError(m_error, tr("Give the file to write the backup to."));
        m_target->setFocus();
        return;
    }
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".fladeskbackup");
    if (isEncrypted() && m_passphrase->text().isEmpty()) {
        showFormError(m_error, tr("Give a passphrase, or tick \"Without encryption\"."));
        m_passphrase->setFocus();
        return;
    }
    if (isEncrypted() && m_passphrase->text() != m_repeat->text()) {
        showFormError(m_error, tr("The two passphrases differ: type the same passphrase twice."));
        m_repeat->setFocus();
        m_repeat->selectAll();
        return;
    }
    QString error;
    if (!Backup::createFromFile(m_workspace, target,
                                isEncrypted() ? m_passphrase->text().toUtf8() : QByteArray(), &error)) {
        showFormError(m_error, tr("The backup %1 was not made: %2").arg(QFileInfo(target).fileName(), error));
        return;
    }
    m_made = target;
    QDialog::accept();
}

} // namespace fla::ui
