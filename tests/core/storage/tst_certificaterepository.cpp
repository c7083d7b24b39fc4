// Certificate files kept with a participation in a real workspace (a file, and as
// CertificateRepository_pg a PostgreSQL database): the bytes come back whole,
// a file beyond the limit or of another company's participation is refused with a
// message naming it, and a company reads only its own files.

#include "StorageTestData.h"
#include "core/storage/CertificateRepository.h"
#include "core/storage/EmployerRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/TrainingRepository.h"
#include "core/storage/WorkerRepository.h"
#include "core/storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;
using namespace storagetest;

namespace {

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestCertificateRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keptWholeAndReadBack();
    void refusedWithTheirReason_data();
    void refusedWithTheirReason();
    void keptPerCompany();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    Employer m_a, m_b;
    Participation m_pa, m_pb;
};

void TestCertificateRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    STORAGE_LOCATION(location, m_dir->path(), "ws.fladesk");
    m_ws = Workspace::open(location, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_a = employer("Alpha");
    m_b = employer("Beta", 4030192);
    QVERIFY2(m_ws->employers().saveAll({m_a, m_b}, &error), qPrintable(error));
    for (auto [e, p] : {std::pair{&m_a, &m_pa}, std::pair{&m_b, &m_pb}}) {
        const Worker w = worker(e->uuid, "Peeters");
        const Training t = training(e->uuid, "Heftruck");
        *p = participation(t, w);
        QVERIFY2(m_ws->workers(e->uuid).save(w, &error), qPrintable(error));
        QVERIFY2(m_ws->trainings(e->uuid).save(t, &error), qPrintable(error));
        QVERIFY2(m_ws->participations(e->uuid).save(*p, &error), qPrintable(error));
    }
}

void TestCertificateRepository::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestCertificateRepository::keptWholeAndReadBack()
{
    // Every byte value, twice, and a name with an accent: a PDF is binary.
    QByteArray bytes;
    for (int i = 0; i < 512; ++i)
        bytes.append(char(i % 256));
    const QString path = writeFile(m_dir->path(), QString::fromUtf8("attest-heftruck-é.pdf"), bytes);
    QVERIFY(!path.isEmpty());
    QString error;
    CertificateRepository certificates = m_ws->certificates(m_a.uuid);
    QVERIFY2(certificates.attach(m_pa.uuid, path, &error), qPrintable(error));
    const QList<CertificateFile> files = certificates.forParticipation(m_pa.uuid, &error);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).fileName, QString::fromUtf8("attest-heftruck-é.pdf"));
    QCOMPARE(files.at(0).size, qint64(bytes.size()));
    QCOMPARE(files.at(0).sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(certificates.content(files.at(0).id, &error), bytes);
    // Removed, it is gone.
    QVERIFY2(certificates.remove(files.at(0).id, &error), qPrintable(error));
    QVERIFY(certificates.forParticipation(m_pa.uuid, &error).isEmpty());
}

void TestCertificateRepository::refusedWithTheirReason_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("ownParticipation");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << qint64(0) << true << "leeg.pdf";
    QTest::newRow("one byte beyond 5 MiB") << CertificateRepository::kMaxBytes + 1 << true << "leeg.pdf";
    QTest::newRow("another company's participation") << qint64(10) << false << "leeg.pdf";
}

void TestCertificateRepository::refusedWithTheirReason()
{
    QFETCH(qint64, size);
    QFETCH(bool, ownParticipation);
    QFETCH(QString, named);
    const QString path = writeFile(m_dir->path(), named, QByteArray(int(size), 'x'));
    QVERIFY(!path.isEmpty());
    QString error;
    const QUuid participation = ownParticipation ? m_pa.uuid : m_pb.uuid;
    QVERIFY(!m_ws->certificates(m_a.uuid).attach(participation, path, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(m_ws->certificates(m_a.uuid).forParticipation(participation, &error).isEmpty());
    QVERIFY(m_ws->certificates(m_b.uuid).forParticipation(participation, &error).isEmpty());
}

void TestCertificateRepository::keptPerCompany()
{
    const QString path = writeFile(m_dir->path(), "attest.pdf", "%PDF-1.4 synthetic");
    QString error;
    QVERIFY2(m_ws->certificates(m_a.uuid).attach(m_pa.uuid, path, &error), qPrintable(error));
    const QList<CertificateFile> files = m_ws->certificates(m_a.uuid).forParticipation(m_pa.uuid, &error);
    QCOMPARE(files.size(), 1);
    // The other company neither lists nor reads nor removes it.
    QVERIFY(m_ws->certificates(m_b.uuid).forParticipation(m_pa.uuid, &error).isEmpty());
    QVERIFY(m_ws->certificates(m_b.uuid).content(files.at(0).id, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    m_ws->certificates(m_b.uuid).remove(files.at(0).id, &error);
    QCOMPARE(m_ws->certificates(m_a.uuid).forParticipation(m_pa.uuid, &error).size(), 1);
}

QTEST_GUILESS_MAIN(TestCertificateRepository)
#include "tst_certificaterepository.moc"
