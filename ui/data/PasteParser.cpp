#include "ui/data/PasteParser.h"

#include "core/domain/Ssin.h"
#include "core/io/LocalValues.h"

#include <QHash>
#include <QRegularExpression>

namespace fla::ui {

QList<QStringList> PasteParser::splitBlock(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QList<QStringList> rows;
    const QStringList lines = t.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        rows.append(line.split(QLatin1Char('\t')));
    while (!rows.isEmpty() && rows.last().join(QString()).trimmed().isEmpty())
        rows.removeLast();
    return rows;
}

// Pasted cells are read as the importer reads a spreadsheet's: one reader per kind of value.
std::optional<QDate> PasteParser::readDate(const QString &text)
{
    return localvalues::parseDate(text);
}

std::optional<double> PasteParser::readNumber(const QString &text)
{
    return localvalues::parseNumber(text);
}

std::optional<bool> PasteParser::readYesNo(const QString &text)
{
    return localvalues::parseBool(text);
}

QStringList PasteParser::workerColumns()
{
    return {tr("INSZ"),     tr("Family name"), tr("Given name"),  tr("Birth date"),
            tr("Language"), tr("Start date"),  tr("Work regime"), tr("Joint committee")};
}

QStringList PasteParser::participationColumns()
{
    return {tr("INSZ"),     tr("Training"), tr("Start date"), tr("End date"),
            tr("Duration"), tr("Unit"),     tr("Followed"),   tr("Certificate")};
}

namespace {

// A first row whose INSZ cell holds letters and no digits is a header.
bool looksLikeHeader(const QStringList &row)
{
    const QString first = row.value(0).trimmed();
    bool digit = false;
    bool letter = false;
    for (const QChar c : first) {
        digit = digit || c.isDigit();
        letter = letter || c.isLetter();
    }
    return letter && !digit;
}

// Reads each row of a pasted block with read(cells, issue, issues), passing
// over a first row that is a header and the empty rows. read() calls
// issue(column, message) for each cell it cannot read; a row with issues is
// not imported: its issues and its line go into out.
template<typename Read>
void readRows(const QString &text, const QStringList &names, PasteResult *out, Read read)
{
    const QList<QStringList> rows = PasteParser::splitBlock(text);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        if (r == 0 && looksLikeHeader(cells)) {
            out->headerSkipped = true;
            continue;
        }
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        ++out->rowsRead;
        QList<PasteCellIssue> issues;
        const auto issue = [&](int col, const QString &msg) {
            issues.append(PasteCellIssue{r + 1, col + 1, names.value(col), cells.value(col), msg});
        };
        read(cells, issue, std::as_const(issues));
        if (!issues.isEmpty()) {
            out->issues += issues;
            out->rejectedLines.append(cells.join(QLatin1Char('\t')));
        }
    }
}

} // namespace

PasteResult PasteParser::parseWorkers(const QString &text, const QUuid &employer,
                                      const QSet<QString> &existingSsins)
{
    PasteResult out;
    QSet<QString> seen = existingSsins;
    readRows(
        text, workerColumns(), &out,
        [&](const QStringList &cells, const auto &issue, const QList<PasteCellIssue> &issues) {
            Worker w;
            w.uuid = QUuid::createUuid();
            w.employerUuid = employer;
            const Ssin ssin = Ssin::parse(cells.value(0));
            if (cells.value(0).trimmed().isEmpty())
                issue(0, tr("the INSZ is required"));
            else if (!ssin.isWellFormed())
                issue(0, tr("\"%1\" is not an INSZ: 11 digits expected").arg(cells.value(0).trimmed()));
            else if (seen.contains(ssin.normalized()))
                issue(0, tr("a worker with INSZ %1 is already in this company").arg(ssin.display()));
            w.ssin = ssin.normalized();
            w.familyName = cells.value(1).trimmed();
            if (w.familyName.isEmpty())
                issue(1, tr("the family name is required"));
            w.givenName = cells.value(2).trimmed();
            if (!cells.value(3).trimmed().isEmpty()) {
                if (const auto d = readDate(cells.value(3)))
                    w.birthDate = *d;
                else
                    issue(3, tr("\"%1\" is not a date: write dd/mm/yyyy").arg(cells.value(3).trimmed()));
            } else if (ssin.isValid()) {
                w.birthDate = ssin.birthDate();
            }
            if (!cells.value(4).trimmed().isEmpty()) {
                if (const auto l = languageFromString(cells.value(4).left(2)))
                    w.language = *l;
                else
                    issue(4, tr("\"%1\" is not a language: nl, fr, de or en").arg(cells.value(4).trimmed()));
            }
            Employment em;
            em.uuid = QUuid::createUuid();
            em.employerUuid = employer;
            em.workerUuid = w.uuid;
            bool hasEmployment = false;
            if (!cells.value(5).trimmed().isEmpty()) {
                hasEmployment = true;
                if (const auto d = readDate(cells.value(5)))
                    em.startDate = *d;
                else
                    issue(5, tr("\"%1\" is not a date: write dd/mm/yyyy").arg(cells.value(5).trimmed()));
            }
            if (!cells.value(6).trimmed().isEmpty()) {
                hasEmployment = true;
                QString v = cells.value(6).trimmed();
                const bool percent = v.endsWith(QLatin1Char('%'));
                if (percent)
                    v.chop(1);
                const auto n = readNumber(v);
                const double f = n ? (percent || *n > 1 ? *n / 100.0 : *n) : -1;
                if (!n || f <= 0 || f > 1)
                    issue(6, tr("\"%1\" is not a work regime: a fraction such as 0,8 or 80%")
                                 .arg(cells.value(6).trimmed()));
                else
                    em.workRegime = f;
            }
            em.jointCommittee = cells.value(7).trimmed();
            if (!em.jointCommittee.isEmpty())
                hasEmployment = true;
            if (hasEmployment && !em.startDate.isValid() && cells.value(5).trimmed().isEmpty())
                issue(5, tr("the start of the employment is required with a work regime or joint committee"));
            if (!issues.isEmpty())
                return;
            seen.insert(w.ssin);
            out.workers.append(w);
            if (hasEmployment)
                out.employments.append(em);
        });
    return out;
}

