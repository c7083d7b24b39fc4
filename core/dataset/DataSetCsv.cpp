#include "dataset/DataSetCsv.h"

#include "common/LogCategories.h"
#include "common/Translation.h"
#include "dataset/FieldText.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QVarLengthArray>
#include <cstring>
#include <utility>

namespace fla {

using namespace fieldtext;

namespace {

const char *const kEmployers = "employers.csv";
const char *const kWorkers = "workers.csv";
const char *const kEmployments = "employments.csv";
const char *const kTrainings = "trainings.csv";
const char *const kParticipations = "participations.csv";
const char *const kRights = "rights.csv";

QStringList columns(const char *fileName)
{
    const QLatin1String f(fileName);
    if (f == QLatin1String(kEmployers))
        return {QStringLiteral("uuid"),
                QStringLiteral("enterpriseNumber"),
                QStringLiteral("nssoNumber"),
                QStringLiteral("name"),
                QStringLiteral("language"),
                QStringLiteral("sizeClass"),
                QStringLiteral("jointCommittees"),
                QStringLiteral("hoursPerDay")};
    if (f == QLatin1String(kWorkers))
        return {QStringLiteral("uuid"),       QStringLiteral("employerUuid"), QStringLiteral("ssin"),
                QStringLiteral("familyName"), QStringLiteral("givenName"),    QStringLiteral("birthDate"),
                QStringLiteral("language"),   QStringLiteral("address")};
    if (f == QLatin1String(kEmployments))
        return {QStringLiteral("uuid"),           QStringLiteral("employerUuid"),
                QStringLiteral("workerUuid"),     QStringLiteral("startDate"),
                QStringLiteral("endDate"),        QStringLiteral("workRegime"),
                QStringLiteral("jointCommittee"), QStringLiteral("caoNumber")};
    if (f == QLatin1String(kTrainings))
        return {QStringLiteral("uuid"),
                QStringLiteral("employerUuid"),
                QStringLiteral("name"),
                QStringLiteral("provider"),
                QStringLiteral("kind"),
                QStringLiteral("startDate"),
                QStringLiteral("endDate"),
                QStringLiteral("duration"),
                QStringLiteral("unit"),
                QStringLiteral("countsForFla"),
                QStringLiteral("deductFromRight"),
                QStringLiteral("financing"),
                QStringLiteral("cost"),
                QStringLiteral("status"),
                QStringLiteral("registeredOn")};
    if (f == QLatin1String(kParticipations))
        return {QStringLiteral("uuid"),
                QStringLiteral("employerUuid"),
                QStringLiteral("trainingUuid"),
                QStringLiteral("workerUuid"),
                QStringLiteral("followed"),
                QStringLiteral("certificate"),
                QStringLiteral("certificateValidUntil"),
                QStringLiteral("duration")};
    if (f == QLatin1String(kRights))
        return {QStringLiteral("uuid"),  QStringLiteral("employerUuid"), QStringLiteral("workerUuid"),
                QStringLiteral("year"),  QStringLiteral("type"),         QStringLiteral("amount"),
                QStringLiteral("unit"),  QStringLiteral("origin"),       QStringLiteral("caoNumber"),
                QStringLiteral("optOut")};
    return {};
}

QString tr(const char *text)
{
    return translateFrom({"fla::DataSetCsv", "fla::RowReader", "fla"}, text);
}

// Reads one data row by column name and records what cannot be read. The
// row is the UTF-8 bytes of its fields (CsvReader::readRowUtf8): a value is
// decoded into a QString only where the record keeps text or a message
// quotes it; UUIDs, dates, numbers, flags and codes are read from the bytes.
// Each value is the trimmed QString::fromUtf8 of its field, as before.
class RowReader
{
public:
    RowReader(const QString &file, const QHash<QString, int> &index, QList<DataSetCsvIssue> *issues)
        : m_file(file)
        , m_index(index)
        , m_issues(issues)
    {}

    void start(const QList<QByteArrayView> *row, qint64 line)
    {
        m_row = row;
        m_line = line;
        m_ok = true;
        m_next = 0;
    }
    bool ok() const { return m_ok; }

