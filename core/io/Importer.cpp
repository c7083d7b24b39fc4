#include "core/io/Importer.h"

#include "core/anomaly/AnomalyEngine.h"
#include "core/common/Clock.h"
#include "core/common/LogCategories.h"
#include "core/common/Translation.h"
#include "core/dataset/FieldRules.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/FieldLabels.h"
#include "core/domain/Ssin.h"
#include "core/io/CsvWriter.h"
#include "core/io/LocalValues.h"
#include "core/io/TableReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStringBuilder>
#include <QtEndian>
#include <array>
#include <cstring>
#include <openssl/evp.h>

namespace fla {

namespace {

QString tr(const char *text)
{
    return translateFrom({"fla::Importer", "fla::RowContext", "fla::ImportResult", "fla"}, text);
}

// The column index of each field, -1 when the profile does not map it.
using ColumnIndex = std::array<int, kImportFieldCount>;

QString ssinMessage(const char *code)
{
    const QLatin1String c(code);
    if (c == QLatin1String("ID-001"))
        return tr("The INSZ must have 11 digits.");
    if (c == QLatin1String("ID-002"))
        return tr("The check digits of the INSZ are wrong.");
    if (c == QLatin1String("ID-003"))
        return tr("The INSZ holds an impossible birth month or day.");
    if (c == QLatin1String("ID-004"))
        return tr("The INSZ has sequence number 000 or 999, which is never assigned.");
    return tr("The INSZ is not valid (%1).").arg(c);
}

QString normaliseName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// The header text of a field's column, or the field's label when unmapped.
QString columnName(const QStringList &header, const ColumnIndex &index, ImportField f)
{
    const int c = index[static_cast<int>(f)];
    return c < 0 ? importFieldLabel(f) : header.value(c);
}

struct RowContext
{
    const QStringList &header;
    const ColumnIndex &index;
    const QStringList &fields;
    qint64 row;
    QList<ImportIssue> issues;
    // The codes and messages of earlier rows: a row with the same problem as
    // another shares its strings (a file of many bad rows must not hold a
    // copy of the same sentence per row).
    QSet<QString> *texts;

    QString shared(const QString &text) const
    {
        const auto it = texts->constFind(text);
        return it != texts->cend() ? *it : *texts->insert(text);
    }

