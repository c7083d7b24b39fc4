#include "core/generate/Generator.h"

#include "core/anomaly/FlaRules.h"
#include "core/common/LogCategories.h"
#include "core/dataset/FieldText.h"
#include "core/domain/EnterpriseNumber.h"
#include "core/domain/NssoNumber.h"
#include "core/domain/Ssin.h"
#include "core/generate/Random.h"
#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_set>
#include <vector>

namespace fla {

using namespace flarules;

namespace {

constexpr int kFirstYear = 2024;
constexpr int kLastYear = 2026;
constexpr qint64 kOpen = std::numeric_limits<qint64>::max();

// ---- Name lists, per language (nl fr de en) --------------------------------

const char *const kFamilyNl[] = {"Peeters", "Janssens", "Maes",      "Jacobs",  "Mertens",   "Willems",
                                 "Claes",   "Goossens", "Wouters",   "De Smet", "Vermeulen", "Van den Broeck",
                                 "Hermans", "Michiels", "Van Damme", "Dewulf",  "Verhoeven", "Coppens"};
const char *const kFamilyFr[] = {"Dubois",   "Lambert",  "Dupont",  "Martin",  "Simon",     "Laurent",
                                 "Lefebvre", "Leclercq", "Renard",  "Mathieu", "Denis",     "Lemaire",
                                 "François", "Gérard",   "Mertens", "Hubert",  "Collignon", "Delvaux"};
const char *const kFamilyDe[] = {"Schmitz", "Müller",  "Meyer",  "Schröder", "Kessler", "Lentz",
                                 "Backes",  "Hilgers", "Cremer", "Thomé",    "Heinen",  "Lambertz"};
const char *const kGivenMaleNl[] = {"Jan",  "Pieter", "Wout", "Lucas", "Bram",
                                    "Koen", "Tom",    "Jef",  "Stijn", "Arne"};
const char *const kGivenFemaleNl[] = {"An",  "Els",  "Sofie", "Lotte", "Marie",
                                      "Ine", "Fien", "Griet", "Lien",  "Nele"};
const char *const kGivenMaleFr[] = {"Jean",     "Luc",  "Pierre", "Nicolas", "Julien",
                                    "François", "Hugo", "Mathis", "Olivier"};
const char *const kGivenFemaleFr[] = {"Marie", "Chloé",  "Julie",  "Camille", "Élise",
                                      "Manon", "Céline", "Hélène", "Léa"};
const char *const kGivenMaleDe[] = {"Jürgen", "Klaus", "Stefan", "Lukas", "Jonas", "Matthias", "Günther"};
const char *const kGivenFemaleDe[] = {"Anna", "Jutta", "Sabine", "Lena", "Katrin", "Monika", "Jana"};
const char *const kStreetNl[] = {"Kerkstraat", "Stationsstraat", "Molenstraat", "Schoolstraat",
                                 "Dorpsstraat"};
const char *const kStreetFr[] = {"Rue de la Station", "Rue de l'Église", "Chaussée de Namur",
                                 "Rue du Moulin"};
const char *const kStreetDe[] = {"Hauptstraße", "Kirchstraße", "Bahnhofstraße", "Aachener Straße"};
const char *const kCityNl[] = {"9000 Gent", "2000 Antwerpen", "3000 Leuven", "8000 Brugge", "3500 Hasselt"};
const char *const kCityFr[] = {"4000 Liège", "5000 Namur", "6000 Charleroi", "1348 Louvain-la-Neuve",
                               "7000 Mons"};
const char *const kCityDe[] = {"4700 Eupen", "4780 Sankt Vith", "4730 Raeren", "4760 Büllingen"};
const char *const kTradeNl[] = {"Bakkerij",  "Bouwbedrijf", "Garage",
                                "Drukkerij", "Transport",   "Schrijnwerkerij"};
const char *const kTradeFr[] = {"Boulangerie", "Construction", "Garage",
                                "Imprimerie",  "Transports",   "Menuiserie"};
const char *const kTradeDe[] = {"Bäckerei",  "Bauunternehmen", "Autohaus",
                                "Druckerei", "Transporte",     "Schreinerei"};
const char *const kCompanyEn[] = {"Northwind Logistics", "Bluebell Software", "Harbour Biotech",
                                  "Cedar Consulting"};
const char *const kCommittees[] = {"200", "124", "118", "140.03", "302",
                                   "330", "209", "111", "226",    "322.01"};
const char *const kSectoralCommittees[] = {"200", "124", "118", "111", "209"};
const double kHoursPerDay[] = {7.6, 7.6, 7.6, 8, 7.8, 7.2};
const double kRegimes[] = {1, 1, 1, 1, 1, 1, 0.8, 0.5, 0.75, 0.6};
const char *const kProviders[] = {"Syntra",      "VDAB",   "Cevora",     "IFAPME",   "Bruxelles Formation",
                                  "Constructiv", "Educam", "ZAWM Eupen", "Vormelek", "Alimento",
                                  "Volta"};
const char *const kFinancing[] = {"employer", "sectoral fund", "KMO-portefeuille", "chèques-formation", ""};

enum TrainingType
{
    Coaching,
    Workshop,
    Course,
    Safety,
    Conference,
    NonFla,
    ELearning,
    TypeCount
};

// Training names per type and language (nl fr de en).
const char *const kTrainingNames[TypeCount][4][5] = {
    {{"Begeleiding op de werkvloer", "Coaching nieuwe machine", "Peter-metercoaching", "Inloopbegeleiding",
      "Feedbackgesprek vaardigheden"},
     {"Accompagnement sur le terrain", "Coaching nouvelle machine", "Parrainage", "Tutorat d'accueil",
      "Coaching compétences"},
     {"Einarbeitung am Arbeitsplatz", "Coaching neue Maschine", "Patenschaft", "Einführungsbegleitung",
      "Kompetenzcoaching"},
     {"On-the-job coaching", "New machine coaching", "Mentoring session", "Onboarding coaching",
      "Skills coaching"}},
    {{"Workshop klantvriendelijkheid", "Workshop Excel", "Teamworkshop veiligheid", "Workshop timemanagement",
      "Workshop digitale tools"},
     {"Atelier accueil client", "Atelier Excel", "Atelier sécurité en équipe", "Atelier gestion du temps",
      "Atelier outils numériques"},
     {"Workshop Kundenfreundlichkeit", "Workshop Excel", "Teamworkshop Sicherheit", "Workshop Zeitmanagement",
      "Workshop digitale Werkzeuge"},
     {"Customer care workshop", "Excel workshop", "Team safety workshop", "Time management workshop",
      "Digital tools workshop"}},
    {{"Opleiding heftruck", "Cursus boekhouding", "VCA basis", "Leidinggeven voor beginners",
      "Opleiding elektriciteit BA4"},
     {"Formation chariot élévateur", "Cours de comptabilité", "VCA de base", "Management pour débutants",
      "Formation électricité BA4"},
     {"Staplerschulung", "Buchhaltungskurs", "SCC Grundkurs", "Führung für Einsteiger",
      "Elektroschulung BA4"},
     {"Forklift training", "Accounting course", "Basic safety certificate", "Leadership for beginners",
      "Electrical safety BA4"}},
    {{"Brandpreventie", "EHBO-opleiding", "Veilig werken op hoogte", "Evacuatieoefening",
      "Ergonomie op het werk"},
     {"Prévention incendie", "Formation premiers secours", "Travail en hauteur", "Exercice d'évacuation",
      "Ergonomie au travail"},
     {"Brandschutz", "Erste-Hilfe-Kurs", "Sicheres Arbeiten in der Höhe", "Evakuierungsübung",
      "Ergonomie am Arbeitsplatz"},
     {"Fire prevention", "First aid training", "Working at height", "Evacuation drill",
      "Ergonomics at work"}},
    {{"Vakbeurs", "Sectorcongres", "Studiedag wetgeving", "Infosessie nieuwe normen", "Kennisdag"},
     {"Salon professionnel", "Congrès sectoriel", "Journée d'étude législation",
      "Séance d'information normes", "Journée du savoir"},
     {"Fachmesse", "Branchenkongress", "Studientag Gesetzgebung", "Infoveranstaltung Normen", "Wissenstag"},
     {"Trade fair", "Sector conference", "Legislation study day", "New standards briefing", "Knowledge day"}},
    {{"Taalcursus vrije tijd", "Yoga na het werk", "Fotografiecursus", "Kookworkshop", "Tuinieren"},
     {"Cours de langue loisirs", "Yoga après le travail", "Cours de photo", "Atelier cuisine", "Jardinage"},
     {"Sprachkurs Freizeit", "Yoga nach der Arbeit", "Fotokurs", "Kochkurs", "Gartenarbeit"},
     {"Leisure language course", "After-work yoga", "Photography course", "Cooking workshop", "Gardening"}},
    {{"E-learning GDPR", "E-learning informatieveiligheid", "E-learning integriteit", "E-learning phishing",
      "E-learning kwaliteit"},
     {"E-learning RGPD", "E-learning sécurité de l'information", "E-learning intégrité",
      "E-learning hameçonnage", "E-learning qualité"},
     {"E-Learning DSGVO", "E-Learning Informationssicherheit", "E-Learning Integrität", "E-Learning Phishing",
      "E-Learning Qualität"},
     {"GDPR e-learning", "Information security e-learning", "Integrity e-learning", "Phishing e-learning",
      "Quality e-learning"}}};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Span
{
    qint64 from, to; // Julian days, to == kOpen while running
};

struct WorkerState
{
    int employer = 0;
    std::vector<Span> spans;
    std::vector<Span> formal;
    double budget[kLastYear - kFirstYear + 1] = {0, 0, 0};
    int mark = -1;
    std::vector<int> employments;
    std::vector<int> rights;
};

struct EmployerState
{
    std::vector<int> workers;
    bool sectoral = false;
    QString cao;
    int langIndex = 0;
};

class Builder
{
public:
    explicit Builder(const GeneratorOptions &o)
        : m_o(o)
        , m_rng(o.seed)
        , m_ref(o.referenceDate.isValid() ? o.referenceDate : QDate(2026, 6, 30))
    {}

