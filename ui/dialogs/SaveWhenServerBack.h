#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QLabel;
class QTimer;
class QWidget;

namespace fla::ui {
class Session;
} // namespace fla::ui

namespace fla::ui {

// What a dialog does when its Save meets a team server it cannot reach (the
// network dropped, the server stopped): nothing is written, the dialog stays
// open with everything typed and says so in its banner, naming the record; it
// asks the server again every few seconds and, once the connection is back
// (opened again by the data source), saves by itself through save (the
// dialog's own Save, with the version check of every save).
class SaveWhenServerBack : public QObject
{
    Q_OBJECT

public:
    SaveWhenServerBack(Session *session, QWidget *dialog, std::function<void()> save);

    // The line the dialog shows the message in (hidden until needed).
    QLabel *banner() const { return m_banner; }
    // Before the dialog writes: true when the workspace can be written now. Otherwise the
    // banner names what (a record's label, as FieldChecks::recordLabel words it) and the
    // dialog waits for the server.
    bool ready(const QString &what);
    bool isWaiting() const;

    // How often the server is asked again (tests shorten it).
    static void setRetryIntervalMs(int ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retry();
    void retranslate();

    Session *m_session;
    std::function<void()> m_save;
    QLabel *m_banner;
    QTimer *m_timer;
    QString m_what;
    QString m_reason;
};

} // namespace fla::ui
