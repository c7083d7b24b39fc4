#include "core/dataset/DataSetCsv.h"

#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/dataset/FieldRules.h"
#include "core/dataset/FieldText.h"
#include "core/domain/RecordSchema.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextDecoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// The set's columns are the schema's CSV headers (domain/RecordSchema).
QStringList columns(const char *fileName)
{
    for (const RecordKind kind : kRecordKinds) {
        if (csvFileName(kind) == QLatin1String(fileName))
            return schema::names(kind, &schema::FieldInfo::csvHeader);
    }
    return {};
}

QString tr(const char *text)
{
    return translateFrom({"fla::DataSetCsv", "fla::RowReader", "fla::FileLines", "fla"}, text);
}

DataSetCsvIssue issueAt(const QString &file, qint64 line, const QString &column, const QString &message)
{
    DataSetCsvIssue i;
    i.file = file;
    i.line = line;
    i.column = column;
    i.message = message;
    return i;
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
        m_record = QUuid();
    }
    bool ok() const { return m_ok; }
    qint64 line() const { return m_line; }

    // Refuses the whole line before reading its values; its uuid, when the
    // field reads as one, is kept so what depends on the line is refused too.
    void refuse(const QString &column, const QString &message)
    {
        const int uuid = m_index.value(QStringLiteral("uuid"), -1);
        if (uuid >= 0 && uuid < m_row->size()) {
            if (const auto u = toUuid(m_row->at(uuid)))
                m_record = *u;
        }
        fail(column, message);
    }

    // Text as every way in takes it (dataset/FieldRules.h): refused when it
    // is longer than its field allows (an ASCII field is measured before it
    // is decoded, so a field of megabytes is never copied), or holds a
    // control character or U+FFFD (bytes not valid in the file's encoding).
    QString text(const char *column)
    {
        Column &c = columnOf(column);
        const QByteArrayView b = field(c);
        if (const qsizetype ascii = asciiTrimmedSize(b); ascii > c.rule.maxLength) {
            failTooLong(column, ascii, c.rule.maxLength);
            return {};
        }
        QString t = trimmedText(b);
        bool tooLong = false;
        const QString problem = fieldrules::textProblem(t, c.rule, &tooLong);
        if (problem.isEmpty())
            return t;
        if (tooLong)
            failTooLong(column, t.size(), c.rule.maxLength);
        else
            fail(column, problem);
        return {};
    }

    QUuid uuid(const char *column)
    {
        Column &c = columnOf(column);
        const QByteArrayView b = field(c);
        if (c.uuidField.is(b))
            return keep(c, c.uuid);
        if (const auto u = toUuid(b)) {
            c.uuidField.set(b);
            c.uuid = *u;
            return keep(c, *u);
        }
        const Utf8Field t(b);
        fail(column, t.view().isEmpty() ? tr("A UUID is required.")
                                        : tr("\"%1\" is not a UUID.").arg(fieldrules::shown(t.view())));
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
        fail(column, tr("\"%1\" is not a date of the form yyyy-MM-dd.").arg(fieldrules::shown(t.view())));
        return {};
    }

    double number(const char *column, double fallback)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return fallback;
        if (const auto v = toDouble(t.view()))
            return *v;
        fail(column, tr("\"%1\" is not a number.").arg(fieldrules::shown(t.view())));
        return fallback;
    }

    std::optional<double> optionalNumber(const char *column)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return std::nullopt;
        if (const auto v = toDouble(t.view()))
            return v;
        fail(column, tr("\"%1\" is not a number.").arg(fieldrules::shown(t.view())));
        return std::nullopt;
    }

    std::optional<qint64> cents(const char *column)
    {
        const Utf8Field t(bytes(column));
        if (t.view().isEmpty())
            return std::nullopt;
        if (const auto v = toCents(t.view()))
            return v;
        fail(column, tr("\"%1\" is not an amount.").arg(fieldrules::shown(t.view())));
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
        fail(column, tr("\"%1\" is not true or false.").arg(fieldrules::shown(t.view())));
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
        fail(column, tr("\"%1\" is not one of the allowed values.").arg(fieldrules::shown(t.view())));
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
    // when absent), the rule of its text and the last UUID or code read from it.
    struct Column
    {
        const char *name = nullptr;
        int index = -1;
        bool isRecordUuid = false; // the line's own uuid
        fieldrules::TextRule rule;
        LastField uuidField;
        QUuid uuid;
        LastField codeField;
        int code = 0;
    };

    const QUuid &keep(const Column &c, const QUuid &u)
    {
        if (c.isRecordUuid)
            m_record = u;
        return u;
    }

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
        c.isRecordUuid = std::strcmp(column, "uuid") == 0;
        c.rule = fieldrules::textRule(QLatin1String(column));
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

    void fail(const char *column, const QString &message) { fail(QString::fromLatin1(column), message); }
    void fail(const QString &column, const QString &message)
    {
        m_ok = false;
        m_issues->append(issueAt(m_file, m_line, column, message));
        m_issues->last().record = m_record;
    }
    void failTooLong(const char *column, qsizetype length, int max)
    {
        fail(column, fieldrules::tooLongMessage(length, max));
        m_issues->last().code = QStringLiteral("GN-002");
        m_issues->last().length = length;
    }

    QString m_file;
    QHash<QString, int> m_index;
    mutable QVarLengthArray<Column, 16> m_columns;
    mutable qsizetype m_next = 0; // where the next column is likely to be in m_columns
    QList<DataSetCsvIssue> *m_issues;
    const QList<QByteArrayView> *m_row = nullptr;
    qint64 m_line = 0;
    QUuid m_record;
    bool m_ok = true;
};