    GeneratedSet run()
    {
        const qint64 n = std::max<qint64>(0, m_o.participations);
        const qint64 workerTarget = std::max<qint64>(24, (n + 7) / 8);
        qint64 workers = 0;
        int i = 0;
        while (workers < workerTarget || i < 3) {
            workers += makeEmployer(i++);
        }
        // Participations per employer in proportion to its workers.
        std::vector<qint64> quota(std::size_t(m_out.set.employers.size()), 0);
        qint64 given = 0;
        for (std::size_t e = 0; e < quota.size(); ++e) {
            quota[e] = n * qint64(m_emp[e].workers.size()) / workers;
            given += quota[e];
        }
        for (std::size_t e = 0; given < n; e = (e + 1) % quota.size(), ++given)
            ++quota[e];
        for (std::size_t e = 0; e < quota.size(); ++e)
            makeTrainings(int(e), quota[e]);
        m_cleanCounts = {m_out.set.employers.size(),      m_out.set.workers.size(),
                         m_out.set.employments.size(),    m_out.set.trainings.size(),
                         m_out.set.participations.size(), m_out.set.rights.size()};
        if (m_o.invalidFraction > 0)
            inject();
        return std::move(m_out);
    }

private:
    // ---- clean data ----------------------------------------------------------

    int makeEmployer(int i)
    {
        Employer e;
        e.uuid = m_rng.uuid();
        const double l = m_rng.unit();
        const int lang = l < 0.55 ? 0 : l < 0.88 ? 1 : l < 0.95 ? 2 : 3;
        e.language = Language(lang);
        const SizeClass cls = i == 0   ? SizeClass::From20
                              : i == 1 ? SizeClass::From10To19
                              : i == 2 ? SizeClass::Under10
                                       : SizeClass(m_rng.chance(0.3)    ? 0
                                                   : m_rng.chance(0.36) ? 1
                                                                        : 2);
        e.sizeClass = cls;
        int size = 0;
        switch (cls) {
        case SizeClass::Under10:
            size = int(m_rng.range(2, 9));
            break;
        case SizeClass::From10To19:
            size = int(m_rng.range(10, 19));
            break;
        case SizeClass::From20:
            size = int(std::exp(m_rng.unit() * std::log(15.0)) * 20); // 20..300, mostly small
            break;
        }
        e.enterpriseNumber = uniqueEnterprise();
        if (m_rng.chance(0.9))
            e.nssoNumber = NssoNumber::compose(int(m_rng.range(1001, 1999990)));
        const QString family = familyName(lang == 3 ? 0 : lang);
        switch (lang) {
        case 0:
            e.name = s(m_rng.pick(kTradeNl)) % QLatin1Char(' ') % family % QLatin1String(" BV");
            break;
        case 1:
            e.name = s(m_rng.pick(kTradeFr)) % QLatin1Char(' ') % family % QLatin1String(" SRL");
            break;
        case 2:
            e.name = s(m_rng.pick(kTradeDe)) % QLatin1Char(' ') % family % QLatin1String(" PGmbH");
            break;
        default:
            e.name = s(m_rng.pick(kCompanyEn)) % QLatin1String(" NV");
        }
        e.jointCommittees.append(s(m_rng.pick(kCommittees)));
        if (m_rng.chance(0.2)) {
            const QString second = s(m_rng.pick(kCommittees));
            if (!e.jointCommittees.contains(second))
                e.jointCommittees.append(second);
        }
        e.hoursPerDay = m_rng.pick(kHoursPerDay);
        EmployerState st;
        st.langIndex = lang;
        for (const char *c : kSectoralCommittees)
            st.sectoral = st.sectoral || e.jointCommittees.first() == QLatin1String(c);
        st.sectoral = st.sectoral && m_rng.chance(0.5);
        if (st.sectoral)
            st.cao =
                QStringLiteral("%1/CO/%2").arg(m_rng.range(100000, 189999)).arg(e.jointCommittees.first());
        const int index = int(m_out.set.employers.size());
        m_out.set.employers.append(e);
        m_emp.push_back(st);
        for (int w = 0; w < size; ++w)
            makeWorker(index);
        return size;
    }

