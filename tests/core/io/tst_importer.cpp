#include "core/domain/FieldLabels.h"
#include "core/domain/RecordSchema.h"
#include "core/domain/Ssin.h"
#include "core/io/CsvReader.h"
#include "core/io/ImportProfile.h"
#include "core/io/Importer.h"
#include "core/io/TableReader.h"
#include "core/io/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fla;

// The spreadsheet importer: mapping suggestions, profiles, the checks of each
// row, drafts, rejected rows and idempotence.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void suggestions_data();
    void suggestions();
    void profileRoundTrip();
    void profilesSavedBeforeTheSchemaRead();
    void namesAndLabelsAreTheSchemas();
    void mixedRows();
    void obligationColumns();
    void costColumns();
    void rowIssues_data();
    void rowIssues();
    void draftsKeepBlockingRows();
    void sameFileTwiceSameRecords();
    void derivedUuidsAreStandardV5();
    void sharedTrainingAndOverride();
    void rejectedFile();
    void xlsxWithSharedStringsAndDates();
    void utf16AndWindows1252Files();
    void missingColumn();
    void preview();
    void durationWithItsUnit_data();
    void durationWithItsUnit();
    void unknownMappingFieldListsTheFields();
    void reportsOfManyBadRowsBounded();
    void fieldRulesRefuseEvenDrafts_data();
    void fieldRulesRefuseEvenDrafts();
    void invalidUtf8Refused();
    void rejectedFileCapsHugeField();
    void newWorkerAndTrainingOnEveryRow();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportResult importCsv(const QByteArray &csv, ImportMode mode = ImportMode::ValidRowsOnly);

    QTemporaryDir m_dir;
    Employer m_employer;
    QString m_ssin1, m_ssin2, m_ssin3;
};

void TestImporter::init()
{
    QVERIFY(m_dir.isValid());
    m_employer.uuid = QUuid::fromString(QStringLiteral("11111111-2222-3333-4444-555555555555"));
    m_employer.enterpriseNumber = "0566988259";
    m_employer.hoursPerDay = 7.6;
    m_ssin1 = Ssin::compose(85, 7, 30, 33, false);
    m_ssin2 = Ssin::compose(92, 3, 14, 124, false);
    m_ssin3 = Ssin::compose(1, 11, 2, 57, true);
}

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

ImportResult TestImporter::importCsv(const QByteArray &csv, ImportMode mode)
{
    QString error;
    auto reader = TableReader::fromCsvBytes(csv, &error);
    if (!reader)
        return {};
    const ImportProfile profile = suggestProfile(reader->header());
    return Importer(m_employer, profile, QDate(2025, 6, 30)).run(*reader, mode);
}

void TestImporter::suggestions_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields"); // field key per column, "-" for none
    QTest::newRow("nl") << QStringList{"Rijksregisternummer", "Naam",      "Voornaam",    "Opleiding",
                                       "Begindatum",          "Einddatum", "Aantal uren", "Attest"}
                        << QStringList{"ssin",      "familyName", "givenName", "trainingName",
                                       "startDate", "endDate",    "hours",     "certificate"};
    QTest::newRow("fr") << QStringList{"NISS",          "Nom",         "Prénom",          "Formation",
                                       "Date de début", "Date de fin", "Nombre de jours", "Opérateur"}
                        << QStringList{"ssin",      "familyName", "givenName", "trainingName",
                                       "startDate", "endDate",    "days",      "provider"};
    QTest::newRow("fr numéro national")
        << QStringList{"Numéro national", "Nom", "Prénom"} << QStringList{"ssin", "familyName", "givenName"};
    QTest::newRow("de") << QStringList{"Sozialversicherungsnummer",
                                       "Name",
                                       "Vorname",
                                       "Schulung",
                                       "Von",
                                       "Bis",
                                       "Stunden",
                                       "Sprache"}
                        << QStringList{"ssin",      "familyName", "givenName", "trainingName",
                                       "startDate", "endDate",    "hours",     "language"};
    QTest::newRow("en") << QStringList{"SSIN",       "Last name", "First name", "Course",
                                       "Start date", "End date",  "Hours",      "Cost"}
                        << QStringList{"ssin",      "familyName", "givenName", "trainingName",
                                       "startDate", "endDate",    "hours",     "cost"};
    QTest::newRow("INSZ, full name, unknown column")
        << QStringList{"INSZ", "Naam", "Opmerking", "Datum", "Uren"}
        << QStringList{"ssin", "fullName", "-", "startDate", "hours"};
}

void TestImporter::suggestions()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    const ImportProfile p = suggestProfile(header);
    for (int c = 0; c < header.size(); ++c) {
        QString found = "-";
        for (auto it = p.columns.cbegin(); it != p.columns.cend(); ++it) {
            if (it.value() == header.at(c))
                found = importFieldKey(it.key());
        }
        QCOMPARE(found + " <- " + header.at(c), fields.at(c) + " <- " + header.at(c));
    }
}