// A callable that reserves room for n more records in list (and its lines).
template<typename T> auto reserveIn(QList<T> &list, QList<qint64> *lines)
{
    return [&list, lines](qsizetype n) {
        list.reserve(list.size() + n);
        if (lines)
            lines->reserve(lines->size() + n);
    };
}

// Keeps a record the reader read whole, with its line.
template<typename T> void keep(const RowReader &r, QList<T> &list, QList<qint64> *lines, T record)
{
    if (!r.ok())
        return;
    list.append(std::move(record));
    if (lines)
        lines->append(r.line());
}

// " The row runs from line 5 to line 9." when a row took more than its line.
QString rowSpan(const CsvReader &csv)
{
    if (csv.rowLastLine() <= csv.rowLine())
        return {};
    return QLatin1Char(' ') +
           tr("The row runs from line %1 to line %2.").arg(csv.rowLine()).arg(csv.rowLastLine());
}

// One file of a set read line by line (read from device, as io/TextDecoding's
// one rule decodes it): its header checked, then each data line handed to a
// parser. A line that is not a well-formed CSV row of as many fields as the
// header is refused before its values are read.
class FileLines
{
public:
    // False when there is nothing to read (an issue says why when the file
    // cannot be read or its header lacks a column every line needs).
    bool open(const QString &name, std::unique_ptr<QIODevice> raw, QList<DataSetCsvIssue> *issues)
    {
        m_name = name;
        m_issues = issues;
        m_device = asUtf8(std::move(raw));
        m_csv = std::make_unique<CsvReader>(m_device.get());
        if (!m_csv->readRowUtf8(m_row)) {
            if (!m_csv->errorString().isEmpty())
                issues->append(issueAt(name, 0, {}, m_csv->errorString()));
            return false;
        }
        QHash<QString, int> index;
        for (int i = 0; i < m_row.size(); ++i) {
            m_header.append(fieldtext::trimmedText(m_row.at(i)));
            index.insert(m_header.last(), i);
        }
        // Every line names its own record and, but for employers, its employer.
        QStringList required{QStringLiteral("uuid")};
        if (columns(name.toLatin1().constData()).contains(QStringLiteral("employerUuid")))
            required.append(QStringLiteral("employerUuid"));
        for (const QString &c : std::as_const(required)) {
            if (!index.contains(c)) {
                issues->append(issueAt(name, 1, c, tr("The column is missing from the header line.")));
                return false;
            }
        }
        m_reader = std::make_unique<RowReader>(name, index, issues);
        m_dataStart = m_csv->offset();
        return true;
    }

