#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fla::ui {

// File > Make a backup…: writes a .fladeskbackup of the open workspace through
// core's Backup API, encrypted with a passphrase typed twice; without
// encryption only when the user ticks that explicitly. A failure leaves the
// dialog open with the reason.
class MakeBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // today names the default file (workspace-2026-12-07.fladeskbackup).
    MakeBackupDialog(const QString &workspaceFile, const QDate &today, QWidget *parent = nullptr);

    QString backupPath() const { return m_made; }
    bool isEncrypted() const;
    QString errorText() const;

    void accept() override;

private:
    void browse();
    void updateEncryption();

    QString m_workspace;
    QString m_made;
    QLabel *m_intro;
    QLineEdit *m_target;
    QPushButton *m_browse;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QCheckBox *m_unencrypted;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace fla::ui