void TestImporter::profileRoundTrip()
{
    ImportProfile p = suggestProfile({"INSZ", "Naam", "Voornaam", "Opleiding", "Van", "Uren"});
    p.name = "Loonexport SD";
    p.source = "Sociaal secretariaat";
    p.defaultKind = TrainingKind::Informal;
    QString error;
    const QString dir = m_dir.filePath("profiles");
    QVERIFY2(ImportProfiles::save(p, dir, &error), qPrintable(error));
    QCOMPARE(ImportProfiles::names(dir), QStringList{"Loonexport SD"});
    const auto back = ImportProfiles::load("Loonexport SD", dir, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->columns, p.columns);
    QVERIFY(back->defaultKind == TrainingKind::Informal);
    QCOMPARE(back->source, p.source);

    QVERIFY(!ImportProfiles::load("Bestaat niet", dir, &error));
    QVERIFY(error.contains("Bestaat niet"));
    const QString bad = write("bad.json", R"({"columns": {"shoeSize": "Maat"}})");
    QVERIFY(!ImportProfiles::load(bad, dir, &error));
    QVERIFY2(error.contains("shoeSize"), qPrintable(error));
}

// A profile as fladesk saved it before the import took its names from the schema:
// every field by the name it had then.
void TestImporter::profilesSavedBeforeTheSchemaRead()
{
    const QString path = write("old-profile.json", R"({"name": "Oud", "source": "SD", "version": 1,
        "defaultKind": "INFORMAL", "defaultLanguage": "fr", "columns": {
        "ssin": "A", "familyName": "B", "givenName": "C", "fullName": "D", "birthDate": "E", "language": "F",
        "trainingName": "G", "provider": "H", "kind": "I", "startDate": "J", "endDate": "K", "hours": "L",
        "days": "M", "duration": "N", "durationUnit": "O", "followed": "P", "certificate": "Q",
        "countsForFla": "R", "cost": "S"}})");
    QString error;
    const auto p = ImportProfiles::load(path, m_dir.path(), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->columns.size(), 19); // every field the import had then
    QCOMPARE(p->columns.value(ImportField::TrainingName), QString("G"));
    QCOMPARE(p->columns.value(ImportField::DurationUnit), QString("O"));
    QCOMPARE(p->columns.value(ImportField::Cost), QString("S"));
    QCOMPARE(p->columns.value(ImportField::Ssin), QString("A"));
    QVERIFY(p->defaultKind == TrainingKind::Informal);
    // … and saved again, it reads the same.
    QVERIFY2(ImportProfiles::save(*p, m_dir.filePath("again"), &error), qPrintable(error));
    const auto again = ImportProfiles::load("Oud", m_dir.filePath("again"), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->columns, p->columns);
}

// The fields the import fills are named and labelled by the schema; only its own columns have names of their
// own.
void TestImporter::namesAndLabelsAreTheSchemas()
{
    int fromSchema = 0;
    for (const ImportField f : allImportFields()) {
        QCOMPARE(importFieldFromKey(importFieldKey(f)), std::optional<ImportField>(f));
        const auto field = importFieldSchemaKey(f);
        if (!field)
            continue;
        const schema::FieldInfo *info = schema::find(field->first, field->second);
        QVERIFY2(info, qPrintable(field->second));
        ++fromSchema;
        if (f == ImportField::Duration || f == ImportField::DurationUnit || f == ImportField::Cost ||
            f == ImportField::TrainingName)
            continue; // the import reads them otherwise than the record holds them: a label of their own
        QCOMPARE(importFieldLabel(f), asHeading(fieldLabel(*info)));
        QCOMPARE(importFieldKey(f), QString::fromLatin1(info->key));
    }
    QCOMPARE(fromSchema, int(allImportFields().size()) - 3); // but the full name, hours and days
}

void TestImporter::mixedRows()
{
    // GIVEN a semicolon file with two good rows and three bad ones
    const QByteArray csv = "INSZ;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters;Jan;Heftruck;03/02/2025;04/02/2025;7,5\n" + m_ssin2.toLatin1() +
                           ";Janssens;An;Heftruck;03/02/2025;04/02/2025;7,5\n" +
                           "85073003329;Fout;Check;Heftruck;03/02/2025;04/02/2025;7,5\n" +
                           m_ssin3.toLatin1() + ";Claes;Lies;EHBO;31/02/2025;;4\n" + m_ssin3.toLatin1() +
                           ";Claes;Lies;;03/03/2025;;4\n";
    // WHEN it is imported, valid rows only
    const ImportResult r = importCsv(csv);
    // THEN the good rows become records and each bad one is reported
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsRead, 5);
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 3);
    QCOMPARE(r.data.workers.size(), 2);
    QCOMPARE(r.data.trainings.size(), 1);
    QCOMPARE(r.data.participations.size(), 2);
    QCOMPARE(r.data.trainings.first().duration, 7.5);
    QVERIFY(r.data.trainings.first().unit == DurationUnit::Hours);
    QCOMPARE(r.data.trainings.first().startDate, QDate(2025, 2, 3));
    QList<ImportRowReport> rejected;
    for (const auto &row : r.rows) {
        if (!row.accepted)
            rejected.append(row);
    }
    QCOMPARE(rejected.size(), 3);
    QCOMPARE(rejected.at(0).row, 4);
    QCOMPARE(rejected.at(0).issues.first().code, "ID-002");
    QCOMPARE(rejected.at(0).issues.first().column, "INSZ");
    QCOMPARE(rejected.at(1).row, 5);
    QCOMPARE(rejected.at(1).issues.first().code, "IM-002");
    QCOMPARE(rejected.at(1).issues.first().column, "Begindatum");
    QVERIFY(rejected.at(1).issues.first().message.contains("31/02/2025"));
    QCOMPARE(rejected.at(2).issues.first().code, "IM-001");
    QCOMPARE(rejected.at(2).issues.first().column, "Opleiding");
    // The anomaly engine's findings come with the row too (here a warning: registered late).
    bool engineFinding = false;
    for (const auto &row : r.rows) {
        for (const auto &i : row.issues)
            engineFinding = engineFinding || i.code == "DT-005";
    }
    QVERIFY(engineFinding);
    QVERIFY(r.drafts.isEmpty());
}

