#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

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

} // namespace keyboard