    QString uniqueEnterprise()
    {
        for (;;) {
            const qint64 first8 =
                m_rng.chance(0.05) ? m_rng.range(10000000, 10099999) : m_rng.range(2000000, 9999999);
            const QString n = EnterpriseNumber::compose(first8);
            if (!m_enterprises.contains(n)) {
                m_enterprises.insert(n);
                return n;
            }
        }
    }

    QString familyName(int lang)
    {
        switch (lang) {
        case 1:
            return s(m_rng.pick(kFamilyFr));
        case 2:
            return s(m_rng.pick(kFamilyDe));
        default:
            return s(m_rng.pick(kFamilyNl));
        }
    }

    QString givenName(int lang, bool male)
    {
        switch (lang) {
        case 1:
            return s(male ? m_rng.pick(kGivenMaleFr) : m_rng.pick(kGivenFemaleFr));
        case 2:
            return s(male ? m_rng.pick(kGivenMaleDe) : m_rng.pick(kGivenFemaleDe));
        default:
            return s(male ? m_rng.pick(kGivenMaleNl) : m_rng.pick(kGivenFemaleNl));
        }
    }

    // A valid INSZ (or BIS number) for the birth date, unique in the set.
    QString uniqueSsin(const QDate &birth, bool male, bool bis, int forceSequence = -1)
    {
        for (;;) {
            int seq = forceSequence >= 0 ? forceSequence : int(m_rng.range(1, 499)) * 2 - (male ? 1 : 0);
            if (forceSequence < 0 && (seq <= 0 || seq >= 999))
                continue;
            const QString n = Ssin::compose(birth.year() % 100, birth.month() + (bis ? 40 : 0), birth.day(),
                                            seq, birth.year() >= 2000);
            if (forceSequence >= 0 || !m_ssins.contains(n)) {
                m_ssins.insert(n);
                return n;
            }
        }
    }

    void makeWorker(int employer)
    {
        const Employer &er = m_out.set.employers.at(employer);
        EmployerState &st = m_emp[std::size_t(employer)];
        Worker w;
        w.uuid = m_rng.uuid();
        w.employerUuid = er.uuid;
        const int lang = m_rng.chance(0.8) ? (st.langIndex == 3 ? int(m_rng.range(0, 1)) : st.langIndex)
                                           : int(m_rng.range(0, 2));
        const bool male = m_rng.chance(0.5);
        w.birthDate = m_rng.date(QDate(1958, 1, 1), QDate(2005, 12, 31));
        w.ssin = uniqueSsin(w.birthDate, male, m_rng.chance(0.02));
        w.familyName = familyName(lang);
        w.givenName = givenName(lang, male);
        w.language = st.langIndex == 3 && m_rng.chance(0.3) ? Language::English : Language(lang);
        if (m_rng.chance(0.7)) {
            const QString street = s(lang == 1   ? m_rng.pick(kStreetFr)
                                     : lang == 2 ? m_rng.pick(kStreetDe)
                                                 : m_rng.pick(kStreetNl));
            const QString city = s(lang == 1   ? m_rng.pick(kCityFr)
                                   : lang == 2 ? m_rng.pick(kCityDe)
                                               : m_rng.pick(kCityNl));
            w.address =
                street % QLatin1Char(' ') % QString::number(m_rng.range(1, 180)) % QLatin1Char('\n') % city;
        }
        const int wi = int(m_out.set.workers.size());
        m_out.set.workers.append(w);
        WorkerState ws;
        ws.employer = employer;
        m_ws.push_back(ws);
        st.workers.push_back(wi);

        // Employments: long-standing or hired from 2024, some leavers, some regime changes.
        const QDate start = m_rng.chance(0.45) ? m_rng.date(QDate(2008, 1, 1), QDate(2023, 12, 31))
                                               : m_rng.date(QDate(2024, 1, 1), m_ref.addDays(-1));
        QDate end;
        const QDate leaveFrom = std::max(start.addDays(60), QDate(2024, 2, 1));
        if (m_rng.chance(0.15) && leaveFrom < m_ref.addDays(-1))
            end = m_rng.date(leaveFrom, m_ref.addDays(-1));
        const double regime = m_rng.pick(kRegimes);
        const QString jc = er.jointCommittees.at(qsizetype(m_rng.range(0, er.jointCommittees.size() - 1)));
        const QDate splitFrom = std::max(start.addDays(90), QDate(2024, 3, 1));
        if (!end.isValid() && m_rng.chance(0.05) && splitFrom < m_ref.addDays(-90)) {
            const QDate split = m_rng.date(splitFrom, m_ref.addDays(-90));
            addEmployment(wi, start, split, regime, jc);
            addEmployment(wi, split.addDays(1), {}, regime == 1.0 ? 0.8 : 1.0, jc);
        } else {
            addEmployment(wi, start, end, regime, jc);
        }
        makeRights(wi);
    }

    void addEmployment(int wi, const QDate &start, const QDate &end, double regime, const QString &jc)
    {
        WorkerState &ws = m_ws[std::size_t(wi)];
        Employment e;
        e.uuid = m_rng.uuid();
        e.employerUuid = m_out.set.workers.at(wi).employerUuid;
        e.workerUuid = m_out.set.workers.at(wi).uuid;
        e.startDate = start;
        e.endDate = end;
        e.workRegime = regime;
        e.jointCommittee = jc;
        e.caoNumber = m_emp[std::size_t(ws.employer)].cao;
        ws.spans.push_back({start.toJulianDay(), end.isValid() ? end.toJulianDay() : kOpen});
        ws.employments.push_back(int(m_out.set.employments.size()));
        m_out.set.employments.append(e);
    }

    QList<const Employment *> employmentsOf(int wi) const
    {
        QList<const Employment *> out;
        for (int e : m_ws[std::size_t(wi)].employments)
            out.append(&m_out.set.employments.at(e));
        return out;
    }

    void addRight(int wi, int year, RightType type, double amount, DurationUnit unit, const QString &cao)
    {
        WorkerState &ws = m_ws[std::size_t(wi)];
        const Employer &er = m_out.set.employers.at(ws.employer);
        TrainingRight r;
        r.uuid = m_rng.uuid();
        r.employerUuid = er.uuid;
        r.workerUuid = m_out.set.workers.at(wi).uuid;
        r.year = year;
        r.type = type;
        r.amount = amount;
        r.unit = unit;
        r.origin = year >= 2025 && type == RightType::Legal && m_rng.chance(0.5) ? RightOrigin::Platform
                                                                                 : RightOrigin::Declared;
        r.caoNumber = cao;
        r.optOut = m_rng.chance(0.05);
        ws.budget[year - kFirstYear] += toDays(amount, unit, er.hoursPerDay);
        ws.rights.push_back(int(m_out.set.rights.size()));
        m_out.set.rights.append(r);
    }