// Sex, category and training leave as a Dutch payroll list writes them: read into the
// worker and the training; a sex that cannot be read rejects its row, naming the column.
void TestImporter::obligationColumns()
{
    const QByteArray csv =
        "INSZ;Naam;Voornaam;Geslacht;Opleiding;Categorie;Opleidingsverlof;Begindatum;Uren\n" +
        m_ssin1.toLatin1() + ";Peeters;Jan;V;Onthaal;initieel;geen;03/02/2025;7,5\n" + m_ssin2.toLatin1() +
        ";Janssens;An;;Taalcursus;formeel;VOV;03/02/2025;4\n" + m_ssin3.toLatin1() +
        ";Claes;Lies;X;Onthaal;initieel;geen;03/02/2025;7,5\n";
    const ImportResult r = importCsv(csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 1);
    QHash<QString, Worker> workers;
    for (const Worker &w : r.data.workers)
        workers.insert(w.ssin, w);
    QCOMPARE(toString(workers.value(m_ssin1).sex), "FEMALE"); // stated, over the INSZ's odd number
    QCOMPARE(toString(workers.value(m_ssin2).sex), "UNSTATED");
    QCOMPARE(r.data.trainings.size(), 2);
    for (const Training &t : r.data.trainings) {
        if (t.name == QLatin1String("Onthaal")) {
            QCOMPARE(toString(t.category), "INITIAL");
            QCOMPARE(toString(t.leave), "NONE");
            QVERIFY(t.deductFromRight);
        } else {
            QCOMPARE(toString(t.category), "FORMAL_CONTINUING");
            QCOMPARE(toString(t.leave), "FLEMISH_TRAINING_LEAVE");
            QVERIFY(!t.deductFromRight); // outside the individual training right
        }
    }
    for (const auto &row : r.rows) {
        if (!row.accepted) {
            QCOMPARE(row.row, 4);
            QCOMPARE(row.issues.first().column, "Geslacht");
            QVERIFY(row.issues.first().message.contains("X"));
        }
    }
}

// The cost parts of the social balance sheet, as an office's spreadsheet heads them.
void TestImporter::costColumns()
{
    const QByteArray csv =
        "INSZ;Naam;Voornaam;Opleiding;Begindatum;Uren;Kostprijs;Loonkost;Reiskosten;Bijdragen;Subsidies;"
        "Kostenverdeling\n" +
        m_ssin1.toLatin1() + ";Peeters;Jan;Onthaal;03/02/2025;7,5;1.250,00;480,5;35;12,40;200;per uur\n" +
        m_ssin2.toLatin1() + ";Janssens;An;Taalcursus;03/02/2025;4;300;;;;;\n" + m_ssin3.toLatin1() +
        ";Claes;Lies;Excel;03/02/2025;4;100;-5;;;;gelijk\n" + m_ssin3.toLatin1() +
        ";Claes;Lies;Word;03/02/2025;4;100;;;;;per persoon\n" + m_ssin2.toLatin1() +
        ";Janssens;An;Onthaal;03/02/2025;7,5;999;480,5;;;;gelijk\n";
    const ImportResult r = importCsv(csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsAccepted, 3);
    QCOMPARE(r.rowsRejected, 2);
    QHash<QString, Training> trainings;
    for (const Training &t : r.data.trainings)
        trainings.insert(t.name, t);
    const Training onthaal = trainings.value("Onthaal");
    QCOMPARE(onthaal.costCents, std::optional<qint64>(125000));
    QCOMPARE(onthaal.traineePayCents, std::optional<qint64>(48050));
    QCOMPARE(onthaal.travelCostCents, std::optional<qint64>(3500));
    QCOMPARE(onthaal.contributionsCents, std::optional<qint64>(1240));
    QCOMPARE(onthaal.subsidiesCents, std::optional<qint64>(20000));
    QCOMPARE(toString(onthaal.costSharing), "BY_HOURS");
    const Training taal = trainings.value("Taalcursus");
    QCOMPARE(taal.costCents, std::optional<qint64>(30000));
    QVERIFY(!taal.traineePayCents && !taal.travelCostCents && !taal.contributionsCents &&
            !taal.subsidiesCents);
    QCOMPARE(toString(taal.costSharing), "EQUALLY");
    // A negative amount and a sharing no one can read refuse their row, naming the column.
    QStringList columns;
    for (const auto &row : r.rows) {
        if (!row.accepted)
            columns << row.issues.first().column;
    }
    QCOMPARE(columns, (QStringList{"Loonkost", "Kostenverdeling"}));
    // A later row of the same training with other amounts: the first row's
    // are kept, and the row says which of its own were not taken.
    QStringList warned;
    for (const auto &row : r.rows) {
        if (row.accepted && row.row == 6) {
            for (const ImportIssue &i : row.issues) {
                if (i.code == QLatin1String("IM-004"))
                    warned << i.column;
            }
        }
    }
    QCOMPARE(warned, (QStringList{"Kostprijs", "Kostenverdeling"}));
}

