#include "AuthTestSupport.h"
#include "core/auth/LoopbackListener.h"

#include <QSignalSpy>
#include <QTest>

using namespace fla::auth;

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private slots:
    void refusesBeyondLoopback_data();
    void refusesBeyondLoopback();
    void listensOnLoopbackWithChosenPort();
    void exactlyOneCallbackThenClosed();
    void otherPathsDoNotCount();
    void inspectorDecidesThePage();
    void rejectedCallbackKeepsWaiting();
};

void TestLoopbackListener::refusesBeyondLoopback_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any);
    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any IPv6") << QHostAddress(QHostAddress::AnyIPv6);
    QTest::newRow("LAN address") << QHostAddress("192.168.1.10");
    QTest::newRow("public address") << QHostAddress("203.0.113.5");
}

void TestLoopbackListener::refusesBeyondLoopback()
{
    QFETCH(QHostAddress, address);
    LoopbackListener listener;
    QVERIFY(!listener.listen(address, 0));
    QVERIFY(!listener.isListening());
    QVERIFY(listener.errorString().contains("loopback"));
}

void TestLoopbackListener::listensOnLoopbackWithChosenPort()
{
    LoopbackListener a, b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    QCOMPARE(a.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(a.port() != 0);
    QVERIFY(a.port() != b.port());
    QCOMPARE(a.redirectUri().toString(), QString("http://127.0.0.1:%1/callback").arg(a.port()));
}

void TestLoopbackListener::exactlyOneCallbackThenClosed()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
    fla::test::FakeBrowser browser;
    QUrl url = listener.redirectUri();
    url.setQuery("code=abc&state=xyz");
    const auto first = browser.getNow(url);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("return to FLA Desk"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<QUrlQuery>().queryItemValue("code"), QString("abc"));
    QVERIFY(!listener.isListening());
    const auto second = browser.getNow(url);
    QCOMPARE(second.error, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(spy.count(), 1);
}

void TestLoopbackListener::otherPathsDoNotCount()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
    fla::test::FakeBrowser browser;
    QUrl favicon = listener.redirectUri();
    favicon.setPath("/favicon.ico");
    QCOMPARE(browser.getNow(favicon).status, 404);
    QCOMPARE(spy.count(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::inspectorDecidesThePage()
{
    LoopbackListener listener;
    listener.setInspector([](const QUrlQuery &) { return LoopbackListener::Reply{false, "Nope <script>"}; });
    QVERIFY(listener.listen());
    fla::test::FakeBrowser browser;
    const auto answer = browser.getNow(listener.redirectUri());
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("Nope &lt;script&gt;"));
    QVERIFY(answer.body.contains("data-success=\"false\""));
}

void TestLoopbackListener::rejectedCallbackKeepsWaiting()
{
    // Issue 20.13: a callback of another sign-in must not end the wait for ours.
    LoopbackListener listener;
    QVERIFY(listener.listen());
    listener.setInspector([](const QUrlQuery &q) {
        LoopbackListener::Reply r;
        if (q.queryItemValue("state") != "ours") {
            r.success = false;
            r.keepWaiting = true;
            r.message = "not this sign-in";
        }
        return r;
    });
    QSignalSpy spy(&listener, &LoopbackListener::callbackReceived);
    fla::test::FakeBrowser browser;
    QUrl wrong = listener.redirectUri();
    wrong.setQuery("code=stolen&state=theirs");
    const auto refused = browser.getNow(wrong);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("not this sign-in"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(listener.isListening());
    QUrl right = listener.redirectUri();
    right.setQuery("code=abc&state=ours");
    QCOMPARE(browser.getNow(right).status, 200);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!listener.isListening());
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