    void makeRights(int wi)
    {
        const int employer = m_ws[std::size_t(wi)].employer;
        const Employer &er = m_out.set.employers.at(employer);
        const EmployerState &st = m_emp[std::size_t(employer)];
        const auto emps = employmentsOf(wi);
        for (int y = kFirstYear; y <= kLastYear; ++y) {
            if (!(employedShare(emps, y) > 0))
                continue;
            const double legal = proratedLegalDays(er.sizeClass, emps, y);
            if (legal > 0)
                addRight(wi, y, RightType::Legal, legal, DurationUnit::Days, {});
            if (st.sectoral) {
                if (m_rng.chance(0.5))
                    addRight(wi, y, RightType::Sectoral, double(m_rng.range(1, 3)), DurationUnit::Days,
                             st.cao);
                else
                    addRight(wi, y, RightType::Sectoral, er.hoursPerDay * 2, DurationUnit::Hours, st.cao);
            }
            if (er.sizeClass == SizeClass::Under10 || m_rng.chance(0.15) || (legal <= 0 && !st.sectoral))
                addRight(wi, y, RightType::Employer, er.sizeClass == SizeClass::Under10 ? 2 : 1,
                         DurationUnit::Days, {});
        }
    }

    // Trainings of one employer until its quota of participations is reached.
    void makeTrainings(int employer, qint64 quota)
    {
        qint64 made = 0;
        int failures = 0;
        while (made < quota) {
            const qint64 left = quota - made;
            const int got =
                failures < 20 ? makeTraining(employer, left, false) : makeTraining(employer, left, true);
            if (got == 0)
                ++failures;
            else
                failures = 0;
            made += got;
            if (failures > 200) {
                qCWarning(lcGenerate) << "employer" << employer << "stops at" << made << "of" << quota;
                break;
            }
        }
    }

    // One training with up to maxParticipants participants; returns how many.
    int makeTraining(int employer, qint64 maxParticipants, bool fallback)
    {
        const Employer &er = m_out.set.employers.at(employer);
        const EmployerState &st = m_emp[std::size_t(employer)];
        const double roll = m_rng.unit();
        TrainingType type = fallback      ? Coaching
                            : roll < 0.30 ? Coaching
                            : roll < 0.50 ? Workshop
                            : roll < 0.64 ? Course
                            : roll < 0.78 ? Safety
                            : roll < 0.88 ? Conference
                            : roll < 0.93 ? NonFla
                                          : ELearning;
        Training t;
        t.employerUuid = er.uuid;
        const int nameIndex = int(m_rng.range(0, 4));
        t.name = s(kTrainingNames[type][st.langIndex][nameIndex]);
        int want = 1;
        int days = 1;
        const int size = int(st.workers.size());
        switch (type) {
        case Coaching:
            t.kind = TrainingKind::Informal;
            t.unit = DurationUnit::Hours;
            t.duration = double(m_rng.range(1, 3));
            t.deductFromRight = !fallback;
            break;
        case Workshop:
            t.kind = TrainingKind::Informal;
            t.unit = DurationUnit::Hours;
            t.duration = double(m_rng.range(2, 4));
            want = int(m_rng.range(3, 25));
            break;
        case Course:
            t.kind = TrainingKind::Formal;
            t.unit = DurationUnit::Days;
            days = int(m_rng.range(1, 3));
            t.duration = days;
            want = int(m_rng.range(2, 12));
            t.provider = s(m_rng.pick(kProviders));
            t.costCents = m_rng.range(150, 2500) * 100;
            t.financing = s(m_rng.pick(kFinancing));
            break;
        case Safety:
            t.kind = TrainingKind::Formal;
            t.unit = DurationUnit::Hours;
            t.duration = double(m_rng.range(3, 7));
            want = int(m_rng.range(10, 150));
            t.deductFromRight = false;
            t.provider = s(m_rng.pick(kProviders));
            if (m_rng.chance(0.5))
                t.costCents = m_rng.range(40, 400) * 100;
            break;
        case Conference:
            t.kind = TrainingKind::Informal;
            t.unit = DurationUnit::Days;
            t.duration = 1;
            want = int(m_rng.range(1, 6));
            if (m_rng.chance(0.5))
                t.provider = s(m_rng.pick(kProviders));
            break;
        case NonFla:
            t.kind = TrainingKind::Informal;
            t.unit = DurationUnit::Hours;
            t.duration = double(m_rng.range(2, 8));
            want = int(m_rng.range(1, 5));
            t.countsForFla = false;
            t.deductFromRight = false;
            break;
        case ELearning:
            t.kind = TrainingKind::Informal;
            t.unit = DurationUnit::Hours;
            t.duration = double(m_rng.range(1, 2));
            want = int(m_rng.range(1, 40));
            t.deductFromRight = false;
            break;
        case TypeCount:
            break;
        }
        want = int(std::min<qint64>({qint64(want), maxParticipants, qint64(size)}));
        QDate start = m_rng.date(QDate(kFirstYear, 1, 1), QDate(kLastYear, 12, 31).addDays(-days));
        if (start.dayOfWeek() == 6)
            start = start.addDays(2);
        else if (start.dayOfWeek() == 7)
            start = start.addDays(1);
        t.startDate = start;
        t.endDate = start.addDays(days - 1);
        const quint64 key = (quint64(employer) << 40) ^ (quint64(type * 5 + nameIndex) << 32) ^
                            quint64(t.startDate.toJulianDay()) ^ (quint64(days) << 28);
        if (m_trainingKeys.count(key))
            return 0;
        const bool deducts = t.countsForFla && t.deductFromRight;
        const double needDays = deducts ? toDays(t.duration, t.unit, er.hoursPerDay) : 0;
        const Span period{t.startDate.toJulianDay(), t.endDate.toJulianDay()};
        const int year = t.startDate.year();
        if (year > kLastYear)
            return 0;
        const int trainingIndex = int(m_out.set.trainings.size());

        // Participants: employed over the whole period, no overlapping formal
        // training, enough credit left when the training is deducted.
        std::vector<int> chosen;
        const int attempts = want * 3 + 10;
        for (int a = 0; a < attempts && int(chosen.size()) < want; ++a) {
            const int wi = st.workers[std::size_t(m_rng.range(0, size - 1))];
            WorkerState &ws = m_ws[std::size_t(wi)];
            if (ws.mark == trainingIndex)
                continue;
            bool employed = false;
            for (const Span &sp : ws.spans)
                employed = employed || (sp.from <= period.from && period.to <= sp.to);
            if (!employed)
                continue;
            if (t.kind == TrainingKind::Formal) {
                bool overlap = false;
                for (const Span &f : ws.formal)
                    overlap = overlap || (f.from <= period.to && period.from <= f.to);
                if (overlap)
                    continue;
            }
            if (deducts && ws.budget[year - kFirstYear] < needDays + 1e-9)
                continue;
            ws.mark = trainingIndex;
            chosen.push_back(wi);
        }
        if (chosen.empty())
            return 0;
        m_trainingKeys.insert(key);

        t.uuid = m_rng.uuid();
        const bool completed = t.endDate <= m_ref;
        t.status = completed ? TrainingStatus::Completed : TrainingStatus::Planned;
        if (completed)
            t.registeredOn =
                std::min({t.endDate.addDays(m_rng.range(0, 20)), m_ref, quarterlyDeadline(t.endDate)});
        else
            t.registeredOn = std::max(QDate(kFirstYear, 1, 1), m_ref.addDays(-m_rng.range(0, 60)));
        m_out.set.trainings.append(t);

        for (int wi : chosen) {
            WorkerState &ws = m_ws[std::size_t(wi)];
            if (t.kind == TrainingKind::Formal)
                ws.formal.push_back(period);
            if (deducts)
                ws.budget[year - kFirstYear] -= needDays;
            Participation p;
            p.uuid = m_rng.uuid();
            p.employerUuid = er.uuid;
            p.trainingUuid = t.uuid;
            p.workerUuid = m_out.set.workers.at(wi).uuid;
            p.followed = completed && m_rng.chance(0.97);
            if (p.followed && t.kind == TrainingKind::Formal && m_rng.chance(0.5)) {
                p.certificate = true;
                if (m_rng.chance(0.5))
                    p.certificateValidUntil = t.endDate.addYears(int(m_rng.range(1, 3)));
            }
            if (chosen.size() >= 3 && m_rng.chance(0.05))
                p.durationOverride = t.duration / 2;
            m_out.set.participations.append(p);
        }
        return int(chosen.size());
    }

