#pragma once

#include <QString>
#include <QStringView>

// What a text field of a record may hold, for every way in: the CSV set
// (DataSetCsv, `fladesk-cli import-csv`), the mapped import of a user's table
// (io/Importer: `fladesk-cli import`, the import wizard) and the anomaly rule
// GN-002 (anomaly/RecordRules) all take their limits and their text rule from
// here, so a value one of them refuses is refused by all.
namespace fla::fieldrules {

// The longest text each field may hold, in characters (UTF-16 code units, as
// QString::size() counts them), after trimming.
constexpr int kMaxNameLength = 200; // employer and training names, provider, jointCommittees
constexpr int kMaxPersonName = 100; // familyName, givenName
constexpr int kMaxAddress = 500;    // worker address
constexpr int kMaxShortText = 100;  // every other text: financing, caoNumber, ssin, enterprise
                                    // and NSSO numbers, jointCommittee

struct TextRule
{
    int maxLength = kMaxShortText;
    bool lineBreaks = false; // may hold CR and LF (the address)
};

// The rule of a text field by the name the CSV set and the anomaly catalogue
// give it (familyName, name, address, ...); kMaxShortText on one line for any
// other name.
TextRule textRule(QLatin1String field);

// Why text (already decoded and trimmed) cannot be the value of a field with
// this rule, translated; empty when it can. Refused: more characters than the
// rule allows, a control character (U+0000 to U+001F, U+007F to U+009F; only
// CR and LF where the rule allows line breaks) and U+FFFD (which stands for
// bytes that were not valid in the file's encoding: a field is refused, never
// silently repaired).
// *tooLong tells a text that is too long (the problem GN-002 names).
QString textProblem(QStringView text, TextRule rule, bool *tooLong = nullptr);
// The message of a text of length characters where at most maxLength may be.
QString tooLongMessage(qsizetype length, int maxLength);

// How much of a value a message (kMaxQuoted) or a rejected-rows file
// (kMaxEchoed: more than any field may hold) repeats.
constexpr int kMaxQuoted = 100;
constexpr int kMaxEchoed = 1000;
// The value as it may be shown: control characters written as \uXXXX, and cut
// after max characters with "…" and its whole length, so a rejected 50 MB
// field is never copied into a message or a file.
QString shown(QStringView value, int max = kMaxQuoted);

} // namespace fla::fieldrules
