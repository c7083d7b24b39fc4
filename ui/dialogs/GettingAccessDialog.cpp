#include "ui/dialogs/GettingAccessDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTranslator>
#include <QVBoxLayout>

namespace fla::ui {

namespace {

const char *const kContext = "fla::ui::GettingAccessDialog";

// Paragraphs of the guide; each is translated on its own so a change in one
// does not unfinish the others.
const char *const kGuide[] = {
    QT_TRANSLATE_NOOP("fla::ui::GettingAccessDialog", "Getting access"),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "FLA Desk keeps your training register on this computer; you can work without any access. "
        "To declare to the platform (or to fetch what is already there), the social security portal "
        "must know you. Four things are needed before anyone can declare:"),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "<b>1. The company is registered on the social security portal.</b> Every employer with "
        "staff in Belgium is, through its NSSO registration. A company that has never used the "
        "portal first appoints a local administrator there."),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "<b>2. The local administrator gives you access.</b> The company's local administrator (the "
        "role 'Werkgever RSZ' / 'Employeur ONSS') opens Access Management on the portal, adds you "
        "by your INSZ (national register number) and gives you access to the application "
        "<i>CareerPro Federal Learning Account</i>."),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "<b>3. Finding out who the local administrator is.</b> Ask your HR or payroll department "
        "first. Otherwise, the portal shows the local administrator of a company from its "
        "enterprise number (in Access Management, 'Who is my local administrator?'), and the "
        "portal's Contact Center can tell you too."),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "<b>4. Accountants and social secretariats: the mandate.</b> You declare for a client "
        "company only with its mandate: the client's local administrator designates your firm as "
        "service provider for this application in Access Management, and your own firm's local "
        "administrator then gives you access for that client."),
    QT_TRANSLATE_NOOP("fla::ui::GettingAccessDialog",
                      "Then sign in with your eID card, itsme or another key of the federal authentication "
                      "service: FLA Desk opens your browser for it."),
    QT_TRANSLATE_NOOP(
        "fla::ui::GettingAccessDialog",
        "Note: the obligation to register trainings in the Federal Learning Account was repealed "
        "from 1 January 2026. The platform keeps the data until 31 December 2026. The right to "
        "training and the yearly credit statement remain: keep your register here."),
};

} // namespace

QString GettingAccessDialog::guideHtml(const QString &language)
{
    QTranslator other;
    const bool useOther =
        language != QLatin1String("en") && other.load(QStringLiteral(":/i18n/fladesk_%1.qm").arg(language));
    auto text = [&](const char *source) {
        if (language == QLatin1String("en"))
            return QString::fromUtf8(source);
        if (useOther) {
            const QString t = other.translate(kContext, source);
            if (!t.isEmpty())
                return t;
        }
        return QCoreApplication::translate(kContext, source);
    };
    QString html = QStringLiteral("<h2>%1</h2>").arg(text(kGuide[0]));
    for (std::size_t i = 1; i < std::size(kGuide); ++i)
        html += QStringLiteral("<p>%1</p>").arg(text(kGuide[i]));
    return html;
}

GettingAccessDialog::GettingAccessDialog(QWidget *parent)
    : TranslatedDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_text(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("gettingAccessDialog"));
    m_language->setObjectName(QStringLiteral("guideLanguage"));
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setOpenExternalLinks(true);
    // Language names in their own language: a reader finds theirs.
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    auto *top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_text->setHtml(guideHtml(m_language->currentData().toString())); });
    const QString current = QLocale().name().left(2);
    const int idx = m_language->findData(current);
    m_language->setCurrentIndex(idx >= 0 ? idx : 3);
    m_text->setHtml(guideHtml(m_language->currentData().toString()));
    retranslate();
    resize(640, 560);
}

void GettingAccessDialog::showLanguage(const QString &language)
{
    const int idx = m_language->findData(language);
    if (idx >= 0)
        m_language->setCurrentIndex(idx);
}

void GettingAccessDialog::retranslate()
{
    setWindowTitle(tr("Getting access"));
    m_languageLabel->setText(tr("&Read in:"));
    m_language->setAccessibleName(tr("Language of the guide"));
    m_text->setAccessibleName(tr("Getting access guide"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace fla::ui