    // ---- injected anomalies --------------------------------------------------

    void record(RecordKind entity, const QUuid &uuid, const char *field, const char *code)
    {
        m_out.injected.append({entity, uuid, QString::fromLatin1(field), QString::fromLatin1(code)});
    }

    int randomWorker() { return int(m_rng.range(0, qint64(m_cleanCounts[1]) - 1)); }

    // A copy of a clean worker under a new UUID and INSZ, with copies of its
    // employments and (optionally) rights, but no trainings.
    int cloneWorker(int source, bool withEmployments = true, bool withRights = true)
    {
        Worker w = m_out.set.workers.at(source);
        const Ssin old = Ssin::parse(w.ssin);
        w.uuid = m_rng.uuid();
        w.ssin = uniqueSsin(w.birthDate, old.sex() == Ssin::Sex::Male, old.isBis());
        const int wi = int(m_out.set.workers.size());
        m_out.set.workers.append(w);
        WorkerState ws;
        ws.employer = m_ws[std::size_t(source)].employer;
        if (withEmployments) {
            for (int e : m_ws[std::size_t(source)].employments) {
                Employment copy = m_out.set.employments.at(e);
                copy.uuid = m_rng.uuid();
                copy.workerUuid = w.uuid;
                ws.employments.push_back(int(m_out.set.employments.size()));
                ws.spans.push_back({copy.startDate.toJulianDay(),
                                    copy.endDate.isValid() ? copy.endDate.toJulianDay() : kOpen});
                m_out.set.employments.append(copy);
            }
        }
        if (withRights) {
            for (int r : m_ws[std::size_t(source)].rights) {
                TrainingRight copy = m_out.set.rights.at(r);
                copy.uuid = m_rng.uuid();
                copy.workerUuid = w.uuid;
                ws.rights.push_back(int(m_out.set.rights.size()));
                m_out.set.rights.append(copy);
            }
        }
        m_ws.push_back(ws);
        return wi;
    }

    // A clean worker employed on day d (a weekday, 2024-01-08 .. reference - 30) with d+3 in the same
    // employment.
    bool workerSlot(int *worker, QDate *day, const std::function<bool(int, const QDate &)> &accept = {})
    {
        for (int a = 0; a < 2000; ++a) {
            const int wi = randomWorker();
            QDate d = m_rng.date(QDate(2024, 1, 8), m_ref.addDays(-30));
            if (d.dayOfWeek() >= 6)
                d = d.addDays(8 - d.dayOfWeek());
            const qint64 j = d.toJulianDay();
            bool ok = false;
            for (const Span &sp : m_ws[std::size_t(wi)].spans)
                ok = ok || (sp.from <= j && j + 3 <= sp.to);
            if (ok && (!accept || accept(wi, d))) {
                *worker = wi;
                *day = d;
                return true;
            }
        }
        return false;
    }

    // A new one-day informal training, not deducted, so no other rule is touched.
    int freshTraining(int worker, const QDate &day, const QString &name)
    {
        Training t;
        t.uuid = m_rng.uuid();
        t.employerUuid = m_out.set.workers.at(worker).employerUuid;
        t.name = name;
        t.kind = TrainingKind::Informal;
        t.startDate = day;
        t.endDate = day;
        t.duration = 2;
        t.unit = DurationUnit::Hours;
        t.deductFromRight = false;
        t.status = TrainingStatus::Completed;
        t.registeredOn = day.addDays(1);
        m_out.set.trainings.append(t);
        return int(m_out.set.trainings.size()) - 1;
    }

    int participation(int worker, int training)
    {
        Participation p;
        p.uuid = m_rng.uuid();
        p.employerUuid = m_out.set.workers.at(worker).employerUuid;
        p.trainingUuid = m_out.set.trainings.at(training).uuid;
        p.workerUuid = m_out.set.workers.at(worker).uuid;
        p.followed = true;
        m_out.set.participations.append(p);
        return int(m_out.set.participations.size()) - 1;
    }

    QString injectedName(const char *code)
    {
        return QStringLiteral("Injected %1 #%2").arg(QLatin1String(code)).arg(++m_injectedSerial);
    }

    // A copy of a clean training (new UUID, no participants) matching accept.
    int cloneTraining(const std::function<bool(const Training &)> &accept)
    {
        for (int a = 0; a < 5000; ++a) {
            const int ti = int(m_rng.range(0, qint64(m_cleanCounts[3]) - 1));
            const Training &t = m_out.set.trainings.at(ti);
            if (accept && !accept(t))
                continue;
            Training copy = t;
            copy.uuid = m_rng.uuid();
            m_out.set.trainings.append(copy);
            return int(m_out.set.trainings.size()) - 1;
        }
        return -1;
    }

    int cloneEmployer()
    {
        const int src = int(m_rng.range(0, qint64(m_cleanCounts[0]) - 1));
        Employer e = m_out.set.employers.at(src);
        e.uuid = m_rng.uuid();
        e.enterpriseNumber = uniqueEnterprise();
        m_out.set.employers.append(e);
        m_emp.push_back(m_emp[std::size_t(src)]);
        m_emp.back().workers.clear();
        return int(m_out.set.employers.size()) - 1;
    }

    bool injectOne(const QString &code);

    void inject()
    {
        // Codes that apply to two entities are injected on both (DT-001e: employment, DU-001p:
        // participation).
        QStringList codes = Generator::injectableCodes();
        codes << QStringLiteral("DT-001e") << QStringLiteral("DU-001p");
        for (const QString &code : codes) {
            const qsizetype base = m_cleanCounts[baseOf(code)];
            const qint64 count =
                std::max<qint64>(1, qint64(std::llround(m_o.invalidFraction * double(base))));
            for (qint64 i = 0; i < count; ++i) {
                if (!injectOne(code)) {
                    qCWarning(lcGenerate) << "no record to inject" << code << "into";
                    break;
                }
            }
        }
    }

    static int baseOf(const QString &code);

