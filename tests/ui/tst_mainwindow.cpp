#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensAndGrabs();
};

void TestMainWindow::opensAndGrabs()
{
    fla::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.windowTitle().isEmpty());
    QVERIFY(window.menuBar()->actions().size() >= 2);
    const QPixmap shot = window.grab();
    QVERIFY(!shot.isNull());
    const QString path = QDir(fla::test::artifactsDir()).filePath(QStringLiteral("mainwindow-en.png"));
    QVERIFY(shot.save(path));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
