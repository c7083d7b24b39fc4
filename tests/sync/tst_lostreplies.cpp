// Answers lost on the way back, against a real fla-sandbox process over loopback
// (issue 20, items 3 and 5): a record whose update the platform committed but
// whose answer was lost, edited again, is no conflict (the platform's version is
// our own); a real change by someone else still is; and a sync that got some
// answers reports what it did instead of "offline".

#include "CliRun.h"
#include "Must.h"
#include "PlatformClient.h"

#include "core/storage/OutboxRepository.h"
#include "core/sync/PlatformVersions.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace fla::test;

class TestLostReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownVersionAfterLostReplyIsNoConflict();
    void changeByAnotherAfterLostReplyIsAConflict();
    void acceptedAfterLostFirstRepliesIsNotOffline();
    void unreachablePartWayIsReported();

private:
    // Declares the synthetic data to a sandbox without faults.
    void declareAll();
    // Renames every training (an edit queued for sync); returns the new names by uuid.
    QHash<QUuid, QString> renameTrainings(const QString &suffix);
    // Starts the sandbox on the same platform database with `args`.
    QString startSandbox(SandboxProcess &sandbox, const QStringList &args);
    // A sync of the edits whose (only) declaration is committed and its answer lost; the run ends
    // before a retry, as when the user closes the app or the platform stays silent.
    void syncWithLostReply();
    QJsonObject cliSync(const SandboxProcess &sandbox, const QStringList &extra, int *exitCode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Synthetic m_data;
};

void TestLostReplies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath("ws.fladesk"), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_data = makeSynthetic(kChloe1, 6, 12, 2);
    const QString saved = saveQueued(*m_ws, m_data);
    QVERIFY2(saved.isEmpty(), qPrintable(saved));
}

void TestLostReplies::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QString TestLostReplies::startSandbox(SandboxProcess &sandbox, const QStringList &args)
{
    return sandbox.start(QStringList{"--data-dir", m_dir->filePath("sandbox"), "--retry-after", "0"} + args);
}

void TestLostReplies::declareAll()
{
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const SyncSummary s = syncWorkspace(*m_ws, sandbox);
    QCOMPARE(s.remaining, 0);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, int(m_data.size()));
}

QHash<QUuid, QString> TestLostReplies::renameTrainings(const QString &suffix)
{
    QHash<QUuid, QString> names;
    for (const Training &t : std::as_const(m_data.trainings)) {
        Training edited = *fla::test::must(m_ws->trainings(m_data.employer.uuid).find(t.uuid));
        edited.name = t.name + suffix;
        if (!m_ws->trainings(m_data.employer.uuid).save(edited))
            return {};
        names.insert(t.uuid, edited.name);
    }
    return names;
}

void TestLostReplies::syncWithLostReply()
{
    // The first API request (the employers list) is served, the second (the declaration) is
    // carried out and committed, and its answer lost — and so are the network stack's own
    // resends of it (Qt sends a request again once or twice when the connection closes unanswered).
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {"--fault-sequence", "none,lost,lost,lost,lost"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    SyncOptions o = fastRetries();
    o.maxWaitMs = 0; // the run ends instead of waiting for the retry
    const SyncSummary s = runSync(*m_ws, sandbox, o, 30000);
    QCOMPARE(s.counts.done(), 0);
    QCOMPARE(s.remaining, int(m_data.trainings.size()));
    QCOMPARE(s.unanswered, int(m_data.trainings.size()));
    const QJsonObject stats = getJson(QUrl(sandbox.baseUrl().toString() + "/sandbox/platform/stats"));
    QVERIFY(stats.value("faults").toObject().value("lost").toInt() >= 1);
}

void TestLostReplies::ownVersionAfterLostReplyIsNoConflict()
{
    declareAll();
    // GIVEN an edit the platform committed while its answer was lost
    QVERIFY(!renameTrainings(" (v2)").isEmpty());
    syncWithLostReply();
    // WHEN the user edits the same records again and syncs
    const QHash<QUuid, QString> newest = renameTrainings(" (v3)");
    QVERIFY(!newest.isEmpty());
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const SyncSummary s = syncWorkspace(*m_ws, sandbox);
    // THEN no conflict: every edit is accepted and the platform holds the newest one
    QCOMPARE(s.counts.conflicts, 0);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, int(m_data.trainings.size()));
    QCOMPARE(s.remaining, 0);
    QCOMPARE(s.unanswered, 0);
    QVERIFY(!s.offline);
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        const PlatformReply r = platformRequest(sandbox, "GET",
                                                "/employers/" + kChloe1 + "/trainings/" +
                                                    it.key().toString(QUuid::WithoutBraces));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("name").toString(), it.value());
        const std::optional<PlatformVersions::Version> v = PlatformVersions(*m_ws).version(it.key());
        QVERIFY(v);
        QVERIFY(!v->conflict);
        QCOMPARE(v->baseEtag, r.etag);
    }
    OutboxRepository outbox = m_ws->outbox(m_data.employer.uuid);
    QCOMPARE(fla::test::must(outbox.findCountBySyncStatus(RecordKind::Training, SyncStatus::Conflict)),
             qint64(0));
    QCOMPARE(outbox.findCount(OutboxState::Pending).value(), qint64(0));
}