    GeneratorOptions m_o;
    Random m_rng;
    QDate m_ref;
    GeneratedSet m_out;
    std::vector<EmployerState> m_emp;
    std::vector<WorkerState> m_ws;
    QSet<QString> m_enterprises;
    QSet<QString> m_ssins;
    std::unordered_set<quint64> m_trainingKeys;
    std::array<qsizetype, 6> m_cleanCounts{};
    int m_injectedSerial = 0;
};

const char *const kInjectable[][2] = {
    // code, entity index (0 employer, 1 worker, 2 employment, 3 training, 4 participation, 5 right)
    {"ID-001", "1"}, {"ID-002", "1"}, {"ID-003", "1"}, {"ID-004", "1"}, {"ID-010", "0"}, {"ID-011", "0"},
    {"ID-012", "2"}, {"ID-013", "0"}, {"GN-001", "3"}, {"GN-002", "3"}, {"GN-003", "4"}, {"GN-004", "4"},
    {"EM-001", "0"}, {"EM-002", "0"}, {"DP-003", "0"}, {"WK-001", "1"}, {"WK-002", "1"}, {"WK-003", "1"},
    {"DP-002", "1"}, {"EP-001", "2"}, {"EP-002", "2"}, {"EP-003", "2"}, {"DT-001", "3"}, {"DT-007", "2"},
    {"DU-001", "3"}, {"DU-002", "3"}, {"DU-003", "3"}, {"DT-003", "3"}, {"DT-004", "3"}, {"DT-005", "3"},
    {"DT-008", "3"}, {"DT-009", "3"}, {"TR-001", "3"}, {"TR-002", "3"}, {"TR-003", "3"}, {"CF-001", "3"},
    {"PA-001", "4"}, {"PA-002", "4"}, {"PA-003", "4"}, {"PA-004", "4"}, {"DT-002", "4"}, {"DT-006", "4"},
    {"DP-001", "4"}, {"OV-001", "4"}, {"CR-001", "1"}, {"RT-001", "5"}, {"RT-002", "5"}, {"RT-003", "5"},
    {"RT-004", "5"}, {"RT-005", "5"}, {"RT-006", "5"}};

int Builder::baseOf(const QString &code)
{
    if (code == QLatin1String("DT-001e"))
        return 2;
    for (const auto &k : kInjectable) {
        if (code == QLatin1String(k[0]))
            return k[1][0] - '0';
    }
    return 4;
}

bool Builder::injectOne(const QString &codeText)
{
    const QByteArray codeBytes = codeText.toLatin1();
    const char *code = codeBytes.constData();
    auto is = [&](const char *c) { return codeText == QLatin1String(c); };
    auto &set = m_out.set;
    const QDate ref = m_ref;

    // -- employers
    if (is("ID-010") || is("ID-011") || is("ID-013") || is("EM-001") || is("EM-002") || is("DP-003")) {
        const int e = cloneEmployer();
        Employer &er = set.employers[e];
        const char *field = "enterpriseNumber";
        if (is("ID-010")) {
            QString n = er.enterpriseNumber;
            n[9] = QChar(u'0' + (n.at(9).unicode() - u'0' + 1) % 10);
            er.enterpriseNumber = n;
        } else if (is("ID-011")) {
            er.nssoNumber =
                QString::number(NssoNumber::compose(int(m_rng.range(1001, 1999990))).toLongLong() + 1);
            field = "nssoNumber";
        } else if (is("ID-013")) {
            er.nssoNumber = QStringLiteral("12AB5");
            field = "nssoNumber";
        } else if (is("EM-001")) {
            er.hoursPerDay = 13;
            field = "hoursPerDay";
        } else if (is("EM-002")) {
            er.jointCommittees.clear();
            field = "jointCommittees";
        } else {
            const Employer &source = set.employers.at(int(m_rng.range(0, qint64(m_cleanCounts[0]) - 1)));
            er.enterpriseNumber = source.enterpriseNumber;
            // DP-003 is found on every company with the number but the one with the lowest uuid.
            record(RecordKind::Employer, qMax(er.uuid, source.uuid), field, code);
            return true;
        }
        record(RecordKind::Employer, er.uuid, field, code);
        return true;
    }
    // -- workers
    if (is("ID-001") || is("ID-002") || is("ID-003") || is("ID-004") || is("WK-001") || is("WK-002") ||
        is("WK-003") || is("DP-002")) {
        const int src = randomWorker();
        const int wi = cloneWorker(src, !is("WK-003"), !is("WK-003"));
        Worker &w = set.workers[wi];
        const char *field = "ssin";
        const QDate b = w.birthDate;
        if (is("ID-001")) {
            w.ssin = w.ssin.left(10);
            w.birthDate = {};
        } else if (is("ID-002")) {
            for (int delta = 1; delta < 100; ++delta) {
                QString n = w.ssin.left(9) % QStringLiteral("%1").arg((w.ssin.mid(9).toInt() + delta) % 100,
                                                                      2, 10, QLatin1Char('0'));
                const Ssin parsed = Ssin::parse(n);
                if (parsed.check().codes() == QStringList{QStringLiteral("ID-002")}) {
                    w.ssin = n;
                    break;
                }
            }
            w.birthDate = {};
        } else if (is("ID-003")) {
            do {
                w.ssin =
                    Ssin::compose(b.year() % 100, 13, b.day(), int(m_rng.range(1, 998)), b.year() >= 2000);
            } while (m_ssins.contains(w.ssin));
            m_ssins.insert(w.ssin);
            w.birthDate = {};
        } else if (is("ID-004")) {
            QDate birth = b;
            while (m_ssins.contains(
                Ssin::compose(birth.year() % 100, birth.month(), birth.day(), 0, birth.year() >= 2000)))
                birth = birth.addDays(1);
            w.birthDate = birth;
            w.ssin = uniqueSsin(birth, true, false, 0);
        } else if (is("WK-001")) {
            w.birthDate = b.addDays(1);
            field = "birthDate";
        } else if (is("WK-002")) {
            w.birthDate = QDate(ref.year() - 10, 3, 14);
            w.ssin = uniqueSsin(w.birthDate, true, false);
            field = "birthDate";
        } else if (is("WK-003")) {
            field = "employments";
        } else { // DP-002
            w.ssin = set.workers.at(src).ssin;
        }
        record(RecordKind::Worker, w.uuid, field, code);
        return true;
    }
    // -- employments
    if (is("ID-012") || is("EP-001") || is("EP-002") || is("EP-003") || is("DT-001e") || is("DT-007")) {
        if (is("DT-007")) {
            for (int a = 0; a < 2000; ++a) {
                const int src = randomWorker();
                const auto &ws = m_ws[std::size_t(src)];
                if (ws.employments.size() != 1)
                    continue;
                const Employment &e = set.employments.at(ws.employments.front());
                if (e.startDate.year() < kFirstYear || e.startDate.addDays(60) >= ref)
                    continue;
                const int wi = cloneWorker(src, true, false);
                record(RecordKind::Employment,
                       set.employments.at(m_ws[std::size_t(wi)].employments.front()).uuid, "startDate", code);
                return true;
            }
            return false;
        }
        int src = randomWorker();
        for (int a = 0; a < 2000 && m_ws[std::size_t(src)].employments.size() != 1; ++a)
            src = randomWorker();
        const int wi = cloneWorker(src, true, !is("DT-001e"));
        Employment &e = set.employments[m_ws[std::size_t(wi)].employments.front()];
        const char *field = "jointCommittee";
        if (is("ID-012")) {
            e.jointCommittee = QStringLiteral("20A");
        } else if (is("EP-001")) {
            e.workRegime = 1.5;
            field = "workRegime";
        } else if (is("EP-002")) {
            e.jointCommittee = QStringLiteral("999");
        } else if (is("DT-001e")) {
            e.endDate = e.startDate.addDays(-1);
            record(RecordKind::Employment, e.uuid, "endDate", "DT-001");
            return true;
        } else if (is("EP-003")) {
            Employment second = e;
            second.uuid = m_rng.uuid();
            second.startDate = e.startDate.addDays(10);
            if (e.endDate.isValid() && second.startDate > e.endDate)
                second.startDate = e.endDate;
            set.employments.append(second);
            record(RecordKind::Employment, second.uuid, "startDate", code);
            return true;
        }
        record(RecordKind::Employment, e.uuid, field, code);
        return true;
    }
    // -- trainings (copies without participants)
    if (is("GN-001") || is("GN-002") || is("DU-001") || is("DU-002") || is("DU-003") || is("DT-001") ||
        is("DT-003") || is("DT-004") || is("DT-005") || is("DT-008") || is("DT-009") || is("TR-001") ||
        is("TR-002") || is("TR-003") || is("CF-001")) {
        std::function<bool(const Training &)> accept;
        if (is("DT-001"))
            accept = [](const Training &t) {
                return t.startDate >= QDate(2024, 2, 1) && t.status == TrainingStatus::Completed;
            };
        else if (is("DT-004") || is("DT-008"))
            accept = [ref](const Training &t) { return t.endDate > ref; };
        else if (is("DT-005"))
            accept = [ref](const Training &t) {
                return t.status == TrainingStatus::Completed &&
                       quarterlyDeadline(t.endDate).addDays(5) <= ref;
            };
        else if (is("DT-009"))
            accept = [](const Training &t) {
                return t.status == TrainingStatus::Completed && t.endDate >= QDate(2025, 3, 1);
            };
        else if (is("TR-002"))
            accept = [](const Training &t) { return t.kind == TrainingKind::Formal; };
        const int ti = cloneTraining(accept);
        if (ti < 0)
            return false;
        Training &t = set.trainings[ti];
        const char *field = "name";
        if (is("GN-001")) {
            t.name.clear();
        } else if (is("GN-002")) {
            t.name = QString(250, QLatin1Char('x'));
        } else if (is("DU-001")) {
            t.duration = 0;
            field = "duration";
        } else if (is("DU-002")) {
            t.unit = DurationUnit::Days;
            t.duration = double(calendarDays(t.startDate, t.endDate) + 2);
            field = "duration";
        } else if (is("DU-003")) {
            t.unit = DurationUnit::Hours;
            t.duration = 12.0 * double(calendarDays(t.startDate, t.endDate)) + 1;
            field = "duration";
        } else if (is("DT-001")) {
            t.endDate = t.startDate.addDays(-2);
            t.registeredOn = t.endDate;
            field = "endDate";
        } else if (is("DT-003")) {
            const qint64 len = t.startDate.daysTo(t.endDate);
            t.startDate = QDate(2023, int(m_rng.range(1, 11)), int(m_rng.range(1, 28)));
            t.endDate = t.startDate.addDays(len);
            t.registeredOn = t.endDate;
            field = "startDate";
        } else if (is("DT-004")) {
            t.status = TrainingStatus::Completed;
            field = "status";
        } else if (is("DT-005")) {
            t.registeredOn = quarterlyDeadline(t.endDate).addDays(5);
            field = "registeredOn";
        } else if (is("DT-008")) {
            t.registeredOn = ref.addDays(10);
            field = "registeredOn";
        } else if (is("DT-009")) {
            t.startDate = t.endDate.addDays(-400);
            field = "endDate";
        } else if (is("TR-001")) {
            t.costCents = -5000;
            field = "cost";
        } else if (is("TR-002")) {
            t.provider.clear();
            field = "provider";
        } else if (is("TR-003")) {
            t.registeredOn = {};
            field = "registeredOn";
        } else { // CF-001
            t.countsForFla = false;
            t.deductFromRight = true;
            field = "deductFromRight";
        }
        record(RecordKind::Training, t.uuid, field, code);
        return true;
    }
    // -- participations of a fresh copy of a worker in fresh trainings
    if (is("GN-003")) {
        const int wi = randomWorker();
        const int p = participation(wi, 0);
        set.participations[p].trainingUuid = m_rng.uuid();
        record(RecordKind::Participation, set.participations.at(p).uuid, "trainingUuid", code);
        return true;
    }
    if (is("GN-004")) {
        for (int a = 0; a < 100; ++a) {
            const int wi = randomWorker();
            const int ti = int(m_rng.range(0, qint64(m_cleanCounts[3]) - 1));
            if (set.trainings.at(ti).employerUuid == set.workers.at(wi).employerUuid)
                continue;
            const int p = participation(wi, ti);
            set.participations[p].employerUuid = set.trainings.at(ti).employerUuid;
            record(RecordKind::Participation, set.participations.at(p).uuid, "workerUuid", code);
            return true;
        }
        return false;
    }
    if (is("PA-001") || is("PA-002") || is("PA-003") || is("PA-004") || is("DU-001p") || is("DP-001") ||
        is("OV-001")) {
        int src = 0;
        QDate d;
        if (!workerSlot(&src, &d))
            return false;
        const int wi = cloneWorker(src);
        const int ti = freshTraining(wi, d, injectedName(code));
        const int pi = participation(wi, ti);
        Participation &p = set.participations[pi];
        const char *field = "certificateValidUntil";
        if (is("PA-001")) {
            p.certificate = true;
            p.certificateValidUntil = d.addDays(-1);
        } else if (is("PA-002")) {
            p.certificateValidUntil = d.addYears(1);
        } else if (is("PA-003")) {
            p.durationOverride = set.trainings.at(ti).duration + 1;
            field = "duration";
        } else if (is("PA-004")) {
            p.followed = false;
            p.certificate = true;
            field = "certificate";
        } else if (is("DU-001p")) {
            p.durationOverride = 0;
            field = "duration";
        } else if (is("DP-001")) {
            Training twin = set.trainings.at(ti);
            twin.uuid = m_rng.uuid();
            set.trainings.append(twin);
            const int second = participation(wi, int(set.trainings.size()) - 1);
            record(RecordKind::Participation, set.participations.at(second).uuid, "trainingUuid", code);
            return true;
        } else { // OV-001: a two-day formal course and a formal half day on its second day
            Training &first = set.trainings[ti];
            first.kind = TrainingKind::Formal;
            first.provider = s(m_rng.pick(kProviders));
            first.unit = DurationUnit::Days;
            first.duration = 2;
            first.endDate = d.addDays(1);
            first.registeredOn = d.addDays(2);
            Training other = first;
            other.uuid = m_rng.uuid();
            other.name = injectedName(code);
            other.startDate = d.addDays(1);
            other.unit = DurationUnit::Hours;
            other.duration = 4;
            set.trainings.append(other);
            const int second = participation(wi, int(set.trainings.size()) - 1);
            record(RecordKind::Participation, set.participations.at(second).uuid, "trainingUuid", code);
            return true;
        }
        record(RecordKind::Participation, p.uuid, field, is("DU-001p") ? "DU-001" : code);
        return true;
    }
    if (is("DT-002")) {
        for (int a = 0; a < 5000; ++a) {
            const int src = randomWorker();
            const auto &ws = m_ws[std::size_t(src)];
            if (ws.employments.size() != 1)
                continue;
            const Employment &e = set.employments.at(ws.employments.front());
            const QDate d = e.startDate.addDays(-20);
            if (d < QDate(2024, 1, 8) || d.year() != e.startDate.year() || d.dayOfWeek() >= 6)
                continue;
            const int wi = cloneWorker(src);
            const int pi = participation(wi, freshTraining(wi, d, injectedName(code)));
            record(RecordKind::Participation, set.participations.at(pi).uuid, "trainingUuid", code);
            return true;
        }
        return false;
    }
    if (is("DT-006")) {
        for (int a = 0; a < 5000; ++a) {
            const int src = randomWorker();
            const auto &ws = m_ws[std::size_t(src)];
            if (ws.employments.size() != 1)
                continue;
            const Employment &e = set.employments.at(ws.employments.front());
            if (!e.endDate.isValid() || e.endDate.addDays(31) > ref || e.endDate < QDate(2024, 1, 8) ||
                quarterlyDeadline(e.endDate) < e.endDate.addDays(31) || e.startDate > e.endDate.addDays(-1))
                continue;
            const QDate end = e.endDate; // cloneWorker grows the employments
            const int wi = cloneWorker(src);
            const int ti = freshTraining(wi, end, injectedName(code));
            set.trainings[ti].registeredOn = end.addDays(31);
            const int pi = participation(wi, ti);
            record(RecordKind::Participation, set.participations.at(pi).uuid, "trainingUuid", code);
            return true;
        }
        return false;
    }
    if (is("CR-001")) {
        for (int a = 0; a < 5000; ++a) {
            const int src = randomWorker();
            const auto &ws = m_ws[std::size_t(src)];
            if (ws.employments.size() != 1)
                continue;
            const Employment &e = set.employments.at(ws.employments.front());
            if (e.startDate >= QDate(2024, 1, 1) || (e.endDate.isValid() && e.endDate < QDate(2024, 12, 31)))
                continue;
            const Employer &er = set.employers.at(ws.employer);
            double available = 0;
            for (int r : ws.rights) {
                if (set.rights.at(r).year == 2024)
                    available += toDays(set.rights.at(r).amount, set.rights.at(r).unit, er.hoursPerDay);
            }
            const int days = int(std::floor(available)) + 1;
            const int wi = cloneWorker(src);
            const int ti = freshTraining(wi, QDate(2024, 3, 4), injectedName(code));
            Training &t = set.trainings[ti];
            t.kind = TrainingKind::Formal;
            t.provider = s(m_rng.pick(kProviders));
            t.unit = DurationUnit::Days;
            t.duration = days;
            t.deductFromRight = true;
            t.endDate = t.startDate.addDays(days - 1);
            t.registeredOn = t.endDate.addDays(1);
            participation(wi, ti);
            record(RecordKind::Worker, set.workers.at(wi).uuid, "credit", code);
            return true;
        }
        return false;
    }
    // -- rights
    if (is("RT-001") || is("RT-002") || is("RT-003") || is("RT-004") || is("RT-005") || is("RT-006")) {
        for (int a = 0; a < 5000; ++a) {
            const int src = randomWorker();
            const auto &ws = m_ws[std::size_t(src)];
            if (ws.rights.empty())
                continue;
            int pick = -1;
            for (int r : ws.rights) {
                const TrainingRight &tr = set.rights.at(r);
                if (is("RT-001") && tr.type == RightType::Legal)
                    pick = r;
                else if (is("RT-002") && tr.type == RightType::Sectoral)
                    pick = r;
                else if (!is("RT-001") && !is("RT-002") && pick < 0)
                    pick = r;
            }
            if (pick < 0)
                continue;
            if (is("RT-004") || is("RT-006")) {
                // Moving the right away must not leave the year of hiring without a right (DT-007).
                const int year = set.rights.at(pick).year;
                int sameYear = 0;
                for (int r : ws.rights)
                    sameYear += set.rights.at(r).year == year ? 1 : 0;
                bool hireYear = false;
                for (int e : ws.employments) {
                    const Employment &em = set.employments.at(e);
                    hireYear = hireYear || std::max(em.startDate.year(), kFirstYear) == year;
                }
                if (hireYear && sameYear < 2)
                    continue;
            }
            int freeYear = 0;
            if (is("RT-006")) {
                const auto emps = employmentsOf(src);
                for (int y = kFirstYear; y <= kLastYear && !freeYear; ++y) {
                    if (!(employedShare(emps, y) > 0))
                        freeYear = y;
                }
                if (!freeYear)
                    continue;
            }
            // cloneWorker grows m_ws: take what is needed from ws before.
            const int offset = int(std::find(ws.rights.begin(), ws.rights.end(), pick) - ws.rights.begin());
            const int wi = cloneWorker(src);
            TrainingRight &r = set.rights[m_ws[std::size_t(wi)].rights[std::size_t(offset)]];
            const char *field = "amount";
            if (is("RT-001")) {
                r.amount = 6;
                r.unit = DurationUnit::Days;
            } else if (is("RT-002")) {
                r.caoNumber.clear();
                field = "caoNumber";
            } else if (is("RT-003")) {
                r.amount = -1;
            } else if (is("RT-004")) {
                r.year = 2023;
                field = "year";
            } else if (is("RT-005")) {
                TrainingRight twin = r;
                twin.uuid = m_rng.uuid();
                set.rights.append(twin);
                record(RecordKind::TrainingRight, twin.uuid, "type", code);
                return true;
            } else {
                r.year = freeYear;
                field = "year";
            }
            record(RecordKind::TrainingRight, r.uuid, field, code);
            return true;
        }
        return false;
    }
    return false;
}

} // namespace

QStringList Generator::injectableCodes()
{
    QStringList out;
    for (const auto &k : kInjectable)
        out.append(QString::fromLatin1(k[0]));
    return out;
}

GeneratedSet Generator::generate(const GeneratorOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Builder b(options);
    GeneratedSet out = b.run();
    qCDebug(lcGenerate) << "generated" << out.set.recordCount() << "records," << out.injected.size()
                        << "injected anomalies in" << timer.elapsed() << "ms";
    return out;
}

bool Generator::writeInjected(const QList<InjectedAnomaly> &injected, const QString &dir, QString *error)
{
    QSaveFile file(QDir(dir).filePath(QStringLiteral("injected.csv")));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Generator", "%1 cannot be written: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    {
        CsvWriter csv(&file);
        csv.writeRow({QStringLiteral("file"), QStringLiteral("uuid"), QStringLiteral("field"),
                      QStringLiteral("code")});
        for (const auto &i : injected)
            csv.writeRow({csvFileName(i.entity), i.uuid.toString(QUuid::WithoutBraces), i.field, i.code});
        csv.flush();
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Generator", "%1 cannot be written: %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace fla