    QString text(const char *column) const { return trimmedText(bytes(column)); }

    QUuid uuid(const char *column)
    {
        Column &c = columnOf(column);
        const QByteArrayView b = field(c);
        if (c.uuidField.is(b))
            return c.uuid;
        if (const auto u = toUuid(b)) {
            c.uuidField.set(b);
            c.uuid = *u;
            return *u;
        }
        const Utf8Field t(b);
        fail(column,
             t.view().isEmpty() ? tr("A UUID is required.") : tr("\"%1\" is not a UUID.").arg(t.view()));
        return {};
    }

    QDate date(const char *column, bool required)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty()) {
            if (required)
                fail(column, tr("A date is required (yyyy-MM-dd)."));
            return {};
        }
        if (const auto d = toDate(t.view()))
            return *d;
        fail(column, tr("\"%1\" is not a date of the form yyyy-MM-dd.").arg(t.view()));
        return {};
    }

    double number(const char *column, double fallback)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return fallback;
        if (const auto v = toDouble(t.view()))
            return *v;
        fail(column, tr("\"%1\" is not a number.").arg(t.view()));
        return fallback;
    }

    std::optional<double> optionalNumber(const char *column)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return std::nullopt;
        if (const auto v = toDouble(t.view()))
            return v;
        fail(column, tr("\"%1\" is not a number.").arg(t.view()));
        return std::nullopt;
    }

    std::optional<qint64> cents(const char *column)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return std::nullopt;
        if (const auto v = toCents(t.view()))
            return v;
        fail(column, tr("\"%1\" is not an amount.").arg(t.view()));
        return std::nullopt;
    }

    bool flag(const char *column, bool fallback)
    {
        const QByteArrayView b = bytes(column);
        // What the CSV set writes, taken as toBool would take it.
        if (b.size() == 4 && std::memcmp(b.data(), "true", 4) == 0)
            return true;
        if (b.size() == 5 && std::memcmp(b.data(), "false", 5) == 0)
            return false;
        const Utf8Field t(b);
        if (t.view().isEmpty())
            return fallback;
        if (const auto v = toBool(t.view()))
            return *v;
        fail(column, tr("\"%1\" is not true or false.").arg(t.view()));
        return fallback;
    }

    template<typename E> E code(const char *column, std::optional<E> (*parse)(QStringView), E fallback)
    {
        Column &c = columnOf(column);
        const QByteArrayView b = field(c);
        if (c.codeField.is(b))
            return static_cast<E>(c.code);
        const Utf8Field t(b);
        if (t.view().isEmpty())
            return fallback;
        if (const auto v = parse(t.view())) {
            c.codeField.set(b);
            c.code = static_cast<int>(*v);
            return *v;
        }
        fail(column, tr("\"%1\" is not one of the allowed values.").arg(t.view()));
        return fallback;
    }

private:
    // The bytes of a field read before: a field with the same bytes reads to
    // the same value (the employer's UUID on every line, a training's on each
    // of its participations, the few codes), so it is not read again.
    struct LastField
    {
        static constexpr qsizetype kMax = 40;
        char bytes[kMax];
        qsizetype size = -1;

        bool is(QByteArrayView b) const
        {
            return b.size() == size && std::memcmp(b.data(), bytes, size_t(size)) == 0;
        }
        void set(QByteArrayView b)
        {
            size = b.size() <= kMax ? b.size() : -1;
            if (size > 0)
                std::memcpy(bytes, b.data(), size_t(size));
        }
    };
    // A column as the parser names it, with its position in the header (-1
    // when absent) and the last UUID or code read from it.
    struct Column
    {
        const char *name = nullptr;
        int index = -1;
        LastField uuidField;
        QUuid uuid;
        LastField codeField;
        int code = 0;
    };

    // Parsers name columns with string literals: each is looked up in the
    // header once and remembered per literal (no QString built and hashed for
    // every field of every line).
    Column &columnOf(const char *column) const
    {
        // A parser asks for its columns in the same order on every line.
        if (m_next < m_columns.size() && m_columns[m_next].name == column)
            return m_columns[m_next++];
        for (qsizetype k = 0; k < m_columns.size(); ++k) {
            if (m_columns[k].name == column) {
                m_next = k + 1;
                return m_columns[k];
            }
        }
        Column c;
        c.name = column;
        c.index = m_index.value(QString::fromLatin1(column), -1);
        m_columns.append(c);
        m_next = m_columns.size();
        return m_columns.back();
    }

    // The field's bytes; null when the line has no such column.
    QByteArrayView field(const Column &c) const
    {
        return (c.index >= 0 && c.index < m_row->size()) ? m_row->at(c.index) : QByteArrayView();
    }
    QByteArrayView bytes(const char *column) const { return field(columnOf(column)); }

    void fail(const char *column, const QString &message)
    {
        m_ok = false;
        m_issues->append({m_file, m_line, QString::fromLatin1(column), message});
    }

    QString m_file;
    QHash<QString, int> m_index;
    mutable QVarLengthArray<Column, 16> m_columns;
    mutable qsizetype m_next = 0; // where the next column is likely to be in m_columns
    QList<DataSetCsvIssue> *m_issues;
    const QList<QByteArrayView> *m_row = nullptr;
    qint64 m_line = 0;
    bool m_ok = true;
};

