#pragma once

// Internal to the storage module: how each entity maps onto its table.

#include "core/domain/Entities.h"
#include "core/domain/RecordSchema.h"
#include "core/domain/Ssin.h"
#include "core/storage/RecordJson.h"
#include "core/storage/StorageDriver.h"
#include "core/storage/StorageTypes.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVarLengthArray>
#include <QVariant>
#include <type_traits>

namespace fla::storage {

inline QVariant v(const QUuid &u)
{
    return u.isNull() ? QVariant() : QVariant(u.toString(QUuid::WithoutBraces));
}
inline QVariant v(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant v(const QString &s)
{
    // A null QString would bind as NULL: required text is stored as ''.
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
inline QVariant vOpt(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
inline QVariant v(bool b)
{
    return QVariant(b ? 1 : 0);
}
inline QVariant v(double d)
{
    return QVariant(d);
}
inline QUuid uuidAt(const QSqlQuery &q, int i)
{
    return QUuid::fromString(q.value(i).toString());
}
inline QDate dateAt(const QSqlQuery &q, int i)
{
    const QVariant x = q.value(i);
    return x.isNull() ? QDate() : QDate::fromString(x.toString(), Qt::ISODate);
}

using Values = QVarLengthArray<QVariant, 20>;

// Writes a uuid as its 36 lowercase characters (QUuid::WithoutBraces) into out.
inline void formatUuid(const QUuid &u, char *out)
{
    static const char hex[] = "0123456789abcdef";
    auto put = [&out](quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = hex[value & 0xf];
            value >>= 4;
        }
        out += digits;
    };
    put(u.data1, 8);
    *out++ = '-';
    put(u.data2, 4);
    *out++ = '-';
    put(u.data3, 4);
    *out++ = '-';
    put(quint64(u.data4[0]) << 8 | u.data4[1], 4);
    *out++ = '-';
    for (int i = 2; i < 8; ++i)
        put(u.data4[i], 2);
}

// Binds one row of a bulk INSERT, the same values as Traits<T>::values()
// (uuids and dates as text, booleans 0/1, a null QString as ''), straight
// from the record: no QVariant. The bound bytes live in the binder until the
// next row.
class Binder
{
public:
    // firstColumn: where this row's values start (a statement may insert
    // several rows).
    explicit Binder(BulkStatement &st, int firstColumn = 0)
        : m_st(st)
        , m_first(firstColumn)
    {}
    void start()
    {
        m_col = m_first;
        m_uuid = 0;
        m_date = 0;
        m_text = 0;
    }
    Binder &uuid(const QUuid &u)
    {
        if (u.isNull() || m_uuid >= kUuids)
            return u.isNull() ? null() : text(u.toString(QUuid::WithoutBraces));
        char *buf = m_uuids[m_uuid++];
        formatUuid(u, buf);
        m_st.bindText(m_col++, buf, 36);
        return *this;
    }
    Binder &date(const QDate &d)
    {
        if (!d.isValid())
            return null();
        const int y = d.year();
        if (y < 1 || y > 9999 || m_date >= kDates)
            return text(d.toString(Qt::ISODate));
        int m = 0, day = 0;
        d.getDate(nullptr, &m, &day);
        char *b = m_dates[m_date++];
        b[0] = char('0' + y / 1000);
        b[1] = char('0' + y / 100 % 10);
        b[2] = char('0' + y / 10 % 10);
        b[3] = char('0' + y % 10);
        b[4] = '-';
        b[5] = char('0' + m / 10);
        b[6] = char('0' + m % 10);
        b[7] = '-';
        b[8] = char('0' + day / 10);
        b[9] = char('0' + day % 10);
        m_st.bindText(m_col++, b, 10);
        return *this;
    }
    // Required text: a null QString is stored as ''.
    Binder &text(const QString &s)
    {
        QByteArray &b = m_texts[m_text < kTexts - 1 ? m_text++ : m_text];
        const qsizetype n = s.size();
        b.resize(n);
        const QChar *in = s.constData();
        char *out = b.data();
        bool ascii = true;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = in[i].unicode();
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            out[i] = char(c);
        }
        if (!ascii)
            b = s.toUtf8();
        m_st.bindText(m_col++, b.constData(), int(b.size()));
        return *this;
    }
    // Optional text: empty is NULL.
    Binder &textOpt(const QString &s) { return s.isEmpty() ? null() : text(s); }
    Binder &latin(const char *s, int size)
    {
        m_st.bindText(m_col++, s, size);
        return *this;
    }
    Binder &boolean(bool b)
    {
        m_st.bindInt(m_col++, b ? 1 : 0);
        return *this;
    }
    Binder &integer(qint64 i)
    {
        m_st.bindInt(m_col++, i);
        return *this;
    }
    // An optional amount in cents: none is NULL.
    Binder &integerOpt(const std::optional<qint64> &i) { return i ? integer(*i) : null(); }
    Binder &number(double d)
    {
        m_st.bindDouble(m_col++, d);
        return *this;
    }
    Binder &null()
    {
        m_st.bindNull(m_col++);
        return *this;
    }

private:
    static constexpr int kUuids = 6, kDates = 6, kTexts = 16;
    BulkStatement &m_st;
    int m_first = 0;
    int m_col = 0, m_uuid = 0, m_date = 0, m_text = 0;
    char m_uuids[kUuids][36];
    char m_dates[kDates][10];
    QByteArray m_texts[kTexts];
};

// Each table's columns, values and reading come from the schema
// (domain/RecordSchema): one column per field, in the schema's order. The bulk
// path's bind() stays written out per table (its speed is benchmarked);
// tst_RecordSchema checks that it binds what values() gives.
namespace sqlfields {

// A field's value as QSqlQuery binds it (the forms Binder writes).
struct Value
{
    const schema::FieldInfo &field;
    QVariant operator()(const QUuid &u) const { return v(u); }
    QVariant operator()(const QString &s) const { return field.required ? v(s) : vOpt(s); }
    QVariant operator()(const QDate &d) const { return v(d); }
    QVariant operator()(double d) const { return v(d); }
    QVariant operator()(int i) const { return QVariant(i); }
    QVariant operator()(bool b) const { return v(b); }
    QVariant operator()(const std::optional<double> &d) const { return d ? QVariant(*d) : QVariant(); }
    QVariant operator()(const std::optional<qint64> &i) const
    {
        return i ? QVariant(qlonglong(*i)) : QVariant();
    }
    QVariant operator()(const QStringList &l) const { return v(l.join(QLatin1Char('|'))); }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> QVariant operator()(E code) const
    {
        return v(toString(code));
    }
};

// A field's value from column i of a row; a code not in its list keeps the record's default.
struct Read
{
    const QSqlQuery &q;
    int i;
    void operator()(QUuid &u) const { u = uuidAt(q, i); }
    void operator()(QString &s) const { s = q.value(i).toString(); }
    void operator()(QDate &d) const { d = dateAt(q, i); }
    void operator()(double &d) const { d = q.value(i).toDouble(); }
    void operator()(int &n) const { n = q.value(i).toInt(); }
    void operator()(bool &x) const { x = q.value(i).toInt() != 0; }
    void operator()(std::optional<double> &d) const
    {
        const QVariant x = q.value(i);
        if (!x.isNull())
            d = x.toDouble();
    }
    void operator()(std::optional<qint64> &n) const
    {
        const QVariant x = q.value(i);
        if (!x.isNull())
            n = x.toLongLong();
    }
    void operator()(QStringList &l) const
    {
        const QString joined = q.value(i).toString();
        l = joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('|'));
    }
    template<typename E, typename = std::enable_if_t<std::is_enum_v<E>>> void operator()(E &code) const
    {
        code = schema::codeFromString(q.value(i).toString(), code).value_or(code);
    }
};

template<typename R> QStringList names()
{
    return schema::names(schema::kindOf<R>(), &schema::FieldInfo::sqlColumn);
}

template<typename R> void values(const R &record, Values &out)
{
    for (const schema::Field<R> &f : schema::fields<R>())
        out << std::visit([&](auto member) { return Value{f.info}(record.*member); }, f.member);
}

// A record from a row of its fields followed by its row_version (Sql::selectColumns).
template<typename R> R read(const QSqlQuery &q, int offset = 0)
{
    R record;
    int i = offset;
    for (const schema::Field<R> &f : schema::fields<R>())
        std::visit([&](auto member) { Read{q, i++}(record.*member); }, f.member);
    record.rowVersion = q.value(i).toLongLong();
    return record;
}

} // namespace sqlfields

template<typename T> struct Traits;

template<> struct Traits<Employer>
{
    static constexpr RecordKind type = RecordKind::Employer;
    static const char *table() { return "employer"; }
    static const char *scopeColumn() { return "uuid"; }
    static QStringList columns() { return sqlfields::names<Employer>(); }
    static void values(const Employer &e, Values &out) { sqlfields::values(e, out); }
    static void bind(const Employer &e, Binder &b)
    {
        b.uuid(e.uuid)
            .text(e.enterpriseNumber)
            .textOpt(e.nssoNumber)
            .text(e.name)
            .text(toString(e.language))
            .text(toString(e.sizeClass))
            .text(e.jointCommittees.join(QLatin1Char('|')))
            .number(e.hoursPerDay)
            .integer(e.financialYearStartMonth)
            .integer(e.financialYearStartDay);
    }
    static Employer read(const QSqlQuery &q) { return sqlfields::read<Employer>(q); }
    static QUuid employerOf(const Employer &e) { return e.uuid; }
    static void setEmployer(Employer &, const QUuid &) {}
    static QString label(const Employer &e)
    {
        return QStringLiteral("employer \u201c%1\u201d (%2)")
            .arg(e.name, e.uuid.toString(QUuid::WithoutBraces));
    }
};

template<> struct Traits<Worker>
{
    static constexpr RecordKind type = RecordKind::Worker;
    static const char *table() { return "worker"; }
    static const char *scopeColumn() { return "employer_uuid"; }
    static QStringList columns() { return sqlfields::names<Worker>(); }
    static void values(const Worker &w, Values &out) { sqlfields::values(w, out); }
    static void bind(const Worker &w, Binder &b)
    {
        b.uuid(w.uuid)
            .uuid(w.employerUuid)
            .text(w.ssin)
            .text(w.familyName)
            .text(w.givenName)
            .date(w.birthDate)
            .text(toString(w.language))
            .textOpt(w.address)
            .text(toString(w.sex));
    }
    static Worker read(const QSqlQuery &q) { return sqlfields::read<Worker>(q); }
    static QUuid employerOf(const Worker &w) { return w.employerUuid; }
    static void setEmployer(Worker &w, const QUuid &e) { w.employerUuid = e; }
    static QString label(const Worker &w)
    {
        return QStringLiteral("worker %1 %2 (%3, %4)")
            .arg(w.familyName, w.givenName, Ssin::mask(w.ssin), w.uuid.toString(QUuid::WithoutBraces));
    }
};

template<> struct Traits<Employment>
{
    static constexpr RecordKind type = RecordKind::Employment;
    static const char *table() { return "employment"; }
    static const char *scopeColumn() { return "employer_uuid"; }
    static QStringList columns() { return sqlfields::names<Employment>(); }
    static void values(const Employment &e, Values &out) { sqlfields::values(e, out); }
    static void bind(const Employment &e, Binder &b)
    {
        b.uuid(e.uuid)
            .uuid(e.employerUuid)
            .uuid(e.workerUuid)
            .date(e.startDate)
            .date(e.endDate)
            .number(e.workRegime)
            .text(e.jointCommittee)
            .textOpt(e.caoNumber);
    }
    static Employment read(const QSqlQuery &q) { return sqlfields::read<Employment>(q); }
    static QUuid employerOf(const Employment &e) { return e.employerUuid; }
    static void setEmployer(Employment &e, const QUuid &x) { e.employerUuid = x; }
    static QString label(const Employment &e)
    {
        return QStringLiteral("employment %1").arg(e.uuid.toString(QUuid::WithoutBraces));
    }
};

template<> struct Traits<Training>
{
    static constexpr RecordKind type = RecordKind::Training;
    static const char *table() { return "training"; }
    static const char *scopeColumn() { return "employer_uuid"; }
    static QStringList columns() { return sqlfields::names<Training>(); }
    static void values(const Training &t, Values &out) { sqlfields::values(t, out); }
    static void bind(const Training &t, Binder &b)
    {
        b.uuid(t.uuid)
            .uuid(t.employerUuid)
            .text(t.name)
            .textOpt(t.provider)
            .text(toString(t.kind))
            .date(t.startDate)
            .date(t.endDate)
            .number(t.duration)
            .text(toString(t.unit))
            .boolean(t.countsForFla)
            .boolean(t.deductFromRight)
            .textOpt(t.financing)
            .integerOpt(t.costCents)
            .text(toString(t.status))
            .date(t.registeredOn)
            .text(toString(t.category))
            .integerOpt(t.traineePayCents)
            .integerOpt(t.travelCostCents)
            .integerOpt(t.contributionsCents)
            .integerOpt(t.subsidiesCents)
            .text(toString(t.costSharing))
            .text(toString(t.leave));
    }
    static Training read(const QSqlQuery &q) { return sqlfields::read<Training>(q); }
    static QUuid employerOf(const Training &t) { return t.employerUuid; }
    static void setEmployer(Training &t, const QUuid &e) { t.employerUuid = e; }
    static QString label(const Training &t)
    {
        return QStringLiteral("training \u201c%1\u201d (%2)")
            .arg(t.name, t.uuid.toString(QUuid::WithoutBraces));
    }
};

template<> struct Traits<Participation>
{
    static constexpr RecordKind type = RecordKind::Participation;
    static const char *table() { return "participation"; }
    static const char *scopeColumn() { return "employer_uuid"; }
    static QStringList columns() { return sqlfields::names<Participation>(); }
    static void values(const Participation &p, Values &out) { sqlfields::values(p, out); }
    // For Sql::insertResolved: the training and the worker by row id.
    static void bind(const Participation &p, qint64 trainingId, qint64 workerId, Binder &b)
    {
        b.uuid(p.uuid).uuid(p.employerUuid).integer(trainingId).integer(workerId);
        bindOwnFields(p, b);
    }
    // The fields as columns() names them: the training and the worker by uuid.
    static void bindByUuid(const Participation &p, Binder &b)
    {
        b.uuid(p.uuid).uuid(p.employerUuid).uuid(p.trainingUuid).uuid(p.workerUuid);
        bindOwnFields(p, b);
    }
    static void bindOwnFields(const Participation &p, Binder &b)
    {
        b.boolean(p.followed).boolean(p.certificate).date(p.certificateValidUntil);
        if (p.durationOverride)
            b.number(*p.durationOverride);
        else
            b.null();
    }
    static Participation read(const QSqlQuery &q, int o = 0) { return sqlfields::read<Participation>(q, o); }
    // The training and the worker are stored as their row ids (schema 3):
    // the record's uuid field, the stored column, the parent table.
    struct IdReference
    {
        const char *field;
        const char *column;
        const char *parent;
    };
    static QList<IdReference> idReferences()
    {
        return {{"training_uuid", "training_id", "training"}, {"worker_uuid", "worker_id", "worker"}};
    }
    static QUuid employerOf(const Participation &p) { return p.employerUuid; }
    static void setEmployer(Participation &p, const QUuid &e) { p.employerUuid = e; }
    static QString label(const Participation &p)
    {
        return QStringLiteral("participation %1 (training %2, worker %3)")
            .arg(p.uuid.toString(QUuid::WithoutBraces), p.trainingUuid.toString(QUuid::WithoutBraces),
                 p.workerUuid.toString(QUuid::WithoutBraces));
    }
};

template<> struct Traits<TrainingRight>
{
    static constexpr RecordKind type = RecordKind::TrainingRight;
    static const char *table() { return "training_right"; }
    static const char *scopeColumn() { return "employer_uuid"; }
    static QStringList columns() { return sqlfields::names<TrainingRight>(); }
    static void values(const TrainingRight &r, Values &out) { sqlfields::values(r, out); }
    static void bind(const TrainingRight &r, Binder &b)
    {
        b.uuid(r.uuid)
            .uuid(r.employerUuid)
            .uuid(r.workerUuid)
            .integer(r.year)
            .text(toString(r.type))
            .number(r.amount)
            .text(toString(r.unit))
            .text(toString(r.origin))
            .textOpt(r.caoNumber)
            .boolean(r.optOut);
    }
    static TrainingRight read(const QSqlQuery &q) { return sqlfields::read<TrainingRight>(q); }
    static QUuid employerOf(const TrainingRight &r) { return r.employerUuid; }
    static void setEmployer(TrainingRight &r, const QUuid &e) { r.employerUuid = e; }
    static QString label(const TrainingRight &r)
    {
        return QStringLiteral("right %1 (%2, worker %3)")
            .arg(r.uuid.toString(QUuid::WithoutBraces), QString::number(r.year),
                 r.workerUuid.toString(QUuid::WithoutBraces));
    }
};

// The SQL of one table, built once.
template<typename T> struct Sql
{
    QString selectColumns; // "uuid, employer_uuid, ..., row_version" (expressions for id references)
    QString selectByUuid;  // scoped
    QString ownerByUuid;   // unscoped: which employer holds the uuid
    QString selectAll;     // scoped, creation order
    QString countAll;
    QString insert;
    // The same with id references bound as row ids (the bulk path resolves
    // them itself); equal to insert when the table has none.
    QString insertResolved;
    // insertResolved for n rows at once.
    QString insertResolvedRows(int n) const
    {
        const qsizetype at = insertResolved.indexOf(QLatin1String(" VALUES ")) + 8;
        const QString row = insertResolved.mid(at);
        QStringList rows;
        for (int i = 0; i < n; ++i)
            rows << row;
        return insertResolved.left(at) + rows.join(QStringLiteral(", "));
    }
    QString update;
    QString remove;
    QString anyOfScope;
    QString syncStatus;
    // The record's version (scoped), read so that nobody else changes the record until
    // the transaction ends: append StorageDriver::lockingRead().
    QString rowVersion;

    static const Sql &get()
    {
        static const Sql s = build();
        return s;
    }

private:
    static Sql build()
    {
        Sql s;
        const QStringList cols = Traits<T>::columns();
        const QString table = QString::fromLatin1(Traits<T>::table());
        const QString scope = QString::fromLatin1(Traits<T>::scopeColumn());
        // Per column: what is stored, how it is read and how it is written.
        QStringList stored = cols, reads = cols, writes, resolvedWrites;
        for (qsizetype i = 0; i < cols.size(); ++i)
            writes << QStringLiteral("?");
        resolvedWrites = writes;
        if constexpr (std::is_same_v<T, Participation>) {
            for (const auto &ref : Traits<T>::idReferences()) {
                const qsizetype i = cols.indexOf(QLatin1String(ref.field));
                const QString column = QLatin1String(ref.column), parent = QLatin1String(ref.parent);
                stored[i] = column;
                reads[i] =
                    QStringLiteral("(SELECT uuid FROM %1 WHERE %1.id = %2.%3)").arg(parent, table, column);
                writes[i] = QStringLiteral("(SELECT id FROM %1 WHERE uuid = ?)").arg(parent);
            }
        }
        s.selectColumns = reads.join(QStringLiteral(", ")) + QStringLiteral(", %1.row_version").arg(table);
        s.selectByUuid =
            QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ? AND %3 = ?").arg(s.selectColumns, table, scope);
        s.ownerByUuid = QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(scope, table);
        s.selectAll =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY id").arg(s.selectColumns, table, scope);
        s.countAll = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, scope);
        // Records but employers also say which bulk load created them
        // (created_in, bound after the sync status; an update clears it).
        const bool loadable = !std::is_same_v<T, Employer>;
        const QString storedColumns =
            stored.join(QStringLiteral(", ")) +
            (loadable ? QStringLiteral(", sync_status, created_in") : QStringLiteral(", sync_status"));
        const QString tail = loadable ? QStringLiteral(", ?, ?") : QStringLiteral(", ?");
        s.insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3%4)")
                       .arg(table, storedColumns, writes.join(QStringLiteral(", ")), tail);
        s.insertResolved = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3%4)")
                               .arg(table, storedColumns, resolvedWrites.join(QStringLiteral(", ")), tail);
        QStringList sets;
        for (qsizetype i = 1; i < cols.size(); ++i)
            sets << stored.at(i) + QStringLiteral(" = ") + writes.at(i);
        sets << QStringLiteral("sync_status = ?");
        if (loadable)
            sets << QStringLiteral("created_in = NULL");
        // Each change of the fields is a new version (optimistic locking, RecordWriter::saveEdit).
        sets << QStringLiteral("row_version = row_version + 1");
        s.update =
            QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(table, sets.join(QStringLiteral(", ")));
        s.remove = QStringLiteral("DELETE FROM %1 WHERE uuid = ? AND %2 = ?").arg(table, scope);
        s.anyOfScope = QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(table, scope);
        s.syncStatus =
            QStringLiteral("SELECT sync_status FROM %1 WHERE uuid = ? AND %2 = ?").arg(table, scope);
        s.rowVersion =
            QStringLiteral("SELECT row_version FROM %1 WHERE uuid = ? AND %2 = ?").arg(table, scope);
        return s;
    }
};

// Translated message for a failed write of one record.
QString writeError(const QString &recordLabel, const QString &engineText);

} // namespace fla::storage
