#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fla::ui {

// Restores a .fladeskbackup file (File > Restore backup…, or the file given
// on the command line when the user opens one): asks for the passphrase when
// the backup is encrypted and for the workspace file to restore into, then
// restores it through core's Backup API. A workspace already at that path is
// kept as a copy (core guarantees it); the workspace open now is never the
// target. A wrong passphrase or a damaged file leaves the dialog open with
// the reason.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &backupFile, const QString &openWorkspace, QWidget *parent = nullptr);

    bool isEncrypted() const { return m_encrypted; }
    QString restoredPath() const { return m_restored; }
    // The copy core kept of a workspace that was at the target path, if any.
    QString keptCopy() const { return m_kept; }
    QString errorText() const;

    void accept() override;

private:
    void browse();

    QString m_backup;
    QString m_openWorkspace;
    bool m_encrypted = false;
    QString m_restored;
    QString m_kept;
    QLabel *m_intro;
    QLineEdit *m_passphrase;
    QLineEdit *m_target;
    QPushButton *m_browse;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace fla::ui
