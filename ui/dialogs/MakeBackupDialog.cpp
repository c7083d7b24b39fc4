#include "dialogs/MakeBackupDialog.h"

#include "storage/Backup.h"
#include "widgets/FormError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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
    // The whole path in sight (up to 100 characters): where the backup goes is read, not guessed.
    m_target->setMinimumWidth(qMin(m_target->fontMetrics().horizontalAdvance(m_target->text()),
                                   m_target->fontMetrics().averageCharWidth() * 100) +
                              m_target->fontMetrics().averageCharWidth() * 2);
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MakeBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MakeBackupDialog::reject);

    auto *form = new QFormLayout;
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_browse);
    auto *targetLabel = new QLabel(tr("&Save as:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    auto *passLabel = new QLabel(tr("&Passphrase:"), this);
    passLabel->setBuddy(m_passphrase);
    form->addRow(passLabel, m_passphrase);
    auto *repeatLabel = new QLabel(tr("&Repeat passphrase:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, m_repeat);
    form->addRow(m_unencrypted);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // At least 70 characters wide, and never narrower than what the rows need (a long path).
    setMinimumWidth(qMax(fontMetrics().averageCharWidth() * 70, layout->minimumSize().width()));
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