PasteResult PasteParser::parseParticipations(const QString &text, const QUuid &employer,
                                             const QList<Worker> &workers, const QList<Training> &trainings)
{
    PasteResult out;
    QHash<QString, QUuid> bySsin;
    for (const auto &w : workers)
        bySsin.insert(w.ssin, w.uuid);
    auto key = [](const QString &name, const QDate &s, const QDate &e) -> QString {
        return name.trimmed().toCaseFolded() + QLatin1Char('|') + s.toString(Qt::ISODate) + QLatin1Char('|') +
               e.toString(Qt::ISODate);
    };
    QHash<QString, QUuid> byKey;
    for (const auto &t : trainings)
        byKey.insert(key(t.name, t.startDate, t.endDate), t.uuid);
    readRows(
        text, participationColumns(), &out,
        [&](const QStringList &cells, const auto &issue, const QList<PasteCellIssue> &issues) {
            const Ssin ssin = Ssin::parse(cells.value(0));
            const QUuid worker = bySsin.value(ssin.normalized());
            if (cells.value(0).trimmed().isEmpty())
                issue(0, tr("the INSZ is required"));
            else if (worker.isNull())
                issue(0,
                      tr("no worker of this company has INSZ %1: add the worker first").arg(ssin.display()));
            const QString name = cells.value(1).trimmed();
            if (name.isEmpty())
                issue(1, tr("the name of the training is required"));
            const auto start = readDate(cells.value(2));
            if (!start)
                issue(2, tr("\"%1\" is not a date: write dd/mm/yyyy").arg(cells.value(2).trimmed()));
            std::optional<QDate> end = start;
            if (!cells.value(3).trimmed().isEmpty()) {
                end = readDate(cells.value(3));
                if (!end)
                    issue(3, tr("\"%1\" is not a date: write dd/mm/yyyy").arg(cells.value(3).trimmed()));
            }
            const auto duration = readNumber(cells.value(4));
            if (!duration || *duration <= 0)
                issue(4, tr("\"%1\" is not a duration: a number more than 0").arg(cells.value(4).trimmed()));
            DurationUnit unit = DurationUnit::Hours;
            const QString u = cells.value(5).trimmed().toLower();
            if (u.isEmpty() || u.startsWith(QLatin1Char('h')) || u.startsWith(QLatin1Char('u')) ||
                u.startsWith(QLatin1String("st")))
                unit = DurationUnit::Hours;
            else if (u.startsWith(QLatin1Char('d')) || u.startsWith(QLatin1Char('j')) ||
                     u.startsWith(QLatin1Char('t')))
                unit = DurationUnit::Days;
            else
                issue(5, tr("\"%1\" is not a unit: hours or days").arg(cells.value(5).trimmed()));
            // A yes/no cell; left empty, the given default.
            const auto readFlag = [&](int col, bool empty) {
                if (cells.value(col).trimmed().isEmpty())
                    return empty;
                if (const auto b = readYesNo(cells.value(col)))
                    return *b;
                issue(col, tr("\"%1\" is not yes or no").arg(cells.value(col).trimmed()));
                return empty;
            };
            const bool followed = readFlag(6, true);
            const bool certificate = readFlag(7, false);
            if (!issues.isEmpty())
                return;
            const QString k = key(name, *start, *end);
            QUuid training = byKey.value(k);
            if (training.isNull()) {
                Training t;
                t.uuid = QUuid::createUuid();
                t.employerUuid = employer;
                t.name = name;
                t.startDate = *start;
                t.endDate = *end;
                t.duration = *duration;
                t.unit = unit;
                out.newTrainings.append(t);
                byKey.insert(k, t.uuid);
                training = t.uuid;
            }
            Participation p;
            p.uuid = QUuid::createUuid();
            p.employerUuid = employer;
            p.trainingUuid = training;
            p.workerUuid = worker;
            p.followed = followed;
            p.certificate = certificate;
            out.participations.append(p);
        });
    return out;
}

} // namespace fla::ui