    QString text(ImportField f) const
    {
        const int c = index[static_cast<int>(f)];
        return c < 0 ? QString() : fields.value(c).trimmed();
    }
    bool has(ImportField f) const { return index[static_cast<int>(f)] >= 0; }
    QString column(ImportField f) const { return columnName(header, index, f); }
    void add(ImportField f, const char *code, Severity s, const QString &message)
    {
        issues.append({row, column(f), shared(QString::fromLatin1(code)), s, shared(message)});
    }
    void missing(ImportField f)
    {
        add(f, "IM-001", Severity::Blocking, tr("%1 is empty: it is required.").arg(importFieldLabel(f)));
    }
    void unreadable(ImportField f, const QString &value, const QString &expected)
    {
        add(f, "IM-002", Severity::Blocking,
            tr("%1 \"%2\" cannot be read: %3").arg(importFieldLabel(f), fieldrules::shown(value), expected));
    }
    std::optional<QDate> date(ImportField f)
    {
        const QString t = text(f);
        if (t.isEmpty())
            return std::nullopt;
        const auto d = localvalues::parseDate(t);
        if (!d)
            unreadable(f, t, tr("expected a date such as 31/12/2025."));
        return d;
    }
    std::optional<double> number(ImportField f)
    {
        const QString t = text(f);
        if (t.isEmpty())
            return std::nullopt;
        const auto n = localvalues::parseNumber(t);
        if (!n)
            unreadable(f, t, tr("expected a number such as 7,5."));
        return n;
    }
    // The Duration column's amount and unit: the unit written in the value
    // ("1,5 dagen") or given by the unit column, never guessed.
    std::optional<std::pair<double, DurationUnit>> duration()
    {
        const QString t = text(ImportField::Duration);
        if (t.isEmpty())
            return std::nullopt;
        const auto typed = localvalues::parseDuration(t);
        if (!typed) {
            unreadable(ImportField::Duration, t,
                       tr("expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min."));
            return std::nullopt;
        }
        double amount = typed->amount;
        std::optional<DurationUnit> unit = typed->unit;
        if (const QString u = text(ImportField::DurationUnit); !u.isEmpty()) {
            const QString withOne = QStringLiteral("1 ") + u;
            const auto one = localvalues::parseDuration(withOne);
            if (!one || !one->unit) {
                unreadable(ImportField::DurationUnit, u,
                           tr("expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min."));
                return std::nullopt;
            }
            if (unit && *unit != *one->unit) {
                unreadable(ImportField::Duration, t,
                           tr("its unit differs from the unit column's \"%1\".").arg(u));
                return std::nullopt;
            }
            if (!unit) {
                amount *= one->amount; // 90 with "min": 1.5 hours
                unit = one->unit;
            }
        }
        if (!unit) {
            unreadable(ImportField::Duration, t,
                       tr("its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit "
                          "column."));
            return std::nullopt;
        }
        return std::make_pair(amount, *unit);
    }
    std::optional<bool> boolean(ImportField f)
    {
        const QString t = text(f);
        if (t.isEmpty())
            return std::nullopt;
        const auto b = localvalues::parseBool(t);
        if (!b)
            unreadable(f, t, tr("expected yes or no."));
        return b;
    }
};

std::optional<TrainingKind> kindFromText(const QString &t)
{
    if (const auto k = trainingKindFromString(t))
        return k;
    const QString s = t.trimmed().toCaseFolded();
    if (s.startsWith(QLatin1String("form")))
        return TrainingKind::Formal; // formeel, formel, formal, formell
    if (s.startsWith(QLatin1String("inform")))
        return TrainingKind::Informal;
    return std::nullopt;
}

std::optional<Language> languageFromText(const QString &t)
{
    if (const auto l = languageFromString(t))
        return l;
    const QString s = t.trimmed().toCaseFolded();
    if (s.startsWith(QLatin1String("ned")) || s.startsWith(QLatin1String("n")) || s == QLatin1String("vl"))
        return s.startsWith(QLatin1String("nl")) || s.startsWith(QLatin1String("ned")) ||
                       s == QLatin1String("n") || s == QLatin1String("vl")
                   ? std::optional<Language>(Language::Dutch)
                   : std::nullopt;
    if (s.startsWith(QLatin1String("fr")) || s == QLatin1String("f"))
        return Language::French;
    if (s.startsWith(QLatin1String("de")) || s.startsWith(QLatin1String("all")) || s == QLatin1String("d"))
        return Language::German;
    if (s.startsWith(QLatin1String("en")) || s.startsWith(QLatin1String("ang")) || s == QLatin1String("e"))
        return Language::English;
    return std::nullopt;
}

// The import field an anomaly's record field is read from: the one that
// fills that field of the schema (ImportProfile's table), of the record's own
// kind first. The row's worker and training fields also stand for another
// record's finding on a field of the same name (an employment's INSZ, a
// participation's dates); a language or a name only for their own kind.
std::optional<ImportField> importFieldOf(RecordKind entity, const QString &field)
{
    const QString f = field.section(QLatin1Char('['), 0, 0);
    if (f == QLatin1String("cost")) // TR-001's name for the training's cost
        return ImportField::Cost;
    std::optional<ImportField> otherKind;
    for (const ImportField candidate : allImportFields()) {
        const auto schema = importFieldSchemaKey(candidate);
        if (!schema || schema->second != f)
            continue;
        if (schema->first == entity)
            return candidate;
        if (!otherKind && candidate != ImportField::Language && candidate != ImportField::TrainingName)
            otherKind = candidate;
    }
    return otherKind;
}

// A training's amounts stand once per training; a spreadsheet repeats them on
// each participant's row. The first row's are kept; a later row that gives
// another says so (a warning, the row is still taken), never silently.
void noteDifferentCosts(RowContext &ctx, const Training &kept, const Training &row)
{
    const auto differs = [&](ImportField f, const std::optional<qint64> &first,
                             const std::optional<qint64> &now) {
        if (!now || first == now)
            return;
        const QLocale locale;
        ctx.add(f, "IM-004", Severity::Warning,
                tr("The training \"%1\" already has %2 for %3 from an earlier row; this row's %4 is not "
                   "taken. Amounts count once per training.")
                    .arg(kept.name,
                         first ? locale.toCurrencyString(double(*first) / 100, QStringLiteral("€"))
                               : tr("nothing"),
                         importFieldLabel(f),
                         locale.toCurrencyString(double(*now) / 100, QStringLiteral("€"))));
    };
    differs(ImportField::Cost, kept.costCents, row.costCents);
    differs(ImportField::TraineePay, kept.traineePayCents, row.traineePayCents);
    differs(ImportField::TravelCost, kept.travelCostCents, row.travelCostCents);
    differs(ImportField::Contributions, kept.contributionsCents, row.contributionsCents);
    differs(ImportField::Subsidies, kept.subsidiesCents, row.subsidiesCents);
    if (ctx.has(ImportField::CostSharing) && !ctx.text(ImportField::CostSharing).isEmpty() &&
        kept.costSharing != row.costSharing)
        ctx.add(
            ImportField::CostSharing, "IM-004", Severity::Warning,
            tr("The training \"%1\" is already shared %2 from an earlier row; this row's %3 is not taken.")
                .arg(kept.name, codeLabel(kept.costSharing), codeLabel(row.costSharing)));
}

// The value of exactly 11 ASCII digits (an INSZ as payroll exports write
// it), else nothing. Eleven digits fit a qint64 and differ exactly when
// their values differ, so the value can stand for the text.
std::optional<qint64> elevenDigitsValue(const QString &s)
{
    if (s.size() != 11)
        return std::nullopt;
    qint64 v = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

Language messageLanguage()
{
    return languageFromString(QLocale().name().left(2)).value_or(Language::English);
}

} // namespace

qsizetype ImportResult::issueCount() const
{
    qsizetype n = 0;
    for (const auto &r : rows)
        n += r.issues.size();
    return n;
}

Importer::Importer(const Employer &employer, const ImportProfile &profile, const QDate &today)
    : m_employer(employer)
    , m_profile(profile)
    , m_today(today)
{}

QUuid Importer::uuidNamespace()
{
    static const QUuid ns(QStringLiteral("{6f0c3c1e-8a4e-4f43-9a55-2f6c1d7e9b10}"));
    return ns;
}

namespace {

// RFC 4122 version 5 (name-based, SHA-1), as QUuid::createUuidV5 makes it,
// with OpenSSL's SHA-1: a million participations are a million hashes.
// The digest is fetched once per thread (OpenSSL 3 looks it up on every
// one-shot call otherwise).
struct Sha1
{
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Sha1()
    {
        EVP_MD_CTX_free(ctx);
        EVP_MD_free(md);
    }
};

// The 16 bytes of a UUID in RFC 4122 (network) order, as QUuid::toRfc4122
// writes them, without allocating a QByteArray (three per participation).
using UuidBytes = std::array<char, 16>;
UuidBytes rfc4122(const QUuid &u)
{
    UuidBytes b;
    qToBigEndian(u.data1, b.data());
    qToBigEndian(u.data2, b.data() + 4);
    qToBigEndian(u.data3, b.data() + 6);
    std::memcpy(b.data() + 8, u.data4, 8);
    return b;
}

QUuid uuidV5(const QUuid &ns, QByteArrayView name)
{
    thread_local Sha1 sha;
    const UuidBytes nsBytes = rfc4122(ns);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha.md || !sha.ctx || EVP_DigestInit_ex(sha.ctx, sha.md, nullptr) != 1 ||
        EVP_DigestUpdate(sha.ctx, nsBytes.data(), nsBytes.size()) != 1 ||
        EVP_DigestUpdate(sha.ctx, name.data(), size_t(name.size())) != 1 ||
        EVP_DigestFinal_ex(sha.ctx, digest, &length) != 1 || length < 16)
        return QUuid::createUuidV5(ns, name.toByteArray()); // the same result, the slow way
    digest[6] = (digest[6] & 0x0F) | 0x50;                  // version 5
    digest[8] = (digest[8] & 0x3F) | 0x80;                  // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(digest), 16));
}

// yyyy-MM-dd without going through QDate::toString (a printf per call).
void appendIsoDate(QByteArray &out, const QDate &d)
{
    if (!d.isValid())
        return;
    char buf[11];
    int y = d.year(), m = d.month(), day = d.day();
    buf[0] = char('0' + (y / 1000) % 10);
    buf[1] = char('0' + (y / 100) % 10);
    buf[2] = char('0' + (y / 10) % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    buf[5] = char('0' + m / 10);
    buf[6] = char('0' + m % 10);
    buf[7] = '-';
    buf[8] = char('0' + day / 10);
    buf[9] = char('0' + day % 10);
    out.append(buf, 10);
}

} // namespace

// The names of the derived UUIDs: a kind, the employer (or the training) and
// the natural key, as bytes. Fixed forever: changing them would make a
// second import of an old file create duplicates.
QUuid Importer::workerUuid(const QUuid &employer, const QString &ssinDigits)
{
    QByteArray name = "worker|";
    name += employer.toRfc4122();
    name += '|';
    name += ssinDigits.toUtf8();
    return uuidV5(uuidNamespace(), name);
}

QUuid Importer::trainingUuid(const QUuid &employer, const QString &name, const QDate &start, const QDate &end)
{
    QByteArray key = "training|";
    key += employer.toRfc4122();
    key += '|';
    key += normaliseName(name).toUtf8();
    key += '|';
    appendIsoDate(key, start);
    key += '|';
    appendIsoDate(key, end);
    return uuidV5(uuidNamespace(), key);
}

QUuid Importer::participationUuid(const QUuid &training, const QUuid &worker)
{
    // "participation|" training "|" worker, built on the stack: one per row.
    static constexpr char kKind[] = "participation|";
    constexpr size_t kindSize = sizeof(kKind) - 1;
    std::array<char, kindSize + 16 + 1 + 16> key;
    std::memcpy(key.data(), kKind, kindSize);
    const UuidBytes t = rfc4122(training), w = rfc4122(worker);
    std::memcpy(key.data() + kindSize, t.data(), 16);
    key[kindSize + 16] = '|';
    std::memcpy(key.data() + kindSize + 17, w.data(), 16);
    return uuidV5(uuidNamespace(), QByteArrayView(key.data(), qsizetype(key.size())));
}

ImportResult Importer::run(TableReader &reader, ImportMode mode, qint64 previewRows) const
{
    ImportResult result;
    result.today = m_today;
    result.header = reader.header();
    result.sourceDescription = reader.description();

    ColumnIndex index;
    index.fill(-1);
    for (auto it = m_profile.columns.cbegin(); it != m_profile.columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        int found = -1;
        for (int c = 0; c < result.header.size(); ++c) {
            if (result.header.at(c).compare(it.value().trimmed(), Qt::CaseInsensitive) == 0) {
                found = c;
                break;
            }
        }
        if (found < 0) {
            result.error = tr("The mapping expects a column \"%1\" (%2), but the table has no such column.")
                               .arg(it.value(), importFieldLabel(it.key()));
            return result;
        }
        index[static_cast<int>(it.key())] = found;
    }
    const auto mapped = [&](ImportField f) { return index[static_cast<int>(f)] >= 0; };
    QStringList unmapped;
    if (!mapped(ImportField::Ssin))
        unmapped << importFieldLabel(ImportField::Ssin);
    if (!mapped(ImportField::FamilyName) && !mapped(ImportField::FullName))
        unmapped << importFieldLabel(ImportField::FamilyName);
    if (!mapped(ImportField::TrainingName))
        unmapped << importFieldLabel(ImportField::TrainingName);
    if (!mapped(ImportField::StartDate))
        unmapped << importFieldLabel(ImportField::StartDate);
    if (!mapped(ImportField::Hours) && !mapped(ImportField::Days) && !mapped(ImportField::Duration))
        unmapped << tr("Hours, Days or Duration");
    if (!unmapped.isEmpty()) {
        result.error =
            tr("The mapping does not say which column holds: %1.").arg(unmapped.join(QStringLiteral(", ")));
        return result;
    }
    if (mapped(ImportField::DurationUnit) && !mapped(ImportField::Duration)) {
        result.error = tr("The mapping names a unit column (%1) but no Duration column it would belong to.")
                           .arg(columnName(result.header, index, ImportField::DurationUnit));
        return result;
    }

    // Derived UUIDs of keys already seen (a million rows, a few thousand workers and trainings).
    QHash<QString, QUuid> workerUuidOf;
    // An INSZ cell of exactly 11 digits (the usual case) parsed once, with its
    // worker's UUID: one lookup on a number instead of a parse and a string hash.
    struct KnownSsin
    {
        Ssin ssin;
        QUuid worker;
    };
    QHash<qint64, KnownSsin> knownSsins;
    QHash<QString, QUuid> trainingUuidOf;
    struct
    {
        QString name;
        QDate startDate, endDate;
        QUuid uuid;
    } lastTraining; // the previous row's training key, checked before the hash
    QSet<QUuid> workersKept;
    QHash<QUuid, qsizetype> trainingAt;
    QSet<QUuid> participationsKept;
    static const QDate kFlaStart(2024, 1, 1);

    // The anomaly engine checks each record as the rest of the app would:
    // workers and trainings once, participations per row, with "today" fixed.
    // The clock holds that instant already in local time: the engine asks for
    // today's local date on every record, and converting from UTC re-reads the
    // time zone each time (tzset, a stat of /etc/localtime per call).
    const ManualClock clock = ManualClock::middayOf(m_today);
    const AnomalyEngine engine(clock);
    const Language language = messageLanguage();
    // An anomaly as an import issue (row left 0): its column and message
    // depend only on the anomaly, so each distinct one is converted (the
    // field looked up, the catalogue message rendered) once, not per row.
    // Most rows of a real file share their warnings (DT-005 on every row).
    QHash<QString, ImportIssue> issueOfAnomaly;
    const auto toIssue = [&](const Anomaly &a) -> const ImportIssue & {
        QString key =
            a.code % QLatin1Char('\x1f') % QString::number(int(a.entity)) % QLatin1Char('\x1f') % a.field;
        for (const auto &p : a.parameters)
            key += QLatin1Char('\x1f') % p.name % QLatin1Char('=') % p.value;
        auto it = issueOfAnomaly.constFind(key);
        if (it == issueOfAnomaly.cend()) {
            const auto field = importFieldOf(a.entity, a.field);
            ImportIssue issue;
            // A field no column holds (the registration date the import sets) is named as users know it.
            issue.column = field && index[static_cast<int>(*field)] >= 0
                               ? columnName(result.header, index, *field)
                               : fieldLabel(a.entity, a.field);
            issue.code = a.code;
            issue.severity = a.severity;
            issue.message = a.message(language);
            it = issueOfAnomaly.insert(key, issue);
        }
        return *it;
    };
    // The issues of each worker and training, validated once per record.
    QHash<QUuid, QList<ImportIssue>> recordIssues;
    struct
    {
        QUuid uuid;
        QList<ImportIssue> issues;
    } lastTrainingIssues; // consecutive rows usually share their training

    QSet<QString> issueTexts;
    QStringList fields;
    while (reader.readRow(fields)) {
        ++result.rowsRead;
        RowContext ctx{result.header, index, fields, reader.rowNumber(), {}, &issueTexts};

        // --- the worker
        Worker w;
        w.employerUuid = m_employer.uuid;
        const QString ssinText = ctx.text(ImportField::Ssin);
        const std::optional<qint64> ssinNumber = elevenDigitsValue(ssinText);
        const KnownSsin *knownSsin = nullptr; // valid until the next insertion into knownSsins
        if (ssinNumber) {
            if (const auto it = knownSsins.constFind(*ssinNumber); it != knownSsins.cend())
                knownSsin = &*it;
        }
        Ssin ssin;
        if (ssinText.isEmpty()) {
            ctx.missing(ImportField::Ssin);
        } else {
            ssin = knownSsin ? knownSsin->ssin : Ssin::parse(ssinText);
            for (const auto &f : ssin.check().findings())
                ctx.add(ImportField::Ssin, f.code, f.severity, ssinMessage(f.code));
        }
        w.ssin = ssin.normalized();
        if (ctx.has(ImportField::FamilyName)) {
            w.familyName = ctx.text(ImportField::FamilyName);
            w.givenName = ctx.text(ImportField::GivenName);
        }
        if (w.familyName.isEmpty() && ctx.has(ImportField::FullName)) {
            const QString full = ctx.text(ImportField::FullName).simplified();
            const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
            w.familyName = space < 0 ? full : full.left(space);
            w.givenName = space < 0 ? QString() : full.mid(space + 1);
        }
        if (w.familyName.isEmpty())
            ctx.missing(ctx.has(ImportField::FamilyName) ? ImportField::FamilyName : ImportField::FullName);
        if (const auto d = ctx.date(ImportField::BirthDate))
            w.birthDate = *d;
        else if (ssin.isValid())
            w.birthDate = ssin.birthDate();
        w.language = m_profile.defaultLanguage;
        if (const QString t = ctx.text(ImportField::Language); !t.isEmpty()) {
            if (const auto l = languageFromText(t))
                w.language = *l;
            else
                ctx.unreadable(ImportField::Language, t, tr("expected nl, fr, de or en."));
        }
        if (const QString x = ctx.text(ImportField::Sex); !x.isEmpty()) {
            if (const auto sex = localvalues::parseSex(x))
                w.sex = *sex;
            else
                ctx.unreadable(ImportField::Sex, x, tr("expected M (man) or V/F (woman)."));
        }

        // --- the training
        Training t;
        t.employerUuid = m_employer.uuid;
        t.name = ctx.text(ImportField::TrainingName).simplified();
        if (t.name.isEmpty())
            ctx.missing(ImportField::TrainingName);
        t.provider = ctx.text(ImportField::Provider);
        t.kind = m_profile.defaultKind;
        if (const QString k = ctx.text(ImportField::Kind); !k.isEmpty()) {
            if (const auto kind = kindFromText(k))
                t.kind = *kind;
            else
                ctx.unreadable(ImportField::Kind, k, tr("expected formal or informal."));
        }
        if (const QString c = ctx.text(ImportField::Category); !c.isEmpty()) {
            if (const auto category = localvalues::parseCategory(c))
                t.category = *category;
            else
                ctx.unreadable(ImportField::Category, c, tr("expected formal, informal or initial."));
        }
        if (const QString l = ctx.text(ImportField::Leave); !l.isEmpty()) {
            if (const auto leave = localvalues::parseLeave(l)) {
                t.leave = *leave;
                // Outside the individual training right: not deducted from it (TR-005).
                if (*leave != TrainingLeave::None)
                    t.deductFromRight = false;
            } else {
                ctx.unreadable(ImportField::Leave, l, tr("expected BEV/CEP, VOV or none."));
            }
        }
        const auto start = ctx.date(ImportField::StartDate);
        if (!start && ctx.text(ImportField::StartDate).isEmpty())
            ctx.missing(ImportField::StartDate);
        const auto end = ctx.date(ImportField::EndDate);
        t.startDate = start.value_or(QDate());
        t.endDate = end ? *end : t.startDate;
        if (start && end && *end < *start) {
            ctx.add(ImportField::EndDate, "DT-001", Severity::Blocking,
                    tr("The end date %1 is before the start date %2.")
                        .arg(end->toString(QStringLiteral("dd/MM/yyyy")),
                             start->toString(QStringLiteral("dd/MM/yyyy"))));
        }
        if (start && *start < kFlaStart) {
            ctx.add(ImportField::StartDate, "DT-003", Severity::Blocking,
                    tr("The training starts before 1 January 2024, when the learning account began."));
        }
        const auto hours = ctx.number(ImportField::Hours);
        const auto days = ctx.number(ImportField::Days);
        const auto duration = ctx.duration();
        ImportField durationField = ImportField::Duration;
        if (hours && (!days || *hours != 0)) {
            t.duration = *hours;
            t.unit = DurationUnit::Hours;
            durationField = ImportField::Hours;
        } else if (days) {
            t.duration = *days;
            t.unit = DurationUnit::Days;
            durationField = ImportField::Days;
        } else if (duration) {
            t.duration = duration->first;
            t.unit = duration->second;
        } else if (ctx.text(ImportField::Hours).isEmpty() && ctx.text(ImportField::Days).isEmpty() &&
                   ctx.text(ImportField::Duration).isEmpty()) {
            ctx.missing(mapped(ImportField::Hours)  ? ImportField::Hours
                        : mapped(ImportField::Days) ? ImportField::Days
                                                    : ImportField::Duration);
        }
        if ((hours || days || duration) && t.duration <= 0) {
            ctx.add(durationField, "DU-001", Severity::Blocking, tr("The duration must be more than zero."));
        }
        if (start && t.endDate.isValid() && t.endDate >= *start) {
            const qint64 calendarDays = start->daysTo(t.endDate) + 1;
            if (t.unit == DurationUnit::Days && t.duration > calendarDays) {
                ctx.add(durationField, "DU-002", Severity::Blocking,
                        tr("%1 days do not fit in the %2 calendar days of the training.")
                            .arg(QLocale().toString(t.duration))
                            .arg(calendarDays));
            } else if (t.unit == DurationUnit::Hours && t.duration > 12.0 * calendarDays) {
                ctx.add(durationField, "DU-003", Severity::Warning,
                        tr("%1 hours is more than 12 hours a day over %2 calendar days.")
                            .arg(QLocale().toString(t.duration))
                            .arg(calendarDays));
            }
        }
        if (const auto counts = ctx.boolean(ImportField::CountsForFla))
            t.countsForFla = *counts;
        // Amounts in euro, to the cent; never negative.
        const auto readAmount = [&](ImportField f, std::optional<qint64> &cents) {
            if (const auto amount = ctx.number(f)) {
                if (*amount < 0)
                    ctx.unreadable(f, ctx.text(f), tr("an amount cannot be negative."));
                else
                    cents = qRound64(*amount * 100);
            }
        };
        readAmount(ImportField::Cost, t.costCents);
        readAmount(ImportField::TraineePay, t.traineePayCents);
        readAmount(ImportField::TravelCost, t.travelCostCents);
        readAmount(ImportField::Contributions, t.contributionsCents);
        readAmount(ImportField::Subsidies, t.subsidiesCents);
        if (const QString c = ctx.text(ImportField::CostSharing); !c.isEmpty()) {
            if (const auto sharing = localvalues::parseCostSharing(c))
                t.costSharing = *sharing;
            else
                ctx.unreadable(ImportField::CostSharing, c, tr("expected equally or by hours."));
        }
        t.status =
            t.endDate.isValid() && t.endDate > m_today ? TrainingStatus::Planned : TrainingStatus::Completed;
        t.registeredOn = m_today;

        // --- the text, as every way in takes it (dataset/FieldRules.h): a row
        // with text its field may not hold is refused, never kept as a draft.
        bool refusedText = false;
        const auto checkText = [&](ImportField f, const QString &value, const char *field) {
            bool tooLong = false;
            const QString problem =
                fieldrules::textProblem(value, fieldrules::textRule(QLatin1String(field)), &tooLong);
            if (problem.isEmpty())
                return;
            refusedText = true;
            // GN-002 is the anomaly's own code: the engine's finding on the
            // same field is then not added twice.
            ctx.add(f, tooLong ? "GN-002" : "IM-003", Severity::Blocking, problem);
        };
        checkText(ctx.has(ImportField::FamilyName) ? ImportField::FamilyName : ImportField::FullName,
                  w.familyName, "familyName");
        checkText(ctx.has(ImportField::GivenName) ? ImportField::GivenName : ImportField::FullName,
                  w.givenName, "givenName");
        checkText(ImportField::TrainingName, t.name, "name");
        checkText(ImportField::Provider, t.provider, "provider");

        // --- the participation
        Participation p;
        p.employerUuid = m_employer.uuid;
        if (const auto f = ctx.boolean(ImportField::Followed))
            p.followed = *f;
        if (const auto c = ctx.boolean(ImportField::Certificate))
            p.certificate = *c;

        // Stable identities from the natural keys.
        const QString workerKey = w.ssin.isEmpty() ? ssinText : w.ssin;
        if (knownSsin) {
            w.uuid = knownSsin->worker;
        } else {
            auto wu = workerUuidOf.constFind(workerKey);
            if (wu == workerUuidOf.cend())
                wu = workerUuidOf.insert(workerKey, workerUuid(m_employer.uuid, workerKey));
            w.uuid = *wu;
            if (ssinNumber)
                knownSsins.insert(*ssinNumber, {ssin, w.uuid});
        }
        if (lastTraining.name == t.name && lastTraining.startDate == t.startDate &&
            lastTraining.endDate == t.endDate && !lastTraining.uuid.isNull()) {
            t.uuid = lastTraining.uuid; // the participants of a training usually follow each other
        } else {
            const QString trainingKey = t.name + QLatin1Char('|') +
                                        QString::number(t.startDate.toJulianDay()) + QLatin1Char('|') +
                                        QString::number(t.endDate.toJulianDay());
            auto tu = trainingUuidOf.constFind(trainingKey);
            if (tu == trainingUuidOf.cend())
                tu = trainingUuidOf.insert(trainingKey,
                                           trainingUuid(m_employer.uuid, t.name, t.startDate, t.endDate));
            t.uuid = *tu;
            lastTraining = {t.name, t.startDate, t.endDate, t.uuid};
        }
        p.trainingUuid = t.uuid;
        p.workerUuid = w.uuid;
        p.uuid = participationUuid(t.uuid, w.uuid);

        {
            const auto issuesOf = [&](const QList<Anomaly> &anomalies) {
                QList<ImportIssue> issues;
                issues.reserve(anomalies.size());
                for (const Anomaly &a : anomalies)
                    issues.append(toIssue(a));
                return issues;
            };
            auto cached = [&](const QUuid &uuid, auto validate) -> const QList<ImportIssue> & {
                auto it = recordIssues.constFind(uuid);
                if (it == recordIssues.cend())
                    it = recordIssues.insert(uuid, issuesOf(validate()));
                return *it;
            };
            // A copy (shared, not deep): the training's insert below may grow the
            // hash and move the worker's entry.
            const QList<ImportIssue> onWorker = cached(w.uuid, [&] { return engine.validate(w); });
            if (lastTrainingIssues.uuid != t.uuid || t.uuid.isNull())
                lastTrainingIssues = {t.uuid, cached(t.uuid, [&] { return engine.validate(t); })};
            const QList<ImportIssue> &onTraining = lastTrainingIssues.issues;
            RecordContext context;
            context.employer = &m_employer;
            context.training = &t;
            context.worker = &w;
            const QList<ImportIssue> onParticipation = issuesOf(engine.validate(p, context));
            // Room for all at once: most rows carry a warning or two, and growing
            // the list one issue at a time reallocates it per row.
            const qsizetype most =
                ctx.issues.size() + onWorker.size() + onTraining.size() + onParticipation.size();
            if (most > ctx.issues.size())
                ctx.issues.reserve(most);
            for (const QList<ImportIssue> *list : {&onWorker, &onTraining, &onParticipation}) {
                for (const ImportIssue &found : *list) {
                    bool known = false;
                    for (const ImportIssue &i : std::as_const(ctx.issues))
                        known = known || i.code == found.code;
                    if (known)
                        continue;
                    ctx.issues.append(found);
                    ctx.issues.last().row = ctx.row;
                }
            }
        }
        if (m_recordCheck)
            ctx.issues += m_recordCheck(w, t, p, ctx.row);

        bool blocking = false;
        for (const auto &i : ctx.issues)
            blocking = blocking || i.severity == Severity::Blocking;
        const bool canBeDraft = !ssinText.isEmpty() && !t.name.isEmpty() && !refusedText;
        const bool accept = !blocking || (mode == ImportMode::AllAsDrafts && canBeDraft);

        if (accept) {
            ++result.rowsAccepted;
            const qsizetype workersBefore = workersKept.size();
            workersKept.insert(w.uuid); // one lookup: a no-op for a worker already kept
            if (workersKept.size() > workersBefore)
                result.data.workers.append(w);
            const auto ti = trainingAt.constFind(t.uuid);
            if (ti == trainingAt.cend()) {
                trainingAt.insert(t.uuid, result.data.trainings.size());
                result.data.trainings.append(t);
            } else {
                const Training &shared = result.data.trainings.at(*ti);
                noteDifferentCosts(ctx, shared, t);
                if (shared.duration != t.duration || shared.unit != t.unit) {
                    // the same training, a different duration for this worker
                    p.durationOverride = shared.unit == t.unit ? t.duration
                                         : t.unit == DurationUnit::Hours
                                             ? t.duration / m_employer.hoursPerDay
                                             : t.duration * m_employer.hoursPerDay;
                }
            }
            // One hash lookup, not two (contains, then insert): a million participations.
            const qsizetype kept = participationsKept.size();
            participationsKept.insert(p.uuid);
            if (participationsKept.size() > kept)
                result.data.participations.append(p);
            if (blocking) {
                result.drafts.insert(w.uuid);
                result.drafts.insert(t.uuid);
                result.drafts.insert(p.uuid);
            }
        } else {
            ++result.rowsRejected;
        }
        if (!ctx.issues.isEmpty() || previewRows > 0) {
            if (result.rows.size() < kMaxReportedRows)
                result.rows.append({ctx.row, fields, ctx.issues, accept});
            else
                ++result.rowsNotReported;
        }
        if (previewRows > 0 && result.rowsRead >= previewRows)
            break;
    }
    if (!reader.errorString().isEmpty()) {
        result.error = reader.errorString();
        return result;
    }
    result.ok = true;
    qCInfo(lcIo) << "import read" << result.rowsRead << "rows:" << result.rowsAccepted << "accepted,"
                 << result.rowsRejected << "rejected";
    return result;
}

QString ImportResult::notReportedNote() const
{
    if (rowsNotReported <= 0)
        return {};
    return tr("%1 more rows with problems are not listed: correct the rows above (often the column mapping) "
              "and "
              "import the file again.")
        .arg(rowsNotReported);
}

bool Importer::writeRejected(const ImportResult &result, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    {
        CsvWriter csv(&file, ';');
        QStringList head{tr("Row"), tr("Column"), tr("Code"), tr("Severity"), tr("Message")};
        head += result.header;
        csv.writeRow(head);
        for (const auto &r : result.rows) {
            if (r.accepted)
                continue;
            for (const auto &i : r.issues) {
                QStringList line{QString::number(i.row), i.column, i.code,
                                 QString::fromLatin1(severityName(i.severity)), i.message};
                // Each value once per issue, but never more of it than any
                // field may hold: a rejected 50 MB field is not copied whole.
                for (const QString &f : r.fields)
                    line += fieldrules::shown(f, fieldrules::kMaxEchoed);
                csv.writeRow(line);
            }
        }
        if (result.rowsNotReported > 0)
            csv.writeRow({QString(), QString(), QString(), QString(), result.notReportedNote()});
        if (!csv.flush()) {
            *error = tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write the rejected rows to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fla