    // Reads the next line that is not blank into parseRow (or refuses it):
    // false at the end of the file.
    template<typename ParseRow> bool next(ParseRow &parseRow)
    {
        if (!m_reader || m_ended)
            return false;
        while (m_csv->readRowUtf8(m_row)) {
            if (m_row.size() == 1 && m_row.at(0).isEmpty())
                continue; // a blank line
            m_reader->start(&m_row, m_csv->rowLine());
            if (const qsizetype f = m_csv->misquotedField(); f >= 0) {
                m_reader->refuse(
                    m_header.value(f),
                    tr("A quote stands where none may: a field is either quoted whole, with each "
                       "quote inside it doubled, or holds no quote. The line is not read.") +
                        rowSpan(*m_csv));
            } else if (m_row.size() != m_header.size()) {
                m_reader->refuse({},
                                 QCoreApplication::translate(
                                     "fla::DataSetCsv",
                                     "The line has %n field(s) where the header line has %1: it is not read.",
                                     nullptr, int(m_row.size()))
                                         .arg(m_header.size()) +
                                     rowSpan(*m_csv));
            } else {
                parseRow(*m_reader);
            }
            return true;
        }
        m_ended = true;
        if (!m_csv->errorString().isEmpty()) {
            // A quote left open to the end of the file: the row as far as it
            // goes names its record, for what depends on it.
            m_reader->start(&m_row, m_csv->rowLine());
            m_reader->refuse({}, m_csv->errorString());
        }
        return false;
    }

    // About how many lines the rest of the file holds, from the lines read so
    // far: a little more than the estimate (room never used is never touched),
    // but no more than the lines of a UUID (36 bytes) and a line break the
    // rest could hold, so short first lines never reserve gigabytes.
    qsizetype linesLeft(qint64 linesRead) const
    {
        const qint64 sampled = m_csv->offset() - m_dataStart;
        const qint64 left = m_device->size() - m_csv->offset();
        if (sampled <= 0 || left <= 0)
            return 0;
        return qsizetype(qMin(left * linesRead / sampled * 9 / 8, left / 37));
    }

private:
    QString m_name;
    QList<DataSetCsvIssue> *m_issues = nullptr;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<CsvReader> m_csv;
    QList<QByteArrayView> m_row;
    QStringList m_header;
    std::unique_ptr<RowReader> m_reader;
    qint64 m_dataStart = 0;
    bool m_ended = false;
};

// Calls parseRow for each data line of the file name; reserve(n) once with an
// estimate of the lines, from the size of the first ones and of the file.
template<typename Reserve, typename ParseRow>
void readFile(const QString &name, std::unique_ptr<QIODevice> raw, QList<DataSetCsvIssue> *issues,
              Reserve reserve, ParseRow parseRow)
{
    FileLines file;
    if (!file.open(name, std::move(raw), issues))
        return;
    constexpr qint64 kSample = 1000;
    qint64 lines = 0;
    while (file.next(parseRow)) {
        if (++lines == kSample)
            reserve(file.linesLeft(lines));
    }
}

// One file of a set read record by record, for a set read in parts: the
// record read last waits at the head (in set, the set being read) until it
// is taken.
class FileCursor
{
    // The record lists of a set and of its lines, by the file's place in
    // the set (1 workers.csv … 5 rights.csv).
    template<typename F> auto onList(DataSet &set, F f) const
    {
        switch (m_file) {
        case 1:
            return f(set.workers);
        case 2:
            return f(set.employments);
        case 3:
            return f(set.trainings);
        case 4:
            return f(set.participations);
        default:
            break;
        }
        return f(set.rights);
    }
    QList<qint64> &linesOf(DataSetCsvLines &lines) const
    {
        QList<qint64> *const of[] = {&lines.employers, &lines.workers,        &lines.employments,
                                     &lines.trainings, &lines.participations, &lines.rights};
        return *of[m_file];
    }

public:
    FileCursor(int file, std::function<void(RowReader &)> parseRow, DataSet &set, DataSetCsvLines &lines)
        : m_file(file)
        , m_parseRow(std::move(parseRow))
        , m_set(set)
        , m_lines(lines)
    {}
    FileLines &file() { return m_lines_read; }

