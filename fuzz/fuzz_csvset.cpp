// libFuzzer target: the strict reader of a CSV set (docs/csv-format.md), as
// `fladesk-cli import-csv` runs it: the six files (the input split at each
// line "====", in the order employers, workers, employments, trainings,
// participations, rights), each decoded by the one rule of io/TextDecoding,
// every line refused or read whole, then what a load would leave out
// (storage/BulkLoader's takeOutUnloadable, on an empty workspace). A kept
// record that breaks the field rules, or records and their lines that do not
// add up, abort: the fuzzer reports them as it reports a crash.
#include "core/dataset/DataSetCsv.h"
#include "core/dataset/FieldRules.h"
#include "core/storage/BulkLoader.h"

#include <QByteArray>
#include <QMap>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void requireText(const QString &text, const char *field)
{
    require(fla::fieldrules::textProblem(text, fla::fieldrules::textRule(QLatin1String(field))).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList names = fla::DataSetCsv::fileNames();
    QMap<QString, QByteArray> files;
    qsizetype from = 0;
    for (const QString &name : names) {
        if (from > bytes.size())
            break;
        const qsizetype next = bytes.indexOf("\n====\n", from);
        files.insert(name, bytes.mid(from, next < 0 ? -1 : next - from));
        from = next < 0 ? bytes.size() + 1 : next + 6;
    }
    QList<fla::DataSetCsvIssue> issues;
    fla::DataSetCsvLines lines;
    fla::DataSet set = fla::DataSetCsv::read(files, &issues, &lines);
    require(lines.employers.size() == set.employers.size() && lines.workers.size() == set.workers.size() &&
            lines.employments.size() == set.employments.size() &&
            lines.trainings.size() == set.trainings.size() &&
            lines.participations.size() == set.participations.size() &&
            lines.rights.size() == set.rights.size());
    for (const fla::Employer &e : std::as_const(set.employers)) {
        requireText(e.name, "name");
        requireText(e.enterpriseNumber, "enterpriseNumber");
    }
    for (const fla::Worker &w : std::as_const(set.workers)) {
        requireText(w.familyName, "familyName");
        requireText(w.givenName, "givenName");
        requireText(w.address, "address");
        requireText(w.ssin, "ssin");
    }
    for (const fla::Training &t : std::as_const(set.trainings)) {
        requireText(t.name, "name");
        requireText(t.provider, "provider");
        requireText(t.financing, "financing");
    }
    QHash<QUuid, QString> refused;
    for (const fla::DataSetCsvIssue &i : std::as_const(issues)) {
        require(i.line >= 0 && !i.message.isEmpty());
        if (!i.record.isNull())
            refused.insert(i.record, fla::DataSetCsv::place(i.file, i.line));
    }
    const qint64 read = set.recordCount();
    const QList<fla::BulkRefusal> out = fla::takeOutUnloadable(nullptr, set, refused);
    require(set.recordCount() + out.size() == read);
    return 0;
}
