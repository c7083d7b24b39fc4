// Every name of a code list is in each language's translations. A name the
// translation tools do not find (lupdate skipped a helper once named tr())
// shows in English in a Dutch window, and no other test notices.
#include "core/domain/CodeLabels.h"

#include <QTest>
#include <QTranslator>

using namespace fla;

class TestCodeLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyNameIsTranslated_data();
    void everyNameIsTranslated();
};

namespace {

// The English names, as the code lists give them without a translator.
QStringList allNames()
{
    QStringList names;
    for (Language v : {Language::Dutch, Language::French, Language::German, Language::English})
        names << codeLabel(v);
    for (SizeClass v : {SizeClass::Under10, SizeClass::From10To19, SizeClass::From20})
        names << codeLabel(v);
    for (TrainingKind v : {TrainingKind::Formal, TrainingKind::Informal})
        names << codeLabel(v);
    for (DurationUnit v : {DurationUnit::Days, DurationUnit::Hours})
        names << codeLabel(v);
    for (TrainingStatus v : {TrainingStatus::Planned, TrainingStatus::Completed})
        names << codeLabel(v);
    for (RightType v : {RightType::Legal, RightType::Sectoral, RightType::Employer})
        names << codeLabel(v);
    for (RightOrigin v : {RightOrigin::Declared, RightOrigin::Platform})
        names << codeLabel(v);
    for (StatedCategory v : {StatedCategory::ByKind, StatedCategory::FormalContinuing,
                             StatedCategory::InformalContinuing, StatedCategory::Initial})
        names << codeLabel(v);
    for (CostSharing v : {CostSharing::Equally, CostSharing::ByHours})
        names << codeLabel(v);
    for (TrainingLeave v :
         {TrainingLeave::None, TrainingLeave::PaidEducationalLeave, TrainingLeave::FlemishTrainingLeave})
        names << codeLabel(v);
    for (StatedSex v : {StatedSex::Unstated, StatedSex::Male, StatedSex::Female})
        names << codeLabel(v);
    return names;
}

} // namespace

void TestCodeLabels::everyNameIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"nl", "fr", "de"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestCodeLabels::everyNameIsTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/fladesk_%1.qm").arg(language)));
    const QStringList names = allNames();
    QCOMPARE(names.size(), 30);
    for (const QString &name : names) {
        // QTranslator gives an empty text for a source it does not hold.
        QVERIFY2(!translator.translate("fla::CodeLabels", name.toUtf8().constData()).isEmpty(),
                 qPrintable(QStringLiteral("\"%1\" is not translated into %2").arg(name, language)));
    }
}

QTEST_GUILESS_MAIN(TestCodeLabels)
#include "tst_codelabels.moc"
