#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

// What the keyboard-only widget tests share: acting on the modal dialog an
// action opens, and the letter a user presses for a labelled control.
namespace keyboard {

// Runs what on the next modal dialog as soon as it is shown and active.
inline void onModal(std::function<void(QWidget *)> what, int tries = 300)
{
    QTimer::singleShot(10, [what, tries] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (tries > 0)
                onModal(what, tries - 1);
            else
                qWarning("no dialog came");
            return;
        }
        if (!QTest::qWaitForWindowActive(modal)) {
            qWarning("the dialog did not become active");
            modal->close();
            return;
        }
        what(modal);
    });
}

// The letter after & in a text (its Alt shortcut), as a key.
inline Qt::Key mnemonic(const QString &text)
{
    return Qt::Key(text.at(text.indexOf(QLatin1Char('&')) + 1).toUpper().unicode());
}

// Types text as key presses that carry each character. QTest::keyClicks maps every
// character to a key and stops (QTEST_ASSERT) at letters outside its table, such as the é
// of a Windows profile path (C:\Users\Chloé\...).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// A question the window may ask while an action runs: whether it was asked,
// and whether the action is over (a question not come by then is no longer awaited).
struct Question
{
    bool asked = false;
    bool over = false;
};

// Answers the message box named `name` with `answer` when the window opens it,
// made active first as a window manager would. The box runs its own event loop,
// so it is polled for until the caller marks the action over (a loaded machine is slow).
inline std::shared_ptr<Question> answerQuestion(const QString &name,
                                                std::function<void(QMessageBox *)> answer)
{
    const auto question = std::make_shared<Question>();
    const auto poll = std::make_shared<std::function<void()>>();
    *poll = [question, self = std::weak_ptr<std::function<void()>>(poll), name, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name || !box->isVisible()) {
            if (!question->over) {
                if (const auto again = self.lock())
                    QTimer::singleShot(10, [again] { (*again)(); });
            }
            return;
        }
        question->asked = true;
        QApplication::setActiveWindow(box);
        if (!QTest::qWaitForWindowActive(box))
            qWarning("the question did not become active");
        answer(box);
    };
    QTimer::singleShot(10, [poll] { (*poll)(); });
    return question;
}

} // namespace keyboard