void TestImporter::rowIssues_data()
{
    QTest::addColumn<QString>("row"); // after the INSZ column
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("end before start") << "Peeters Jan;EHBO;05/02/2025;03/02/2025;;1"
                                      << "DT-001"
                                      << "Einddatum" << false;
    QTest::newRow("before 2024") << "Peeters Jan;EHBO;05/02/2023;05/02/2023;;1"
                                 << "DT-003"
                                 << "Begindatum" << false;
    QTest::newRow("zero duration") << "Peeters Jan;EHBO;05/02/2025;05/02/2025;0;"
                                   << "DU-001"
                                   << "Uren" << false;
    QTest::newRow("days beyond period") << "Peeters Jan;EHBO;05/02/2025;06/02/2025;;3"
                                        << "DU-002"
                                        << "Dagen" << false;
    QTest::newRow("hours beyond 12 a day (warning)") << "Peeters Jan;EHBO;05/02/2025;05/02/2025;13;"
                                                     << "DU-003"
                                                     << "Uren" << true;
    QTest::newRow("hours not a number") << "Peeters Jan;EHBO;05/02/2025;05/02/2025;zeven;"
                                        << "IM-002"
                                        << "Uren" << false;
    QTest::newRow("no duration") << "Peeters Jan;EHBO;05/02/2025;05/02/2025;;"
                                 << "IM-001"
                                 << "Uren" << false;
    QTest::newRow("no name") << ";EHBO;05/02/2025;05/02/2025;4;"
                             << "IM-001"
                             << "Naam" << false;
}

void TestImporter::rowIssues()
{
    QFETCH(QString, row);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QFETCH(bool, accepted);
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Einddatum;Uren;Dagen\n" + m_ssin1.toLatin1() +
                           ";" + row.toUtf8() + "\n";
    const ImportResult r = importCsv(csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rows.size(), 1);
    for (const auto &i : r.rows.first().issues)
        QVERIFY2(i.code == code || i.severity != Severity::Blocking || !accepted,
                 qPrintable(i.code + " " + i.message));
    QCOMPARE(r.rows.first().issues.first().code, code);
    QCOMPARE(r.rows.first().issues.first().column, column);
    QVERIFY(!r.rows.first().issues.first().message.isEmpty());
    QCOMPARE(r.rows.first().accepted, accepted);
    QCOMPARE(r.rowsAccepted, accepted ? 1 : 0);
}

void TestImporter::draftsKeepBlockingRows()
{
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters Jan;EHBO;05/02/2025;4\n" + "85073003329;Fout Piet;EHBO;05/02/2025;4\n" +
                           ";Leeg Lea;EHBO;05/02/2025;4\n";
    const ImportResult r = importCsv(csv, ImportMode::AllAsDrafts);
    QVERIFY(r.ok);
    QCOMPARE(r.rowsAccepted, 2); // the row without an INSZ cannot even be a draft
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.data.participations.size(), 2);
    QVERIFY(r.drafts.contains(r.data.participations.at(1).uuid));
    QVERIFY(!r.drafts.contains(r.data.participations.at(0).uuid));
    QVERIFY(r.drafts.contains(r.data.workers.at(1).uuid));
}

void TestImporter::sameFileTwiceSameRecords()
{
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters Jan;EHBO;05/02/2025;4\n" + m_ssin2.toLatin1() +
                           ";Janssens An;Excel;06/02/2025;3\n";
    const ImportResult a = importCsv(csv);
    const ImportResult b = importCsv(csv);
    QCOMPARE(a.data.participations.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(a.data.participations.at(i).uuid, b.data.participations.at(i).uuid);
        QCOMPARE(a.data.trainings.at(i).uuid, b.data.trainings.at(i).uuid);
        QCOMPARE(a.data.workers.at(i).uuid, b.data.workers.at(i).uuid);
        QCOMPARE(a.data.workers.at(i).uuid.version(), QUuid::Sha1);
        QCOMPARE(a.data.workers.at(i).uuid.variant(), QUuid::DCE);
    }
    // Another layout of the same facts (comma file, other dates form, other case) is the same record.
    const QByteArray other = "ssin,name,course,start date,hours\n" +
                             Ssin::parse(m_ssin1).display().toLatin1() + ",Peeters Jan,ehbo ,2025-02-05,4\n";
    const ImportResult c = importCsv(other);
    QVERIFY2(c.ok, qPrintable(c.error));
    QCOMPARE(c.data.participations.size(), 1);
    QCOMPARE(c.data.participations.first().uuid, a.data.participations.first().uuid);
    // The same row twice in one file is one record.
    const ImportResult d = importCsv(csv + m_ssin1.toLatin1() + ";Peeters Jan;EHBO;05/02/2025;4\n");
    QCOMPARE(d.rowsAccepted, 3);
    QCOMPARE(d.data.participations.size(), 2);
}