    // Whether the file has no record left (reads on to the next record, past
    // refused lines, whose issues are reported as they are met).
    bool atEnd()
    {
        while (onList(m_set, [](auto &list) { return list.isEmpty(); })) {
            if (!m_lines_read.next(m_parseRow))
                return true;
        }
        return false;
    }
    QUuid headEmployer() const
    {
        return onList(m_set, [](auto &list) { return list.constFirst().employerUuid; });
    }
    // Moves the head record (and its line) into part.
    void takeHead(DataSet &part, DataSetCsvLines &partLines)
    {
        onList(m_set, [&](auto &list) {
            onList(part, [&](auto &to) {
                if constexpr (std::is_same_v<decltype(&list), decltype(&to)>)
                    to.append(std::move(list.first()));
            });
            list.clear();
        });
        QList<qint64> &from = linesOf(m_lines);
        linesOf(partLines).append(from.value(0));
        from.clear();
    }

private:
    int m_file;
    FileLines m_lines_read;
    std::function<void(RowReader &)> m_parseRow;
    DataSet &m_set;
    DataSetCsvLines &m_lines;
};

using FileCursors = std::vector<std::unique_ptr<FileCursor>>;
// What a set read in parts does with its files once its employers are read.
using ReadParts = std::function<void(DataSet &set, DataSetCsvLines &lines, FileCursors &files)>;

// A field's text in the set (FieldText's forms; a list joined by '|').
struct CsvText
{
    QString operator()(const QUuid &u) const { return fromUuid(u); }
    QString operator()(const QString &s) const { return s; }
    QString operator()(const QDate &d) const { return fromDate(d); }
    QString operator()(double d) const { return fromDouble(d); }
    QString operator()(int i) const { return QString::number(i); }
    QString operator()(bool b) const { return fromBool(b); }
    QString operator()(const std::optional<double> &d) const { return d ? fromDouble(*d) : QString(); }
    QString operator()(const std::optional<qint64> &cents) const { return fromCents(cents); }
    QString operator()(const QStringList &l) const { return l.join(QLatin1Char('|')); }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> QString operator()(E code) const
    {
        return toString(code);
    }
};

// A record's line: its fields with a CSV header, in the schema's order.
template<typename R> QStringList csvRow(const R &record)
{
    QStringList row;
    for (const schema::Field<R> &f : schema::fields<R>()) {
        if (f.info.csvHeader)
            row << std::visit([&](auto member) { return CsvText{}(record.*member); }, f.member);
    }
    return row;
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
    return writeFile(dir, kEmployers, set.employers, csvRow<Employer>, error) &&
           writeFile(dir, kWorkers, set.workers, csvRow<Worker>, error) &&
           writeFile(dir, kEmployments, set.employments, csvRow<Employment>, error) &&
           writeFile(dir, kTrainings, set.trainings, csvRow<Training>, error) &&
           writeFile(dir, kParticipations, set.participations, csvRow<Participation>, error) &&
           writeFile(dir, kRights, set.rights, csvRow<TrainingRight>, error);
}

