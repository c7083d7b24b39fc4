#include "reports/StatementTexts.h"

namespace fla::reports {

namespace {

StatementTexts dutch()
{
    StatementTexts t;
    t.locale = QLocale(QLocale::Dutch, QLocale::Belgium);
    t.title = QStringLiteral("Jaaroverzicht van uw opleidingskrediet %1");
    t.intro = QStringLiteral("Uw werkgever informeert u hierbij over uw individueel opleidingsrecht voor %1, "
                             "de opleidingen die u dat jaar volgde en het saldo van uw opleidingskrediet.");
    t.employer = QStringLiteral("Werkgever");
    t.enterpriseNumber = QStringLiteral("Ondernemingsnummer");
    t.worker = QStringLiteral("Werknemer");
    t.ssin = QStringLiteral("Rijksregisternummer");
    t.issuedOn = QStringLiteral("Opgemaakt op");
    t.rightsHeading = QStringLiteral("Uw opleidingsrechten");
    t.rightType = QStringLiteral("Soort recht");
    t.amount = QStringLiteral("Omvang");
    t.noRights = QStringLiteral("Voor dit jaar is geen opleidingsrecht geregistreerd.");
    t.legal = QStringLiteral("Wettelijk recht");
    t.sectoral = QStringLiteral("Sectoraal recht (cao %1)");
    t.employerGranted = QStringLiteral("Toegekend door de werkgever");
    t.trainingsHeading = QStringLiteral("Gevolgde opleidingen");
    t.training = QStringLiteral("Opleiding");
    t.provider = QStringLiteral("Verstrekker");
    t.kind = QStringLiteral("Soort");
    t.period = QStringLiteral("Periode");
    t.duration = QStringLiteral("Duur");
    t.countsForCredit = QStringLiteral("Telt mee");
    t.formal = QStringLiteral("formeel");
    t.informal = QStringLiteral("informeel");
    t.yes = QStringLiteral("ja");
    t.no = QStringLiteral("nee");
    t.noTrainings = QStringLiteral("Er zijn voor dit jaar geen gevolgde opleidingen geregistreerd.");
    t.creditHeading = QStringLiteral("Uw opleidingskrediet");
    t.entitled = QStringLiteral("Recht voor het jaar");
    t.carriedOver = QStringLiteral("Overgedragen van vorig jaar");
    t.used = QStringLiteral("Opgenomen");
    t.remaining = QStringLiteral("Nog op te nemen");
    t.over = QStringLiteral("Meer gevolgd dan het recht");
    t.days = QStringLiteral("%1 dagen");
    t.hours = QStringLiteral("%1 uur");
    t.oneDay = QStringLiteral("%1 dag");
    t.oneHour = QStringLiteral("%1 uur");
    t.daysAndHours = QStringLiteral("%1 (%2)");
    t.note = QStringLiteral(
        "Opleidingen die niet meetellen (buiten de beroepscontext, of niet in mindering "
        "gebracht van uw recht) staan in de lijst maar verminderen uw krediet niet. Uren worden "
        "omgerekend tegen %1 uur per dag. Klopt er iets niet? Neem dan contact op met uw werkgever.");
    t.dateFormat = QStringLiteral("d MMMM yyyy");
    t.workRegime = QStringLiteral("Arbeidsregime");
    t.jointCommittee = QStringLiteral("Paritair comité");
    t.basis = QStringLiteral("Grondslag");
    t.window = QStringLiteral("Periode van vijf jaar");
    t.expired = QStringLiteral("Vervallen bij het begin van de nieuwe periode");
    t.lawBasis = QStringLiteral("%1 per VTE volgens de wet (uw werkgever telde gemiddeld %2 VTE)");
    t.declaredBasis =
        QStringLiteral("%1 per VTE volgens de wet (grootte van de onderneming zoals opgegeven)");
    t.sectorBasis = QStringLiteral("%1 per VTE volgens sectorakkoord %2");
    t.unconfirmed = QStringLiteral(" (niet bevestigd)");
    t.consult = QStringLiteral("Deze individuele opleidingsrekening wordt bijgehouden door uw werkgever; u "
                               "mag ze inkijken en laten verbeteren.");
    return t;
}

StatementTexts french()
{
    StatementTexts t;
    t.locale = QLocale(QLocale::French, QLocale::Belgium);
    t.title = QStringLiteral("Relevé annuel de votre crédit de formation %1");
    t.intro = QStringLiteral(
        "Votre employeur vous informe par la présente de votre droit individuel à la "
        "formation pour %1, des formations que vous avez suivies cette année-là et du solde de "
        "votre crédit de formation.");
    t.employer = QStringLiteral("Employeur");
    t.enterpriseNumber = QStringLiteral("Numéro d’entreprise");
    t.worker = QStringLiteral("Travailleur");
    t.ssin = QStringLiteral("Numéro de registre national");
    t.issuedOn = QStringLiteral("Établi le");
    t.rightsHeading = QStringLiteral("Vos droits à la formation");
    t.rightType = QStringLiteral("Type de droit");
    t.amount = QStringLiteral("Volume");
    t.noRights = QStringLiteral("Aucun droit à la formation n’est enregistré pour cette année.");
    t.legal = QStringLiteral("Droit légal");
    t.sectoral = QStringLiteral("Droit sectoriel (CCT %1)");
    t.employerGranted = QStringLiteral("Accordé par l’employeur");
    t.trainingsHeading = QStringLiteral("Formations suivies");
    t.training = QStringLiteral("Formation");
    t.provider = QStringLiteral("Opérateur");
    t.kind = QStringLiteral("Type");
    t.period = QStringLiteral("Période");
    t.duration = QStringLiteral("Durée");
    t.countsForCredit = QStringLiteral("Compte");
    t.formal = QStringLiteral("formelle");
    t.informal = QStringLiteral("informelle");
    t.yes = QStringLiteral("oui");
    t.no = QStringLiteral("non");
    t.noTrainings = QStringLiteral("Aucune formation suivie n’est enregistrée pour cette année.");
    t.creditHeading = QStringLiteral("Votre crédit de formation");
    t.entitled = QStringLiteral("Droit pour l’année");
    t.carriedOver = QStringLiteral("Reporté de l’année précédente");
    t.used = QStringLiteral("Utilisé");
    t.remaining = QStringLiteral("Solde restant");
    t.over = QStringLiteral("Suivi au-delà du droit");
    t.days = QStringLiteral("%1 jours");
    t.hours = QStringLiteral("%1 heures");
    t.oneDay = QStringLiteral("%1 jour");
    t.oneHour = QStringLiteral("%1 heure");
    t.singularBelowTwo = true;
    t.daysAndHours = QStringLiteral("%1 (%2)");
    t.note = QStringLiteral(
        "Les formations qui ne comptent pas (hors du contexte professionnel, ou non "
        "déduites de votre droit) figurent dans la liste mais ne réduisent pas votre crédit. Les "
        "heures sont converties à raison de %1 heures par jour. Une erreur ? Contactez votre "
        "employeur.");
    t.dateFormat = QStringLiteral("d MMMM yyyy");
    t.workRegime = QStringLiteral("Régime de travail");
    t.jointCommittee = QStringLiteral("Commission paritaire");
    t.basis = QStringLiteral("Base du droit");
    t.window = QStringLiteral("Période de cinq ans");
    t.expired = QStringLiteral("Échu au début de la nouvelle période");
    t.lawBasis = QStringLiteral("%1 par ETP selon la loi (votre employeur comptait en moyenne %2 ETP)");
    t.declaredBasis = QStringLiteral("%1 par ETP selon la loi (taille de l’entreprise telle que déclarée)");
    t.sectorBasis = QStringLiteral("%1 par ETP selon l’accord sectoriel %2");
    t.unconfirmed = QStringLiteral(" (non confirmé)");
    t.consult = QStringLiteral("Ce compte formation individuel est tenu par votre employeur ; vous pouvez le "
                               "consulter et le faire corriger.");
    return t;
}

StatementTexts german()
{
    StatementTexts t;
    t.locale = QLocale(QLocale::German, QLocale::Belgium);
    t.title = QStringLiteral("Jahresübersicht Ihres Weiterbildungsguthabens %1");
    t.intro = QStringLiteral(
        "Ihr Arbeitgeber informiert Sie hiermit über Ihr individuelles Recht auf "
        "Weiterbildung für %1, die in diesem Jahr besuchten Weiterbildungen und den Saldo Ihres "
        "Weiterbildungsguthabens.");
    t.employer = QStringLiteral("Arbeitgeber");
    t.enterpriseNumber = QStringLiteral("Unternehmensnummer");
    t.worker = QStringLiteral("Arbeitnehmer");
    t.ssin = QStringLiteral("Nationalregisternummer");
    t.issuedOn = QStringLiteral("Erstellt am");
    t.rightsHeading = QStringLiteral("Ihre Weiterbildungsrechte");
    t.rightType = QStringLiteral("Art des Rechts");
    t.amount = QStringLiteral("Umfang");
    t.noRights = QStringLiteral("Für dieses Jahr ist kein Weiterbildungsrecht erfasst.");
    t.legal = QStringLiteral("Gesetzliches Recht");
    t.sectoral = QStringLiteral("Sektorales Recht (KAA %1)");
    t.employerGranted = QStringLiteral("Vom Arbeitgeber gewährt");
    t.trainingsHeading = QStringLiteral("Besuchte Weiterbildungen");
    t.training = QStringLiteral("Weiterbildung");
    t.provider = QStringLiteral("Anbieter");
    t.kind = QStringLiteral("Art");
    t.period = QStringLiteral("Zeitraum");
    t.duration = QStringLiteral("Dauer");
    t.countsForCredit = QStringLiteral("Zählt");
    t.formal = QStringLiteral("formell");
    t.informal = QStringLiteral("informell");
    t.yes = QStringLiteral("ja");
    t.no = QStringLiteral("nein");
    t.noTrainings = QStringLiteral("Für dieses Jahr sind keine besuchten Weiterbildungen erfasst.");
    t.creditHeading = QStringLiteral("Ihr Weiterbildungsguthaben");
    t.entitled = QStringLiteral("Anspruch für das Jahr");
    t.carriedOver = QStringLiteral("Aus dem Vorjahr übertragen");
    t.used = QStringLiteral("Genutzt");
    t.remaining = QStringLiteral("Verbleibend");
    t.over = QStringLiteral("Über den Anspruch hinaus besucht");
    t.days = QStringLiteral("%1 Tage");
    t.hours = QStringLiteral("%1 Stunden");
    t.oneDay = QStringLiteral("%1 Tag");
    t.oneHour = QStringLiteral("%1 Stunde");
    t.daysAndHours = QStringLiteral("%1 (%2)");
    t.note =
        QStringLiteral("Weiterbildungen, die nicht zählen (außerhalb des beruflichen Kontexts oder nicht "
                       "auf Ihr Recht angerechnet), stehen in der Liste, verringern Ihr Guthaben aber nicht. "
                       "Stunden werden mit %1 Stunden pro Tag umgerechnet. Stimmt etwas nicht? Wenden Sie "
                       "sich an Ihren Arbeitgeber.");
    t.dateFormat = QStringLiteral("d. MMMM yyyy");
    t.workRegime = QStringLiteral("Arbeitsregelung");
    t.jointCommittee = QStringLiteral("Paritätische Kommission");
    t.basis = QStringLiteral("Grundlage");
    t.window = QStringLiteral("Fünfjahreszeitraum");
    t.expired = QStringLiteral("Zu Beginn des neuen Zeitraums verfallen");
    t.lawBasis = QStringLiteral("%1 je VZÄ laut Gesetz (Ihr Arbeitgeber zählte durchschnittlich %2 VZÄ)");
    t.declaredBasis = QStringLiteral("%1 je VZÄ laut Gesetz (angegebene Unternehmensgröße)");
    t.sectorBasis = QStringLiteral("%1 je VZÄ laut Sektorabkommen %2");
    t.unconfirmed = QStringLiteral(" (nicht bestätigt)");
    t.consult = QStringLiteral("Dieses individuelle Weiterbildungskonto wird von Ihrem Arbeitgeber geführt; "
                               "Sie können es einsehen und berichtigen lassen.");
    return t;
}

StatementTexts english()
{
    StatementTexts t;
    t.locale = QLocale(QLocale::English, QLocale::Belgium);
    t.title = QStringLiteral("Yearly statement of your training credit %1");
    t.intro =
        QStringLiteral("Your employer hereby informs you of your individual right to training for %1, the "
                       "trainings you followed that year and the balance of your training credit.");
    t.employer = QStringLiteral("Employer");
    t.enterpriseNumber = QStringLiteral("Enterprise number");
    t.worker = QStringLiteral("Worker");
    t.ssin = QStringLiteral("National register number");
    t.issuedOn = QStringLiteral("Issued on");
    t.rightsHeading = QStringLiteral("Your training rights");
    t.rightType = QStringLiteral("Kind of right");
    t.amount = QStringLiteral("Amount");
    t.noRights = QStringLiteral("No training right is registered for this year.");
    t.legal = QStringLiteral("Legal right");
    t.sectoral = QStringLiteral("Sectoral right (CLA %1)");
    t.employerGranted = QStringLiteral("Granted by the employer");
    t.trainingsHeading = QStringLiteral("Trainings followed");
    t.training = QStringLiteral("Training");
    t.provider = QStringLiteral("Provider");
    t.kind = QStringLiteral("Kind");
    t.period = QStringLiteral("Period");
    t.duration = QStringLiteral("Duration");
    t.countsForCredit = QStringLiteral("Counts");
    t.formal = QStringLiteral("formal");
    t.informal = QStringLiteral("informal");
    t.yes = QStringLiteral("yes");
    t.no = QStringLiteral("no");
    t.noTrainings = QStringLiteral("No followed trainings are registered for this year.");
    t.creditHeading = QStringLiteral("Your training credit");
    t.entitled = QStringLiteral("Entitlement for the year");
    t.carriedOver = QStringLiteral("Carried over from last year");
    t.used = QStringLiteral("Used");
    t.remaining = QStringLiteral("Remaining");
    t.over = QStringLiteral("Followed beyond the entitlement");
    t.days = QStringLiteral("%1 days");
    t.hours = QStringLiteral("%1 hours");
    t.oneDay = QStringLiteral("%1 day");
    t.oneHour = QStringLiteral("%1 hour");
    t.daysAndHours = QStringLiteral("%1 (%2)");
    t.note =
        QStringLiteral("Trainings that do not count (outside the professional context, or not deducted "
                       "from your right) are listed but do not reduce your credit. Hours are converted at %1 "
                       "hours a day. Something wrong? Please contact your employer.");
    t.dateFormat = QStringLiteral("d MMMM yyyy");
    t.workRegime = QStringLiteral("Work regime");
    t.jointCommittee = QStringLiteral("Joint committee");
    t.basis = QStringLiteral("Basis");
    t.window = QStringLiteral("Five-year period");
    t.expired = QStringLiteral("Lapsed when the new period started");
    t.lawBasis = QStringLiteral("%1 per FTE by law (your employer counted %2 FTE on average)");
    t.declaredBasis = QStringLiteral("%1 per FTE by law (the company's size as declared)");
    t.sectorBasis = QStringLiteral("%1 per FTE by sector agreement %2");
    t.unconfirmed = QStringLiteral(" (unconfirmed)");
    t.consult = QStringLiteral("This individual training account is kept by your employer; you may consult "
                               "it and have it corrected.");
    return t;
}

} // namespace

const StatementTexts &statementTexts(Language language)
{
    static const StatementTexts nl = dutch(), fr = french(), de = german(), en = english();
    switch (language) {
    case Language::Dutch:
        return nl;
    case Language::French:
        return fr;
    case Language::German:
        return de;
    case Language::English:
        break;
    }
    return en;
}

} // namespace fla::reports