void TestImporter::derivedUuidsAreStandardV5()
{
    // Our fast SHA-1 path gives exactly what QUuid::createUuidV5 (RFC 4122) gives.
    const QUuid training = QUuid::fromString(QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    const QUuid worker = QUuid::fromString(QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    QByteArray name = "participation|" + training.toRfc4122() + "|" + worker.toRfc4122();
    QCOMPARE(Importer::participationUuid(training, worker),
             QUuid::createUuidV5(Importer::uuidNamespace(), name));
    // Fixed forever: a changed derivation would duplicate every re-imported record.
    QCOMPARE(Importer::trainingUuid(m_employer.uuid, "  EHBO  basis ", QDate(2025, 2, 5), QDate(2025, 2, 5)),
             Importer::trainingUuid(m_employer.uuid, "ehbo basis", QDate(2025, 2, 5), QDate(2025, 2, 5)));
}

void TestImporter::sharedTrainingAndOverride()
{
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Einddatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters Jan;Veiligheid;05/02/2025;06/02/2025;8\n" + m_ssin2.toLatin1() +
                           ";Janssens An;Veiligheid;05/02/2025;06/02/2025;4\n";
    const ImportResult r = importCsv(csv);
    QCOMPARE(r.data.trainings.size(), 1);
    QCOMPARE(r.data.participations.size(), 2);
    QVERIFY(!r.data.participations.at(0).durationOverride);
    QCOMPARE(r.data.participations.at(1).durationOverride.value_or(-1), 4.0);
}

void TestImporter::rejectedFile()
{
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters Jan;EHBO;05/02/2025;4\n" + "85073003329;Fout Piet;EHBO;31/13/2025;4\n";
    const ImportResult r = importCsv(csv);
    const QString path = m_dir.filePath("rejected.csv");
    QString error;
    QVERIFY2(Importer::writeRejected(r, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader csvReader(&f, ';');
    QStringList row;
    QVERIFY(csvReader.readRow(row));
    QCOMPARE(row.mid(0, 5), (QStringList{"Row", "Column", "Code", "Severity", "Message"}));
    QCOMPARE(row.mid(5), (QStringList{"INSZ", "Naam", "Opleiding", "Begindatum", "Uren"}));
    QList<QStringList> lines;
    while (csvReader.readRow(row))
        lines.append(row);
    QVERIFY(lines.size() >= 2); // every issue of the one rejected row, own checks first
    QCOMPARE(lines.at(0).at(0), "3");
    QCOMPARE(lines.at(0).at(1), "INSZ");
    QCOMPARE(lines.at(0).at(2), "ID-002");
    QCOMPARE(lines.at(1).at(1), "Begindatum");
    QCOMPARE(lines.at(1).at(5), "85073003329"); // the row's own values follow
}

void TestImporter::xlsxWithSharedStringsAndDates()
{
    // A workbook as Excel writes it: shared strings, a date style, numbers.
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray sheet =
        "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns +
        "\"><sheetData>"
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
        "<c r=\"E1\" t=\"s\"><v>4</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>5</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>Peeters "
        "Jan</t></is></c>"
        "<c r=\"C3\" t=\"s\"><v>6</v></c><c r=\"D3\" s=\"1\"><v>45693</v></c><c r=\"E3\"><v>7.5</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>7</v></c><c r=\"B4\" t=\"inlineStr\"><is><t>Fout "
        "Piet</t></is></c>"
        "<c r=\"C4\" t=\"s\"><v>6</v></c><c r=\"D4\" s=\"1\"><v>45693</v></c><c r=\"E4\"><v>4</v></c></row>"
        "</sheetData></worksheet>";
    const QByteArray strings =
        "<?xml version=\"1.0\"?><sst xmlns=\"" + ns +
        "\" count=\"8\">"
        "<si><t>Rijksregisternummer</t></si><si><t>Naam</t></si>"
        "<si><r><t>Oplei</t></r><r><t>ding</t></r></si><si><t>Datum</t></si><si><t>Uren</t></si>"
        "<si><t>" +
        m_ssin1.toLatin1() +
        "</t></si><si><t>Heftruck &amp; veiligheid</t></si>"
        "<si><t>85073003329</t></si></sst>";
    const QByteArray styles =
        "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + ns +
        "\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>"
        "</styleSheet>";
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns +
        "\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId7\" Type=\"worksheet\" Target=\"worksheets/blad.xml\"/></Relationships>";
    const QString path = m_dir.filePath("opleidingen.xlsx");
    QString error;
    QVERIFY2(Xlsx::writeZip(path,
                            {{"xl/workbook.xml", workbook},
                             {"xl/_rels/workbook.xml.rels", rels},
                             {"xl/worksheets/blad.xml", sheet},
                             {"xl/sharedStrings.xml", strings},
                             {"xl/styles.xml", styles}},
                            &error),
             qPrintable(error));

    auto reader = TableReader::open(path, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->header(), (QStringList{"Rijksregisternummer", "Naam", "Opleiding", "Datum", "Uren"}));
    QVERIFY(reader->description().contains("Blad1"));
    const ImportProfile profile = suggestProfile(reader->header());
    const ImportResult r =
        Importer(m_employer, profile, QDate(2025, 6, 30)).run(*reader, ImportMode::ValidRowsOnly);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsAccepted, 1);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.data.trainings.first().name, "Heftruck & veiligheid");
    QCOMPARE(r.data.trainings.first().startDate, QDate(2025, 2, 5));
    QCOMPARE(r.data.trainings.first().duration, 7.5);
    QCOMPARE(r.data.workers.first().familyName, "Peeters"); // "Naam" alone: the full name column
    const ImportRowReport &bad = r.rows.last();
    QVERIFY(!bad.accepted);
    QCOMPARE(bad.row, 4); // the spreadsheet's own row number
    QCOMPARE(bad.issues.first().code, "ID-002");

    // Written by our own writer, read back the same.
    const QString simple = m_dir.filePath("simple.xlsx");
    QVERIFY(Xlsx::writeSheet(simple, {{"a", "b & c"}, {"1", "", "3"}}, &error));
    XlsxSheet s;
    QVERIFY2(Xlsx::readFirstSheet(simple, &s, &error), qPrintable(error));
    QCOMPARE(s.rows, (QList<QStringList>{{"a", "b & c"}, {"1", "", "3"}}));

    // Not a workbook: a clear message, no crash.
    const QString junk = write("junk.xlsx", "PK\x03\x04 not really a zip");
    QVERIFY(!TableReader::open(junk, &error));
    QVERIFY2(error.contains("junk.xlsx"), qPrintable(error));
}

void TestImporter::utf16AndWindows1252Files()
{
    const QString text = "Numéro national\tNom\tPrénom\tFormation\tDate de début\tHeures\n" + m_ssin1 +
                         "\tDupré\tFrançoise\tSécurité\t5/2/2025\t3,5\n";
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    for (const QByteArray &bytes : {utf16, text.toLatin1()}) {
        QString error;
        auto reader = TableReader::open(write("liste.csv", bytes), &error);
        QVERIFY2(reader, qPrintable(error));
        const ImportResult r = Importer(m_employer, suggestProfile(reader->header()), QDate(2025, 6, 30))
                                   .run(*reader, ImportMode::ValidRowsOnly);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsAccepted, 1);
        QCOMPARE(r.data.workers.first().familyName, "Dupré");
        QCOMPARE(r.data.workers.first().givenName, "Françoise");
        QCOMPARE(r.data.trainings.first().name, "Sécurité");
        QCOMPARE(r.data.trainings.first().duration, 3.5);
    }
}

void TestImporter::missingColumn()
{
    QString error;
    auto reader = TableReader::fromCsvBytes("INSZ;Naam\n1;2\n", &error);
    QVERIFY(reader);
    ImportProfile p = suggestProfile(reader->header());
    Importer importer(m_employer, p, QDate(2025, 6, 30));
    ImportResult r = importer.run(*reader, ImportMode::ValidRowsOnly);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("Training"), qPrintable(r.error));

    p.columns.insert(ImportField::TrainingName, "Cursus");
    reader = TableReader::fromCsvBytes("INSZ;Naam\n1;2\n", &error);
    r = Importer(m_employer, p, QDate(2025, 6, 30)).run(*reader, ImportMode::ValidRowsOnly);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("\"Cursus\""), qPrintable(r.error));
}