// A callable that reserves room for n more records in list.
template<typename T> auto reserveIn(QList<T> &list)
{
    return [&list](qsizetype n) { list.reserve(list.size() + n); };
}

// Calls parseRow for each data line of dir/fileName; reserve(n) once with an
// estimate of the lines, from the size of the first ones and of the file.
template<typename Reserve, typename ParseRow>
void readFile(const QString &dir, const char *fileName, QList<DataSetCsvIssue> *issues, Reserve reserve,
              ParseRow parseRow)
{
    const QString name = QString::fromLatin1(fileName);
    QFile file(QDir(dir).filePath(name));
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({name, 0, {}, tr("The file cannot be opened: %1").arg(file.errorString())});
        return;
    }
    CsvReader csv(&file);
    QList<QByteArrayView> row;
    if (!csv.readRowUtf8(row)) {
        if (!csv.errorString().isEmpty())
            issues->append({name, 0, {}, csv.errorString()});
        return;
    }
    QHash<QString, int> index;
    for (int i = 0; i < row.size(); ++i)
        index.insert(QString::fromUtf8(row.at(i)).trimmed(), i);
    // Every line names its own record and, but for employers, its employer.
    QStringList required{QStringLiteral("uuid")};
    if (columns(fileName).contains(QStringLiteral("employerUuid")))
        required.append(QStringLiteral("employerUuid"));
    for (const QString &c : std::as_const(required)) {
        if (!index.contains(c)) {
            issues->append({name, 1, c, tr("The column is missing from the header line.")});
            return;
        }
    }
    RowReader reader(name, index, issues);
    constexpr qint64 kSample = 1000;
    const qint64 dataStart = csv.offset();
    qint64 lines = 0;
    while (csv.readRowUtf8(row)) {
        if (++lines == kSample) {
            // A little more than the estimate (room never used is never
            // touched), but no more than the lines of a UUID (36 bytes) and
            // a line break the rest of the file could hold: short first lines
            // must not reserve gigabytes.
            const qint64 sampled = csv.offset() - dataStart;
            const qint64 left = file.size() - csv.offset();
            if (sampled > 0 && left > 0)
                reserve(qsizetype(qMin(left * kSample / sampled * 9 / 8, left / 37)));
        }
        if (row.size() == 1 && row.at(0).isEmpty())
            continue; // a blank line
        reader.start(&row, csv.rowLine());
        parseRow(reader);
    }
    if (!csv.errorString().isEmpty())
        issues->append({name, csv.rowLine(), {}, csv.errorString()});
}