void TestLostReplies::changeByAnotherAfterLostReplyIsAConflict()
{
    declareAll();
    QVERIFY(!renameTrainings(" (v2)").isEmpty());
    syncWithLostReply();
    // GIVEN another channel changes one of those records on the platform meanwhile
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QString path = "/employers/" + kChloe1 + "/trainings/" +
                         m_data.trainings.first().uuid.toString(QUuid::WithoutBraces);
    QJsonObject theirs = platformRequest(sandbox, "GET", path).json;
    theirs.remove("participations");
    theirs.insert("name", "Renamed by the training provider");
    QCOMPARE(platformRequest(sandbox, "PUT", path, theirs).status, 200);
    // WHEN the user edits again and syncs
    QVERIFY(!renameTrainings(" (v3)").isEmpty());
    const SyncSummary s = syncWorkspace(*m_ws, sandbox);
    // THEN that one is a conflict (nothing of theirs is overwritten), the others are accepted
    QCOMPARE(s.counts.conflicts, 1);
    QCOMPARE(s.counts.accepted + s.counts.acceptedWithWarnings, int(m_data.trainings.size()) - 1);
    QCOMPARE(platformRequest(sandbox, "GET", path).json.value("name").toString(),
             QString("Renamed by the training provider"));
    QVERIFY(PlatformVersions(*m_ws).version(m_data.trainings.first().uuid)->conflict);
}

QJsonObject TestLostReplies::cliSync(const SandboxProcess &sandbox, const QStringList &extra, int *exitCode)
{
    CliOptions options;
    options.environment = {{"FLADESK_ACCESS_TOKEN", sandbox.token()}};
    m_ws.reset(); // the CLI opens the workspace itself
    const CliRun cli = runCli(QStringList{"sync", "--workspace", m_dir->filePath("ws.fladesk"), "--api-url",
                                          sandbox.apiUrl().toString(), "--json", "--quiet", "--backoff-ms",
                                          "20", "--batch-size", "10"} +
                                  extra,
                              options);
    if (!cli.finished)
        return {};
    *exitCode = cli.exitCode;
    const QByteArray out = cli.out;
    QString error;
    m_ws = Workspace::open(m_dir->filePath("ws.fladesk"), &error);
    return QJsonDocument::fromJson(out.trimmed().split('\n').constLast()).object();
}

void TestLostReplies::acceptedAfterLostFirstRepliesIsNotOffline()
{
    // GIVEN a platform whose answers to the first declarations are lost (the work is done)
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {"--fault-sequence", "none,lost,lost,lost,lost,lost,lost"});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // WHEN the command line syncs (the retries then get their answers)
    int exit = -1;
    const QJsonObject summary = cliSync(sandbox, {}, &exit);
    // THEN it says what happened: everything accepted, not "offline", exit 0 (issue 20.5: 70)
    QVERIFY2(!summary.isEmpty(), "no JSON summary");
    QCOMPARE(summary.value("offline").toBool(), false);
    QCOMPARE(summary.value("accepted").toInt() + summary.value("acceptedWithWarnings").toInt(),
             int(m_data.size()));
    QCOMPARE(summary.value("remaining").toInt(), 0);
    QCOMPARE(summary.value("unanswered").toInt(), 0);
    QVERIFY(summary.value("retried").toInt() > 0); // the client did meet the lost answers
    QCOMPARE(exit, 0);
}

void TestLostReplies::unreachablePartWayIsReported()
{
    // GIVEN a platform that answers the workers' declaration, then drops every connection
    QStringList sequence{"none", "none", "none"};
    for (int i = 0; i < 40; ++i)
        sequence.append("drop");
    SandboxProcess sandbox;
    const QString err = startSandbox(sandbox, {"--fault-sequence", sequence.join(',')});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    int exit = -1;
    const QJsonObject summary = cliSync(sandbox, {"--max-wait", "0"}, &exit);
    // THEN the workers are reported accepted, the rest not reached — not "offline" — and exit 1
    QVERIFY2(!summary.isEmpty(), "no JSON summary");
    QCOMPARE(summary.value("accepted").toInt() + summary.value("acceptedWithWarnings").toInt(),
             int(m_data.workers.size()));
    QCOMPARE(summary.value("offline").toBool(), false);
    QVERIFY(summary.value("unanswered").toInt() > 0);
    QCOMPARE(summary.value("remaining").toInt(), int(m_data.size() - m_data.workers.size()));
    bool told = false;
    for (const QJsonValue &m : summary.value("messages").toArray())
        told = told || m.toString().contains("could not be reached for");
    QVERIFY2(told, QJsonDocument(summary).toJson().constData());
    QCOMPARE(exit, 1);
}

QTEST_GUILESS_MAIN(TestLostReplies)
#include "tst_lostreplies.moc"
