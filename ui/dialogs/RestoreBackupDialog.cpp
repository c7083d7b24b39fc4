#include "ui/dialogs/RestoreBackupDialog.h"

#include "core/storage/Backup.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FormError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fla::ui {

RestoreBackupDialog::RestoreBackupDialog(const QString &backupFile, const QString &openWorkspace,
                                         QWidget *parent)
    : QDialog(parent)
    , m_backup(backupFile)
    , m_openWorkspace(openWorkspace)
    , m_encrypted(Backup::isEncrypted(backupFile))
    , m_intro(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore backup"));
    const QFileInfo info(backupFile);
    m_intro->setWordWrap(true);
    m_intro->setText(
        m_encrypted
            ? tr("The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.")
                  .arg(info.fileName())
            : tr("Give the workspace file to restore the backup %1 into.").arg(info.fileName()));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the backup"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setAccessibleName(tr("Workspace file to restore into"));
    m_target->setText(QDir::toNativeSeparators(
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".fladesk"))));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the workspace file"));
    connect(m_browse, &QPushButton::clicked, this, &RestoreBackupDialog::browse);
    m_error->setObjectName(QStringLiteral("restoreError"));
    setUpFormError(m_error, tr("Why the backup was not restored"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connectOkCancel(m_buttons, this);

    auto *form = new QFormLayout;
    addBuddyRow(form, tr("&Passphrase:"), m_passphrase)->setVisible(m_encrypted);
    m_passphrase->setVisible(m_encrypted);
    addBuddyRow(form, tr("Restore &into:"), m_target, pathRow(m_target, m_browse));
    layOutFormDialog(this, m_intro, form, m_error, m_buttons);
    (m_encrypted ? m_passphrase : m_target)->setFocus();
}

QString RestoreBackupDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void RestoreBackupDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Restore into"), m_target->text(),
                                                      tr("FLA Desk workspaces (*.fladesk)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_target->setText(QDir::toNativeSeparators(path));
}

void RestoreBackupDialog::accept()
{
    auto fail = [this](const QString &message) { showFormError(m_error, message); };
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (target.isEmpty()) {
        fail(tr("Give the workspace file to restore the backup into."));
        m_target->setFocus();
        return;
    }
    const QString open =
        m_openWorkspace.isEmpty() ? QString() : QFileInfo(m_openWorkspace).absoluteFilePath();
    if (!open.isEmpty() && QFileInfo(target).absoluteFilePath() == open) {
        fail(tr("%1 is the workspace open now: choose another file. Restoring never replaces the "
                "workspace you are working in.")
                 .arg(QDir::toNativeSeparators(target)));
        m_target->setFocus();
        m_target->selectAll();
        return;
    }
    if (m_encrypted && m_passphrase->text().isEmpty()) {
        fail(tr("The backup is encrypted: give its passphrase."));
        m_passphrase->setFocus();
        return;
    }
    QString kept;
    QString error;
    if (!Backup::restore(m_backup, m_encrypted ? m_passphrase->text().toUtf8() : QByteArray(), target, &kept,
                         &error)) {
        fail(tr("The backup %1 was not restored: %2").arg(QFileInfo(m_backup).fileName(), error));
        if (m_encrypted) {
            m_passphrase->setFocus();
            m_passphrase->selectAll();
        }
        return;
    }
    m_restored = target;
    m_kept = kept;
    QDialog::accept();
}

} // namespace fla::ui