namespace {

// The six files, each opened by open(name) (nullptr: the file is absent, an
// empty table), read into one set.
// With parts, only employers.csv is read whole: every other file is opened
// and handed to parts, to read record by record.
template<typename Open>
DataSet readSet(Open open, QList<DataSetCsvIssue> *issues, DataSetCsvLines *lines,
                const ReadParts *parts = nullptr)
{
    QList<DataSetCsvIssue> localIssues;
    if (!issues)
        issues = &localIssues;
    DataSet set;
    FileCursors cursors;
    const auto readOne = [&](const char *fileName, auto reserve, auto parseRow) {
        const QString name = QString::fromLatin1(fileName);
        QString error;
        std::unique_ptr<QIODevice> device = open(name, &error);
        if (!error.isEmpty()) {
            issues->append(issueAt(name, 0, {}, error));
        } else if (device && parts && name != QLatin1String(kEmployers)) {
            const int at = int(DataSetCsv::fileNames().indexOf(name));
            auto cursor = std::make_unique<FileCursor>(at, parseRow, set, *lines);
            if (cursor->file().open(name, std::move(device), issues))
                cursors.push_back(std::move(cursor));
        } else if (device) {
            readFile(name, std::move(device), issues, reserve, parseRow);
        }
    };
    readOne(kEmployers, reserveIn(set.employers, lines ? &lines->employers : nullptr), [&](RowReader &r) {
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
        e.financialYearStartMonth = int(r.number("financialYearStartMonth", 1));
        e.financialYearStartDay = int(r.number("financialYearStartDay", 1));
        keep(r, set.employers, lines ? &lines->employers : nullptr, std::move(e));
    });
    readOne(kWorkers, reserveIn(set.workers, lines ? &lines->workers : nullptr), [&](RowReader &r) {
        Worker w;
        w.uuid = r.uuid("uuid");
        w.employerUuid = r.uuid("employerUuid");
        w.ssin = r.text("ssin");
        w.familyName = r.text("familyName");
        w.givenName = r.text("givenName");
        w.birthDate = r.date("birthDate", false);
        w.language = r.code("language", &languageFromString, Language::Dutch);
        w.address = r.text("address");
        w.sex = r.code("sex", &statedSexFromString, StatedSex::Unstated);
        keep(r, set.workers, lines ? &lines->workers : nullptr, std::move(w));
    });
    readOne(kEmployments, reserveIn(set.employments, lines ? &lines->employments : nullptr),
            [&](RowReader &r) {
                Employment e;
                e.uuid = r.uuid("uuid");
                e.employerUuid = r.uuid("employerUuid");
                e.workerUuid = r.uuid("workerUuid");
                e.startDate = r.date("startDate", true);
                e.endDate = r.date("endDate", false);
                e.workRegime = r.number("workRegime", 1.0);
                e.jointCommittee = r.text("jointCommittee");
                e.caoNumber = r.text("caoNumber");
                keep(r, set.employments, lines ? &lines->employments : nullptr, std::move(e));
            });
    readOne(kTrainings, reserveIn(set.trainings, lines ? &lines->trainings : nullptr), [&](RowReader &r) {
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
        t.category = r.code("category", &statedCategoryFromString, StatedCategory::ByKind);
        t.traineePayCents = r.cents("traineePay");
        t.travelCostCents = r.cents("travelCost");
        t.contributionsCents = r.cents("contributions");
        t.subsidiesCents = r.cents("subsidies");
        t.costSharing = r.code("costSharing", &costSharingFromString, CostSharing::Equally);
        t.leave = r.code("leave", &trainingLeaveFromString, TrainingLeave::None);
        keep(r, set.trainings, lines ? &lines->trainings : nullptr, std::move(t));
    });
    readOne(kParticipations, reserveIn(set.participations, lines ? &lines->participations : nullptr),
            [&](RowReader &r) {
                Participation p;
                p.uuid = r.uuid("uuid");
                p.employerUuid = r.uuid("employerUuid");
                p.trainingUuid = r.uuid("trainingUuid");
                p.workerUuid = r.uuid("workerUuid");
                p.followed = r.flag("followed", true);
                p.certificate = r.flag("certificate", false);
                p.certificateValidUntil = r.date("certificateValidUntil", false);
                p.durationOverride = r.optionalNumber("duration");
                keep(r, set.participations, lines ? &lines->participations : nullptr, p);
            });
    readOne(kRights, reserveIn(set.rights, lines ? &lines->rights : nullptr), [&](RowReader &r) {
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
        keep(r, set.rights, lines ? &lines->rights : nullptr, std::move(t));
    });
    if (parts) {
        (*parts)(set, *lines, cursors);
        return {};
    }
    qCInfo(lcDataset) << "read CSV set:" << set.recordCount() << "records," << issues->size() << "issues";
    return set;
}

} // namespace