void TestImporter::preview()
{
    QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n";
    for (int i = 0; i < 50; ++i)
        csv += m_ssin1.toLatin1() + ";Peeters Jan;EHBO " + QByteArray::number(i) + ";05/02/2025;4\n";
    QString error;
    auto reader = TableReader::fromCsvBytes(csv, &error);
    const ImportResult r = Importer(m_employer, suggestProfile(reader->header()), QDate(2025, 6, 30))
                               .run(*reader, ImportMode::ValidRowsOnly, 10);
    QCOMPARE(r.rowsRead, 10);
    QCOMPARE(r.rows.size(), 10); // every row is reported in a preview
    QVERIFY(r.rows.first().accepted);
}

void TestImporter::durationWithItsUnit_data()
{
    // Issue 14: one "Duur" column, and a unit in the value or in a unit column.
    QTest::addColumn<QString>("header"); // the duration columns
    QTest::addColumn<QString>("cells");
    QTest::addColumn<double>("duration"); // 0: refused
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("refusal"); // the column named, and part of the message
    const int days = int(DurationUnit::Days), hours = int(DurationUnit::Hours);
    QTest::newRow("unit column: 1,5 dagen") << "Duur;Eenheid"
                                            << "1,5;dagen" << 1.5 << days << "";
    QTest::newRow("unit column: 3 uur") << "Duur;Eenheid"
                                        << "3;uur" << 3.0 << hours << "";
    QTest::newRow("unit column: 2 jours") << "Durée;Unité"
                                          << "2;jours" << 2.0 << days << "";
    QTest::newRow("unit column: 90 min") << "Duur;Eenheid"
                                         << "90;min" << 1.5 << hours << "";
    QTest::newRow("unit column: 3 Stunden") << "Dauer;Einheit"
                                            << "3;Stunden" << 3.0 << hours << "";
    QTest::newRow("in the value: 1,5 dagen") << "Duur"
                                             << "1,5 dagen" << 1.5 << days << "";
    QTest::newRow("in the value: 1,5 d") << "Duur"
                                         << "1,5 d" << 1.5 << days << "";
    QTest::newRow("in the value: 3 heures") << "Durée"
                                            << "3 heures" << 3.0 << hours << "";
    QTest::newRow("in the value: 2 Tage") << "Dauer"
                                          << "2 Tage" << 2.0 << days << "";
    QTest::newRow("in the value, column empty") << "Duur;Eenheid"
                                                << "3 h;" << 3.0 << hours << "";
    QTest::newRow("value and column agree") << "Duur;Eenheid"
                                            << "2 d;dagen" << 2.0 << days << "";
    QTest::newRow("no unit anywhere") << "Duur"
                                      << "1,5" << 0.0 << 0 << "Duur|unit is not given";
    QTest::newRow("unit column empty") << "Duur;Eenheid"
                                       << "1,5;" << 0.0 << 0 << "Duur|unit is not given";
    QTest::newRow("unknown unit in the column") << "Duur;Eenheid"
                                                << "1,5;weken" << 0.0 << 0 << "Eenheid|\"weken\"";
    QTest::newRow("unknown unit in the value") << "Duur"
                                               << "1,5 weken" << 0.0 << 0 << "Duur|\"1,5 weken\"";
    QTest::newRow("value and column disagree") << "Duur;Eenheid"
                                               << "1,5 dagen;uur" << 0.0 << 0 << "Duur|differs";
}

