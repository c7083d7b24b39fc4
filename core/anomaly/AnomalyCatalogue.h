#pragma once

#include "core/anomaly/Anomaly.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace fla {

// A text in the four languages of the product, indexed by fla::Language.
struct LocalizedText
{
    std::array<QString, 4> texts;
    QString value(Language l) const { return texts[std::size_t(l)]; }
};

// One entry of the catalogue (resources/anomalies/catalogue.json): the
// metadata and texts of a rule. The rule's logic is C++ (AnomalyEngine).
struct AnomalyRule
{
    QString code;
    Severity severity = Severity::Blocking;
    QString entity;         // employer, worker, ... (several separated by |)
    QString field;          // field path (several separated by |)
    QStringList parameters; // the {name}s its messages use
    LocalizedText title;    // short name of the rule
    LocalizedText message;  // template with {name} parameters
    LocalizedText fix;      // how to fix it
};

// The catalogue of anomaly rules, loaded once from the JSON compiled into the
// library (so every executable and test has it without resource set-up).
class AnomalyCatalogue
{
public:
    static const AnomalyCatalogue &instance();
    // Parses a catalogue; problems (missing language, bad severity) go to errors.
    static AnomalyCatalogue fromJson(const QByteArray &json, QStringList *errors);
    static QByteArray embeddedJson();

    const QList<AnomalyRule> &rules() const { return m_rules; }
    const AnomalyRule *rule(const QString &code) const;
    Severity severityOf(const QString &code) const;
    // The rule's message in language with {name} replaced by the anomaly's parameters.
    QString render(const Anomaly &a, Language language) const;
    // The catalogue as a Markdown document (docs/anomalies.md).
    QString toMarkdown() const;

private:
    QList<AnomalyRule> m_rules;
    QHash<QString, qsizetype> m_index;
};

} // namespace fla