DataSet DataSetCsv::read(const QString &dir, QList<DataSetCsvIssue> *issues, DataSetCsvLines *lines)
{
    if (!QFileInfo(dir).isDir()) {
        if (issues)
            issues->append(issueAt(dir, 0, {}, tr("The folder does not exist.")));
        return {};
    }
    return readSet(
        [&dir](const QString &name, QString *error) -> std::unique_ptr<QIODevice> {
            auto file = std::make_unique<QFile>(QDir(dir).filePath(name));
            if (!file->exists())
                return nullptr;
            if (!file->open(QIODevice::ReadOnly)) {
                *error = tr("The file cannot be opened: %1").arg(file->errorString());
                return nullptr;
            }
            return file;
        },
        issues, lines);
}

bool DataSetCsv::readInParts(const QString &dir, qsizetype chunkRecords, const DataSetCsvPartSink &sink)
{
    QList<DataSetCsvIssue> issues;
    if (!QFileInfo(dir).isDir()) {
        DataSetCsvPart part;
        part.issues.append(issueAt(dir, 0, {}, tr("The folder does not exist.")));
        sink(part);
        return false;
    }
    bool go = true;
    const auto send = [&](DataSetCsvPart &part) {
        part.issues = std::exchange(issues, {});
        go = sink(part);
        part = DataSetCsvPart();
    };
    qint64 records = 0;
    const ReadParts parts = [&](DataSet &set, DataSetCsvLines &lines, FileCursors &files) {
        // Employer by employer: what each file holds at its head for the
        // employer employers.csv names next (a set sorted by employer, as this
        // app and the generator write it, is read whole this way) ...
        for (qsizetype i = 0; go && i < set.employers.size(); ++i) {
            DataSetCsvPart part;
            part.byEmployer = true;
            part.records.employers.append(set.employers.at(i));
            part.lines.employers.append(lines.employers.value(i));
            const QUuid employer = set.employers.at(i).uuid;
            for (const std::unique_ptr<FileCursor> &file : files) {
                while (!file->atEnd() && file->headEmployer() == employer)
                    file->takeHead(part.records, part.lines);
            }
            records += part.records.recordCount();
            send(part);
        }
        // ... then what is left (a set in another order, records of employers
        // not in employers.csv), file by file in chunks.
        DataSetCsvPart part;
        for (const std::unique_ptr<FileCursor> &file : files) {
            while (go && !file->atEnd()) {
                file->takeHead(part.records, part.lines);
                if (part.records.recordCount() >= chunkRecords) {
                    records += part.records.recordCount();
                    send(part);
                }
            }
        }
        if (go && (part.records.recordCount() > 0 || !issues.isEmpty())) {
            records += part.records.recordCount();
            send(part);
        }
    };
    DataSetCsvLines lines;
    readSet(
        [&dir](const QString &name, QString *error) -> std::unique_ptr<QIODevice> {
            auto file = std::make_unique<QFile>(QDir(dir).filePath(name));
            if (!file->exists())
                return nullptr;
            if (!file->open(QIODevice::ReadOnly)) {
                *error = tr("The file cannot be opened: %1").arg(file->errorString());
                return nullptr;
            }
            return file;
        },
        &issues, &lines, &parts);
    qCInfo(lcDataset) << "read CSV set in parts:" << records << "records";
    return go;
}

DataSet DataSetCsv::read(const QMap<QString, QByteArray> &files, QList<DataSetCsvIssue> *issues,
                         DataSetCsvLines *lines)
{
    return readSet(
        [&files](const QString &name, QString *) -> std::unique_ptr<QIODevice> {
            const auto it = files.constFind(name);
            if (it == files.cend())
                return nullptr;
            auto buffer = std::make_unique<QBuffer>();
            buffer->setData(*it);
            buffer->open(QIODevice::ReadOnly);
            return buffer;
        },
        issues, lines);
}

QString DataSetCsv::place(const QString &file, qint64 line)
{
    return line > 0 ? tr("%1, line %2").arg(file).arg(line) : file;
}

} // namespace fla