template<typename Rows, typename ToFields>
bool writeFile(const QString &dir, const char *fileName, const Rows &rows, ToFields toFields, QString *error)
{
    QSaveFile file(QDir(dir).filePath(QString::fromLatin1(fileName)));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    {
        CsvWriter csv(&file);
        csv.writeRow(columns(fileName));
        for (const auto &r : rows)
            csv.writeRow(toFields(r));
        csv.flush();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QStringList DataSetCsv::fileNames()
{
    return {QLatin1String(kEmployers), QLatin1String(kWorkers),        QLatin1String(kEmployments),
            QLatin1String(kTrainings), QLatin1String(kParticipations), QLatin1String(kRights)};
}

QStringList DataSetCsv::columnsOf(const QString &fileName)
{
    return columns(fileName.toLatin1().constData());
}

bool DataSetCsv::write(const DataSet &set, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("The folder %1 cannot be created.").arg(dir);
        return false;
    }
    return writeFile(
               dir, kEmployers, set.employers,
               [](const Employer &e) {
                   return QStringList{fromUuid(e.uuid),
                                      e.enterpriseNumber,
                                      e.nssoNumber,
                                      e.name,
                                      toString(e.language),
                                      toString(e.sizeClass),
                                      e.jointCommittees.join(QLatin1Char('|')),
                                      fromDouble(e.hoursPerDay)};
               },
               error) &&
           writeFile(
               dir, kWorkers, set.workers,
               [](const Worker &w) {
                   return QStringList{
                       fromUuid(w.uuid),      fromUuid(w.employerUuid), w.ssin,   w.familyName, w.givenName,
                       fromDate(w.birthDate), toString(w.language),     w.address};
               },
               error) &&
           writeFile(
               dir, kEmployments, set.employments,
               [](const Employment &e) {
                   return QStringList{fromUuid(e.uuid),       fromUuid(e.employerUuid),
                                      fromUuid(e.workerUuid), fromDate(e.startDate),
                                      fromDate(e.endDate),    fromDouble(e.workRegime),
                                      e.jointCommittee,       e.caoNumber};
               },
               error) &&
           writeFile(
               dir, kTrainings, set.trainings,
               [](const Training &t) {
                   return QStringList{fromUuid(t.uuid),
                                      fromUuid(t.employerUuid),
                                      t.name,
                                      t.provider,
                                      toString(t.kind),
                                      fromDate(t.startDate),
                                      fromDate(t.endDate),
                                      fromDouble(t.duration),
                                      toString(t.unit),
                                      fromBool(t.countsForFla),
                                      fromBool(t.deductFromRight),
                                      t.financing,
                                      fromCents(t.costCents),
                                      toString(t.status),
                                      fromDate(t.registeredOn)};
               },
               error) &&
           writeFile(
               dir, kParticipations, set.participations,
               [](const Participation &p) {
                   return QStringList{fromUuid(p.uuid),
                                      fromUuid(p.employerUuid),
                                      fromUuid(p.trainingUuid),
                                      fromUuid(p.workerUuid),
                                      fromBool(p.followed),
                                      fromBool(p.certificate),
                                      fromDate(p.certificateValidUntil),
                                      p.durationOverride ? fromDouble(*p.durationOverride) : QString()};
               },
               error) &&
           writeFile(
               dir, kRights, set.rights,
               [](const TrainingRight &r) {
                   return QStringList{
                       fromUuid(r.uuid),        fromUuid(r.employerUuid), fromUuid(r.workerUuid),
                       QString::number(r.year), toString(r.type),         fromDouble(r.amount),
                       toString(r.unit),        toString(r.origin),       r.caoNumber,
                       fromBool(r.optOut)};
               },
               error);
}

DataSet DataSetCsv::read(const QString &dir, QList<DataSetCsvIssue> *issues)
{
    QList<DataSetCsvIssue> localIssues;
    if (!issues)
        issues = &localIssues;
    DataSet set;
    if (!QDir(dir).exists()) {
        issues->append({dir, 0, {}, tr("The folder does not exist.")});
        return set;
    }
    readFile(dir, kEmployers, issues, reserveIn(set.employers), [&](RowReader &r) {
        Employer e;
        e.uuid = r.uuid("uuid");
        e.enterpriseNumber = r.text("enterpriseNumber");
        e.nssoNumber = r.text("nssoNumber");
        e.name = r.text("name");
        e.language = r.code("language", &languageFromString, Language::Dutch);
        e.sizeClass = r.code("sizeClass", &sizeClassFromString, SizeClass::Under10);
        const QString jcs = r.text("jointCommittees");
        if (!jcs.isEmpty())
            e.jointCommittees = jcs.split(QLatin1Char('|'));
        e.hoursPerDay = r.number("hoursPerDay", 7.6);
        if (r.ok())
            set.employers.append(std::move(e));
    });
    readFile(dir, kWorkers, issues, reserveIn(set.workers), [&](RowReader &r) {
        Worker w;
        w.uuid = r.uuid("uuid");
        w.employerUuid = r.uuid("employerUuid");
        w.ssin = r.text("ssin");
        w.familyName = r.text("familyName");
        w.givenName = r.text("givenName");
        w.birthDate = r.date("birthDate", false);
        w.language = r.code("language", &languageFromString, Language::Dutch);
        w.address = r.text("address");
        if (r.ok())
            set.workers.append(std::move(w));
    });
    readFile(dir, kEmployments, issues, reserveIn(set.employments), [&](RowReader &r) {
        Employment e;
        e.uuid = r.uuid("uuid");
        e.employerUuid = r.uuid("employerUuid");
        e.workerUuid = r.uuid("workerUuid");
        e.startDate = r.date("startDate", true);
        e.endDate = r.date("endDate", false);
        e.workRegime = r.number("workRegime", 1.0);
        e.jointCommittee = r.text("jointCommittee");
        e.caoNumber = r.text("caoNumber");
        if (r.ok())
            set.employments.append(std::move(e));
    });
    readFile(dir, kTrainings, issues, reserveIn(set.trainings), [&](RowReader &r) {
        Training t;
        t.uuid = r.uuid("uuid");
        t.employerUuid = r.uuid("employerUuid");
        t.name = r.text("name");
        t.provider = r.text("provider");
        t.kind = r.code("kind", &trainingKindFromString, TrainingKind::Formal);
        t.startDate = r.date("startDate", true);
        t.endDate = r.date("endDate", true);
        t.duration = r.number("duration", 0);
        t.unit = r.code("unit", &durationUnitFromString, DurationUnit::Hours);
        t.countsForFla = r.flag("countsForFla", true);
        t.deductFromRight = r.flag("deductFromRight", true);
        t.financing = r.text("financing");
        t.costCents = r.cents("cost");
        t.status = r.code("status", &trainingStatusFromString, TrainingStatus::Completed);
        t.registeredOn = r.date("registeredOn", false);
        if (r.ok())
            set.trainings.append(std::move(t));
    });
    readFile(dir, kParticipations, issues, reserveIn(set.participations), [&](RowReader &r) {
        Participation p;
        p.uuid = r.uuid("uuid");
        p.employerUuid = r.uuid("employerUuid");
        p.trainingUuid = r.uuid("trainingUuid");
        p.workerUuid = r.uuid("workerUuid");
        p.followed = r.flag("followed", true);
        p.certificate = r.flag("certificate", false);
        p.certificateValidUntil = r.date("certificateValidUntil", false);
        p.durationOverride = r.optionalNumber("duration");
        if (r.ok())
            set.participations.append(std::move(p));
    });
    readFile(dir, kRights, issues, reserveIn(set.rights), [&](RowReader &r) {
        TrainingRight t;
        t.uuid = r.uuid("uuid");
        t.employerUuid = r.uuid("employerUuid");
        t.workerUuid = r.uuid("workerUuid");
        t.year = int(r.number("year", 0));
        t.type = r.code("type", &rightTypeFromString, RightType::Legal);
        t.amount = r.number("amount", 0);
        t.unit = r.code("unit", &durationUnitFromString, DurationUnit::Days);
        t.origin = r.code("origin", &rightOriginFromString, RightOrigin::Declared);
        t.caoNumber = r.text("caoNumber");
        t.optOut = r.flag("optOut", false);
        if (r.ok())
            set.rights.append(std::move(t));
    });
    qCInfo(lcDataset) << "read CSV set:" << set.recordCount() << "records," << issues->size() << "issues";
    return set;
}

} // namespace fla