void TestImporter::durationWithItsUnit()
{
    QFETCH(QString, header);
    QFETCH(QString, cells);
    QFETCH(double, duration);
    QFETCH(int, unit);
    QFETCH(QString, refusal);
    // The training lasts two days: 1,5 days and 3 hours both fit.
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Einddatum;" + header.toUtf8() + "\n" +
                           m_ssin1.toLatin1() + ";Peeters Jan;EHBO;05/02/2025;06/02/2025;" + cells.toUtf8() +
                           "\n";
    QString error;
    auto reader = TableReader::fromCsvBytes(csv, &error);
    QVERIFY2(reader, qPrintable(error));
    const ImportProfile profile = suggestProfile(reader->header());
    QVERIFY(profile.columns.contains(ImportField::Duration));
    QCOMPARE(profile.columns.contains(ImportField::DurationUnit), header.contains(';'));
    const ImportResult r =
        Importer(m_employer, profile, QDate(2025, 6, 30)).run(*reader, ImportMode::ValidRowsOnly);
    QVERIFY2(r.ok, qPrintable(r.error));
    if (duration > 0) {
        QCOMPARE(r.rowsAccepted, 1);
        QCOMPARE(r.data.trainings.size(), 1);
        QCOMPARE(r.data.trainings.first().duration, duration);
        QCOMPARE(int(r.data.trainings.first().unit), unit);
        return;
    }
    QCOMPARE(r.rowsRejected, 1);
    QVERIFY(r.data.trainings.isEmpty());
    const ImportIssue issue = r.rows.first().issues.first();
    QCOMPARE(issue.row, qint64(2));
    QCOMPARE(issue.column, refusal.section('|', 0, 0));
    QVERIFY2(issue.message.contains(refusal.section('|', 1)), qPrintable(issue.message));
}

void TestImporter::unknownMappingFieldListsTheFields()
{
    const QString path =
        write("typo.json", R"({"name": "Typo", "columns": {"ssin": "INSZ", "duur": "Duur"}})");
    QString error;
    QVERIFY(!ImportProfiles::load(path, m_dir.path(), &error));
    QVERIFY2(error.contains("duur"), qPrintable(error));
    for (const ImportField f : allImportFields())
        QVERIFY2(error.contains(importFieldKey(f)), qPrintable(error));
    // A unit column alone has no duration to belong to.
    const QString unitOnly =
        write("unit.json", R"({"columns": {"ssin": "INSZ", "fullName": "Naam", "trainingName": "Opleiding",
                           "startDate": "Van", "hours": "Uren", "durationUnit": "Eenheid"}})");
    const auto profile = ImportProfiles::load(unitOnly, m_dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    auto reader = TableReader::fromCsvBytes("INSZ;Naam;Opleiding;Van;Uren;Eenheid\n", &error);
    const ImportResult r =
        Importer(m_employer, *profile, QDate(2025, 6, 30)).run(*reader, ImportMode::ValidRowsOnly);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains("Eenheid"), qPrintable(r.error));
}

void TestImporter::reportsOfManyBadRowsBounded()
{
    // Every row lacks its training: rejected, but only the first rows' reports are kept.
    const qint64 bad = Importer::kMaxReportedRows + 1234;
    QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n";
    const QByteArray line = m_ssin1.toLatin1() + ";Peeters Jan;;05/02/2025;4\n";
    csv += line.repeated(bad);
    const ImportResult r = importCsv(csv);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsRejected, bad);
    QCOMPARE(r.rows.size(), Importer::kMaxReportedRows);
    QCOMPARE(r.rowsNotReported, qint64(1234));
    QString error;
    QVERIFY2(Importer::writeRejected(r, m_dir.filePath("many-rejected.csv"), &error), qPrintable(error));
    QFile f(m_dir.filePath("many-rejected.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    QVERIFY2(written.trimmed().endsWith("1234 more rows with problems are not listed: correct the rows above "
                                        "(often the column mapping) and import the file again."),
             written.right(300).constData());
}

