#include "ui/dialogs/WorkerDialog.h"

#include "core/anomaly/AnomalyCatalogue.h"
#include "core/common/Clock.h"
#include "core/domain/CodeLabels.h"
#include "core/domain/JointCommittee.h"
#include "core/domain/Ssin.h"
#include "core/storage/RecordJson.h"
#include "ui/app/Session.h"
#include "ui/data/FieldChecks.h"
#include "ui/dialogs/SaveWhenServerBack.h"
#include "ui/widgets/CodeCombo.h"
#include "ui/widgets/DateLineEdit.h"
#include "ui/widgets/DialogForm.h"
#include "ui/widgets/FieldRow.h"
#include "ui/widgets/Format.h"
#include "ui/widgets/SsinTyping.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fla::ui {

WorkerDialog::WorkerDialog(Session *session, QWidget *parent)
    : RecordFormDialog(parent)
    , m_session(session)
    , m_workerUuid(QUuid::createUuid())
    , m_employmentUuid(QUuid::createUuid())
    , m_ssin(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_given(new QLineEdit(this))
    , m_birth(new DateLineEdit(this))
    , m_language(new QComboBox(this))
    , m_start(new DateLineEdit(this))
    , m_regime(new QDoubleSpinBox(this))
    , m_committee(new QComboBox(this))
    , m_sex(new QComboBox(this))
    , m_ssinLabel(new QLabel(this))
    , m_familyLabel(new QLabel(this))
    , m_givenLabel(new QLabel(this))
    , m_birthLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_startLabel(new QLabel(this))
    , m_regimeLabel(new QLabel(this))
    , m_committeeLabel(new QLabel(this))
    , m_sexLabel(new QLabel(this))
    , m_issues(new QLabel(this))
    , m_next(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_serverWait(new SaveWhenServerBack(session, this, [this] { accept(); }))
{
    setObjectName(QStringLiteral("workerDialog"));
    m_ssin->setObjectName(QStringLiteral("ssinEdit"));
    formatSsinWhileTyping(m_ssin);
    m_family->setObjectName(QStringLiteral("familyEdit"));
    m_given->setObjectName(QStringLiteral("givenEdit"));
    m_birth->setObjectName(QStringLiteral("birthEdit"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_regime->setObjectName(QStringLiteral("regimeSpin"));
    m_committee->setObjectName(QStringLiteral("committeeCombo"));
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    addCodes(m_sex, {StatedSex::Unstated, StatedSex::Male, StatedSex::Female});
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_next->setObjectName(QStringLiteral("saveNextButton"));
    m_issues->setWordWrap(true);
    m_regime->setLocale(QLocale());
    m_regime->setRange(0.01, 1);
    m_regime->setDecimals(2);
    m_regime->setSingleStep(0.1);
    m_regime->setValue(1);
    m_committee->setEditable(true);
    const auto emp = session->currentEmployer();
    if (emp) {
        m_committee->addItems(emp->jointCommittees);
        m_language->setCurrentIndex(int(emp->language));
    }
    addCodes(m_language, {Language::Dutch, Language::French, Language::German, Language::English});
    if (emp)
        m_language->setCurrentIndex(int(emp->language));
    m_start->setDate(session->clock().today());
    m_rows = {{m_ssinLabel, m_ssin, "ssin"},
              {m_familyLabel, m_family, "familyName"},
              {m_givenLabel, m_given, "givenName"},
              {m_birthLabel, m_birth, "birthDate"},
              {m_languageLabel, m_language},
              {m_startLabel, m_start, "startDate"},
              {m_regimeLabel, m_regime, "workRegime"},
              {m_committeeLabel, m_committee, "jointCommittee"},
              // Last, so the keys of a worker typed from a list stay as they were.
              {m_sexLabel, m_sex, "sex"}};
    QFormLayout *form = fieldForm(m_rows);
    m_buttons->addButton(m_next, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addStretch(1);
    layout->addWidget(m_serverWait->banner());
    layout->addWidget(m_buttons);
    connectOkCancel(m_buttons, this);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (save())
            clearForNext();
    });
    for (QLineEdit *e :
         {m_ssin, m_family, m_given, static_cast<QLineEdit *>(m_birth), static_cast<QLineEdit *>(m_start)})
        connect(e, &QLineEdit::textChanged, this, &WorkerDialog::revalidate);
    connect(m_committee, &QComboBox::currentTextChanged, this, &WorkerDialog::revalidate);
    connect(m_regime, &QDoubleSpinBox::valueChanged, this, &WorkerDialog::revalidate);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &WorkerDialog::revalidate);
    connect(m_ssin, &QLineEdit::editingFinished, this, [this] {
        const Ssin s = Ssin::parse(m_ssin->text());
        if (s.isValid())
            m_ssin->setText(s.display());
        if (m_birth->isEmpty() && s.birthDate().isValid())
            m_birth->setDate(s.birthDate());
    });
    retranslate();
    markUnchanged();
    m_ssin->setFocus();
    resize(520, 420);
}

QByteArray WorkerDialog::formState() const
{
    QByteArray state = QJsonDocument(recordjson::toJson(worker())).toJson(QJsonDocument::Compact);
    state += QJsonDocument(recordjson::toJson(employment())).toJson(QJsonDocument::Compact);
    for (const QLineEdit *e : {m_ssin, static_cast<QLineEdit *>(m_birth), static_cast<QLineEdit *>(m_start)})
        state += e->text().toUtf8() + '\n'; // as typed, also when not readable yet
    return state;
}

WorkerDialog::~WorkerDialog()
{
    // The INSZ field finishes its editing as it goes (focus lost): not into a half-destroyed form.
    m_ssin->disconnect(this);
}

void WorkerDialog::retranslate()
{
    setWindowTitle(tr("Add a worker"));
    m_ssinLabel->setText(tr("&INSZ:"));
    m_ssin->setPlaceholderText(tr("yy.mm.dd-nnn.cc"));
    m_ssin->setAccessibleName(tr("INSZ (national register number)"));
    m_familyLabel->setText(tr("&Family name:"));
    m_family->setAccessibleName(tr("Family name"));
    m_givenLabel->setText(tr("&Given name:"));
    m_given->setAccessibleName(tr("Given name"));
    m_birthLabel->setText(tr("&Birth date:"));
    m_birth->setAccessibleName(tr("Birth date"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language of the worker"));
    nameCodes<Language>(m_language);
    m_startLabel->setText(tr("Employed &since:"));
    m_start->setAccessibleName(tr("Start of the employment"));
    m_regimeLabel->setText(tr("Work &regime:"));
    m_regime->setAccessibleName(tr("Work regime, a fraction of full time"));
    m_regime->setToolTip(tr("1 for full time, 0,5 for half time"));
    m_committeeLabel->setText(tr("&Joint committee:"));
    m_committee->setAccessibleName(tr("Joint committee"));
    m_sexLabel->setText(tr("Se&x:"));
    m_sex->setAccessibleName(tr("Sex, for the social balance sheet"));
    m_sex->setToolTip(tr("Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS "
                         "number may not tell."));
    nameCodes<StatedSex>(m_sex);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Sa&ve"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_next->setText(tr("Save and &next"));
    m_next->setToolTip(tr("Saves this worker and clears the form for the next one"));
    revalidate();
}

Worker WorkerDialog::worker() const
{
    Worker w;
    w.uuid = m_workerUuid;
    w.employerUuid = m_session->employer();
    w.ssin = Ssin::parse(m_ssin->text()).normalized();
    w.familyName = m_family->text().trimmed();
    w.givenName = m_given->text().trimmed();
    w.birthDate = m_birth->date();
    w.language = codeOf<Language>(m_language);
    w.sex = codeOf<StatedSex>(m_sex);
    return w;
}

Employment WorkerDialog::employment() const
{
    Employment e;
    e.uuid = m_employmentUuid;
    e.employerUuid = m_session->employer();
    e.workerUuid = m_workerUuid;
    e.startDate = m_start->date();
    e.workRegime = m_regime->value();
    const auto jc = JointCommittee::parse(m_committee->currentText());
    e.jointCommittee = jc.isValid() ? jc.normalized() : m_committee->currentText().trimmed();
    return e;
}

void WorkerDialog::revalidate()
{
    const Worker w = worker();
    const std::optional<Employer> employer = m_session->currentEmployer();
    QList<FieldAnomaly> list = FieldChecks::checkWorker(w, m_session->clock());
    list += FieldChecks::checkEmployment(employment(), w.familyName, employer ? &*employer : nullptr);
    // A field not typed in yet is not marked: the form says what it expects.
    const QList<QPair<QLineEdit *, const char *>> untouched = {
        {m_ssin, "ssin"}, {m_family, "familyName"}, {m_given, "givenName"}};
    for (const auto &[edit, field] : untouched) {
        if (edit->text().trimmed().isEmpty())
            dropFieldAnomalies(&list, QString::fromLatin1(field));
    }
    const QList<Worker> existing = m_session->source()->workers(m_session->employer());
    for (const auto &o : existing) {
        if (o.ssin == w.ssin && o.uuid != w.uuid && !w.ssin.isEmpty()) {
            // The engine's cross-record rule, found here against the stored workers.
            Anomaly dup;
            dup.code = QStringLiteral("DP-002");
            dup.severity = AnomalyCatalogue::instance().severityOf(dup.code);
            dup.entity = RecordKind::Worker;
            dup.recordUuid = w.uuid;
            dup.field = QStringLiteral("ssin");
            dup.parameters = {{QStringLiteral("value"), Ssin::parse(w.ssin).display()}};
            list.append(FieldChecks::fromEngine(dup, FieldChecks::recordLabel(w)));
        }
    }
    markFields(m_rows, list);
    const QStringList lines = anomalyLines(list);
    m_issues->setText(lines.join(QLatin1String("<br>")));
    bool ok =
        !w.ssin.isEmpty() && !w.familyName.isEmpty() && m_birth->isReadable() && m_start->date().isValid();
    for (const auto &a : std::as_const(list))
        ok = ok && !(a.code == QLatin1String("DP-002"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    m_next->setEnabled(ok);
}

bool WorkerDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    const Worker w = worker();
    // A team server that is gone: nothing is written, the form keeps what was typed.
    if (!m_serverWait->ready(FieldChecks::recordLabel(AnyRecord(w))))
        return false;
    m_session->beginGroup(
        tr("Add worker %1").arg(QString(w.familyName + QLatin1Char(' ') + w.givenName).trimmed()));
    const bool saved = m_session->saveRecord(std::nullopt, AnyRecord(w), tr("Add worker")) &&
                       m_session->saveRecord(std::nullopt, AnyRecord(employment()), tr("Add employment"));
    if (!m_session->endGroup() || !saved) {
        // Nothing of it was kept; the message says why, the form keeps what was typed, and
        // a server that went mid-way is waited for.
        if (m_session->groupMetUnreachableServer())
            m_serverWait->ready(FieldChecks::recordLabel(AnyRecord(w)));
        return false;
    }
    ++m_saved;
    return true;
}

void WorkerDialog::clearForNext()
{
    m_workerUuid = QUuid::createUuid();
    m_employmentUuid = QUuid::createUuid();
    m_ssin->clear();
    m_family->clear();
    m_given->clear();
    m_birth->clear();
    m_sex->setCurrentIndex(0); // the next worker's sex is theirs
    markUnchanged();           // the saved worker is not an unsaved change
    m_ssin->setFocus();
}

void WorkerDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace fla::ui