// The field rules of every way in (dataset/FieldRules.h, as `import-csv`):
// text its field may not hold refuses the row, in either mode (before, a
// draft kept "VCA\0" and a 50 MB name).
void TestImporter::fieldRulesRefuseEvenDrafts_data()
{
    QTest::addColumn<QByteArray>("row"); // after the INSZ column
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("NUL in a training name") << QByteArray("Peeters Jan;VCA\0;05/02/2025;4", 30) << "IM-003"
                                            << "Opleiding"
                                            << "The text holds a control character (U+0000) at position 4: "
                                               "such characters are not allowed.";
    QTest::newRow("family name of 101")
        << QByteArray(QByteArray(101, 'p') + " Jan;VCA;05/02/2025;4") << "GN-002"
        << "Naam"
        << "The text holds 101 characters; at most 100 are allowed.";
    QTest::newRow("training name of 200 kB")
        << QByteArray("Peeters Jan;" + QByteArray(200000, 'v') + ";05/02/2025;4") << "GN-002"
        << "Opleiding"
        << "The text holds 200000 characters; at most 200 are allowed.";
}

void TestImporter::fieldRulesRefuseEvenDrafts()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const QByteArray csv = "INSZ;Naam;Opleiding;Begindatum;Uren\n" + m_ssin1.toLatin1() + ";" + row + "\n" +
                           m_ssin2.toLatin1() + ";Janssens An;VCA;05/02/2025;4\n";
    for (const ImportMode mode : {ImportMode::ValidRowsOnly, ImportMode::AllAsDrafts}) {
        const ImportResult r = importCsv(csv, mode);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rowsAccepted, 1);
        QCOMPARE(r.rowsRejected, 1);
        QCOMPARE(r.data.trainings.size(), 1);
        QCOMPARE(r.data.trainings.first().name, "VCA");
        const ImportRowReport &refused = r.rows.first();
        QVERIFY(!refused.accepted);
        int found = 0;
        for (const ImportIssue &i : refused.issues) {
            if (i.code == code) {
                ++found;
                QCOMPARE(i.column, column);
                QCOMPARE(i.message, message);
                QCOMPARE(i.severity, Severity::Blocking);
            }
        }
        QCOMPARE(found, 1); // GN-002 once: the engine's own finding is not added again
    }
}

// Bytes that are not valid UTF-8 in a file read as UTF-8 are refused, not
// silently replaced: the one decoding rule of the CSV set too.
void TestImporter::invalidUtf8Refused()
{
    const QByteArray csv = "\xEF\xBB\xBFINSZ;Naam;Opleiding;Begindatum;Uren\n" + m_ssin1.toLatin1() +
                           ";Peeters Jan;S\xE9"
                           "curit\xE9;05/02/2025;4\n";
    const ImportResult r = importCsv(csv, ImportMode::AllAsDrafts);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsAccepted, 0);
    QCOMPARE(r.rows.first().issues.first().code, "IM-003");
    QVERIFY2(r.rows.first().issues.first().message.contains("U+FFFD"),
             qPrintable(r.rows.first().issues.first().message));
}

// The rejected-rows file repeats a row's values once per issue: a 200 kB
// field is echoed cut short, not three times whole (a 50 MB field once made
// a 157 MB file).
void TestImporter::rejectedFileCapsHugeField()
{
    const QByteArray huge(200000, 'v');
    const QByteArray csv =
        "INSZ;Naam;Opleiding;Begindatum;Uren\n85073003329;Fout Piet;" + huge + ";31/13/2025;zeven\n";
    const ImportResult r = importCsv(csv);
    QVERIFY(r.rows.first().issues.size() >= 3);
    const QString path = m_dir.filePath("rejected-huge.csv");
    QString error;
    QVERIFY2(Importer::writeRejected(r, path, &error), qPrintable(error));
    QVERIFY2(QFileInfo(path).size() < 20000, qPrintable(QString::number(QFileInfo(path).size())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("(200000 characters)"));
}

// A new worker and a new training on every row: the cache of each record's
// issues grows while a row holds its worker's; the 1M-row import crashed in
// Importer::run when the training's entry moved the worker's (a reference
// kept into the hash: valgrind saw 4 invalid reads on this file, ASan fails it).
void TestImporter::newWorkerAndTrainingOnEveryRow()
{
    QByteArray csv = "INSZ;Naam;Voornaam;Opleiding;Begindatum;Einddatum;Uren\n";
    const int rows = 3000;
    for (int i = 0; i < rows; ++i)
        csv += Ssin::compose(50 + i % 40, 1 + i % 12, 1 + i % 28, 1 + i / 40, false).toLatin1() + ";Naam" +
               QByteArray::number(i) + ";Voornaam;Opleiding " + QByteArray::number(i) +
               ";15/01/2025;15/01/2025;7,5\n";
    const ImportResult r = importCsv(csv, ImportMode::ValidRowsOnly);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rowsRead, rows);
    QCOMPARE(r.data.workers.size(), rows);
    QCOMPARE(r.data.trainings.size(), rows);
    QCOMPARE(r.rowsAccepted + r.rowsRejected, rows);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
