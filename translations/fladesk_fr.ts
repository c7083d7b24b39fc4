<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>The anomaly %1 of %2 %3 could not be stored: %4</source>
        <translation>L&apos;anomalie %1 de %2 %3 n&apos;a pas pu être enregistrée : %4</translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.</source>
        <translation>Reconnaître et vérifier les numéros NISS, BIS, d&apos;entreprise, ONSS et de commission paritaire.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Numbers to check; - reads one per line from standard input.</source>
        <translation>Numéros à vérifier ; - en lit un par ligne sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Give at least one number, or - to read standard input.</source>
        <translation>Donnez au moins un numéro, ou - pour lire l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %1 : un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The demo platform cannot keep its data in %1: %2</source>
        <translation>La plateforme de démonstration ne peut pas conserver ses données dans %1 : %2</translation>
    </message>
    <message>
        <source>The demo platform cannot listen on 127.0.0.1:%1: %2</source>
        <translation>La plateforme de démonstration ne peut pas écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an INSZ has 11 digits</source>
        <translation>un NISS compte 11 chiffres</translation>
    </message>
    <message>
        <source>the check digits of the INSZ are wrong</source>
        <translation>les chiffres de contrôle du NISS sont erronés</translation>
    </message>
    <message>
        <source>the INSZ holds no possible birth date (month or day)</source>
        <translation>le NISS ne contient pas de date de naissance possible (mois ou jour)</translation>
    </message>
    <message>
        <source>the INSZ sequence number 000 or 999 is never assigned</source>
        <translation>le numéro d&apos;ordre 000 ou 999 d&apos;un NISS n&apos;est jamais attribué</translation>
    </message>
    <message>
        <source>the enterprise number is not 10 digits with correct check digits</source>
        <translation>le numéro d&apos;entreprise ne compte pas 10 chiffres avec des chiffres de contrôle corrects</translation>
    </message>
    <message>
        <source>the NSSO number is outside its domain</source>
        <translation>le numéro ONSS est en dehors de son domaine</translation>
    </message>
    <message>
        <source>a joint committee is written 999, 999.99 or 999.99.99</source>
        <translation>une commission paritaire s&apos;écrit 999, 999.99 ou 999.99.99</translation>
    </message>
    <message>
        <source>the NSSO number is not 9 digits</source>
        <translation>le numéro ONSS ne compte pas 9 chiffres</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>entreprise %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>travailleur %1</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>training &quot;%1&quot;</source>
        <translation>formation « %1 »</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>training right %1</source>
        <translation>droit à la formation %1</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>employment of %1</source>
        <translation>occupation de %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>droit à la formation %1 de %2</translation>
    </message>
    <message>
        <source>training &quot;%1&quot; of %2</source>
        <translation>formation « %1 » du %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>participation of %1</source>
        <translation>participation de %1</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; of %3</source>
        <translation>%1 à « %2 » du %3</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Full name (family name first)</source>
        <translation>Nom complet (nom de famille d&apos;abord)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Coût (EUR)</translation>
    </message>
    <message>
        <source>Duration (with its unit)</source>
        <translation>Durée (avec son unité)</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Unité de la durée</translation>
    </message>
</context>
<context>
    <name>IoCommandSupport</name>
    <message numerus="yes">
        <source>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</source>
        <translation>
            <numerusform>%1 ligne %2, %3 : %4 (%n problème dans le jeu CSV)</numerusform>
            <numerusform>%1 ligne %2, %3 : %4 (%n problèmes dans le jeu CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>Act as if today were DATE (yyyy-mm-dd).</source>
        <translation>Faire comme si aujourd&apos;hui était DATE (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation>--today demande une date comme 2026-11-28.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The change of %1 %2 could not be queued: %3</source>
        <translation>La modification de %1 %2 n&apos;a pas pu être mise en file d&apos;attente : %3</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>L&apos;élément %1 %2 n&apos;existe pas pour cet employeur.</translation>
    </message>
</context>
<context>
    <name>PasteParser</name>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Régime de travail</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Suivie</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>the INSZ is required</source>
        <translation>le NISS est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSZ: 11 digits expected</source>
        <translation>« %1 » n&apos;est pas un NISS : 11 chiffres attendus</translation>
    </message>
    <message>
        <source>a worker with INSZ %1 is already in this company</source>
        <translation>un travailleur avec le NISS %1 existe déjà dans cette entreprise</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>le nom de famille est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>« %1 » n&apos;est pas une date : écrivez jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language: nl, fr, de or en</source>
        <translation>« %1 » n&apos;est pas une langue : nl, fr, de ou en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work regime: a fraction such as 0,8 or 80%</source>
        <translation>« %1 » n&apos;est pas un régime de travail : une fraction comme 0,8 ou 80%</translation>
    </message>
    <message>
        <source>the start of the employment is required with a work regime or joint committee</source>
        <translation>le début de l&apos;occupation est obligatoire avec un régime de travail ou une commission paritaire</translation>
    </message>
    <message>
        <source>no worker of this company has INSZ %1: add the worker first</source>
        <translation>aucun travailleur de cette entreprise n&apos;a le NISS %1 : ajoutez d&apos;abord le travailleur</translation>
    </message>
    <message>
        <source>the name of the training is required</source>
        <translation>le nom de la formation est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: a number more than 0</source>
        <translation>« %1 » n&apos;est pas une durée : un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit: hours or days</source>
        <translation>« %1 » n&apos;est pas une unité : heures ou jours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>« %1 » n&apos;est ni oui ni non</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Print the catalogue of anomaly rules.</source>
        <translation>Afficher le catalogue des règles d&apos;anomalie.</translation>
    </message>
    <message>
        <source>The whole catalogue as Markdown (docs/anomalies.md).</source>
        <translation>Le catalogue complet en Markdown (docs/anomalies.md).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s JSON.</source>
        <translation>Le JSON du catalogue.</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No worker has rights, trainings or an employment in %1.</source>
        <translation>Aucun travailleur n&apos;a de droits, de formations ou d&apos;occupation en %1.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The employer %1 cannot be deleted while it still has workers, trainings or other records.</source>
        <translation>L&apos;employeur %1 ne peut pas être supprimé tant qu&apos;il a encore des travailleurs, des formations ou d&apos;autres enregistrements.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>L&apos;espace de travail est occupé : la modification n&apos;a pas pu commencer.</translation>
    </message>
</context>
<context>
    <name>StorageCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Le fichier de phrase secrète %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>The workspace file, or a team server&apos;s address postgresql://user@host/database (default: %1).</source>
        <translation>Le fichier de l&apos;espace de travail, ou l&apos;adresse d&apos;un serveur d&apos;équipe postgresql://utilisateur@hôte/base (par défaut : %1).</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>fla</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The INSZ must have 11 digits.</source>
        <translation>Le NISS doit compter 11 chiffres.</translation>
    </message>
    <message>
        <source>The check digits of the INSZ are wrong.</source>
        <translation>Les chiffres de contrôle du NISS sont erronés.</translation>
    </message>
    <message>
        <source>The INSZ holds an impossible birth month or day.</source>
        <translation>Le NISS contient un mois ou un jour de naissance impossible.</translation>
    </message>
    <message>
        <source>The INSZ has sequence number 000 or 999, which is never assigned.</source>
        <translation>Le NISS a le numéro d&apos;ordre 000 ou 999, jamais attribué.</translation>
    </message>
    <message>
        <source>The INSZ is not valid (%1).</source>
        <translation>Le NISS n&apos;est pas valide (%1).</translation>
    </message>
    <message>
        <source>The shared strings of the workbook are damaged: %1</source>
        <translation>Les chaînes partagées du classeur sont endommagées : %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell beyond the last column.</source>
        <translation>La ligne %1 de la feuille a une cellule au-delà de la dernière colonne.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet refers to a text that the workbook does not hold.</source>
        <translation>La ligne %1 de la feuille renvoie à un texte absent du classeur.</translation>
    </message>
    <message>
        <source>The sheet of the workbook is damaged (row %1): %2</source>
        <translation>La feuille du classeur est endommagée (ligne %1) : %2</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.</source>
        <translation>Ce n&apos;est pas un classeur Excel (.xlsx) : il ne peut pas être ouvert comme fichier ZIP.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</source>
        <translation>Ce n&apos;est pas un classeur Excel (.xlsx) : xl/workbook.xml manque.</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>Le classeur n&apos;a pas de première feuille lisible (%1).</translation>
    </message>
    <message>
        <source>The workspace cannot run a query: %1</source>
        <translation>L&apos;espace de travail ne peut pas exécuter une requête : %1</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it has no uuid.</source>
        <translation>%1 ne peut pas être enregistré : il n&apos;a pas d&apos;uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved without an employer.</source>
        <translation>%1 ne peut pas être enregistré sans employeur.</translation>
    </message>
    <message>
        <source>%1 belongs to another employer than the one being edited.</source>
        <translation>%1 appartient à un autre employeur que celui en cours d&apos;édition.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: its uuid belongs to a record of another employer.</source>
        <translation>%1 ne peut pas être enregistré : son uuid appartient à un enregistrement d&apos;un autre employeur.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>L&apos;espace de travail est occupé : la modification n&apos;a pas pu commencer.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>L&apos;élément %1 %2 n&apos;existe pas pour cet employeur.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records (participations, employments, rights) still refer to it.</source>
        <translation>%1 ne peut pas être supprimé : d&apos;autres enregistrements (participations, occupations, droits) y renvoient encore.</translation>
    </message>
    <message>
        <source>The %1 records being loaded</source>
        <translation>Les enregistrements %1 en cours de chargement</translation>
    </message>
    <message>
        <source>The workbook defines more than %1 cell styles, which no spreadsheet writes.</source>
        <translation>Le classeur définit plus de %1 styles de cellule, ce qu&apos;aucun tableur n&apos;écrit.</translation>
    </message>
    <message>
        <source>The first sheet holds more cells than FLA Desk reads from a workbook (about %1 MiB of values, reached at row %2). Save the sheet as CSV, or split it.</source>
        <translation>La première feuille contient plus de cellules que FLA Desk n&apos;en lit dans un classeur (environ %1 Mio de valeurs, atteint à la ligne %2). Enregistrez la feuille en CSV ou divisez-la.</translation>
    </message>
    <message>
        <source>The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.</source>
        <translation>Le classeur contient %1 fichiers ; un classeur que FLA Desk lit en contient au plus %2.</translation>
    </message>
    <message>
        <source>The workbook holds more different texts than FLA Desk reads (at most %1 texts, %2 million characters, and about %3 MiB together with the sheet&apos;s cells). Save the sheet as CSV, or split it.</source>
        <translation>Le classeur contient plus de textes différents que FLA Desk n&apos;en lit (au plus %1 textes, %2 millions de caractères et environ %3 Mio avec les cellules de la feuille). Enregistrez la feuille en CSV ou divisez-la.</translation>
    </message>
    <message>
        <source>The row runs from line %1 to line %2.</source>
        <translation>La ligne de données va de la ligne %1 à la ligne %2.</translation>
    </message>
    <message>
        <source>training plan %1</source>
        <translation>plan de formation %1</translation>
    </message>
    <message>
        <source>training plan %1-%2</source>
        <translation>plan de formation %1-%2</translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation>Le %1 n’a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Régime de travail</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Classe de taille</translation>
    </message>
    <message>
        <source>%1 (average %2 FTE, Q4 %3 – Q3 %4)</source>
        <translation>%1 (moyenne de %2 ETP, T4 %3 – T3 %4)</translation>
    </message>
    <message>
        <source>%1 (declared: no employment in the register in Q4 %2 – Q3 %3)</source>
        <translation>%1 (déclarée : aucune occupation dans le registre au T4 %2 – T3 %3)</translation>
    </message>
    <message>
        <source>%1 (sector agreement %2)</source>
        <translation>%1 (accord sectoriel %2)</translation>
    </message>
    <message>
        <source>%1 (law)</source>
        <translation>%1 (loi)</translation>
    </message>
    <message>
        <source>Days per FTE</source>
        <translation>Jours par ETP</translation>
    </message>
    <message>
        <source>Legal right</source>
        <translation>Droit légal</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(calculé)</translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation>(déclaré)</translation>
    </message>
    <message>
        <source>Sectoral right</source>
        <translation>Droit sectoriel</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Accordé par l&apos;employeur</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Expired when the window started</source>
        <translation>Échu au début de la période</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>Five-year window</source>
        <translation>Période de cinq ans</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Formation %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>non suivie</translation>
    </message>
    <message>
        <source>deducted</source>
        <translation>déduite</translation>
    </message>
    <message>
        <source>not deducted</source>
        <translation>non déduite</translation>
    </message>
    <message>
        <source>Unconfirmed (secondary sources): %1.</source>
        <translation>Non confirmé (sources secondaires) : %1.</translation>
    </message>
    <message>
        <source>the history of the record %1</source>
        <translation>l&apos;historique de l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; already has %2 for %3 from an earlier row; this row&apos;s %4 is not taken. Amounts count once per training.</source>
        <translation>La formation « %1 » a déjà %2 pour %3 d&apos;une ligne précédente ; le montant %4 de cette ligne n&apos;est pas repris. Les montants comptent une fois par formation.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; is already shared %2 from an earlier row; this row&apos;s %3 is not taken.</source>
        <translation>Les coûts de la formation « %1 » sont déjà répartis « %2 » selon une ligne précédente ; « %3 » de cette ligne n&apos;est pas repris.</translation>
    </message>
</context>
<context>
    <name>fla-sandbox</name>
    <message>
        <source>A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, an authorization page with simulated identities, a token endpoint) and the FLA API. It listens on 127.0.0.1 only.</source>
        <translation>Une plateforme FLA locale pour les tests et les démonstrations : un fournisseur OpenID (découverte, JWKS, une page d&apos;autorisation avec des identités simulées, un point de terminaison des jetons) et l&apos;API FLA. Elle n&apos;écoute que sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default 8765, the Sandbox environment&apos;s; 0: the system chooses).</source>
        <translation>Port sur 127.0.0.1 (par défaut 8765, celui de l&apos;environnement Sandbox ; 0 : le système choisit).</translation>
    </message>
    <message>
        <source>Folder where the sandbox keeps its data (default: memory only).</source>
        <translation>Dossier où le bac à sable garde ses données (par défaut : mémoire seule).</translation>
    </message>
    <message>
        <source>JSON file of simulated identities (default: built in).</source>
        <translation>Fichier JSON d&apos;identités simulées (par défaut : intégré).</translation>
    </message>
    <message>
        <source>A public client id allowed to sign in users (repeatable; default: any).</source>
        <translation>Un identifiant client public autorisé à connecter des utilisateurs (répétable ; par défaut : tous).</translation>
    </message>
    <message>
        <source>A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). Its JWT assertions must be signed with the key of that certificate.</source>
        <translation>Un client machine pour la connexion par certificat : ID=CERT.pem[=ENTREPRISE,...] (répétable). Ses assertions JWT doivent être signées avec la clé de ce certificat.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 600).</source>
        <translation>Durée de vie des jetons d&apos;accès en secondes (par défaut 600).</translation>
    </message>
    <message>
        <source>Identities JSON: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. The authorization page can be completed without clicking by adding identity=KEY&amp;key=eid|itsme to the authorization URL.</source>
        <translation>JSON des identités : {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. La page d&apos;autorisation peut être complétée sans clic en ajoutant identity=KEY&amp;key=eid|itsme à l&apos;URL d&apos;autorisation.</translation>
    </message>
    <message>
        <source>--machine-client %1: expected ID=CERT.pem with a readable file</source>
        <translation>--machine-client %1 : attendu ID=CERT.pem avec un fichier lisible</translation>
    </message>
    <message>
        <source>--port: not a port number: %1</source>
        <translation>--port : pas un numéro de port : %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>fla::AuditRepository</name>
    <message>
        <source>The audit trail holds no usable state of this record.</source>
        <translation>La piste d&apos;audit ne contient aucun état utilisable de cet enregistrement.</translation>
    </message>
    <message>
        <source>The audit entry for %1 %2 could not be written: %3</source>
        <translation>L&apos;entrée d&apos;audit pour %1 %2 n&apos;a pas pu être écrite : %3</translation>
    </message>
    <message>
        <source>The record %1 is not deleted, or its history is not in this employer&apos;s audit trail.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas supprimé, ou son historique n&apos;est pas dans la piste d&apos;audit de cet employeur.</translation>
    </message>
    <message>
        <source>The audit entry of the load could not be written: %1</source>
        <translation>L&apos;entrée d&apos;audit du chargement n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>the company&apos;s audit trail</source>
        <translation>la piste d&apos;audit de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>fla::Backup</name>
    <message>
        <source>The snapshot %1 cannot be read.</source>
        <translation>L&apos;instantané %1 est illisible.</translation>
    </message>
    <message>
        <source>The backup key could not be derived (OpenSSL).</source>
        <translation>La clé de la sauvegarde n&apos;a pas pu être dérivée (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>Le fichier de sauvegarde %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The backup could not be encrypted (OpenSSL).</source>
        <translation>La sauvegarde n&apos;a pas pu être chiffrée (OpenSSL).</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>L&apos;instantané n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The snapshot of the workspace %1 failed: %2</source>
        <translation>L&apos;instantané de l&apos;espace de travail %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: its header is incomplete.</source>
        <translation>La sauvegarde %1 est tronquée : son en-tête est incomplet.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk backup.</source>
        <translation>Le fichier %1 n&apos;est pas une sauvegarde FLA Desk.</translation>
    </message>
    <message>
        <source>The backup %1 was written in a format this version does not know (version %2).</source>
        <translation>La sauvegarde %1 a été écrite dans un format que cette version ne connaît pas (version %2).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: %2 bytes of %3.</source>
        <translation>La sauvegarde %1 est tronquée : %2 octets sur %3.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: %2 bytes more than it should have.</source>
        <translation>La sauvegarde %1 a été modifiée : %2 octets de plus que prévu.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>La sauvegarde %1 est chiffrée : donnez sa phrase secrète.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters are not valid.</source>
        <translation>La sauvegarde %1 a été modifiée : ses paramètres de clé ne sont pas valides.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1 (or its header has been altered).</source>
        <translation>Phrase secrète erronée pour la sauvegarde %1 (ou son en-tête a été modifié).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be decrypted (OpenSSL).</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être déchiffrée (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated.</source>
        <translation>La sauvegarde %1 est tronquée.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered or damaged: its content does not match its authentication tag. Nothing was restored.</source>
        <translation>La sauvegarde %1 a été modifiée ou endommagée : son contenu ne correspond pas à son étiquette d&apos;authentification. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold a usable workspace: %2</source>
        <translation>La sauvegarde %1 ne contient pas d&apos;espace de travail utilisable : %2</translation>
    </message>
    <message>
        <source>The workspace in the backup %1 is damaged: %2</source>
        <translation>L&apos;espace de travail de la sauvegarde %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>The current workspace %1 could not be set aside; nothing was restored.</source>
        <translation>L&apos;espace de travail actuel %1 n&apos;a pas pu être mis de côté ; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1; the workspace was left as it was.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place à %1 ; l&apos;espace de travail est resté tel quel.</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the snapshot: %2</source>
        <translation>Aucun dossier temporaire ne peut être créé à côté de %1 pour l&apos;instantané : %2</translation>
    </message>
    <message>
        <source>it cannot be opened as a database (%1)</source>
        <translation>il ne peut pas être ouvert comme base de données (%1)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)</source>
        <translation>ce n&apos;est pas un espace de travail FLA Desk (version de schéma %1 ; cette version connaît 1 à %2)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (the tables %1 are missing)</source>
        <translation>ce n&apos;est pas un espace de travail FLA Desk (les tables %1 manquent)</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing was restored.</source>
        <translation>La sauvegarde %1 a été modifiée : ses paramètres de clé (scrypt N = 2^%2, r = %3, p = %4) ne sont pas ceux qu&apos;écrit FLA Desk (N = 2^%5, r = %6, p = %7). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the whole file has only %3 bytes. Nothing was restored.</source>
        <translation>La sauvegarde %1 est tronquée ou endommagée : son en-tête annonce %2 octets de contenu, mais le fichier entier n&apos;en compte que %3. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.</source>
        <translation>La sauvegarde %1 ne contient pas d&apos;espace de travail FLA Desk : %2. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an empty database on a team server (--workspace postgresql://…). Nothing was restored.</source>
        <translation>La sauvegarde %1 contient un espace de travail d&apos;équipe (un dump PostgreSQL) : restaurez-la dans une base de données vide sur un serveur d&apos;équipe (--workspace postgresql://…). Rien n&apos;a été restauré.</translation>
    </message>
</context>
<context>
    <name>fla::BatchFileSet</name>
    <message>
        <source>Cannot open the certificate %1: %2</source>
        <translation>Impossible d&apos;ouvrir le certificat %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 certificate file.</source>
        <translation>%1 n&apos;est pas un fichier de certificat PKCS#12.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: wrong password, or it holds no private key.</source>
        <translation>Le certificat %1 ne peut pas être ouvert : mot de passe erroné, ou il ne contient pas de clé privée.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>La signature a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not named FI.…, so it has no FS signature file next to it.</source>
        <translation>%1 ne s&apos;appelle pas FI.…, il n&apos;a donc pas de fichier de signature FS à côté de lui.</translation>
    </message>
    <message>
        <source>The signature file %1 of %2 is missing.</source>
        <translation>Le fichier de signature %1 de %2 est absent.</translation>
    </message>
    <message>
        <source>The signature file %1 cannot be read: %2</source>
        <translation>Le fichier de signature %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The signature file %1 is %2 bytes long: far too large for a signature (at most %3).</source>
        <translation>Le fichier de signature %1 fait %2 octets : bien trop grand pour une signature (au plus %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is not base64 text.</source>
        <translation>Le fichier de signature %1 n&apos;est pas du texte base64.</translation>
    </message>
    <message>
        <source>The signature file %1 does not hold a CMS (PKCS#7) signature.</source>
        <translation>Le fichier de signature %1 ne contient pas de signature CMS (PKCS#7).</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Impossible d&apos;ouvrir %1.</translation>
    </message>
    <message>
        <source>The trusted certificate file %1 cannot be read (PEM expected).</source>
        <translation>Le fichier de certificats de confiance %1 ne peut pas être lu (PEM attendu).</translation>
    </message>
    <message>
        <source>The signature %1 does not match %2: the declaration was changed after it was signed, or the signature belongs to another file%3 (%4).</source>
        <translation>La signature %1 ne correspond pas à %2 : la déclaration a été modifiée après sa signature, ou la signature appartient à un autre fichier%3 (%4).</translation>
    </message>
    <message>
        <source>, or its signer is not trusted by %1</source>
        <translation>, ou son signataire n&apos;est pas reconnu par %1</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml</name>
    <message>
        <source>Cannot write the batch file: %1</source>
        <translation>Impossible d&apos;écrire le fichier batch : %1</translation>
    </message>
    <message>
        <source>Unexpected text.</source>
        <translation>Texte inattendu.</translation>
    </message>
    <message>
        <source>The element is not in the namespace %1.</source>
        <translation>L&apos;élément n&apos;est pas dans l&apos;espace de noms %1.</translation>
    </message>
    <message>
        <source>This is not a batch declaration.</source>
        <translation>Ce n&apos;est pas une déclaration batch.</translation>
    </message>
    <message>
        <source>Only version 1 of the batch format can be read.</source>
        <translation>Seule la version 1 du format batch peut être lue.</translation>
    </message>
    <message>
        <source>The file code must be %1.</source>
        <translation>Le code de fichier doit être %1.</translation>
    </message>
    <message>
        <source>The environment must be R or T.</source>
        <translation>L&apos;environnement doit être R ou T.</translation>
    </message>
    <message>
        <source>The header must come first.</source>
        <translation>L&apos;en-tête doit venir en premier.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Le numéro d&apos;entreprise %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The joint committee %1 is not valid.</source>
        <translation>La commission paritaire %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The INSZ %1 is not valid.</source>
        <translation>Le NISS %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The family name is empty.</source>
        <translation>Le nom de famille est vide.</translation>
    </message>
    <message>
        <source>The worker %1 is not a worker of this employer.</source>
        <translation>Le travailleur %1 n&apos;est pas un travailleur de cet employeur.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>The training has no name.</source>
        <translation>La formation n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The element %1 is not expected here.</source>
        <translation>L&apos;élément %1 n&apos;est pas attendu ici.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Le fichier n&apos;est pas du XML bien formé : %1</translation>
    </message>
    <message>
        <source>The declaration needs a header and at least one employer.</source>
        <translation>La déclaration doit avoir un en-tête et au moins un employeur.</translation>
    </message>
    <message>
        <source>Write the elements without a namespace prefix, in the default namespace %1.</source>
        <translation>Écrivez les éléments sans préfixe d&apos;espace de noms, dans l&apos;espace de noms par défaut %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml::Reader</name>
    <message>
        <source>The attribute %1 is required.</source>
        <translation>L&apos;attribut %1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>« %1 » n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>« %1 » n&apos;est pas une date (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>« %1 » n&apos;est pas un nombre décimal.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 est hors limites.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>« %1 » n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed codes.</source>
        <translation>« %1 » ne fait pas partie des codes autorisés.</translation>
    </message>
    <message>
        <source>The UUID %1 is used twice.</source>
        <translation>L&apos;UUID %1 est utilisé deux fois.</translation>
    </message>
</context>
<context>
    <name>fla::BulkLoader</name>
    <message>
        <source>The workspace is busy: the load could not start.</source>
        <translation>L’espace de travail est occupé : le chargement n’a pas pu commencer.</translation>
    </message>
</context>
<context>
    <name>fla::CertificateRepository</name>
    <message>
        <source>The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the workspace. Attach a smaller scan or PDF.</source>
        <translation>L’attestation %1 fait %2 octets : l’espace de travail en garde au plus %3 (%4 Mio). Joignez un scan ou un PDF plus petit.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be attached: participation %2 is not one of this company&apos;s.</source>
        <translation>L’attestation %1 ne peut pas être jointe : la participation %2 n’appartient pas à cette entreprise.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>L’attestation %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The certificate %1 is empty.</source>
        <translation>L’attestation %1 est vide.</translation>
    </message>
    <message>
        <source>The certificate %1 could not be stored: %2</source>
        <translation>L’attestation %1 n’a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>The certificates of participation %1 cannot be read: %2</source>
        <translation>Les attestations de la participation %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>Certificate file %1 is not one of this company&apos;s.</source>
        <translation>Le fichier d’attestation %1 n’appartient pas à cette entreprise.</translation>
    </message>
</context>
<context>
    <name>fla::ChangeFeed</name>
    <message>
        <source>Changes made on other desktops cannot be followed: %1</source>
        <translation>Les modifications faites sur les autres postes ne peuvent pas être suivies : %1</translation>
    </message>
</context>
<context>
    <name>fla::CodeLabels</name>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>under 10 FTE</source>
        <translation>moins de 10 ETP</translation>
    </message>
    <message>
        <source>10 to 19 FTE</source>
        <translation>10 à 19 ETP</translation>
    </message>
    <message>
        <source>20 FTE or more</source>
        <translation>20 ETP ou plus</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formelle</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informelle</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Légal</translation>
    </message>
    <message>
        <source>Sectoral</source>
        <translation>Sectoriel</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Accordé par l&apos;employeur</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formation professionnelle continue formelle</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Formation professionnelle continue moins formelle ou informelle</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Formation professionnelle initiale</translation>
    </message>
    <message>
        <source>As its kind says</source>
        <translation>Selon le type</translation>
    </message>
    <message>
        <source>In proportion to the hours followed</source>
        <translation>Au prorata des heures suivies</translation>
    </message>
    <message>
        <source>Equally over the participants</source>
        <translation>À parts égales entre les participants</translation>
    </message>
    <message>
        <source>Paid educational leave</source>
        <translation>Congé-éducation payé</translation>
    </message>
    <message>
        <source>Flemish training leave</source>
        <translation>Congé-formation flamand</translation>
    </message>
    <message>
        <source>None (within the training right)</source>
        <translation>Aucun (dans le droit à la formation)</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>As the INSZ says</source>
        <translation>Selon le NISS</translation>
    </message>
</context>
<context>
    <name>fla::ConflictResolver</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>travailleur %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>occupation de %1 depuis le %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>formation « %1 » du %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation de %1 à « %2 »</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>droit à la formation %1 de %2</translation>
    </message>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Pas d&apos;employeur %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The record %1 is no longer in the workspace.</source>
        <translation>L&apos;enregistrement %1 n&apos;est plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Not connected to the platform.</source>
        <translation>Pas connecté à la plateforme.</translation>
    </message>
    <message>
        <source>Employers are not declared: there is no conflict to resolve.</source>
        <translation>Les employeurs ne sont pas déclarés : il n&apos;y a pas de conflit à résoudre.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>La plateforme n&apos;accepte plus votre connexion : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The platform&apos;s version could not be fetched: %1</source>
        <translation>La version de la plateforme n&apos;a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>There is no conflict to resolve.</source>
        <translation>Il n&apos;y a pas de conflit à résoudre.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be queued again.</source>
        <translation>L&apos;espace de travail est occupé : %1 n&apos;a pas pu être remis dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be written.</source>
        <translation>L&apos;espace de travail est occupé : %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>fla::CsvTableReader</name>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, séparateur %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>fla::DataSetCsv</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Le dossier n&apos;existe pas.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s) where the header line has %1: it is not read.</source>
        <translation>
            <numerusform>La ligne compte %n champ là où la ligne d&apos;en-tête en compte %1 : elle n&apos;est pas lue.</numerusform>
            <numerusform>La ligne compte %n champs là où la ligne d&apos;en-tête en compte %1 : elle n&apos;est pas lue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Le fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
</context>
<context>
    <name>fla::FieldLabels</name>
    <message>
        <source>identifier (UUID)</source>
        <translation>identifiant (UUID)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>travailleur</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>enterprise number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>NSSO number</source>
        <translation>Numéro ONSS</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>heures par jour</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>classe de taille</translation>
    </message>
    <message>
        <source>joint committees</source>
        <translation>commissions paritaires</translation>
    </message>
    <message>
        <source>joint committee</source>
        <translation>commission paritaire</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>employments</source>
        <translation>occupations</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>work regime</source>
        <translation>régime de travail</translation>
    </message>
    <message>
        <source>collective agreement number</source>
        <translation>numéro de CCT</translation>
    </message>
    <message>
        <source>training provider</source>
        <translation>prestataire de formation</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>counts for the FLA</source>
        <translation>compte pour le compte formation</translation>
    </message>
    <message>
        <source>deducted from the right</source>
        <translation>déduite du droit</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>suivie</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>certificat valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>duration of the participation</source>
        <translation>durée de la participation</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>training credit</source>
        <translation>crédit de formation</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>training right</source>
        <translation>droit à la formation</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>tout enregistrement</translation>
    </message>
    <message>
        <source>joint committee %1</source>
        <translation>commission paritaire %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>sector agreement number</source>
        <translation>numéro de la convention sectorielle</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloquante</translation>
    </message>
    <message>
        <source>financial year starts: month</source>
        <translation>début de l&apos;exercice : mois</translation>
    </message>
    <message>
        <source>financial year starts: day</source>
        <translation>début de l&apos;exercice : jour</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>travel and stay</source>
        <translation>déplacement et séjour</translation>
    </message>
    <message>
        <source>contributions to collective funds</source>
        <translation>cotisations aux fonds collectifs</translation>
    </message>
    <message>
        <source>subsidies received</source>
        <translation>subsides reçus</translation>
    </message>
    <message>
        <source>costs shared</source>
        <translation>répartition des coûts</translation>
    </message>
    <message>
        <source>training leave</source>
        <translation>congé de formation</translation>
    </message>
    <message>
        <source>trainees&apos; pay</source>
        <translation>rémunération des participants</translation>
    </message>
</context>
<context>
    <name>fla::FieldText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>fla::FileLines</name>
    <message>
        <source>The column is missing from the header line.</source>
        <translation>La colonne manque dans la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>A quote stands where none may: a field is either quoted whole, with each quote inside it doubled, or holds no quote. The line is not read.</source>
        <translation>Un guillemet se trouve là où il ne peut pas : un champ est soit entièrement entre guillemets, chaque guillemet intérieur doublé, soit sans guillemet. La ligne n’est pas lue.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfile</name>
    <message>
        <source>The mapping&apos;s defaultKind must be FORMAL or INFORMAL.</source>
        <translation>Le defaultKind du mappage doit être FORMAL ou INFORMAL.</translation>
    </message>
    <message>
        <source>The mapping&apos;s defaultLanguage must be nl, fr, de or en.</source>
        <translation>Le defaultLanguage du mappage doit être nl, fr, de ou en.</translation>
    </message>
    <message>
        <source>The mapping names a field that does not exist: %1. The fields are: %2.</source>
        <translation>Le mappage nomme un champ qui n&apos;existe pas : %1. Les champs sont : %2.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfiles</name>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Donnez un nom au mappage.</translation>
    </message>
    <message>
        <source>Cannot save the mapping %1: %2</source>
        <translation>Impossible d&apos;enregistrer le mappage %1 : %2</translation>
    </message>
    <message>
        <source>There is no mapping named %1 (looked in %2).</source>
        <translation>Il n&apos;y a pas de mappage nommé %1 (recherché dans %2).</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON: %2</source>
        <translation>Le mappage %1 n&apos;est pas du JSON valide : %2</translation>
    </message>
</context>
<context>
    <name>fla::ImportResult</name>
    <message>
        <source>%1 more rows with problems are not listed: correct the rows above (often the column mapping) and import the file again.</source>
        <translation>%1 autres lignes avec des problèmes ne sont pas listées : corrigez les lignes ci-dessus (souvent le mappage des colonnes) et importez à nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>fla::Importer</name>
    <message>
        <source>The mapping expects a column &quot;%1&quot; (%2), but the table has no such column.</source>
        <translation>Le mappage attend une colonne « %1 » (%2), mais le tableau n&apos;a pas cette colonne.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds: %1.</source>
        <translation>Le mappage ne dit pas quelle colonne contient : %1.</translation>
    </message>
    <message>
        <source>expected nl, fr, de or en.</source>
        <translation>attendu nl, fr, de ou en.</translation>
    </message>
    <message>
        <source>expected formal or informal.</source>
        <translation>attendu formelle ou informelle.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La date de fin %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>The training starts before 1 January 2024, when the learning account began.</source>
        <translation>La formation commence avant le 1er janvier 2024, début du compte formation.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>La durée doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>%1 days do not fit in the %2 calendar days of the training.</source>
        <translation>%1 jours ne tiennent pas dans les %2 jours calendrier de la formation.</translation>
    </message>
    <message>
        <source>%1 hours is more than 12 hours a day over %2 calendar days.</source>
        <translation>%1 heures, c&apos;est plus de 12 heures par jour sur %2 jours calendrier.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Impossible d&apos;écrire les lignes refusées dans %1 : %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Hours, Days or Duration</source>
        <translation>Heures, Jours ou Durée</translation>
    </message>
    <message>
        <source>The mapping names a unit column (%1) but no Duration column it would belong to.</source>
        <translation>Le mappage nomme une colonne d&apos;unité (%1) mais aucune colonne Durée à laquelle elle appartiendrait.</translation>
    </message>
    <message>
        <source>expected M (man) or V/F (woman).</source>
        <translation>attendu H/M (homme) ou F (femme).</translation>
    </message>
    <message>
        <source>expected formal, informal or initial.</source>
        <translation>attendu formelle, informelle ou initiale.</translation>
    </message>
    <message>
        <source>expected BEV/CEP, VOV or none.</source>
        <translation>attendu CEP, VOV ou aucun.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>expected equally or by hours.</source>
        <translation>attendu : à parts égales ou au prorata des heures.</translation>
    </message>
</context>
<context>
    <name>fla::LoadableCheck</name>
    <message>
        <source>The hours in a working day must be more than 0 and at most 24.</source>
        <translation>Les heures d&apos;une journée de travail doivent être plus de 0 et au plus 24.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The work regime must be more than 0 and at most 1.</source>
        <translation>Le régime de travail doit être plus de 0 et au plus 1.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2999.</source>
        <translation>L&apos;année doit être comprise entre 1900 et 2999.</translation>
    </message>
    <message>
        <source>Its employer (%1) was refused, so it is refused too.</source>
        <translation>Son employeur (%1) a été refusé, il est donc refusé lui aussi.</translation>
    </message>
    <message>
        <source>Its employer %1 is neither in the set nor in the workspace.</source>
        <translation>Son employeur %1 n&apos;est ni dans l&apos;ensemble, ni dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Its worker (%1) was refused, so it is refused too.</source>
        <translation>Son travailleur (%1) a été refusé, il est donc refusé lui aussi.</translation>
    </message>
    <message>
        <source>Its worker %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Son travailleur %1 n&apos;est, pour son employeur, ni dans l&apos;ensemble, ni dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Its worker %1 belongs to another employer.</source>
        <translation>Son travailleur %1 appartient à un autre employeur.</translation>
    </message>
    <message>
        <source>Its training (%1) was refused, so it is refused too.</source>
        <translation>Sa formation (%1) a été refusée, il est donc refusé lui aussi.</translation>
    </message>
    <message>
        <source>Its training %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Sa formation %1 n&apos;est, pour son employeur, ni dans l&apos;ensemble, ni dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Its training %1 belongs to another employer.</source>
        <translation>Sa formation %1 appartient à un autre employeur.</translation>
    </message>
</context>
<context>
    <name>fla::OutboxRepository</name>
    <message>
        <source>the queue of declarations</source>
        <translation>la file d&apos;attente des déclarations</translation>
    </message>
    <message>
        <source>the declaration status of the company&apos;s records</source>
        <translation>le statut de déclaration des enregistrements de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>fla::PlanReminder</name>
    <message>
        <source>Training plan %1: none adopted; it was due by %2 (%3).</source>
        <translation>Plan de formation %1 : non adopté ; il était dû pour le %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 was due by %3 (%4).</source>
        <translation>Plan de formation %1 : %2 était dû pour le %3 (%4).</translation>
    </message>
    <message>
        <source>(unconfirmed rule)</source>
        <translation>(règle non confirmée)</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>encore 1 jour</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>encore %1 jours</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; send the draft for advice by %2 (%3).</source>
        <translation>Plan de formation %1 : pas encore ; envoyez le projet pour avis au plus tard le %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; adopt it by %2 (%3).</source>
        <translation>Plan de formation %1 : pas encore ; adoptez-le au plus tard le %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 by %3 (%4).</source>
        <translation>Plan de formation %1 : %2 au plus tard le %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fla::PlatformArchive</name>
    <message>
        <source>Archiving %1 stopped: %2</source>
        <translation>L&apos;archivage de %1 s&apos;est arrêté : %2</translation>
    </message>
</context>
<context>
    <name>fla::PlatformFindings</name>
    <message>
        <source>The platform knows no such worker for this employer: declare the worker first.</source>
        <translation>La plateforme ne connaît pas ce travailleur chez cet employeur : déclarez d&apos;abord le travailleur.</translation>
    </message>
    <message>
        <source>The platform knows no such training for this employer: declare the training first.</source>
        <translation>La plateforme ne connaît pas cette formation chez cet employeur : déclarez d&apos;abord la formation.</translation>
    </message>
    <message>
        <source>The training falls outside the worker&apos;s employment with this employer.</source>
        <translation>La formation se situe en dehors de l&apos;occupation du travailleur chez cet employeur.</translation>
    </message>
    <message>
        <source>This UUID already names another record on the platform.</source>
        <translation>Cet UUID désigne déjà un autre enregistrement sur la plateforme.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The work regime must be above 0 and at most 1.</source>
        <translation>Le régime de travail doit être supérieur à 0 et au plus 1.</translation>
    </message>
    <message>
        <source>The platform keeps training rights from 2024 on.</source>
        <translation>La plateforme conserve les droits de formation à partir de 2024.</translation>
    </message>
</context>
<context>
    <name>fla::PostgresBackup</name>
    <message>
        <source>The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Le programme PostgreSQL %1 est introuvable dans %2 ($FLADESK_PG_BIN). Installez les programmes clients de PostgreSQL (Debian : postgresql-client-15).</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Le programme PostgreSQL %1 n&apos;est pas installé : un espace de travail d&apos;équipe ne peut donc pas être sauvegardé ni restauré ici. Installez les programmes clients de PostgreSQL (Debian : postgresql-client-15).</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the dump: %2</source>
        <translation>Aucun dossier temporaire ne peut être créé à côté de %1 pour le dump : %2</translation>
    </message>
    <message>
        <source>pg_dump could not back up the team workspace %1: %2</source>
        <translation>pg_dump n&apos;a pas pu sauvegarder l&apos;espace de travail d&apos;équipe %1 : %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the dump: %1</source>
        <translation>Aucun dossier temporaire ne peut être créé pour le dump : %1</translation>
    </message>
    <message>
        <source>The backup %1 holds a workspace file, not a team workspace: restore it into a file (--workspace FILE), then move it onto the server with workspace copy.</source>
        <translation>La sauvegarde %1 contient un fichier d&apos;espace de travail, pas un espace de travail d&apos;équipe : restaurez-la dans un fichier (--workspace FICHIER), puis déplacez-la sur le serveur avec workspace copy.</translation>
    </message>
    <message>
        <source>The database of %1 is not empty. Restore into a new, empty database (createdb), then point the desktops at it.</source>
        <translation>La base de données de %1 n&apos;est pas vide. Restaurez dans une nouvelle base de données vide (createdb), puis faites-y pointer les postes de travail.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup %1 into %2 (nothing was restored): %3</source>
        <translation>pg_restore n&apos;a pas pu restaurer la sauvegarde %1 dans %2 (rien n&apos;a été restauré) : %3</translation>
    </message>
</context>
<context>
    <name>fla::PostgresDriver</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation>Cette installation ne peut pas atteindre PostgreSQL : le pilote PostgreSQL de Qt (QPSQL) manque. Sous Debian, installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server %1 refused the user %2: the user name or the password is wrong.</source>
        <translation>Le serveur d&apos;équipe %1 a refusé l&apos;utilisateur %2 : le nom d&apos;utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The team server %1 has no database %2. Check the address, or ask the office&apos;s administrator which database holds the workspace.</source>
        <translation>Le serveur d&apos;équipe %1 n&apos;a pas de base de données %2. Vérifiez l&apos;adresse, ou demandez à l&apos;administrateur du bureau quelle base contient l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The user %2 may not connect to the database %3 on the team server %1. Ask the office&apos;s administrator for access.</source>
        <translation>L&apos;utilisateur %2 ne peut pas se connecter à la base de données %3 du serveur d&apos;équipe %1. Demandez l&apos;accès à l&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <source>The secure connection to the team server %1 failed (%2). Check the server&apos;s certificate and the sslmode of the address.</source>
        <translation>La connexion sécurisée au serveur d&apos;équipe %1 a échoué (%2). Vérifiez le certificat du serveur et le sslmode de l&apos;adresse.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it is not running, or the address is wrong. Your work is not lost; try again when the server is back.</source>
        <translation>Le serveur d&apos;équipe %1 est injoignable : il ne tourne pas, ou l&apos;adresse est erronée. Votre travail n&apos;est pas perdu ; réessayez quand le serveur sera revenu.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>L&apos;espace de travail %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The user %1 has no access to the workspace %2 yet. Ask the office&apos;s administrator to give you access to your companies (fladesk-cli team grant).</source>
        <translation>L&apos;utilisateur %1 n&apos;a pas encore accès à l&apos;espace de travail %2. Demandez à l&apos;administrateur du bureau de vous donner accès à vos entreprises (fladesk-cli team grant).</translation>
    </message>
    <message>
        <source>Snapshots of a PostgreSQL workspace are not available yet: back the database up with pg_dump (docs/team.md).</source>
        <translation>Les instantanés d&apos;un espace de travail PostgreSQL ne sont pas encore disponibles : sauvegardez la base avec pg_dump (docs/team.md).</translation>
    </message>
</context>
<context>
    <name>fla::PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host/database.</source>
        <translation>%1 n&apos;est pas une adresse PostgreSQL : écrivez postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The option %1 of the PostgreSQL address %2 is not known.</source>
        <translation>L&apos;option %1 de l&apos;adresse PostgreSQL %2 est inconnue.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write postgresql://user@host/database.</source>
        <translation>L&apos;adresse PostgreSQL %1 ne nomme aucune base : écrivez postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>The port of the PostgreSQL address %1 is not a number from 1 to 65535.</source>
        <translation>Le port de l&apos;adresse PostgreSQL %1 n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>Le sslmode %1 de l&apos;adresse PostgreSQL %2 n&apos;est pas l&apos;un de disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>fla::PullDiff</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>travailleur %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>occupation de %1 depuis le %2</translation>
    </message>
    <message>
        <source>training “%1” of %2, registered by a training provider</source>
        <translation>formation « %1 » du %2, enregistrée par un prestataire de formation</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>formation « %1 » du %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation de %1 à « %2 »</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>droit à la formation %1 de %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: %2</source>
        <translation>%1 ne peut pas être repris de la plateforme : %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its worker is not in the workspace. Accept the worker as well.</source>
        <translation>%1 ne peut pas être repris de la plateforme : son travailleur n&apos;est pas dans l&apos;espace de travail. Acceptez aussi le travailleur.</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its training is not in the workspace. Accept the training as well.</source>
        <translation>%1 ne peut pas être repris de la plateforme : sa formation n&apos;est pas dans l&apos;espace de travail. Acceptez aussi la formation.</translation>
    </message>
    <message>
        <source>New on the platform</source>
        <translation>Nouveau sur la plateforme</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Missing on the platform</source>
        <translation>Absent de la plateforme</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Occupations</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Droits à la formation</translation>
    </message>
    <message>
        <source>%1 is on the platform but not in the workspace.</source>
        <translation>%1 est sur la plateforme mais pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 is in the workspace, but the platform no longer holds it.</source>
        <translation>%1 est dans l&apos;espace de travail, mais la plateforme ne le détient plus.</translation>
    </message>
    <message>
        <source>%1: the platform has %2 “%3” where the workspace has “%4”.</source>
        <translation>%1 : la plateforme a comme %2 « %3 », l&apos;espace de travail « %4 ».</translation>
    </message>
    <message>
        <source>%1 has the uuid of another kind of record in the workspace; it is left out.</source>
        <translation>%1 a l&apos;uuid d&apos;un autre type d&apos;enregistrement dans l&apos;espace de travail ; il est laissé de côté.</translation>
    </message>
    <message>
        <source>The decisions do not match the differences of this pull.</source>
        <translation>Les décisions ne correspondent pas aux différences de cette récupération.</translation>
    </message>
    <message>
        <source>The workspace is busy: the platform&apos;s data could not be written.</source>
        <translation>L&apos;espace de travail est occupé : les données de la plateforme n&apos;ont pas pu être écrites.</translation>
    </message>
</context>
<context>
    <name>fla::PullService</name>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>La plateforme n&apos;accepte plus votre connexion : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The platform&apos;s data could not be fetched: %1</source>
        <translation>Les données de la plateforme n&apos;ont pas pu être récupérées : %1</translation>
    </message>
</context>
<context>
    <name>fla::RecordWriter</name>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>L’espace de travail est occupé : la modification n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>The change was not saved: the anomalies of what it changes could not be stored: %1</source>
        <translation>La modification n’a pas été enregistrée : les anomalies de ce qu’elle modifie n’ont pas pu être stockées : %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the anomalies of what it changes could not be stored: %2</source>
        <translation>%1 n’a pas été enregistré : les anomalies de ce qu’il modifie n’ont pas pu être stockées : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: someone else deleted it after you opened it. Nothing was overwritten.</source>
        <translation>%1 n&apos;a pas été enregistré : quelqu&apos;un d&apos;autre l&apos;a supprimé après que vous l&apos;avez ouvert. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else created a record with the same identity meanwhile. Nothing was overwritten.</source>
        <translation>%1 n&apos;a pas été enregistré : quelqu&apos;un d&apos;autre a créé entre-temps un enregistrement de même identité. Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else changed it after you opened it (you edited version %2, version %3 is saved now). Nothing was overwritten.</source>
        <translation>%1 n&apos;a pas été enregistré : quelqu&apos;un d&apos;autre l&apos;a modifié après que vous l&apos;avez ouvert (vous avez modifié la version %2, la version %3 est enregistrée maintenant). Rien n&apos;a été écrasé.</translation>
    </message>
    <message>
        <source>%1 was not saved: it could not be read back.</source>
        <translation>%1 n&apos;a pas été enregistré : il n&apos;a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>fla::RowContext</name>
    <message>
        <source>%1 is empty: it is required.</source>
        <translation>%1 est vide : il est obligatoire.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3</source>
        <translation>%1 « %2 » est illisible : %3</translation>
    </message>
    <message>
        <source>expected a date such as 31/12/2025.</source>
        <translation>attendu une date comme 31/12/2025.</translation>
    </message>
    <message>
        <source>expected a number such as 7,5.</source>
        <translation>attendu un nombre comme 7,5.</translation>
    </message>
    <message>
        <source>expected yes or no.</source>
        <translation>attendu oui ou non.</translation>
    </message>
    <message>
        <source>expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min.</source>
        <translation>attendu un nombre et son unité, comme 1,5 jours, 3 heures, 2 dagen ou 90 min.</translation>
    </message>
    <message>
        <source>expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min.</source>
        <translation>attendu une unité comme heures, jours, uur, dagen, Stunden, Tage ou min.</translation>
    </message>
    <message>
        <source>its unit differs from the unit column&apos;s &quot;%1&quot;.</source>
        <translation>son unité diffère de celle de la colonne d&apos;unité, « %1 ».</translation>
    </message>
    <message>
        <source>its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit column.</source>
        <translation>son unité manque : écrivez-la avec la valeur (1,5 jours, 3 heures) ou associez une colonne d&apos;unité.</translation>
    </message>
</context>
<context>
    <name>fla::RowReader</name>
    <message>
        <source>A UUID is required.</source>
        <translation>Un UUID est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>« %1 » n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>A date is required (yyyy-MM-dd).</source>
        <translation>Une date est obligatoire (aaaa-MM-jj).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form yyyy-MM-dd.</source>
        <translation>« %1 » n&apos;est pas une date de la forme aaaa-MM-jj.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>« %1 » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>« %1 » n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>« %1 » ne fait pas partie des valeurs autorisées.</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceCodes</name>
    <message>
        <source>The social balance sheet&apos;s item codes cannot be read: %1</source>
        <translation>Les codes du bilan social ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formation professionnelle continue formelle</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Formation professionnelle continue moins formelle ou informelle</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Formation professionnelle initiale</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>workers involved</source>
        <translation>travailleurs concernés</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>heures de formation</translation>
    </message>
    <message>
        <source>net cost (EUR)</source>
        <translation>coût net (EUR)</translation>
    </message>
    <message>
        <source>of which gross cost (EUR)</source>
        <translation>dont coût brut (EUR)</translation>
    </message>
    <message>
        <source>of which contributions to collective funds (EUR)</source>
        <translation>dont cotisations aux fonds collectifs (EUR)</translation>
    </message>
    <message>
        <source>of which subsidies received (EUR)</source>
        <translation>dont subventions reçues (EUR)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>item %1 is not complete</source>
        <translation>l&apos;élément %1 est incomplet</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceExport</name>
    <message>
        <source>The social balance sheet was not saved in %1: %2</source>
        <translation>Le bilan social n&apos;a pas été enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceRows</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>fla::SqliteDriver</name>
    <message>
        <source>The workspace %1 is open in another program (%2, process %3 on %4). Close it there first, or open another workspace.</source>
        <translation>L&apos;espace de travail %1 est ouvert dans un autre programme (%2, processus %3 sur %4). Fermez-le d&apos;abord, ou ouvrez un autre espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program. Close it there first, or open another workspace.</source>
        <translation>L&apos;espace de travail %1 est ouvert dans un autre programme. Fermez-le d&apos;abord, ou ouvrez un autre espace de travail.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked: its folder is not writable.</source>
        <translation>L&apos;espace de travail %1 ne peut pas être verrouillé : son dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The workspace could not switch to write-ahead logging (journal mode is %1).</source>
        <translation>L&apos;espace de travail n&apos;a pas pu passer en journalisation anticipée (mode de journal %1).</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Le fichier %1 existe déjà.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace.</source>
        <translation>Le fichier %1 n&apos;est pas un espace de travail FLA Desk.</translation>
    </message>
</context>
<context>
    <name>fla::SyncEngine</name>
    <message numerus="yes">
        <source>Sync cancelled; %n change(s) stay in the outbox.</source>
        <translation>
            <numerusform>Synchronisation annulée ; %n modification reste dans la file d&apos;envoi.</numerusform>
            <numerusform>Synchronisation annulée ; %n modifications restent dans la file d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1); everything stays in the outbox.</source>
        <translation>La plateforme est injoignable (%1) ; tout reste dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>The platform did not say which employers you may act for (%1); nothing was sent.</source>
        <translation>La plateforme n&apos;a pas indiqué pour quels employeurs vous pouvez agir (%1) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Not sent: the signed-in identity may not act for enterprise %1 (no mandate). Sign in as that employer or ask for a mandate.</source>
        <translation>Non envoyé : l&apos;identité connectée ne peut pas agir pour l&apos;entreprise %1 (pas de mandat). Connectez-vous en tant que cet employeur ou demandez un mandat.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for another attempt after %1; sync again later.</source>
        <translation>
            <numerusform>%n modification attend une nouvelle tentative après %1 ; synchronisez plus tard.</numerusform>
            <numerusform>%n modifications attendent une nouvelle tentative après %1 ; synchronisez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the platform refuses to let the signed-in identity act for enterprise %1 (%2).</source>
        <translation>Non envoyé : la plateforme refuse que l&apos;identité connectée agisse pour l&apos;entreprise %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: the platform does not know enterprise %1 (%2).</source>
        <translation>Non envoyé : la plateforme ne connaît pas l&apos;entreprise %1 (%2).</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again, then sync.</source>
        <translation>La plateforme n&apos;accepte plus votre connexion : reconnectez-vous, puis synchronisez.</translation>
    </message>
    <message numerus="yes">
        <source>The platform could not be reached for %n change(s); they stay in the outbox: sync again later.</source>
        <translation>
            <numerusform>La plateforme n&apos;a pas pu être jointe pour %n modification ; elle reste dans la file d&apos;envoi : synchronisez plus tard.</numerusform>
            <numerusform>La plateforme n&apos;a pas pu être jointe pour %n modifications ; elles restent dans la file d&apos;envoi : synchronisez plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>fla::TeamAccess</name>
    <message>
        <source>The workspace %1 is a file on this computer: access per company is managed on a team server (a PostgreSQL workspace, docs/team.md).</source>
        <translation>L&apos;espace de travail %1 est un fichier sur cet ordinateur : l&apos;accès par entreprise se gère sur un serveur d&apos;équipe (un espace de travail PostgreSQL, docs/team.md).</translation>
    </message>
    <message>
        <source>There is no database user %1 on the team server. Create it first (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur de base de données %1 sur le serveur d&apos;équipe. Créez-le d&apos;abord (docs/team.md) : CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The workspace has no company %1.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;entreprise %1.</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can give %1 access to %2.</source>
        <translation>Seul le propriétaire de l&apos;espace de travail (l&apos;administrateur du bureau) peut donner à %1 l&apos;accès à %2.</translation>
    </message>
    <message>
        <source>%1 cannot be given access to %2: %3</source>
        <translation>%1 ne peut pas recevoir l&apos;accès à %2 : %3</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can take access away from %1.</source>
        <translation>Seul le propriétaire de l&apos;espace de travail (l&apos;administrateur du bureau) peut retirer un accès à %1.</translation>
    </message>
    <message>
        <source>The access of %1 cannot be taken away: %2</source>
        <translation>L&apos;accès de %1 ne peut pas être retiré : %2</translation>
    </message>
    <message>
        <source>%1 had no access to the company %2.</source>
        <translation>%1 n&apos;avait pas accès à l&apos;entreprise %2.</translation>
    </message>
    <message>
        <source>The access list cannot be read: %1</source>
        <translation>La liste des accès ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The database users of the team server cannot be read: %1</source>
        <translation>Les utilisateurs de la base du serveur d&apos;équipe ne peuvent pas être lus : %1</translation>
    </message>
</context>
<context>
    <name>fla::TrainingAccount</name>
    <message>
        <source>the sector agreement %1 (days per FTE)</source>
        <translation>l’accord sectoriel %1 (jours par ETP)</translation>
    </message>
    <message>
        <source>the law&apos;s days per FTE</source>
        <translation>les jours par ETP de la loi</translation>
    </message>
    <message>
        <source>the five-year carry-over window</source>
        <translation>la période de report de cinq ans</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlan</name>
    <message>
        <source>draft sent for advice</source>
        <translation>projet envoyé pour avis</translation>
    </message>
    <message>
        <source>advice received</source>
        <translation>avis reçu</translation>
    </message>
    <message>
        <source>plan adopted</source>
        <translation>plan adopté</translation>
    </message>
    <message>
        <source>anonymised copy uploaded</source>
        <translation>copie anonymisée déposée</translation>
    </message>
    <message>
        <source>works council</source>
        <translation>conseil d’entreprise</translation>
    </message>
    <message>
        <source>union delegation</source>
        <translation>délégation syndicale</translation>
    </message>
    <message>
        <source>the workers</source>
        <translation>les travailleurs</translation>
    </message>
    <message>
        <source>no particular group</source>
        <translation>aucun groupe particulier</translation>
    </message>
    <message>
        <source>workers aged 50 or more</source>
        <translation>travailleurs de 50 ans ou plus</translation>
    </message>
    <message>
        <source>workers with a disability</source>
        <translation>travailleurs avec un handicap</translation>
    </message>
    <message>
        <source>non-EU nationals</source>
        <translation>ressortissants hors UE</translation>
    </message>
    <message>
        <source>shortage occupations</source>
        <translation>métiers en pénurie</translation>
    </message>
    <message>
        <source>gender balance</source>
        <translation>équilibre entre les genres</translation>
    </message>
    <message>
        <source>formal continuing training</source>
        <translation>formation continue formelle</translation>
    </message>
    <message>
        <source>informal continuing training</source>
        <translation>formation continue informelle</translation>
    </message>
    <message>
        <source>initial training</source>
        <translation>formation initiale</translation>
    </message>
    <message>
        <source>send the draft for advice</source>
        <translation>envoyez le projet pour avis</translation>
    </message>
    <message>
        <source>receive the advice</source>
        <translation>recevez l’avis</translation>
    </message>
    <message>
        <source>adopt the plan</source>
        <translation>adoptez le plan</translation>
    </message>
    <message>
        <source>upload the anonymised copy</source>
        <translation>déposez la copie anonymisée</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRepository</name>
    <message>
        <source>list of training plans</source>
        <translation>liste des plans de formation</translation>
    </message>
    <message>
        <source>The %1 belongs to another company.</source>
        <translation>Le %1 appartient à une autre entreprise.</translation>
    </message>
    <message>
        <source>The %1 has no valid years.</source>
        <translation>Le %1 n’a pas d’années valables.</translation>
    </message>
    <message>
        <source>The %1 overlaps the %2 of this company.</source>
        <translation>Le %1 chevauche le %2 de cette entreprise.</translation>
    </message>
    <message>
        <source>planned training &quot;%1&quot; of the %2</source>
        <translation>formation prévue « %1 » du %2</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>training plan</source>
        <translation>plan de formation</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRules</name>
    <message>
        <source>The training plan&apos;s deadlines cannot be read: %1</source>
        <translation>Les délais du plan de formation ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 n’a pas de %2 valable</translation>
    </message>
    <message>
        <source>a deadline is not a valid day</source>
        <translation>un délai n’est pas un jour valable</translation>
    </message>
</context>
<context>
    <name>fla::TrainingRightRules</name>
    <message>
        <source>The training right&apos;s figures cannot be read: %1</source>
        <translation>Les chiffres du droit à la formation ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>an entry has no valid years</source>
        <translation>une entrée n’a pas d’années valables</translation>
    </message>
    <message>
        <source>the entry for %1-%2 has no days per FTE for %3</source>
        <translation>l’entrée %1-%2 n’a pas de jours par ETP pour %3</translation>
    </message>
    <message>
        <source>the source %1 is not listed</source>
        <translation>la source %1 n’est pas listée</translation>
    </message>
    <message>
        <source>no legal figures</source>
        <translation>pas de chiffres légaux</translation>
    </message>
    <message>
        <source>a sector entry has no joint committee</source>
        <translation>une entrée sectorielle n’a pas de commission paritaire</translation>
    </message>
    <message>
        <source>no valid carry-over window</source>
        <translation>pas de période de report valable</translation>
    </message>
</context>
<context>
    <name>fla::Workspace</name>
    <message>
        <source>The folder of the workspace %1 cannot be created.</source>
        <translation>Le dossier de l&apos;espace de travail %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>L&apos;espace de travail %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace, or it is damaged (%2).</source>
        <translation>Le fichier %1 n&apos;est pas un espace de travail FLA Desk, ou il est endommagé (%2).</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this version (%4) reads schemas up to %5. Update FLA Desk to open it.</source>
        <translation>L&apos;espace de travail %1 a été écrit par une version plus récente de FLA Desk (%2, schéma %3) ; cette version (%4) lit les schémas jusqu&apos;à %5. Mettez FLA Desk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded: %2</source>
        <translation>L&apos;espace de travail %1 ne peut pas être mis à niveau : %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded to schema %2 (%3): %4</source>
        <translation>L&apos;espace de travail %1 ne peut pas être mis à niveau vers le schéma %2 (%3) : %4</translation>
    </message>
    <message>
        <source>A snapshot cannot be taken inside a transaction.</source>
        <translation>Un instantané ne peut pas être pris pendant une transaction.</translation>
    </message>
    <message>
        <source>The snapshot of the workspace into %1 failed: %2</source>
        <translation>L&apos;instantané de l&apos;espace de travail vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The change was cancelled because a part of it failed.</source>
        <translation>La modification a été annulée parce qu&apos;une partie a échoué.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceCopy</name>
    <message>
        <source>The table %1 is missing in the workspace %2.</source>
        <translation>La table %1 manque dans l&apos;espace de travail %2.</translation>
    </message>
    <message>
        <source>The workspace %1 has no column %2 in its table %3: it cannot hold this copy.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas de colonne %2 dans sa table %3 : il ne peut pas recevoir cette copie.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>La ligne %1 de la table %2 n&apos;a pas pu être copiée : %3</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace %1 can copy a workspace into it (the audit trail keeps the names of who made each change).</source>
        <translation>Seul le propriétaire de l&apos;espace de travail d&apos;équipe %1 peut y copier un espace de travail (la piste d&apos;audit garde le nom de l&apos;auteur de chaque modification).</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be prepared for the copy: %2</source>
        <translation>La piste d&apos;audit de %1 ne peut pas être préparée pour la copie : %2</translation>
    </message>
    <message>
        <source>The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or give --replace to empty it first.</source>
        <translation>L&apos;espace de travail %1 n&apos;est pas vide (%2 lignes dans %3). Copiez dans un nouvel espace de travail vide, ou indiquez --replace pour le vider d&apos;abord.</translation>
    </message>
    <message>
        <source>The copy does not match its source (rows counted and audit trail compared after copying); nothing was kept.</source>
        <translation>La copie ne correspond pas à sa source (lignes comptées et piste d&apos;audit comparée après la copie) ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>L&apos;espace de travail %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: %2</source>
        <translation>L&apos;espace de travail %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The workspace %1 was not copied into %2: %3</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas été copié dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceOutboxStore</name>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Pas d&apos;employeur %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>%1 %2 (deleted)</source>
        <translation>%1 %2 (supprimé)</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>travailleur %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>occupation de %1 depuis le %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>formation « %1 » du %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation de %1 à « %2 »</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>droit à la formation %1 de %2</translation>
    </message>
    <message>
        <source>The changes to declare cannot be taken: %1</source>
        <translation>Les modifications à déclarer ne peuvent pas être prises : %1</translation>
    </message>
    <message>
        <source>Another desktop is declaring the changes of %1 (%2) now; they are left to it. Sync again when it has finished if any are still waiting.</source>
        <translation>Un autre poste déclare en ce moment les modifications de %1 (%2) ; elles lui sont laissées. Synchronisez à nouveau lorsqu&apos;il aura terminé si certaines attendent encore.</translation>
    </message>
    <message>
        <source>The changes waiting to be declared cannot be read: %1</source>
        <translation>Les modifications en attente de déclaration ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost and opened again during the sync: another desktop may have taken over the companies, so nothing more was sent. What was not sent is declared by the next sync.</source>
        <translation>La connexion au serveur d&apos;équipe a été perdue puis rouverte pendant la synchronisation : un autre poste a pu reprendre les entreprises, donc plus rien n&apos;a été envoyé. Ce qui n&apos;a pas été envoyé sera déclaré à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A change to declare could not be read from the workspace, so nothing more was sent: %1 What was not sent is declared by the next sync.</source>
        <translation>Une modification à déclarer n&apos;a pas pu être lue dans l&apos;espace de travail ; rien d&apos;autre n&apos;a donc été envoyé : %1 Ce qui n&apos;a pas été envoyé sera déclaré lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>fla::Xlsx</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxBudget</name>
    <message>
        <source>The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to that size. Save the sheet as CSV, or split it.</source>
        <translation>Le classeur se décompresse en plus de %1 Mio (atteint dans %2) ; FLA Desk lit les classeurs jusqu&apos;à cette taille. Enregistrez la feuille en CSV ou divisez-la.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no spreadsheet writes (a cell holds at most 32,767 characters).</source>
        <translation>La partie %1 du classeur contient un texte ou une balise de plus de %2 Kio, ce qu&apos;aucun tableur n&apos;écrit (une cellule contient au plus 32 767 caractères).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: it cannot be unpacked.</source>
        <translation>La partie %1 du classeur est endommagée : elle ne peut pas être décompressée.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxTableReader</name>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Classeur Excel, feuille %1</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty: it has no header row.</source>
        <translation>La première feuille du classeur est vide : elle n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>fla::auth</name>
    <message>
        <source>The sign-in settings are incomplete: an issuer URL and a client id are needed.</source>
        <translation>Les paramètres de connexion sont incomplets : une URL d&apos;émetteur et un identifiant client sont nécessaires.</translation>
    </message>
    <message>
        <source>The sign-in refused an address that is not https (only the local computer may use http).</source>
        <translation>La connexion a refusé une adresse qui n&apos;est pas en https (seul l&apos;ordinateur local peut utiliser http).</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check the network and try again.</source>
        <translation>Le service de connexion est injoignable. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again later.</source>
        <translation>Le service de connexion n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration (discovery document) is missing or wrong.</source>
        <translation>La configuration du service de connexion (document de découverte) est absente ou erronée.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s signing keys could not be read.</source>
        <translation>Les clés de signature du service de connexion sont illisibles.</translation>
    </message>
    <message>
        <source>The app could not wait for the browser on this computer (local listener failed).</source>
        <translation>L&apos;application n&apos;a pas pu attendre le navigateur sur cet ordinateur (échec de l&apos;écoute locale).</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Sign in again.</source>
        <translation>Le navigateur a renvoyé une réponse qui ne correspond pas à cette connexion (state différent). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Sign in again.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur à temps. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <translation>La connexion a été refusée ou annulée dans le navigateur.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>Le navigateur n&apos;a renvoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The sign-in service refused to issue a token.</source>
        <translation>Le service de connexion a refusé d&apos;émettre un jeton.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>La connexion a expiré ou a été révoquée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The identity token is malformed.</source>
        <translation>Le jeton d&apos;identité est mal formé.</translation>
    </message>
    <message>
        <source>The identity token is not signed with RS256.</source>
        <translation>Le jeton d&apos;identité n&apos;est pas signé avec RS256.</translation>
    </message>
    <message>
        <source>The identity token is signed with a key the service does not publish.</source>
        <translation>Le jeton d&apos;identité est signé avec une clé que le service ne publie pas.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>La signature du jeton d&apos;identité n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The identity token comes from another issuer.</source>
        <translation>Le jeton d&apos;identité provient d&apos;un autre émetteur.</translation>
    </message>
    <message>
        <source>The identity token was issued for another application (audience).</source>
        <translation>Le jeton d&apos;identité a été émis pour une autre application (audience).</translation>
    </message>
    <message>
        <source>The identity token has expired. Check the computer&apos;s clock and sign in again.</source>
        <translation>Le jeton d&apos;identité a expiré. Vérifiez l&apos;horloge de l&apos;ordinateur et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Le jeton d&apos;identité ne correspond pas à cette connexion (nonce différent).</translation>
    </message>
    <message>
        <source>The certificate file could not be read.</source>
        <translation>Le fichier de certificat est illisible.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>%1: an address is required.</source>
        <translation>%1 : une adresse est obligatoire.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address.</source>
        <translation>%1 : « %2 » n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must use https (http is only allowed on this computer).</source>
        <translation>%1 : « %2 » doit utiliser https (http n&apos;est permis que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>clientId: a client id is required.</source>
        <translation>clientId : un identifiant client est obligatoire.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The sign-in cannot be remembered on this computer.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). La connexion ne peut pas être mémorisée sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>fla::auth::Environment</name>
    <message>
        <source>The FLA&apos;s production platform closed on %1: the law of 14 January 2026 ended the declaration obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. Your records stay in the workspace, for the training plan, the social balance sheet and the workers&apos; training accounts.</source>
        <translation>La plateforme de production du FLA est fermée depuis le %1 : la loi du 14 janvier 2026 a supprimé l&apos;obligation de déclaration et ses données ont été détruites. Plus rien n&apos;y est envoyé ni récupéré. Vos enregistrements restent dans l&apos;espace de travail, pour le plan de formation, le bilan social et les comptes de formation des travailleurs.</translation>
    </message>
</context>
<context>
    <name>fla::auth::LoopbackListener</name>
    <message>
        <source>Refusing to listen on %1: the sign-in listener may only use the loopback interface.</source>
        <translation>Écoute sur %1 refusée : l&apos;écoute de connexion ne peut utiliser que l&apos;interface de bouclage.</translation>
    </message>
    <message>
        <source>FLA Desk sign-in</source>
        <translation>Connexion à FLA Desk</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>Vous êtes connecté.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>La connexion n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>You can close this window and return to FLA Desk.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à FLA Desk.</translation>
    </message>
    <message>
        <source>This sign-in has already been completed.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>fla::auth::MachineSignIn</name>
    <message>
        <source>Cannot open the certificate file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de certificat %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1 : %2</translation>
    </message>
</context>
<context>
    <name>fla::auth::OidcSignIn</name>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. Finish signing in in the browser window FLA Desk opened.</source>
        <translation>Cette réponse n&apos;appartient pas à la connexion en cours et a été ignorée. Terminez la connexion dans la fenêtre du navigateur ouverte par FLA Desk.</translation>
    </message>
</context>
<context>
    <name>fla::cli</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>(rejected)</source>
        <translation>(refusé)</translation>
    </message>
    <message>
        <source>There is no employer with enterprise number %1.</source>
        <translation>Il n&apos;y a pas d&apos;employeur avec le numéro d&apos;entreprise %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à %1.</translation>
    </message>
    <message>
        <source>Signed in as machine client %1 (%2).</source>
        <translation>Connecté en tant que client machine %1 (%2).</translation>
    </message>
    <message>
        <source>Signed in: subject %1 (%2)</source>
        <translation>Connecté : sujet %1 (%2)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Given name: %1; family name: %2</source>
        <translation>Prénom : %1 ; nom de famille : %2</translation>
    </message>
    <message>
        <source>May act for: %1</source>
        <translation>Peut agir pour : %1</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>aucune entreprise</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Jeton d&apos;accès valable jusqu&apos;au : %1</translation>
    </message>
    <message>
        <source>sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 retried</source>
        <translation>synchronisation : %1/%2 traités · %3 acceptés · %4 avec avertissements · %5 refusés · %6 conflits · %7 retenus · %8 réessayés</translation>
    </message>
    <message>
        <source>+ %1: only on the platform</source>
        <translation>+ %1 : uniquement sur la plateforme</translation>
    </message>
    <message>
        <source>~ %1: differs from the workspace</source>
        <translation>~ %1 : diffère de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The workspace has no company to archive.</source>
        <translation>L&apos;espace de travail ne contient aucune entreprise à archiver.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: archived, %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1 : archivé, %2 nouveaux, %3 mis à jour, %4 inchangés.</translation>
    </message>
    <message>
        <source>%1: NOT archived: %2</source>
        <translation>%1 : PAS archivé : %2</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived.</source>
        <translation>%1 entreprises sur %2 archivées.</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>travailleur</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>fait à temps</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>fait en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bientôt dû</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Training plan %1 (consulted: %2)</source>
        <translation>Plan de formation %1 (consulté : %2)</translation>
    </message>
    <message>
        <source>step	due by	done on	state</source>
        <translation>étape	au plus tard le	fait le	état</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(non confirmé)</translation>
    </message>
    <message>
        <source>category	training	target group	risk group	workers	days each</source>
        <translation>catégorie	formation	groupe cible	groupe à risque	travailleurs	jours chacun</translation>
    </message>
    <message>
        <source>planned and realised	planned workers	planned days	realised workers	realised days</source>
        <translation>prévu et réalisé	travailleurs prévus	jours prévus	travailleurs réalisés	jours réalisés</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer : donnez un numéro d&apos;entreprise valide, pas « %1 ».</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>L&apos;espace de travail ne contient pas l&apos;employeur %1.</translation>
    </message>
    <message>
        <source>No worker with INSZ or UUID %1.</source>
        <translation>Aucun travailleur avec le NISS ou l’UUID %1.</translation>
    </message>
    <message>
        <source>%1 workers have this INSZ (one per employer): choose one with --employer.</source>
        <translation>%1 travailleurs ont ce NISS (un par employeur) : choisissez-en un avec --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::BackupCommand</name>
    <message>
        <source>Write a consistent backup of a workspace (also while the app has it open), encrypted with a passphrase.</source>
        <translation>Écrire une sauvegarde cohérente d&apos;un espace de travail (même ouvert dans l&apos;application), chiffrée avec une phrase secrète.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Le fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file (AES-256-GCM, scrypt).</source>
        <translation>Chiffrer avec la phrase secrète de ce fichier (AES-256-GCM, scrypt).</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>Nommez le fichier de sauvegarde avec --out FICHIER.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Le fichier %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Sauvegarde écrite dans %1 (%2).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffrée</translation>
    </message>
    <message>
        <source>Write the backup unencrypted: anyone who gets the file can read every record in it.</source>
        <translation>Écrire la sauvegarde sans chiffrement : quiconque obtient le fichier peut y lire chaque enregistrement.</translation>
    </message>
    <message>
        <source>Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or --no-encryption to write it unencrypted.</source>
        <translation>Indiquez comment protéger la sauvegarde : --passphrase-file F pour la chiffrer (AES-256-GCM), ou --no-encryption pour l&apos;écrire sans chiffrement.</translation>
    </message>
</context>
<context>
    <name>fla::cli::CertificatesCommand</name>
    <message>
        <source>Attach certificate files to a worker&apos;s trainings, list them, or export the worker&apos;s trainings with their certificates.</source>
        <translation>Joindre des fichiers d’attestation aux formations d’un travailleur, les lister, ou exporter les formations du travailleur avec leurs attestations.</translation>
    </message>
    <message>
        <source>attach --participation UUID --file F (at most %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)</source>
        <translation>attach --participation UUID --file F (au plus %1 Mio)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json et les fichiers, sans NISS)</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID.</source>
        <translation>Le NISS ou l’UUID du travailleur.</translation>
    </message>
    <message>
        <source>The participation&apos;s UUID.</source>
        <translation>L’UUID de la participation.</translation>
    </message>
    <message>
        <source>The certificate file to attach.</source>
        <translation>Le fichier d’attestation à joindre.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>Le dossier où exporter.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Donnez une action : %1.</translation>
    </message>
    <message>
        <source>certificates %1: a required option is missing (see --help).</source>
        <translation>certificates %1 : une option obligatoire manque (voir --help).</translation>
    </message>
    <message>
        <source>Certificate %1 attached.</source>
        <translation>Attestation %1 jointe.</translation>
    </message>
    <message>
        <source>participation	training	start	certificate files</source>
        <translation>participation	formation	début	fichiers d’attestation</translation>
    </message>
</context>
<context>
    <name>fla::cli::CompanyOptions</name>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number (required).</source>
        <translation>Le numéro d’entreprise de l’employeur (obligatoire).</translation>
    </message>
</context>
<context>
    <name>fla::cli::CreditCommand</name>
    <message>
        <source>Print the training credit per worker for a year.</source>
        <translation>Afficher le crédit de formation par travailleur pour une année.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>Le dossier d&apos;un jeu CSV.</translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation>Un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>One JSON object per worker and line.</source>
        <translation>Un objet JSON par travailleur et par ligne.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Donnez soit --csv DOSSIER, soit --workspace W.</translation>
    </message>
    <message>
        <source>enterprise	worker	INSZ	legal	sectoral	employer	entitled	carried over	used	planned	remaining (days)	remaining (hours)</source>
        <translation>entreprise	travailleur	NISS	légal	sectoriel	employeur	droit	report	utilisé	planifié	solde (jours)	solde (heures)</translation>
    </message>
    <message>
        <source>The year, from %1 to %2 (required).</source>
        <translation>L&apos;année, de %1 à %2 (obligatoire).</translation>
    </message>
    <message>
        <source>Give the year with --year Y: %1</source>
        <translation>Indiquez l&apos;année avec --year A : %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::ExportBatchCommand</name>
    <message>
        <source>Export a declaration as a batch file set (FI, FS signature, GO).</source>
        <translation>Exporter une déclaration en fichiers batch (FI, signature FS, GO).</translation>
    </message>
    <message>
        <source>The folder to write the files into.</source>
        <translation>Le dossier où écrire les fichiers.</translation>
    </message>
    <message>
        <source>Sign FI with this PKCS#12 file (key and certificate).</source>
        <translation>Signer FI avec ce fichier PKCS#12 (clé et certificat).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this file (first line); else from the environment variable FLADESK_P12_PASSWORD.</source>
        <translation>Lire le mot de passe du certificat dans ce fichier (première ligne) ; sinon dans la variable d&apos;environnement FLADESK_P12_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the files for production (R), not test (T).</source>
        <translation>Nommer les fichiers pour la production (R), pas le test (T).</translation>
    </message>
    <message>
        <source>The sender&apos;s number in the file names (default: the employer&apos;s enterprise number).</source>
        <translation>Le numéro de l&apos;expéditeur dans les noms de fichier (par défaut : le numéro d&apos;entreprise de l&apos;employeur).</translation>
    </message>
    <message>
        <source>The sequence number of the day (default 1).</source>
        <translation>Le numéro d&apos;ordre du jour (par défaut 1).</translation>
    </message>
    <message>
        <source>Give --out DIR (and a --sequence between 1 and 99999).</source>
        <translation>Donnez --out DOSSIER (et un --sequence entre 1 et 99999).</translation>
    </message>
    <message>
        <source>There is nothing to declare: no employer.</source>
        <translation>Il n&apos;y a rien à déclarer : aucun employeur.</translation>
    </message>
    <message>
        <source>The records hold several employers: choose one with --employer, or give --sender.</source>
        <translation>Les enregistrements concernent plusieurs employeurs : choisissez-en un avec --employer, ou donnez --sender.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Impossible de lire le fichier de mot de passe %1.</translation>
    </message>
    <message>
        <source>Warning: no --certificate given, so no FS signature file was written; import-batch reads the set only with --unsigned.</source>
        <translation>Avertissement : aucun --certificate donné, donc aucun fichier de signature FS n&apos;a été écrit ; import-batch ne lit le lot qu&apos;avec --unsigned.</translation>
    </message>
</context>
<context>
    <name>fla::cli::GenerateCommand</name>
    <message>
        <source>Write a reproducible synthetic CSV set, optionally with injected anomalies.</source>
        <translation>Écrire un jeu CSV synthétique reproductible, éventuellement avec des anomalies injectées.</translation>
    </message>
    <message>
        <source>Folder to write the CSV set into.</source>
        <translation>Dossier où écrire le jeu CSV.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Graine du générateur (par défaut 1).</translation>
    </message>
    <message>
        <source>Number of participations (default 10000, at most 10000000).</source>
        <translation>Nombre de participations (par défaut 10000, au plus 10000000).</translation>
    </message>
    <message>
        <source>Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv.</source>
        <translation>Fraction (0 à 1) d&apos;enregistrements invalides à ajouter par type d&apos;anomalie ; écrit injected.csv.</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (yyyy-MM-dd, default 2026-06-30): later trainings are planned.</source>
        <translation>L&apos;« aujourd&apos;hui » des données (aaaa-MM-jj, par défaut 2026-06-30) : les formations ultérieures sont planifiées.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>--seed must be a whole number: %1</source>
        <translation>--seed doit être un nombre entier : %1</translation>
    </message>
    <message>
        <source>--participations must be a number from 0 to 10000000: %1</source>
        <translation>--participations doit être un nombre de 0 à 10000000 : %1</translation>
    </message>
    <message>
        <source>--invalid-fraction must be a number from 0 to 1: %1</source>
        <translation>--invalid-fraction doit être un nombre de 0 à 1 : %1</translation>
    </message>
    <message>
        <source>--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1</source>
        <translation>--reference-date doit être une date de 2024 à 2026 (aaaa-MM-jj) : %1</translation>
    </message>
    <message>
        <source>Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights to %7 in %8 ms.</source>
        <translation>%1 employeurs, %2 travailleurs, %3 occupations, %4 formations, %5 participations, %6 droits écrits dans %7 en %8 ms.</translation>
    </message>
    <message>
        <source>Injected %1 anomalies, listed in injected.csv.</source>
        <translation>%1 anomalies injectées, listées dans injected.csv.</translation>
    </message>
</context>
<context>
    <name>fla::cli::HistoryCommand</name>
    <message>
        <source>Show the audit trail of one record; --restore brings a deleted record back.</source>
        <translation>Afficher la piste d&apos;audit d&apos;un enregistrement ; --restore rétablit un enregistrement supprimé.</translation>
    </message>
    <message>
        <source>One JSON object per change.</source>
        <translation>Un objet JSON par modification.</translation>
    </message>
    <message>
        <source>Restore the record (deleted) to its state before the delete.</source>
        <translation>Rétablir l&apos;enregistrement (supprimé) dans son état d&apos;avant la suppression.</translation>
    </message>
    <message>
        <source>The record.</source>
        <translation>L&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Give the UUID of one record.</source>
        <translation>Donnez l&apos;UUID d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>The workspace holds no record %1 and no history of it.</source>
        <translation>L&apos;espace de travail ne contient ni l&apos;enregistrement %1 ni son historique.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 rétabli.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportBatchCommand</name>
    <message>
        <source>Read a batch declaration file (FI) back, checking every value.</source>
        <translation>Relire un fichier de déclaration batch (FI) en vérifiant chaque valeur.</translation>
    </message>
    <message>
        <source>Only check the file; store nothing.</source>
        <translation>Vérifier seulement le fichier ; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Écrire les enregistrements en jeu CSV dans DOSSIER.</translation>
    </message>
    <message>
        <source>The workspace file to load the records into.</source>
        <translation>Le fichier d&apos;espace de travail où charger les enregistrements.</translation>
    </message>
    <message>
        <source>Give one FI file.</source>
        <translation>Donnez un fichier FI.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid declaration; nothing was stored.</source>
        <translation>%1 n&apos;est pas une déclaration valide ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)</source>
        <translation>%1 : %2 employeur(s), %3 travailleur(s), %4 formation(s), %5 participation(s), %6 droit(s)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new, %3 changed, %4 unchanged record(s).</source>
        <translation>Enregistré dans %1 : %2 nouveau(x), %3 modifié(s), %4 inchangé(s).</translation>
    </message>
    <message>
        <source>Read the declaration although it has no FS signature file (a signature that is there is always checked).</source>
        <translation>Lire la déclaration bien qu&apos;elle n&apos;ait pas de fichier de signature FS (une signature présente est toujours vérifiée).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate must chain to a certificate in this PEM file.</source>
        <translation>Le certificat du signataire doit remonter à un certificat de ce fichier PEM.</translation>
    </message>
    <message>
        <source>The FI file (its FS signature is read from the same folder).</source>
        <translation>Le fichier FI (sa signature FS est lue dans le même dossier).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Impossible d&apos;ouvrir %1 : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An unsigned declaration is read only with --unsigned; nothing was stored.</source>
        <translation>Une déclaration non signée n&apos;est lue qu&apos;avec --unsigned ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not signed: read because --unsigned was given.</source>
        <translation>Non signée : lue parce que --unsigned a été donné.</translation>
    </message>
    <message>
        <source>Signature valid, signed by: %1</source>
        <translation>Signature valide, signée par : %1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not checked against a trusted authority (give --ca FILE): make sure this signer is who you expect.</source>
        <translation>Le certificat du signataire n&apos;a pas été vérifié auprès d&apos;une autorité de confiance (donnez --ca FICHIER) : assurez-vous que ce signataire est bien celui que vous attendez.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCommand</name>
    <message>
        <source>Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.</source>
        <translation>Importer un tableur (CSV ou XLSX) de formations suivies, avec un mappage des colonnes.</translation>
    </message>
    <message>
        <source>The column mapping: a profile name, or the path of its JSON file.</source>
        <translation>Le mappage des colonnes : un nom de profil, ou le chemin de son fichier JSON.</translation>
    </message>
    <message>
        <source>The folder of the named mappings (default: the app&apos;s own).</source>
        <translation>Le dossier des mappages nommés (par défaut : celui de l&apos;application).</translation>
    </message>
    <message>
        <source>Print the mapping suggested from the file&apos;s header as JSON, and stop.</source>
        <translation>Afficher en JSON le mappage suggéré par l&apos;en-tête du fichier, puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Keep every row that names a worker and a training, as drafts.</source>
        <translation>Garder comme brouillons toutes les lignes qui nomment un travailleur et une formation.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to FILE (default: next to the input, -rejected.csv).</source>
        <translation>Écrire les lignes refusées et leurs raisons dans FICHIER (par défaut : à côté de l&apos;entrée, -rejected.csv).</translation>
    </message>
    <message>
        <source>Check the first N rows and store nothing.</source>
        <translation>Vérifier les N premières lignes et ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Écrire les enregistrements en jeu CSV dans DOSSIER.</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>Le fichier d&apos;espace de travail où importer.</translation>
    </message>
    <message>
        <source>The employer (enterprise number).</source>
        <translation>L&apos;employeur (numéro d&apos;entreprise).</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>Le fichier CSV ou XLSX.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Donnez un fichier à importer.</translation>
    </message>
    <message>
        <source>Give --mapping PROFILE (or --suggest to see the mapping the header suggests).</source>
        <translation>Donnez --mapping PROFIL (ou --suggest pour voir le mappage suggéré par l&apos;en-tête).</translation>
    </message>
    <message>
        <source>Give the employer the rows belong to: --employer NUMBER.</source>
        <translation>Donnez l&apos;employeur des lignes : --employer NUMÉRO.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Le numéro d&apos;entreprise %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>--preview needs a number of rows.</source>
        <translation>--preview demande un nombre de lignes.</translation>
    </message>
    <message>
        <source>The workspace has no employer with enterprise number %1.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;employeur avec le numéro d&apos;entreprise %1.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), %8 participation(s)</source>
        <translation>%1 (%2) : %3 ligne(s) lue(s), %4 acceptée(s), %5 refusée(s) ; %6 travailleur(s), %7 formation(s), %8 participation(s)</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>Lignes refusées et leurs raisons : %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new training(s).</source>
        <translation>Enregistré dans %1 : %2 nouvelle(s) et %3 participation(s) inchangée(s), %4 nouveau(x) travailleur(s), %5 nouvelle(s) formation(s).</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts: fix them before they are declared.</source>
        <translation>Les lignes avec des problèmes bloquants ont été gardées comme brouillons : corrigez-les avant de les déclarer.</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large files).</source>
        <translation>Pas d&apos;entrée d&apos;audit par enregistrement (plus rapide pour les très grands fichiers).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCsvCommand</name>
    <message>
        <source>Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.</source>
        <translation>Charger un jeu CSV (docs/csv-format.md) dans un espace de travail ; le recharger n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>Queue the loaded records for declaration (default: they stay drafts).</source>
        <translation>Mettre les enregistrements chargés en file pour la déclaration (par défaut : ils restent brouillons).</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large sets).</source>
        <translation>Pas d&apos;entrée d&apos;audit par enregistrement (plus rapide pour les très grands jeux).</translation>
    </message>
    <message>
        <source>The folder of the CSV set.</source>
        <translation>Le dossier du jeu CSV.</translation>
    </message>
    <message>
        <source>Name the folder of the CSV set.</source>
        <translation>Indiquez le dossier du jeu CSV.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Rien n&apos;a été chargé : %1</translation>
    </message>
    <message>
        <source>file	inserted	updated	unchanged</source>
        <translation>fichier	insérés	mis à jour	inchangés</translation>
    </message>
    <message>
        <source>%1 records from %2 in %3 s.</source>
        <translation>%1 enregistrements de %2 en %3 s.</translation>
    </message>
    <message>
        <source>A line that cannot be read whole (a field count other than the header&apos;s, a misplaced quote, a value that is not of its form, text its field may not hold) is refused and listed with its file, line, column and why; so is a record that depends on a refused one, or on a record that is neither in the set nor in the workspace. A refused line never changes a stored record.</source>
        <translation>Une ligne qui ne peut être lue entièrement (un nombre de champs autre que celui de l&apos;en-tête, un guillemet mal placé, une valeur qui n&apos;a pas sa forme, un texte que son champ ne peut contenir) est refusée et indiquée avec son fichier, sa ligne, sa colonne et la raison ; de même qu&apos;un enregistrement qui dépend d&apos;un enregistrement refusé, ou d&apos;un enregistrement qui n&apos;est ni dans l&apos;ensemble ni dans l&apos;espace de travail. Une ligne refusée ne modifie jamais un enregistrement stocké.</translation>
    </message>
    <message>
        <source>Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace or the load failed).</source>
        <translation>Code de sortie : 0 chaque ligne a été chargée ; 3 chargé en partie : les lignes refusées sont indiquées et chaque autre enregistrement a été chargé ; 1 des lignes ont été refusées et rien n&apos;a été chargé (--all-or-nothing, ou rien ne pouvait être chargé) ; 64 une erreur d&apos;utilisation ; 70 rien n&apos;a été chargé (le dossier, l&apos;espace de travail ou le chargement a échoué).</translation>
    </message>
    <message>
        <source>Load nothing when any line is refused (default: load every other record and exit with 3).</source>
        <translation>Ne rien charger dès qu&apos;une ligne est refusée (par défaut : charger chaque autre enregistrement et sortir avec 3).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was loaded.</source>
        <translation>Le dossier %1 n&apos;existe pas : rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.</source>
        <translation>Le dossier %1 ne contient aucun des fichiers d&apos;un ensemble CSV (%2) : rien n&apos;a été chargé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n line(s) refused.</source>
        <translation>
            <numerusform>Rien n&apos;a été chargé : %n ligne refusée.</numerusform>
            <numerusform>Rien n&apos;a été chargé : %n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(--all-or-nothing)</source>
        <translation>(--all-or-nothing)</translation>
    </message>
    <message numerus="yes">
        <source>Partly loaded: %n line(s) refused, listed on the error output; every other record was loaded.</source>
        <translation>
            <numerusform>Chargé en partie : %n ligne refusée, indiquée sur la sortie d&apos;erreur ; chaque autre enregistrement a été chargé.</numerusform>
            <numerusform>Chargé en partie : %n lignes refusées, indiquées sur la sortie d&apos;erreur ; chaque autre enregistrement a été chargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded, but the anomalies shown in the app could not be refreshed: %1</source>
        <translation>Chargé, mais les anomalies affichées dans l&apos;application n&apos;ont pas pu être actualisées : %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::LoginCommand</name>
    <message>
        <source>Sign in (browser, or a certificate) and show who signed in</source>
        <translation>Se connecter (navigateur ou certificat) et afficher qui est connecté</translation>
    </message>
    <message>
        <source>Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and when the access token expires, never a token. The refresh token is kept in the system keychain; --no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address.</source>
        <translation>Se connecte avec OpenID Connect dans le navigateur (code d&apos;autorisation avec PKCE, redirection en boucle locale), ou avec --certificate comme machine avec une assertion client JWT (RFC 7523). Affiche qui est connecté et quand le jeton d&apos;accès expire, jamais un jeton. Le jeton de renouvellement est gardé dans le trousseau du système ; --no-keychain (ou FLADESK_NO_KEYCHAIN=1) ne garde rien. $BROWSER, s&apos;il est défini, ouvre l&apos;adresse.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production (default: the one chosen in Settings).</source>
        <translation>sandbox, acceptance ou production (par défaut : celui choisi dans les Paramètres).</translation>
    </message>
    <message>
        <source>The OpenID provider (issuer URL).</source>
        <translation>Le fournisseur OpenID (URL de l&apos;émetteur).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>L&apos;identifiant client.</translation>
    </message>
    <message>
        <source>Scopes, space-separated (default: openid profile).</source>
        <translation>Portées, séparées par des espaces (par défaut : openid profile).</translation>
    </message>
    <message>
        <source>PKCS#12 file with the machine&apos;s key and certificate; its password is read from FLADESK_P12_PASSWORD (empty when unset).</source>
        <translation>Fichier PKCS#12 avec la clé et le certificat de la machine ; son mot de passe est lu dans FLADESK_P12_PASSWORD (vide si non défini).</translation>
    </message>
    <message>
        <source>The token endpoint (machine sign-in).</source>
        <translation>Le point de terminaison des jetons (connexion machine).</translation>
    </message>
    <message>
        <source>Do not remember the sign-in (nothing is stored).</source>
        <translation>Ne pas mémoriser la connexion (rien n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>Only print the address to open.</source>
        <translation>Afficher seulement l&apos;adresse à ouvrir.</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Secondes à attendre le navigateur (par défaut 300).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail : %1</translation>
    </message>
    <message>
        <source>--certificate needs --client-id and --token-url.</source>
        <translation>--certificate demande --client-id et --token-url.</translation>
    </message>
    <message>
        <source>--token-url: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--token-url : « %1 » doit utiliser https (http n&apos;est permis que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>--issuer: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--issuer : « %1 » doit utiliser https (http n&apos;est permis que sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : copiez l&apos;adresse ci-dessus dans un navigateur.</translation>
    </message>
    <message>
        <source>Not remembered (--no-keychain).</source>
        <translation>Non mémorisé (--no-keychain).</translation>
    </message>
    <message>
        <source>Use --no-keychain to sign in without remembering it.</source>
        <translation>Utilisez --no-keychain pour vous connecter sans mémoriser.</translation>
    </message>
    <message>
        <source>Remembered in the system keychain.</source>
        <translation>Mémorisé dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>fla::cli::LogoutCommand</name>
    <message>
        <source>Sign out: forget the tokens kept in the system keychain</source>
        <translation>Se déconnecter : oublier les jetons gardés dans le trousseau du système</translation>
    </message>
    <message>
        <source>Signs out of one environment: removes the refresh token from the system keychain and the sign-in from the list. Without --subject, signs out the only sign-in of the environment; --all signs out every one.</source>
        <translation>Se déconnecte d&apos;un environnement : retire le jeton de renouvellement du trousseau et la connexion de la liste. Sans --subject, déconnecte la seule connexion de l&apos;environnement ; --all les déconnecte toutes.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance ou production.</translation>
    </message>
    <message>
        <source>The subject to sign out.</source>
        <translation>Le sujet à déconnecter.</translation>
    </message>
    <message>
        <source>Sign out every identity of the environment.</source>
        <translation>Déconnecter toutes les identités de l&apos;environnement.</translation>
    </message>
    <message>
        <source>--environment: unknown environment &quot;%1&quot;.</source>
        <translation>--environment : environnement inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1.</source>
        <translation>Personne n&apos;est connecté à %1.</translation>
    </message>
    <message>
        <source>Several identities are signed in to %1; name one with --subject or use --all:</source>
        <translation>Plusieurs identités sont connectées à %1 ; nommez-en une avec --subject ou utilisez --all :</translation>
    </message>
    <message>
        <source>Signed out %1 (%2) from %3.</source>
        <translation>%1 (%2) déconnecté de %3.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2, but the keychain entry could not be removed: %3</source>
        <translation>%1 déconnecté de %2, mais l&apos;entrée du trousseau n&apos;a pas pu être supprimée : %3</translation>
    </message>
</context>
<context>
    <name>fla::cli::PlatformAccess</name>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance ou production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>La racine de l&apos;API FLA (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Read the access token from this file (else FLADESK_ACCESS_TOKEN).</source>
        <translation>Lire le jeton d&apos;accès dans ce fichier (sinon FLADESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>--environment: unknown environment %1 (sandbox, acceptance, production)</source>
        <translation>--environment : environnement inconnu %1 (sandbox, acceptance, production)</translation>
    </message>
    <message>
        <source>--api-url: %1 is not an https address (plain http only on 127.0.0.1).</source>
        <translation>--api-url : %1 n&apos;est pas une adresse https (http simple uniquement sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>--token-file: %1: %2</source>
        <translation>--token-file : %1 : %2</translation>
    </message>
    <message>
        <source>Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.</source>
        <translation>Non connecté : définissez FLADESK_ACCESS_TOKEN ou indiquez --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::PullCommand</name>
    <message>
        <source>Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.</source>
        <translation>Récupérer ce que la plateforme FLA détient pour un employeur ; comparer, ou l&apos;archiver avec --archive dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds for the employer (workers, employments, rights it computed, trainings registered by training providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN or --token-file.</source>
        <translation>La plateforme détruit ses données fin 2026 : --archive conserve dans l&apos;espace de travail une copie de tout ce qu&apos;elle détient pour l&apos;employeur (travailleurs, occupations, droits qu&apos;elle a calculés, formations enregistrées par des prestataires de formation, participations). Le jeton d&apos;accès est lu dans FLADESK_ACCESS_TOKEN ou --token-file.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance ou production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>La racine de l&apos;API FLA (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Le numéro d&apos;entreprise de l&apos;employeur.</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Lire le jeton d&apos;accès dans ce fichier.</translation>
    </message>
    <message>
        <source>Store everything the platform holds in the workspace (records that differ keep the workspace&apos;s version).</source>
        <translation>Enregistrer dans l&apos;espace de travail tout ce que détient la plateforme (les enregistrements qui diffèrent gardent la version de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>With --archive: records that differ take the platform&apos;s version.</source>
        <translation>Avec --archive : les enregistrements qui diffèrent prennent la version de la plateforme.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer : donnez un numéro d&apos;entreprise valide, pas « %1 ».</translation>
    </message>
    <message>
        <source>pulled %1 %2</source>
        <translation>récupéré : %1 %2</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: everything below is only on the platform.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;employeur %1 : tout ce qui suit se trouve uniquement sur la plateforme.</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>travailleur %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment from %1</source>
        <translation>occupation à partir du %1</translation>
    </message>
    <message>
        <source>training “%1” of %2 (registered by a training provider)</source>
        <translation>formation « %1 » du %2 (enregistrée par un prestataire de formation)</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>formation « %1 » du %2</translation>
    </message>
    <message>
        <source>participation %1</source>
        <translation>participation %1</translation>
    </message>
    <message>
        <source>%1 right %2 (%3 %4)</source>
        <translation>droit %1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only on the platform, %7 different, %8 the same.</source>
        <translation>Plateforme : %1 travailleurs, %2 occupations, %3 formations, %4 participations, %5 droits ; %6 uniquement sur la plateforme, %7 différents, %8 identiques.</translation>
    </message>
    <message>
        <source>Archived into the workspace: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Archivé dans l&apos;espace de travail : %1 nouveaux, %2 mis à jour, %3 inchangés.</translation>
    </message>
    <message>
        <source>With --archive: every company of the workspace, one after the other, with a report per company.</source>
        <translation>Avec --archive : chaque entreprise de l&apos;espace de travail, l&apos;une après l&apos;autre, avec un rapport par entreprise.</translation>
    </message>
    <message>
        <source>--all goes with --archive and without --employer.</source>
        <translation>--all s&apos;utilise avec --archive et sans --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RecordSourceOptions</name>
    <message>
        <source>The workspace file (default: the app&apos;s workspace).</source>
        <translation>Le fichier d&apos;espace de travail (par défaut : celui de l&apos;application).</translation>
    </message>
    <message>
        <source>Use a CSV set folder instead of a workspace.</source>
        <translation>Utiliser un dossier de jeu CSV au lieu d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>Only this employer (enterprise number).</source>
        <translation>Seulement cet employeur (numéro d&apos;entreprise).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ResolveCommand</name>
    <message>
        <source>List the records in conflict with the platform, or resolve one: --keep-mine or --take-theirs.</source>
        <translation>Lister les enregistrements en conflit avec la plateforme, ou en résoudre un : --keep-mine ou --take-theirs.</translation>
    </message>
    <message>
        <source>Declare the workspace&apos;s version again; it replaces the platform&apos;s at the next sync.</source>
        <translation>Déclarer à nouveau la version de l&apos;espace de travail ; elle remplace celle de la plateforme à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Write the platform&apos;s version into the workspace; nothing is sent.</source>
        <translation>Écrire la version de la plateforme dans l&apos;espace de travail ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>The record in conflict (its uuid).</source>
        <translation>L&apos;enregistrement en conflit (son uuid).</translation>
    </message>
    <message>
        <source>Give --keep-mine or --take-theirs, not both.</source>
        <translation>Indiquez --keep-mine ou --take-theirs, pas les deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation>« %1 » n&apos;est pas un uuid.</translation>
    </message>
    <message>
        <source>%1 record(s) in conflict.</source>
        <translation>Enregistrements en conflit : %1.</translation>
    </message>
    <message>
        <source>No record %1 in this workspace.</source>
        <translation>Pas d&apos;enregistrement %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The platform no longer holds it.</source>
        <translation>La plateforme ne le détient plus.</translation>
    </message>
    <message>
        <source>%1: here “%2”, on the platform “%3”</source>
        <translation>%1 : ici « %2 », sur la plateforme « %3 »</translation>
    </message>
    <message>
        <source>Resolved: yours is declared again at the next sync.</source>
        <translation>Résolu : votre version est déclarée à nouveau à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Resolved: the platform&apos;s version is in the workspace.</source>
        <translation>Résolu : la version de la plateforme est dans l&apos;espace de travail.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RestoreCommand</name>
    <message>
        <source>Restore a workspace from a backup; the current workspace is kept as a copy.</source>
        <translation>Restaurer un espace de travail depuis une sauvegarde ; l&apos;espace actuel est gardé en copie.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted backup, in this file.</source>
        <translation>La phrase secrète d&apos;une sauvegarde chiffrée, dans ce fichier.</translation>
    </message>
    <message>
        <source>The backup file (or --in FILE).</source>
        <translation>Le fichier de sauvegarde (ou --in FICHIER).</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Indiquez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Workspace %1 restored from %2.</source>
        <translation>Espace de travail %1 restauré depuis %2.</translation>
    </message>
    <message>
        <source>The previous workspace was kept as %1.</source>
        <translation>L&apos;espace de travail précédent a été gardé sous %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RetryOptions</name>
    <message>
        <source>First retry delay in milliseconds (default 1000).</source>
        <translation>Premier délai avant nouvelle tentative en millisecondes (par défaut 1000).</translation>
    </message>
    <message>
        <source>Stop rather than wait longer than this for a retry (seconds, default 120).</source>
        <translation>Arrêter plutôt que d&apos;attendre plus longtemps une nouvelle tentative (secondes, par défaut 120).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ReviewPullCommand</name>
    <message>
        <source>Show how the platform&apos;s data for an employer differs from the workspace; accept or reject all of it.</source>
        <translation>Montrer en quoi les données de la plateforme pour un employeur diffèrent de l&apos;espace de travail ; tout accepter ou tout refuser.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Le numéro d&apos;entreprise de l&apos;employeur.</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of every difference into the workspace.</source>
        <translation>Reprendre dans l&apos;espace de travail la version de la plateforme de chaque différence.</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of every difference; they are not asked again until the platform&apos;s records change.</source>
        <translation>Garder la version de l&apos;espace de travail de chaque différence ; elles ne sont plus demandées tant que les enregistrements de la plateforme ne changent pas.</translation>
    </message>
    <message>
        <source>Give --accept-all or --reject-all, not both.</source>
        <translation>Indiquez --accept-all ou --reject-all, pas les deux.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer : indiquez un numéro d&apos;entreprise valide, pas « %1 ».</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: use fladesk-cli pull --archive to take everything the platform holds for it.</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;employeur %1 : utilisez fladesk-cli pull --archive pour reprendre tout ce que la plateforme détient pour lui.</translation>
    </message>
    <message>
        <source>%1 new on the platform, %2 changed fields, %3 missing on the platform; %4 the same; %5 rejected before.</source>
        <translation>Nouveaux sur la plateforme : %1, champs modifiés : %2, absents de la plateforme : %3 ; identiques : %4 ; refusés auparavant : %5.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Applied: %1 records written, %2 removed, %3 differences rejected.</source>
        <translation>Appliqué : enregistrements écrits : %1, supprimés : %2, différences refusées : %3.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SocialBalanceCommand</name>
    <message>
        <source>Print the training block of an employer&apos;s social balance sheet for a financial year.</source>
        <translation>Affiche le volet formation du bilan social d&apos;un employeur pour un exercice.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Le numéro d&apos;entreprise de l&apos;employeur.</translation>
    </message>
    <message>
        <source>First day of the financial year (yyyy-mm-dd), with --to.</source>
        <translation>Premier jour de l&apos;exercice (aaaa-mm-jj), avec --to.</translation>
    </message>
    <message>
        <source>Last day of the financial year (yyyy-mm-dd).</source>
        <translation>Dernier jour de l&apos;exercice (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>One JSON object with the NBB item codes as keys.</source>
        <translation>Un objet JSON avec les codes de la BNB comme clés.</translation>
    </message>
    <message>
        <source>code;value;confirmed;description lines.</source>
        <translation>Lignes code;valeur;confirmé;description.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer : donnez un numéro d&apos;entreprise valide, pas « %1 ».</translation>
    </message>
    <message>
        <source>Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most 24 months).</source>
        <translation>Indiquez l&apos;exercice avec --year A, ou avec --from et --to (aaaa-mm-jj, 24 mois au plus).</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Indiquez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>L&apos;espace de travail ne contient pas l&apos;employeur %1.</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 (%2), %3 to %4</source>
        <translation>Bilan social, volet formation : %1 (%2), du %3 au %4</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model.</source>
        <translation>* Le code suit la numérotation de la BNB mais n&apos;a pas été confirmé d&apos;après son modèle.</translation>
    </message>
    <message>
        <source>%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.</source>
        <translation>%1 des %2 formations comptées n&apos;ont pas de coût dans le registre : leur coût compte pour 0.</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year, their followed participations, in their category, men and women apart (the worker&apos;s stated sex, else the INSZ&apos;s), gross costs, contributions and subsidies shared over the participants as each training says. Codes not yet confirmed from the NBB&apos;s model are marked.</source>
        <translation>Calculé à partir du registre : les formations suivies qui commencent pendant l&apos;exercice, leurs participations suivies, par catégorie, hommes et femmes séparément (le sexe indiqué du travailleur, sinon celui du NISS), coûts bruts, cotisations et subsides répartis entre les participants comme chaque formation l&apos;indique. Les codes pas encore confirmés par le modèle de la BNB sont marqués.</translation>
    </message>
    <message>
        <source>The financial year that closes in year Y (from the employer&apos;s start of the financial year).</source>
        <translation>L&apos;exercice clôturé pendant l&apos;année Y (à partir du début d&apos;exercice de l&apos;employeur).</translation>
    </message>
    <message>
        <source>Employer %1, start of the financial year: day %2 of month %3 is not a day of every year; correct it, or give --from and --to.</source>
        <translation>Employeur %1, début de l&apos;exercice : le jour %2 du mois %3 n&apos;existe pas chaque année ; corrigez-le, ou indiquez --from et --to.</translation>
    </message>
    <message>
        <source>%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they are left out of the men&apos;s and women&apos;s figures; state it on the worker: %2</source>
        <translation>%1 travailleur(s) n&apos;ont pas de sexe indiqué et leur NISS ne le dit pas (numéros BIS) : ils sont exclus des chiffres des hommes et des femmes ; indiquez-le sur le travailleur : %2</translation>
    </message>
    <message>
        <source>Also write the training block as a PDF document to this file.</source>
        <translation>Écrire aussi le volet formation en document PDF dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>fla::cli::StatementsCommand</name>
    <message>
        <source>Write the yearly training credit statement of each worker as PDF, in the worker&apos;s language.</source>
        <translation>Écrire l&apos;aperçu annuel du crédit de formation de chaque travailleur en PDF, dans la langue du travailleur.</translation>
    </message>
    <message>
        <source>The year of the statements.</source>
        <translation>L&apos;année des aperçus.</translation>
    </message>
    <message>
        <source>The folder to write the PDF files into.</source>
        <translation>Le dossier où écrire les fichiers PDF.</translation>
    </message>
    <message>
        <source>One PDF with every worker&apos;s statement, each on a new page.</source>
        <translation>Un PDF avec l&apos;aperçu de chaque travailleur, chacun sur une nouvelle page.</translation>
    </message>
    <message>
        <source>Give --year YEAR and --out DIR.</source>
        <translation>Donnez --year ANNÉE et --out DOSSIER.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SyncCommand</name>
    <message>
        <source>Declare the workspace&apos;s waiting changes to the FLA platform (exactly once).</source>
        <translation>Déclarer les modifications en attente de l&apos;espace de travail à la plateforme FLA (exactement une fois).</translation>
    </message>
    <message>
        <source>The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from --token-file; sign in first. Interrupted syncs resume where they stopped: run the command again.</source>
        <translation>Le jeton d&apos;accès est lu dans la variable d&apos;environnement FLADESK_ACCESS_TOKEN ou dans --token-file ; connectez-vous d&apos;abord. Une synchronisation interrompue reprend où elle s&apos;est arrêtée : relancez la commande.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Le fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>sandbox (default), acceptance or production.</source>
        <translation>sandbox (par défaut), acceptance ou production.</translation>
    </message>
    <message>
        <source>The FLA API root instead of the environment&apos;s (…/REST/fla/v1).</source>
        <translation>La racine de l&apos;API FLA au lieu de celle de l&apos;environnement (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Only this employer&apos;s changes (enterprise number; repeatable).</source>
        <translation>Seulement les modifications de cet employeur (numéro d&apos;entreprise ; répétable).</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Lire le jeton d&apos;accès dans ce fichier.</translation>
    </message>
    <message>
        <source>Records per declaration (default 500).</source>
        <translation>Enregistrements par déclaration (par défaut 500).</translation>
    </message>
    <message>
        <source>Declarations in flight at once (default 4).</source>
        <translation>Déclarations en cours simultanément (par défaut 4).</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>Pas de ligne de progression.</translation>
    </message>
    <message>
        <source>The summary as one JSON object.</source>
        <translation>Le résumé en un objet JSON.</translation>
    </message>
    <message>
        <source>--employer: no employer %1 in the workspace</source>
        <translation>--employer : pas d&apos;employeur %1 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Non envoyé : %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refusé : %1 — %2</translation>
    </message>
    <message>
        <source>Conflict: %1 changed on the platform meanwhile; resolve it in the app.</source>
        <translation>Conflit : %1 a été modifié entre-temps sur la plateforme ; résolvez-le dans l&apos;application.</translation>
    </message>
    <message>
        <source>Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 conflict(s); %7 not sent, %8 still waiting.</source>
        <translation>%1 modification(s) sur %2 déclarée(s) : %3 acceptée(s), %4 acceptée(s) avec avertissements, %5 refusée(s), %6 conflit(s) ; %7 non envoyée(s), %8 encore en attente.</translation>
    </message>
    <message>
        <source>Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.</source>
        <translation>Non connecté : lancez fladesk-cli login, définissez FLADESK_ACCESS_TOKEN ou donnez --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TeamCommand</name>
    <message>
        <source>On a team server: grant, revoke or list which staff member may work on which company.</source>
        <translation>Sur un serveur d&apos;équipe : donner, retirer ou lister quel collaborateur peut travailler sur quelle entreprise.</translation>
    </message>
    <message>
        <source>The staff member&apos;s database user (role).</source>
        <translation>L&apos;utilisateur de base de données (rôle) du collaborateur.</translation>
    </message>
    <message>
        <source>The company&apos;s enterprise number.</source>
        <translation>Le numéro d&apos;entreprise de la société.</translation>
    </message>
    <message>
        <source>list: one JSON object per grant.</source>
        <translation>list : un objet JSON par accès.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke ou list.</translation>
    </message>
    <message>
        <source>Say what to do: team grant, team revoke or team list.</source>
        <translation>Dites quoi faire : team grant, team revoke ou team list.</translation>
    </message>
    <message>
        <source>team %1 needs --user ROLE and --employer with a valid enterprise number.</source>
        <translation>team %1 demande --user RÔLE et --employer avec un numéro d&apos;entreprise valide.</translation>
    </message>
    <message>
        <source>The workspace has no company %1 (or you may not see it).</source>
        <translation>L&apos;espace de travail n&apos;a pas d&apos;entreprise %1 (ou vous ne pouvez pas la voir).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2 (%3).</source>
        <translation>%1 peut désormais voir et modifier %2 (%3).</translation>
    </message>
    <message>
        <source>%1 no longer sees %2 (%3).</source>
        <translation>%1 ne voit plus %2 (%3).</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingAccountCommand</name>
    <message>
        <source>Print a worker&apos;s individual training account for a year, or write its yearly overview as PDF.</source>
        <translation>Afficher le compte formation individuel d’un travailleur pour une année, ou écrire son relevé annuel en PDF.</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID (required).</source>
        <translation>Le NISS ou l’UUID du travailleur (obligatoire).</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>L’année (obligatoire).</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>Un objet JSON.</translation>
    </message>
    <message>
        <source>Write the yearly overview, in the worker&apos;s language, to this PDF file.</source>
        <translation>Écrire le relevé annuel, dans la langue du travailleur, dans ce fichier PDF.</translation>
    </message>
    <message>
        <source>Give --worker INSZ and --year Y (%1 to %2).</source>
        <translation>Donnez --worker NISS et --year A (%1 à %2).</translation>
    </message>
    <message>
        <source>The worker has no employment, right or training in %1.</source>
        <translation>Le travailleur n’a ni occupation, ni droit, ni formation en %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingPlanCommand</name>
    <message>
        <source>Keep an employer&apos;s yearly training plan: create, add, log, show, check, pdf.</source>
        <translation>Tenir le plan de formation annuel d’un employeur : create, add, log, show, check, pdf.</translation>
    </message>
    <message>
        <source>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out FILE</source>
        <translation>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXTE]
show --year Y [--json]; check [--json] (code de sortie 1 quand un délai est dépassé); pdf --year Y --out FICHIER</translation>
    </message>
    <message>
        <source>A year of the plan.</source>
        <translation>Une année du plan.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year (several years).</source>
        <translation>La dernière année du plan (plusieurs années).</translation>
    </message>
    <message>
        <source>Who gives advice on the draft.</source>
        <translation>Qui donne un avis sur le projet.</translation>
    </message>
    <message>
        <source>formal, informal or initial.</source>
        <translation>formal, informal ou initial.</translation>
    </message>
    <message>
        <source>What the training is.</source>
        <translation>Ce qu’est la formation.</translation>
    </message>
    <message>
        <source>For whom.</source>
        <translation>Pour qui.</translation>
    </message>
    <message>
        <source>A risk group it pays attention to.</source>
        <translation>Un groupe à risque auquel elle prête attention.</translation>
    </message>
    <message>
        <source>How many workers.</source>
        <translation>Combien de travailleurs.</translation>
    </message>
    <message>
        <source>Days per worker.</source>
        <translation>Jours par travailleur.</translation>
    </message>
    <message>
        <source>The consultation step logged.</source>
        <translation>L’étape de consultation enregistrée.</translation>
    </message>
    <message>
        <source>The day of the step (yyyy-mm-dd).</source>
        <translation>Le jour de l’étape (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>A note with the step.</source>
        <translation>Une note avec l’étape.</translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation>JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Donnez une action : %1.</translation>
    </message>
    <message>
        <source>training-plan %1: give the plan&apos;s year with --year Y.</source>
        <translation>training-plan %1 : donnez l’année du plan avec --year A.</translation>
    </message>
    <message>
        <source>--consulted: works-council, union-delegation or workers, not &quot;%1&quot;.</source>
        <translation>--consulted : works-council, union-delegation ou workers, pas « %1 ».</translation>
    </message>
    <message>
        <source>Training plan %1 created for %2.</source>
        <translation>Plan de formation %1 créé pour %2.</translation>
    </message>
    <message>
        <source>Nothing due for the training plan of %1.</source>
        <translation>Rien à faire pour le plan de formation de %1.</translation>
    </message>
    <message>
        <source>%1 has no training plan for %2: create it with training-plan create.</source>
        <translation>%1 n’a pas de plan de formation pour %2 : créez-le avec training-plan create.</translation>
    </message>
    <message>
        <source>training-plan add: give --category formal|informal|initial, --title, and --workers and --days as numbers of 0 or more (--risk-group: one of the listed groups).</source>
        <translation>training-plan add : donnez --category formal|informal|initial, --title, et --workers et --days comme nombres de 0 ou plus (--risk-group : un des groupes listés).</translation>
    </message>
    <message>
        <source>training-plan log: give --step draft-sent|advice|adopted|uploaded and --date yyyy-mm-dd.</source>
        <translation>training-plan log : donnez --step draft-sent|advice|adopted|uploaded et --date aaaa-mm-jj.</translation>
    </message>
    <message>
        <source>training-plan pdf: give --out FILE.</source>
        <translation>training-plan pdf : donnez --out FICHIER.</translation>
    </message>
    <message>
        <source>Training plan %1 saved.</source>
        <translation>Plan de formation %1 enregistré.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ValidateCommand</name>
    <message>
        <source>Check a CSV set or a workspace against every anomaly rule.</source>
        <translation>Vérifier un jeu CSV ou un espace de travail avec toutes les règles d&apos;anomalie.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>Le dossier d&apos;un jeu CSV.</translation>
    </message>
    <message>
        <source>A workspace file; the anomalies found are kept in it per record.</source>
        <translation>Un fichier d&apos;espace de travail ; les anomalies trouvées y sont gardées par enregistrement.</translation>
    </message>
    <message>
        <source>One JSON object per anomaly and line.</source>
        <translation>Un objet JSON par anomalie et par ligne.</translation>
    </message>
    <message>
        <source>Judge deadlines as on this day (yyyy-MM-dd) instead of today.</source>
        <translation>Juger les échéances comme à cette date (aaaa-MM-jj) au lieu d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Donnez soit --csv DOSSIER, soit --workspace W.</translation>
    </message>
    <message>
        <source>--today must be a date of the form yyyy-MM-dd: %1</source>
        <translation>--today doit être une date de la forme aaaa-MM-jj : %1</translation>
    </message>
    <message>
        <source>%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.</source>
        <translation>%1 enregistrements, %2 anomalies : %3 bloquantes, %4 avertissements, %5 informations.</translation>
    </message>
</context>
<context>
    <name>fla::cli::WorkspaceCommand</name>
    <message>
        <source>Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either direction, and check the copy.</source>
        <translation>Copier un espace de travail entier entre un fichier SQLite et un serveur d&apos;équipe (PostgreSQL), dans les deux sens, et vérifier la copie.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file, or postgresql://user@host/db.</source>
        <translation>L&apos;espace de travail à copier : un fichier, ou postgresql://utilisateur@hôte/db.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a team server.</source>
        <translation>Où le copier : un nouveau fichier, ou une base de données vide sur un serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Empty the target first when it already holds records.</source>
        <translation>Vider d&apos;abord la cible si elle contient déjà des enregistrements.</translation>
    </message>
    <message>
        <source>Report the check as one JSON object.</source>
        <translation>Rapporter la vérification sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Say what to do: workspace copy --from A --to B.</source>
        <translation>Dites quoi faire : workspace copy --from A --to B.</translation>
    </message>
    <message>
        <source>workspace copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>workspace copy a besoin de --from WORKSPACE et --to WORKSPACE.</translation>
    </message>
    <message>
        <source>There is no workspace %1 to copy.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail %1 à copier.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be copied onto itself.</source>
        <translation>L&apos;espace de travail %1 ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.</source>
        <translation>Les espaces de travail %1 (schéma %2) et %3 (schéma %4) ne sont pas à la même version.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has as many rows as its source, and the audit trail (%3 entries) is identical.</source>
        <translation>%1 copié dans %2 : chaque table a autant de lignes que sa source, et la piste d&apos;audit (%3 entrées) est identique.</translation>
    </message>
</context>
<context>
    <name>fla::fieldrules</name>
    <message>
        <source>The text holds %1 characters; at most %2 are allowed.</source>
        <translation>Le texte compte %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The text holds a control character (%1) at position %2: such characters are not allowed.</source>
        <translation>Le texte contient un caractère de contrôle (%1) à la position %2 : de tels caractères ne sont pas autorisés.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not valid in the file&apos;s encoding (shown as U+FFFD) at position %1: save the file as UTF-8.</source>
        <translation>Le texte contient des octets non valides dans l&apos;encodage du fichier (affichés comme U+FFFD) à la position %1 : enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 caractères)</translation>
    </message>
</context>
<context>
    <name>fla::postgres::StagedLoad::Private</name>
    <message>
        <source>The user %1 may not load records of the company %2: the office&apos;s administrator has not given them this company (fladesk-cli team grant).</source>
        <translation>L&apos;utilisateur %1 ne peut pas charger de données dans l&apos;entreprise %2 : l&apos;administrateur du bureau ne lui a pas attribué cette entreprise (fladesk-cli team grant).</translation>
    </message>
</context>
<context>
    <name>fla::reports</name>
    <message>
        <source>on time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation>Plan de formation %1</translation>
    </message>
    <message>
        <source>Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal data: workers are counted, never named.</source>
        <translation>Plan de formation de l’entreprise (loi du 3 octobre 2022, chapitre 9). Cette copie ne contient aucune donnée personnelle : les travailleurs sont comptés, jamais nommés.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Joint committees</source>
        <translation>Commissions paritaires</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Formations prévues</translation>
    </message>
    <message>
        <source>No trainings planned yet.</source>
        <translation>Aucune formation prévue pour l’instant.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Groupe à risque</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Jours chacun</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Prévu et réalisé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>travailleurs</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed (resources/obligations/training-plan.json).</source>
        <translation>* Non confirmé : ce délai repose sur une lecture des règles qui n’est pas confirmée (resources/obligations/training-plan.json).</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 to %2</source>
        <translation>Bilan social, volet formation : du %1 au %2</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year and their followed participations.</source>
        <translation>Calculé à partir du registre : les formations terminées qui commencent pendant l&apos;exercice et leurs participations suivies.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 trainings counted; %2 of them have no cost in the register (counted as 0).</source>
        <translation>%1 formations comptées ; %2 d&apos;entre elles n&apos;ont pas de coût dans le registre (leur coût compte pour 0).</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model. Source: %1</source>
        <translation>* Le code suit la numérotation de la BNB mais n&apos;a pas été confirmé d&apos;après son modèle. Source : %1</translation>
    </message>
    <message>
        <source>Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the men&apos;s nor the women&apos;s figures; state it on the worker.</source>
        <translation>Sexe inconnu (aucun sexe indiqué et le NISS ne le dit pas) : %1. Ils ne figurent ni dans les chiffres des hommes ni dans ceux des femmes ; indiquez-le sur le travailleur.</translation>
    </message>
</context>
<context>
    <name>fla::sandbox</name>
    <message>
        <source>--issue-token: no simulated identity %1</source>
        <translation>--issue-token : pas d&apos;identité simulée %1</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::OidcProvider</name>
    <message>
        <source>&lt;h1&gt;Unknown client&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Client inconnu&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;The redirect URI must be a loopback http address (RFC 8252)&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;L&apos;URI de redirection doit être une adresse http de boucle locale (RFC 8252)&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown identity&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Identité inconnue&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown key: choose eID or itsme&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Clé inconnue : choisissez eID ou itsme&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>FLA sandbox: sign in</source>
        <translation>Bac à sable FLA : connexion</translation>
    </message>
    <message>
        <source>A simulated sign-in. Choose who you are and which key you use; you will act for the enterprises listed.</source>
        <translation>Une connexion simulée. Choisissez qui vous êtes et quelle clé vous utilisez ; vous agirez pour les entreprises indiquées.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>INSZ (synthetic)</source>
        <translation>NISS (synthétique)</translation>
    </message>
    <message>
        <source>May act for</source>
        <translation>Peut agir pour</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::PlatformModule</name>
    <message>
        <source>SQLite file of the FLA platform&apos;s state (default: fla-platform.sqlite in --data-dir, or memory only).</source>
        <translation>Fichier SQLite de l&apos;état de la plateforme FLA (par défaut : fla-platform.sqlite dans --data-dir, ou mémoire seule).</translation>
    </message>
    <message>
        <source>Share of FLA API requests (0 to 1) that meet an injected fault (default 0).</source>
        <translation>Part des requêtes à l&apos;API FLA (0 à 1) qui rencontrent une panne injectée (par défaut 0).</translation>
    </message>
    <message>
        <source>Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed without an answer, nothing done), lost (carried out and committed, then the answer is lost), or all (default).</source>
        <translation>Quelles pannes, séparées par des virgules : 500, 503, 429 (avec Retry-After), drop (connexion fermée sans réponse, rien fait), lost (exécuté et validé, puis la réponse est perdue), ou all (par défaut).</translation>
    </message>
    <message>
        <source>Delay added to every FLA API answer, in milliseconds.</source>
        <translation>Délai ajouté à chaque réponse de l&apos;API FLA, en millisecondes.</translation>
    </message>
    <message>
        <source>Seconds announced in Retry-After with 429 and 503.</source>
        <translation>Secondes annoncées dans Retry-After avec 429 et 503.</translation>
    </message>
    <message>
        <source>Seed of the fault dice, for reproducible runs.</source>
        <translation>Graine du dé des pannes, pour des exécutions reproductibles.</translation>
    </message>
    <message>
        <source>Print an access token for the simulated identity KEY at start-up (for scripts and tests; repeatable).</source>
        <translation>Afficher au démarrage un jeton d&apos;accès pour l&apos;identité simulée CLÉ (pour scripts et tests ; répétable).</translation>
    </message>
    <message>
        <source>Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a 503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed the work.</source>
        <translation>Injection de pannes : --fault-rate 0.1 --faults all fait échouer une requête à l&apos;API FLA sur dix avec un 500, un 503 ou un 429 avec Retry-After, une connexion coupée, ou une réponse perdue après que la plateforme a validé le travail.</translation>
    </message>
    <message>
        <source>--fault-rate: give a number from 0 to 1, not %1</source>
        <translation>--fault-rate : donnez un nombre de 0 à 1, pas %1</translation>
    </message>
    <message>
        <source>--latency-ms: give a whole number of milliseconds, not %1</source>
        <translation>--latency-ms : donnez un nombre entier de millisecondes, pas %1</translation>
    </message>
    <message>
        <source>--retry-after: give a whole number of seconds, not %1</source>
        <translation>--retry-after : donnez un nombre entier de secondes, pas %1</translation>
    </message>
    <message>
        <source>--fault-seed: give a whole number, not %1</source>
        <translation>--fault-seed : donnez un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>Faults for the first FLA API requests, one per request, comma-separated (none, 500, 503, 429, drop, lost), before --fault-rate applies: &quot;none,lost&quot; loses the answer to the second request.</source>
        <translation>Pannes pour les premières requêtes à l&apos;API FLA, une par requête, séparées par des virgules (none, 500, 503, 429, drop, lost), avant que --fault-rate ne s&apos;applique : « none,lost » perd la réponse à la deuxième requête.</translation>
    </message>
</context>
<context>
    <name>fla::storage</name>
    <message>
        <source>%1 cannot be saved: it refers to a record that does not exist for this employer, or other records still refer to it.</source>
        <translation>%1 ne peut pas être enregistré : il renvoie à un enregistrement qui n&apos;existe pas pour cet employeur, ou d&apos;autres enregistrements y renvoient encore.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the worker already takes part in this training.</source>
        <translation>%1 ne peut pas être enregistré : le travailleur participe déjà à cette formation.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: another record already has this uuid.</source>
        <translation>%1 ne peut pas être enregistré : un autre enregistrement a déjà cet uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 holds a value that is not allowed.</source>
        <translation>%1 ne peut pas être enregistré : le champ %2 contient une valeur non autorisée.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 is required.</source>
        <translation>%1 ne peut pas être enregistré : le champ %2 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <source>The workspace could not read %1: %2</source>
        <translation>L’espace de travail n’a pas pu lire %1 : %2</translation>
    </message>
    <message>
        <source>the %1 records of the company</source>
        <translation>les enregistrements %1 de l’entreprise</translation>
    </message>
    <message>
        <source>the anomalies of the company</source>
        <translation>les anomalies de l&apos;entreprise</translation>
    </message>
    <message>
        <source>the companies of the workspace</source>
        <translation>les entreprises de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>fla::ui::AboutDialog</name>
    <message>
        <source>Application framework: windows, database access, network, sign-in</source>
        <translation>Cadre d&apos;application : fenêtres, accès à la base de données, réseau, connexion</translation>
    </message>
    <message>
        <source>Encryption of backups, TLS connections to the platform</source>
        <translation>Chiffrement des sauvegardes, connexions TLS à la plateforme</translation>
    </message>
    <message>
        <source>Keeping sign-in tokens in the system keychain</source>
        <translation>Conservation des jetons de connexion dans le trousseau du système</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>La base de données de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Reading spreadsheet (XLSX) files</source>
        <translation>Lecture des fichiers de tableur (XLSX)</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and Qt</source>
        <translation>Compression, utilisée par QuaZip et Qt</translation>
    </message>
    <message>
        <source>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself</source>
        <translation>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c : utilisés par Qt lui-même</translation>
    </message>
    <message>
        <source>Windows only: the C++ runtime of the Windows build</source>
        <translation>Windows uniquement : le runtime C++ de la version Windows</translation>
    </message>
    <message>
        <source>Microsoft Visual C++ Redistributable licence</source>
        <translation>Licence de Microsoft Visual C++ Redistributable</translation>
    </message>
    <message>
        <source>About FLA Desk</source>
        <translation>À propos de FLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Training records and Federal Learning Account declarations for Belgian employers.&lt;/p&gt;&lt;p&gt;FLA Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Registre des formations et déclarations au compte formation fédéral pour les employeurs belges.&lt;/p&gt;&lt;p&gt;FLA Desk est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running on Qt %1 with %2.</source>
        <translation>Fonctionne avec Qt %1 et %2.</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>aucune bibliothèque TLS</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>The licence texts are installed with FLA Desk in %1.</source>
        <translation>Les textes des licences sont installés avec FLA Desk dans %1.</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomaliesView</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Search anomalies</source>
        <translation>Rechercher des anomalies</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>Filtrer par code</translation>
    </message>
    <message>
        <source>Anomalies: Enter opens the record at the field</source>
        <translation>Anomalies : Entrée ouvre l&apos;enregistrement au champ concerné</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2 ; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquante</numerusform>
            <numerusform>%n bloquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomalyModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>fla::ui::ArchiveAllDialog</name>
    <message>
        <source>Archive everything from the FLA</source>
        <translation>Archiver tout le FLA</translation>
    </message>
    <message>
        <source>The FLA destroys its data on 1 January 2027. Everything it holds for your companies is copied into this workspace: workers, employments, trainings (also those registered by training providers), participations and the rights it computed. Records you changed here keep your version.</source>
        <translation>Le FLA détruit ses données le 1er janvier 2027. Tout ce qu&apos;il détient pour vos entreprises est copié dans cet espace de travail : travailleurs, occupations, formations (aussi celles enregistrées par des prestataires), participations et les droits qu&apos;il a calculés. Les enregistrements que vous avez modifiés ici gardent votre version.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Archive report per company</source>
        <translation>Rapport d&apos;archivage par entreprise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Archiving %1 (%2 of %3)…</source>
        <translation>Archivage de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Fetching from the platform…</source>
        <translation>Récupération depuis la plateforme…</translation>
    </message>
    <message>
        <source>Archived: %1 new, %2 updated, %3 already in the workspace</source>
        <translation>Archivé : %1 nouveaux, %2 mis à jour, %3 déjà dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Not archived: %1</source>
        <translation>Pas archivé : %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 companies archived, %3 not started.</source>
        <translation>Arrêté : %1 entreprises sur %2 archivées, %3 pas commencées.</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived. Those not archived say why: sign in as someone with a mandate for them, or try again.</source>
        <translation>%1 entreprises sur %2 archivées. Celles qui ne le sont pas disent pourquoi : connectez-vous avec une personne mandatée pour elles, ou réessayez.</translation>
    </message>
    <message>
        <source>All %1 companies archived.</source>
        <translation>Les %1 entreprises sont archivées.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Stopping after this company…</source>
        <translation>Arrêt après cette entreprise…</translation>
    </message>
</context>
<context>
    <name>fla::ui::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Ajouter une entreprise</translation>
    </message>
    <message>
        <source>The company whose training records you keep. An accountant adds each client company.</source>
        <translation>L&apos;entreprise dont vous tenez les formations. Un comptable ajoute chaque entreprise cliente.</translation>
    </message>
    <message>
        <source>&amp;Enterprise number:</source>
        <translation>&amp;Numéro d&apos;entreprise :</translation>
    </message>
    <message>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the company</source>
        <translation>Langue de l&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Heures par jour :</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>Heures par jour de travail</translation>
    </message>
    <message>
        <source>Used to convert hours of training into days of credit</source>
        <translation>Sert à convertir les heures de formation en jours de crédit</translation>
    </message>
    <message>
        <source>NSSO employer number (optional)</source>
        <translation>Numéro d&apos;employeur ONSS (facultatif)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Joint committees:</source>
        <translation>&amp;Commissions paritaires :</translation>
    </message>
    <message>
        <source>Joint committees, separated by commas</source>
        <translation>Commissions paritaires, séparées par des virgules</translation>
    </message>
    <message>
        <source>e.g. 200, 118</source>
        <translation>p. ex. 200, 118</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enterprise number %1 is correct.</source>
        <translation>Le numéro d&apos;entreprise %1 est correct.</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Modifier l&apos;entreprise %1</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Ajouter l&apos;entreprise %1</translation>
    </message>
    <message>
        <source>N&amp;SSO number:</source>
        <translation>Numéro &amp;ONSS :</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Financial &amp;year starts on day:</source>
        <translation>L&apos;exercice commence le &amp;jour :</translation>
    </message>
    <message>
        <source>First day of the financial year: day</source>
        <translation>Premier jour de l&apos;exercice : jour</translation>
    </message>
    <message>
        <source>First day of the financial year: month</source>
        <translation>Premier jour de l&apos;exercice : mois</translation>
    </message>
    <message>
        <source>The social balance sheet counts the trainings of each financial year</source>
        <translation>Le bilan social compte les formations de chaque exercice</translation>
    </message>
    <message>
        <source>In the month:</source>
        <translation>Du mois :</translation>
    </message>
</context>
<context>
    <name>fla::ui::ConflictDialog</name>
    <message>
        <source>Conflict with the platform</source>
        <translation>Conflit avec la plateforme</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>Version de la plateforme</translation>
    </message>
    <message>
        <source>Your version and the platform&apos;s, field by field</source>
        <translation>Votre version et celle de la plateforme, champ par champ</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation>&amp;Prendre celle de la plateforme</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s version…</source>
        <translation>Récupération de la version de la plateforme…</translation>
    </message>
    <message>
        <source>The conflict cannot be shown</source>
        <translation>Le conflit ne peut pas être affiché</translation>
    </message>
    <message numerus="yes">
        <source>This record was changed on the platform after you last sent it, and in the workspace too: %n field(s) differ. Choose the version to keep.</source>
        <translation>
            <numerusform>Cet enregistrement a été modifié sur la plateforme après votre dernier envoi, et aussi dans l&apos;espace de travail : %n champ diffère. Choisissez la version à garder.</numerusform>
            <numerusform>Cet enregistrement a été modifié sur la plateforme après votre dernier envoi, et aussi dans l&apos;espace de travail : %n champs diffèrent. Choisissez la version à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform no longer holds this record, which you changed in the workspace. Choose whether to declare it again or to remove it here too.</source>
        <translation>La plateforme ne détient plus cet enregistrement, que vous avez modifié dans l&apos;espace de travail. Choisissez de le déclarer à nouveau ou de le supprimer ici aussi.</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent at the next sync and replaces the platform&apos;s. Take the platform&apos;s: it replaces yours in the workspace (the change shows in the record&apos;s history) and nothing is sent.</source>
        <translation>Garder la mienne : votre version est envoyée à la prochaine synchronisation et remplace celle de la plateforme. Prendre celle de la plateforme : elle remplace la vôtre dans l&apos;espace de travail (la modification apparaît dans l&apos;historique de l&apos;enregistrement) et rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Keep mine: your version is declared again at the next sync. Take the platform&apos;s: the record is removed from the workspace (you can restore it from its history).</source>
        <translation>Garder la mienne : votre version est déclarée à nouveau à la prochaine synchronisation. Prendre celle de la plateforme : l&apos;enregistrement est supprimé de l&apos;espace de travail (vous pouvez le restaurer depuis son historique).</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(plus sur la plateforme)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” here, “%4” on the platform.</source>
        <translation>%1 de %2 diffère : « %3 » ici, « %4 » sur la plateforme.</translation>
    </message>
    <message>
        <source>The conflict of %1 is not resolved: %2</source>
        <translation>Le conflit de %1 n&apos;est pas résolu : %2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Enregistrée entre-temps</translation>
    </message>
    <message>
        <source>Your version and the one saved meanwhile, field by field</source>
        <translation>Votre version et celle enregistrée entre-temps, champ par champ</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre la leur</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(supprimé entre-temps)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” in your version, “%4” in the one saved meanwhile.</source>
        <translation>%1 de %2 diffère : « %3 » dans votre version, « %4 » dans celle enregistrée entre-temps.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</source>
        <translation>
            <numerusform>Quelqu&apos;un d&apos;autre a enregistré cet enregistrement après que vous l&apos;avez ouvert : %n champ diffère. Rien n&apos;a été écrasé. Choisissez la version à garder.</numerusform>
            <numerusform>Quelqu&apos;un d&apos;autre a enregistré cet enregistrement après que vous l&apos;avez ouvert : %n champs diffèrent. Rien n&apos;a été écrasé. Choisissez la version à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine: your version is saved over theirs (both show in the record&apos;s history). Take theirs: your change is dropped and theirs stays.</source>
        <translation>Garder la mienne : votre version est enregistrée par-dessus la leur (les deux figurent dans l&apos;historique de l&apos;enregistrement). Prendre la leur : votre modification est abandonnée et la leur reste.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé cet enregistrement après que vous l&apos;avez ouvert. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Keep mine: the record is saved again, as you edited it. Take theirs: it stays deleted.</source>
        <translation>Garder la mienne : l&apos;enregistrement est de nouveau enregistré tel que vous l&apos;avez modifié. Prendre la leur : il reste supprimé.</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Solde (heures)</translation>
    </message>
    <message>
        <source>Used %1, more than the %2 of the right (CR-001)</source>
        <translation>%1 utilisé(s), plus que les %2 du droit (CR-001)</translation>
    </message>
    <message>
        <source>No legal right declared for this year: the right the law gives, prorated to the employment.</source>
        <translation>Aucun droit légal déclaré pour cette année : le droit prévu par la loi, au prorata de l&apos;occupation.</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditView</name>
    <message>
        <source>Training credit</source>
        <translation>Crédit de formation</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Year of the credit</source>
        <translation>Année du crédit</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Worker or INSZ</source>
        <translation>Travailleur ou NISS</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Rechercher des travailleurs</translation>
    </message>
    <message>
        <source>Training credit per worker</source>
        <translation>Crédit de formation par travailleur</translation>
    </message>
    <message>
        <source>No worker used more than the right in %1.</source>
        <translation>Aucun travailleur n&apos;a utilisé plus que son droit en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) used more than the right in %1.</source>
        <translation>
            <numerusform>%n travailleur a utilisé plus que son droit en %1.</numerusform>
            <numerusform>%n travailleurs ont utilisé plus que leur droit en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>fla::ui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>fla::ui::DeskApp</name>
    <message>
        <source>Demo workspace not opened</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>L&apos;espace de travail n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de démonstration</translation>
    </message>
    <message>
        <source>The demo workspace is there already, with what you entered in it. Open it as you left it, or start a fresh demo (what you entered in it is lost)?</source>
        <translation>L&apos;espace de démonstration existe déjà, avec ce que vous y avez encodé. L&apos;ouvrir tel que vous l&apos;avez laissé, ou recommencer une nouvelle démonstration (ce que vous y avez encodé sera perdu) ?</translation>
    </message>
    <message>
        <source>&amp;Open it as I left it</source>
        <translation>&amp;Ouvrir tel que je l&apos;ai laissé</translation>
    </message>
    <message>
        <source>Start a &amp;fresh demo</source>
        <translation>Recommencer une &amp;nouvelle démonstration</translation>
    </message>
</context>
<context>
    <name>fla::ui::EnvironmentSettingsWidget</name>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Sign-in service (issuer):</source>
        <translation>Service de connexion (émetteur) :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées (scopes) :</translation>
    </message>
    <message>
        <source>Certificate sign-in token URL:</source>
        <translation>URL du jeton pour la connexion par certificat :</translation>
    </message>
    <message>
        <source>FLA API address:</source>
        <translation>Adresse de l&apos;API FLA :</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>fla::ui::Format</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 heure</numerusform>
            <numerusform>%1 heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::GettingAccessDialog</name>
    <message>
        <source>Getting access</source>
        <translation>Obtenir l&apos;accès</translation>
    </message>
    <message>
        <source>FLA Desk keeps your training register on this computer; you can work without any access. To declare to the platform (or to fetch what is already there), the social security portal must know you. Four things are needed before anyone can declare:</source>
        <translation>FLA Desk conserve votre registre des formations sur cet ordinateur ; vous pouvez travailler sans aucun accès. Pour déclarer à la plateforme (ou récupérer ce qui s&apos;y trouve déjà), le portail de la sécurité sociale doit vous connaître. Quatre conditions sont nécessaires avant de pouvoir déclarer :</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The company is registered on the social security portal.&lt;/b&gt; Every employer with staff in Belgium is, through its NSSO registration. A company that has never used the portal first appoints a local administrator there.</source>
        <translation>&lt;b&gt;1. L&apos;entreprise est enregistrée sur le portail de la sécurité sociale.&lt;/b&gt; Tout employeur occupant du personnel en Belgique l&apos;est, par son immatriculation à l&apos;ONSS. Une entreprise qui n&apos;a jamais utilisé le portail y désigne d&apos;abord un gestionnaire local.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The local administrator gives you access.&lt;/b&gt; The company&apos;s local administrator (the role &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opens Access Management on the portal, adds you by your INSZ (national register number) and gives you access to the application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;2. Le gestionnaire local vous donne accès.&lt;/b&gt; Le gestionnaire local de l&apos;entreprise (le rôle &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) ouvre la Gestion des accès sur le portail, vous ajoute avec votre NISS (numéro de registre national) et vous donne accès à l&apos;application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Finding out who the local administrator is.&lt;/b&gt; Ask your HR or payroll department first. Otherwise, the portal shows the local administrator of a company from its enterprise number (in Access Management, &apos;Who is my local administrator?&apos;), and the portal&apos;s Contact Center can tell you too.</source>
        <translation>&lt;b&gt;3. Qui est le gestionnaire local ?&lt;/b&gt; Demandez d&apos;abord à votre service du personnel ou des salaires. Sinon, le portail indique le gestionnaire local d&apos;une entreprise à partir de son numéro d&apos;entreprise (dans la Gestion des accès, &apos;Qui est mon gestionnaire local ?&apos;), et le Contact Center du portail peut aussi vous le dire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Accountants and social secretariats: the mandate.&lt;/b&gt; You declare for a client company only with its mandate: the client&apos;s local administrator designates your firm as service provider for this application in Access Management, and your own firm&apos;s local administrator then gives you access for that client.</source>
        <translation>&lt;b&gt;4. Comptables et secrétariats sociaux : le mandat.&lt;/b&gt; Vous ne déclarez pour une entreprise cliente qu&apos;avec son mandat : le gestionnaire local du client désigne votre bureau comme prestataire de services pour cette application dans la Gestion des accès, puis le gestionnaire local de votre propre bureau vous donne accès pour ce client.</translation>
    </message>
    <message>
        <source>Then sign in with your eID card, itsme or another key of the federal authentication service: FLA Desk opens your browser for it.</source>
        <translation>Connectez-vous ensuite avec votre carte eID, itsme ou une autre clé du service fédéral d&apos;authentification : FLA Desk ouvre votre navigateur pour cela.</translation>
    </message>
    <message>
        <source>Note: the obligation to register trainings in the Federal Learning Account was repealed from 1 January 2026. The platform keeps the data until 31 December 2026. The right to training and the yearly credit statement remain: keep your register here.</source>
        <translation>Remarque : l&apos;obligation d&apos;enregistrer les formations dans le compte formation fédéral est abrogée depuis le 1er janvier 2026. La plateforme conserve les données jusqu&apos;au 31 décembre 2026. Le droit à la formation et l&apos;aperçu annuel du crédit demeurent : tenez votre registre ici.</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Lire en :</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Langue du guide</translation>
    </message>
    <message>
        <source>Getting access guide</source>
        <translation>Guide Obtenir l&apos;accès</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>fla::ui::ImportWizard</name>
    <message>
        <source>Import trainings followed</source>
        <translation>Importer les formations suivies</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Quel fichier ?</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) with one row per worker per training, and a header row.</source>
        <translation>Un fichier CSV (tout séparateur, UTF-8, UTF-16 ou Windows-1252) ou un classeur Excel (.xlsx) avec une ligne par travailleur et par formation, et une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The records are imported for: %1 (%2)</source>
        <translation>Les enregistrements sont importés pour : %1 (%2)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <source>Suggested from the column names. Check it, and save it as a profile for the next file from the same source.</source>
        <translation>Suggéré d&apos;après les noms des colonnes. Vérifiez le mappage et enregistrez-le comme profil pour le prochain fichier de la même source.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Enregistrer comme profil…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne dans le fichier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows as they would be imported, with the problems of each row.</source>
        <translation>Les premières lignes telles qu&apos;elles seraient importées, avec les problèmes de chaque ligne.</translation>
    </message>
    <message>
        <source>Import the valid rows only; reject the others with their reasons</source>
        <translation>Importer uniquement les lignes valides ; refuser les autres avec leurs raisons</translation>
    </message>
    <message>
        <source>Import every row as a draft, to be corrected before it is declared</source>
        <translation>Importer chaque ligne comme brouillon, à corriger avant de la déclarer</translation>
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation>Les lignes refusées vont dans :</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read as: %1. %2 columns.</source>
        <translation>Lu comme : %1. %2 colonnes.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejets</translation>
    </message>
    <message>
        <source>Suggested from the column names</source>
        <translation>Suggéré d&apos;après les noms des colonnes</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Name of the profile (for example the payroll package):</source>
        <translation>Nom du profil (par exemple le logiciel de paie) :</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have a blocking problem.</source>
        <translation>%1 des %2 premières lignes ont un problème bloquant.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 rejected.</source>
        <translation>%1 lignes lues : %2 importées, %3 refusées.</translation>
    </message>
    <message>
        <source>%1 workers, %2 trainings, %3 participations.</source>
        <translation>%1 travailleurs, %2 formations, %3 participations.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>Les lignes refusées et leurs raisons se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts.</source>
        <translation>Les lignes avec des problèmes bloquants ont été gardées comme brouillons.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>fla::ui::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir &amp;l&apos;espace de démonstration</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation>Rechercher dans la vue actuelle (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add company…</source>
        <translation>Ajouter &amp;une entreprise…</translation>
    </message>
    <message>
        <source>Add a company (client) to this workspace</source>
        <translation>Ajouter une entreprise (client) à cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>&amp;Modifier l&apos;entreprise…</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;Nouvelle formation…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Encoder une formation pour de nombreux travailleurs (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate training…</source>
        <translation>&amp;Dupliquer la formation…</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Une nouvelle formation avec les mêmes champs et participants (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add &amp;worker…</source>
        <translation>Ajouter un &amp;travailleur…</translation>
    </message>
    <message>
        <source>Add a worker with the employment (Ctrl+Shift+W)</source>
        <translation>Ajouter un travailleur avec son occupation (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>Next &amp;anomaly</source>
        <translation>&amp;Anomalie suivante</translation>
    </message>
    <message>
        <source>Go to the next anomaly and open the record at the field (F8)</source>
        <translation>Aller à l&apos;anomalie suivante et ouvrir l&apos;enregistrement au champ concerné (F8)</translation>
    </message>
    <message>
        <source>&amp;Getting access</source>
        <translation>&amp;Obtenir l&apos;accès</translation>
    </message>
    <message>
        <source>What the social security portal requires before you can declare</source>
        <translation>Ce que le portail de la sécurité sociale demande avant de pouvoir déclarer</translation>
    </message>
    <message>
        <source>&amp;Sign in to the platform…</source>
        <translation>&amp;Se connecter à la plateforme…</translation>
    </message>
    <message>
        <source>&amp;About FLA Desk</source>
        <translation>&amp;À propos de FLA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Company switcher</source>
        <translation>Choix de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The company you work on, with its blocking anomalies and next deadline</source>
        <translation>L&apos;entreprise sur laquelle vous travaillez, avec ses anomalies bloquantes et sa prochaine échéance</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Welcome to FLA Desk</source>
        <translation>Bienvenue dans FLA Desk</translation>
    </message>
    <message>
        <source>Your training register: enter trainings offline, see at once what the platform would refuse, and declare them when you are ready. Start by adding the company whose trainings you keep, or look around in a demo workspace.</source>
        <translation>Votre registre des formations : encodez les formations hors ligne, voyez tout de suite ce que la plateforme refuserait et déclarez-les quand vous êtes prêt. Commencez par ajouter l&apos;entreprise dont vous tenez les formations, ou découvrez un espace de démonstration.</translation>
    </message>
    <message>
        <source>&amp;Add a company…</source>
        <translation>Ajouter &amp;une entreprise…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Ouvrir un autre espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Getting access to the platform</source>
        <translation>O&amp;btenir l&apos;accès à la plateforme</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking — due %2</source>
        <translation>
            <numerusform>%1 — %n bloquante — échéance %2</numerusform>
            <numerusform>%1 — %n bloquantes — échéance %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</source>
        <translation>
            <numerusform>%1, numéro d&apos;entreprise %2 : %n anomalie bloquante ; prochaine échéance de déclaration %3</numerusform>
            <numerusform>%1, numéro d&apos;entreprise %2 : %n anomalies bloquantes ; prochaine échéance de déclaration %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Chaque modification est enregistrée immédiatement.</translation>
    </message>
    <message>
        <source>Demo workspace in memory: not saved to disk</source>
        <translation>Espace de démonstration en mémoire : non enregistré sur disque</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <source>No anomalies: everything can be declared.</source>
        <translation>Aucune anomalie : tout peut être déclaré.</translation>
    </message>
    <message>
        <source>Select the training to duplicate in the Trainings view.</source>
        <translation>Sélectionnez la formation à dupliquer dans la vue Formations.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>Espaces de travail FLA Desk (*.fladesk)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk);;All files (*)</source>
        <translation>Espaces de travail FLA Desk (*.fladesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)</source>
        <translation>Enregistrer le tableau de la vue actuelle, filtré et trié comme affiché, en CSV ou Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a workspace from a .fladeskbackup file into a workspace file you choose</source>
        <translation>Restaurer un espace de travail depuis un fichier .fladeskbackup dans le fichier d&apos;espace de travail de votre choix</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — échéance %2</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>Table not exported</source>
        <translation>Tableau non exporté</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; exported to %2</source>
        <translation>Tableau « %1 » exporté vers %2</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup);;All files (*)</source>
        <translation>Sauvegardes FLA Desk (*.fladeskbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The workspace that was at %1 is kept as %2.</source>
        <translation>L&apos;espace de travail qui se trouvait à %1 est conservé sous %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking</source>
        <translation>
            <numerusform>%1 — %n bloquante</numerusform>
            <numerusform>%1 — %n bloquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies</source>
        <translation>
            <numerusform>%1, numéro d&apos;entreprise %2 : %n anomalie bloquante</numerusform>
            <numerusform>%1, numéro d&apos;entreprise %2 : %n anomalies bloquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import trainings…</source>
        <translation>&amp;Importer des formations…</translation>
    </message>
    <message>
        <source>Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)</source>
        <translation>Importer les formations suivies depuis un tableur (CSV ou Excel) dans cette entreprise (Ctrl+I)</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Faire une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)</source>
        <translation>Écrire une sauvegarde de cet espace de travail dans un seul fichier chiffré (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Add or choose the company to import into first.</source>
        <translation>Ajoutez ou choisissez d&apos;abord l&apos;entreprise dans laquelle importer.</translation>
    </message>
    <message>
        <source>Backup made: %1 (encrypted)</source>
        <translation>Sauvegarde faite : %1 (chiffrée)</translation>
    </message>
    <message>
        <source>Backup made: %1 (not encrypted)</source>
        <translation>Sauvegarde faite : %1 (non chiffrée)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>En&amp;treprise :</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Your change of %1 was dropped: the version saved meanwhile stays.</source>
        <translation>Votre modification de %1 a été abandonnée : la version enregistrée entre-temps est conservée.</translation>
    </message>
    <message>
        <source>Connect to a team ser&amp;ver…</source>
        <translation>Se &amp;connecter à un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Team &amp;access…</source>
        <translation>&amp;Accès par entreprise…</translation>
    </message>
    <message>
        <source>Which staff member may see and change which company</source>
        <translation>Quel collaborateur peut voir et modifier quelle entreprise</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifications pas encore enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach the team server and are not saved yet. They are saved by themselves as soon as the server answers; if you close FLA Desk now, they are lost.</source>
        <translation>
            <numerusform>%n modification n&apos;a pas pu atteindre le serveur d&apos;équipe et n&apos;est pas encore enregistrée. Elle sera enregistrée d&apos;elle-même dès que le serveur répondra ; si vous fermez FLA Desk maintenant, elle sera perdue.</numerusform>
            <numerusform>%n modifications n&apos;ont pas pu atteindre le serveur d&apos;équipe et ne sont pas encore enregistrées. Elles seront enregistrées d&apos;elles-mêmes dès que le serveur répondra ; si vous fermez FLA Desk maintenant, elles seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep FLA Desk open</source>
        <translation>&amp;Garder FLA Desk ouvert</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Fermer et les perdre</translation>
    </message>
</context>
<context>
    <name>fla::ui::MakeBackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Faire une sauvegarde</translation>
    </message>
    <message>
        <source>A copy of the workspace %1 in one file, encrypted with a passphrase: keep the passphrase apart, without it the backup cannot be restored.</source>
        <translation>Une copie de l&apos;espace de travail %1 dans un seul fichier, chiffrée avec une phrase secrète : conservez la phrase secrète à part, sans elle la sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase, once more</source>
        <translation>Phrase secrète, encore une fois</translation>
    </message>
    <message>
        <source>&amp;Without encryption: anyone who has the file can read it</source>
        <translation>Sans &amp;chiffrement : quiconque a le fichier peut le lire</translation>
    </message>
    <message>
        <source>Why the backup was not made</source>
        <translation>Pourquoi la sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Faire la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Phrase secrète, &amp;encore une fois :</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup)</source>
        <translation>Sauvegardes FLA Desk (*.fladeskbackup)</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Indiquez le fichier où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>Give a passphrase, or tick &quot;Without encryption&quot;.</source>
        <translation>Indiquez une phrase secrète, ou cochez « Sans chiffrement ».</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent : tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas été faite : %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipantPickerModel</name>
    <message>
        <source>takes part</source>
        <translation>participe</translation>
    </message>
    <message>
        <source>does not take part</source>
        <translation>ne participe pas</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Participe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Suivie</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>JC</source>
        <translation>CP</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationPagedModel</name>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationsView</name>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Worker, INSZ or training</source>
        <translation>Travailleur, NISS ou formation</translation>
    </message>
    <message>
        <source>Search participations</source>
        <translation>Rechercher des participations</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Collez un bloc de lignes copiées depuis un tableur : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n participation</numerusform>
            <numerusform>%n participations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participation(s)</source>
        <translation>
            <numerusform>Coller %n participation</numerusform>
            <numerusform>Coller %n participations</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Ajouter la formation %1</translation>
    </message>
    <message>
        <source>Add participation</source>
        <translation>Ajouter une participation</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>&amp;Coller depuis Excel</translation>
    </message>
</context>
<context>
    <name>fla::ui::PasteReportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</source>
        <translation>
            <numerusform>%n ligne non ajoutée à cause des cellules ci-dessous ; copiez-la, corrigez-la et collez-la à nouveau.</numerusform>
            <numerusform>%n lignes non ajoutées à cause des cellules ci-dessous ; copiez-les, corrigez-les et collez-les à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted from a spreadsheet</source>
        <translation>Collé depuis un tableur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>Cellules illisibles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Copy the rows not added</source>
        <translation>&amp;Copier les lignes non ajoutées</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the workers.</source>
        <translation>
            <numerusform>%n enregistrement ajouté aux travailleurs.</numerusform>
            <numerusform>%n enregistrements ajoutés aux travailleurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the participations.</source>
        <translation>
            <numerusform>%n enregistrement ajouté aux participations.</numerusform>
            <numerusform>%n enregistrements ajoutés aux participations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::PlatformController</name>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to the platform with eID or itsme in your browser</source>
        <translation>Se connecter à la plateforme avec eID ou itsme dans votre navigateur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the sign-in</source>
        <translation>Oublier la connexion</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Declare the company&apos;s waiting records to the platform (F9)</source>
        <translation>Déclarer à la plateforme les enregistrements en attente de l&apos;entreprise (F9)</translation>
    </message>
    <message>
        <source>Sync &amp;view</source>
        <translation>&amp;Vue de synchronisation</translation>
    </message>
    <message>
        <source>What was declared and what the platform answered (Ctrl+7)</source>
        <translation>Ce qui a été déclaré et ce que la plateforme a répondu (Ctrl+7)</translation>
    </message>
    <message>
        <source>&amp;Review the platform&apos;s data…</source>
        <translation>&amp;Examiner les données de la plateforme…</translation>
    </message>
    <message>
        <source>What the platform holds for the company that differs from the workspace: accept or reject each difference</source>
        <translation>Ce que la plateforme détient pour l&apos;entreprise et qui diffère de l&apos;espace de travail : accepter ou refuser chaque différence</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Résoudre les conflits…</translation>
    </message>
    <message>
        <source>Records changed both here and on the platform: keep yours or take the platform&apos;s</source>
        <translation>Enregistrements modifiés ici et sur la plateforme : garder les vôtres ou reprendre ceux de la plateforme</translation>
    </message>
    <message>
        <source>&amp;Environment…</source>
        <translation>E&amp;nvironnement…</translation>
    </message>
    <message>
        <source>Which platform to declare to: Sandbox, Acceptance or Production</source>
        <translation>À quelle plateforme déclarer : Sandbox, Acceptation ou Production</translation>
    </message>
    <message>
        <source>%1 (enterprise number %2)</source>
        <translation>%1 (numéro d&apos;entreprise %2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1 : connecté en tant que %2</translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation>%1 : non connecté</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Platform %1; may act for %2</source>
        <translation>Plateforme %1 ; peut agir pour %2</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>aucune entreprise</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plateforme %1</translation>
    </message>
    <message>
        <source>Getting access</source>
        <translation>Obtenir l&apos;accès</translation>
    </message>
    <message>
        <source>Sign in to declare the records of %1: %2. First time? %3 explains what the social security portal requires.</source>
        <translation>Connectez-vous pour déclarer les enregistrements de %1 : %2. Première fois ? %3 explique ce que demande le portail de la sécurité sociale.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone with a mandate for this company, or see %4.</source>
        <translation>%1 ne peut pas agir pour %2 (pas de mandat) : ses enregistrements ne seront pas envoyés. %3 en tant que personne mandatée pour cette entreprise, ou voir %4.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connectez-vous</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Platform environment</source>
        <translation>Environnement de la plateforme</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: %1, then sync again.</source>
        <translation>La plateforme n&apos;accepte plus votre connexion : %1, puis synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>reconnectez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</source>
        <translation>
            <numerusform>%n enregistrement de %1 non envoyé : %2 ne peut pas agir pour cette entreprise. Connectez-vous en tant que personne mandatée pour elle, ou voir %3.</numerusform>
            <numerusform>%n enregistrements de %1 non envoyés : %2 ne peut pas agir pour cette entreprise. Connectez-vous en tant que personne mandatée pour elle, ou voir %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of %1 waits to be declared.</source>
        <translation>Rien de %1 n&apos;attend d&apos;être déclaré.</translation>
    </message>
    <message>
        <source>No mandate</source>
        <translation>Pas de mandat</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate). Sign in as someone with a mandate for this company.</source>
        <translation>%1 ne peut pas agir pour %2 (pas de mandat). Connectez-vous en tant que personne mandatée pour cette entreprise.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <source>No record of %1 is in conflict with the platform.</source>
        <translation>Aucun enregistrement de %1 n&apos;est en conflit avec la plateforme.</translation>
    </message>
    <message>
        <source>&amp;Archive everything from the FLA…</source>
        <translation>&amp;Archiver tout le FLA…</translation>
    </message>
    <message>
        <source>Copy what the platform holds for every company into this workspace, before the FLA&apos;s data is destroyed on 1 January 2027</source>
        <translation>Copier ce que la plateforme détient pour chaque entreprise dans cet espace de travail, avant la destruction des données du FLA le 1er janvier 2027</translation>
    </message>
    <message>
        <source>The FLA has closed</source>
        <translation>Le FLA est fermé</translation>
    </message>
</context>
<context>
    <name>fla::ui::PullReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>Sur la plateforme</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The record is removed from the workspace.</source>
        <translation>L&apos;enregistrement est supprimé de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The platform&apos;s version goes into the workspace.</source>
        <translation>La version de la plateforme est reprise dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The workspace keeps its version; this difference is not asked again until the platform&apos;s record changes.</source>
        <translation>L&apos;espace de travail garde sa version ; cette différence n&apos;est plus demandée tant que l&apos;enregistrement de la plateforme ne change pas.</translation>
    </message>
    <message>
        <source>Nothing changes; this difference is asked again next time.</source>
        <translation>Rien ne change ; cette différence sera demandée à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>tout l&apos;enregistrement</translation>
    </message>
    <message>
        <source>(not in the workspace)</source>
        <translation>(pas dans l&apos;espace de travail)</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(plus sur la plateforme)</translation>
    </message>
    <message>
        <source>Accept (remove)</source>
        <translation>Accepter (supprimer)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>There is no such employer in this workspace.</source>
        <translation>Cet employeur n&apos;est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Differences with the platform</source>
        <translation>Différences avec la plateforme</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Show which changes</source>
        <translation>Quelles modifications afficher</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Show which records</source>
        <translation>Quels enregistrements afficher</translation>
    </message>
    <message>
        <source>Differences between the workspace and the platform</source>
        <translation>Différences entre l&apos;espace de travail et la plateforme</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of the selected rows into the workspace</source>
        <translation>Reprendre dans l&apos;espace de travail la version de la plateforme des lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of the selected rows</source>
        <translation>Garder la version de l&apos;espace de travail des lignes sélectionnées</translation>
    </message>
    <message>
        <source>Accept a&amp;ll shown</source>
        <translation>Accepter &amp;tout ce qui est affiché</translation>
    </message>
    <message>
        <source>Reject all sho&amp;wn</source>
        <translation>Refuser t&amp;out ce qui est affiché</translation>
    </message>
    <message>
        <source>A&amp;pply decisions</source>
        <translation>A&amp;ppliquer les décisions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Fetching what the platform holds for %1…</source>
        <translation>Récupération de ce que la plateforme détient pour %1…</translation>
    </message>
    <message>
        <source>The workspace holds the same as the platform for %1.</source>
        <translation>L&apos;espace de travail contient la même chose que la plateforme pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>The platform holds %n difference(s) with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</source>
        <translation>
            <numerusform>La plateforme présente %n différence avec l&apos;espace de travail pour %1. Acceptez une ligne pour reprendre la version de la plateforme, refusez-la pour garder celle de l&apos;espace de travail ; rien ne change avant que vous appliquiez.</numerusform>
            <numerusform>La plateforme présente %n différences avec l&apos;espace de travail pour %1. Acceptez une ligne pour reprendre la version de la plateforme, refusez-la pour garder celle de l&apos;espace de travail ; rien ne change avant que vous appliquiez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) you rejected before are not shown: the platform has not changed them since.</source>
        <translation>
            <numerusform>%n différence que vous avez refusée auparavant n&apos;est pas affichée : la plateforme ne l&apos;a pas modifiée depuis.</numerusform>
            <numerusform>%n différences que vous avez refusées auparavant ne sont pas affichées : la plateforme ne les a pas modifiées depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to accept, %2 to reject, %3 undecided</source>
        <translation>%1 à accepter, %2 à refuser, %3 non décidé(s)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.</source>
        <translation>La sauvegarde %1 est chiffrée. Indiquez sa phrase secrète et le fichier d&apos;espace de travail où la restaurer.</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup %1 into.</source>
        <translation>Indiquez le fichier d&apos;espace de travail où restaurer la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Workspace file to restore into</source>
        <translation>Fichier d&apos;espace de travail où restaurer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Choisir le fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>Why the backup was not restored</source>
        <translation>Pourquoi la sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restaurer &amp;dans :</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>Espaces de travail FLA Desk (*.fladesk)</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup into.</source>
        <translation>Indiquez le fichier d&apos;espace de travail où restaurer la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is the workspace open now: choose another file. Restoring never replaces the workspace you are working in.</source>
        <translation>%1 est l&apos;espace de travail ouvert en ce moment : choisissez un autre fichier. Une restauration ne remplace jamais l&apos;espace de travail dans lequel vous travaillez.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>La sauvegarde est chiffrée : indiquez sa phrase secrète.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas été restaurée : %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::RightsView</name>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Edit training right</source>
        <translation>Modifier le droit à la formation</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Droits à la formation</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Worker, INSZ or year</source>
        <translation>Travailleur, NISS ou année</translation>
    </message>
    <message>
        <source>Search training rights</source>
        <translation>Rechercher des droits à la formation</translation>
    </message>
</context>
<context>
    <name>fla::ui::SaveWhenServerBack</name>
    <message>
        <source>The team server cannot be reached; your changes to %1 are kept. They will be saved when it is back (or press Save again).</source>
        <translation>Le serveur d&apos;équipe est injoignable ; vos modifications de %1 sont conservées. Elles seront enregistrées dès son retour (ou appuyez à nouveau sur Enregistrer).</translation>
    </message>
</context>
<context>
    <name>fla::ui::Session</name>
    <message>
        <source>Keep my version of %1</source>
        <translation>Garder ma version de %1</translation>
    </message>
    <message>
        <source>The team server cannot be reached; your change to %1 is kept. It will be saved when the server is back.</source>
        <translation>Le serveur d&apos;équipe est injoignable ; votre modification de %1 est conservée. Elle sera enregistrée dès le retour du serveur.</translation>
    </message>
    <message>
        <source>Saved now that the team server is back: %1</source>
        <translation>Enregistré maintenant que le serveur d&apos;équipe est de retour : %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: %1, %2.</source>
        <translation>Les dates et les nombres suivent la langue : %1, %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>fla::ui::SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Si aucune fenêtre de navigateur ne s&apos;est ouverte, copiez ce lien dans votre navigateur :</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Préparation de la connexion…</translation>
    </message>
    <message>
        <source>Connecting to the sign-in service…</source>
        <translation>Connexion au service de connexion…</translation>
    </message>
    <message>
        <source>Sign in with eID or itsme in your browser, then return here.</source>
        <translation>Connectez-vous avec eID ou itsme dans votre navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into a browser to sign in:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez ce lien dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into your browser.</source>
        <translation>Le lien est dans le presse-papiers. Collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <source>First time? Your company must give you access on the social security portal: &lt;a href=&quot;access:&quot;&gt;Getting access&lt;/a&gt;.</source>
        <translation>Première fois ? Votre entreprise doit vous donner accès sur le portail de la sécurité sociale : &lt;a href=&quot;access:&quot;&gt;Obtenir l&apos;accès&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>fla::ui::SocialBalanceView</name>
    <message>
        <source>Social balance sheet: training block</source>
        <translation>Bilan social : volet formation</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>E&amp;xercice :</translation>
    </message>
    <message>
        <source>Financial year of the social balance sheet</source>
        <translation>Exercice du bilan social</translation>
    </message>
    <message>
        <source>The training block of the social balance sheet</source>
        <translation>Le volet formation du bilan social</translation>
    </message>
    <message>
        <source>Workers whose sex is unknown</source>
        <translation>Travailleurs dont le sexe est inconnu</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>One line per NBB item code, as fladesk-cli social-balance --csv writes it</source>
        <translation>Une ligne par code de rubrique de la BNB, comme l&apos;écrit fladesk-cli social-balance --csv</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>En&amp;registrer en PDF…</translation>
    </message>
    <message>
        <source>The training block as a document</source>
        <translation>Le volet formation en document</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>%1, not closed yet</source>
        <translation>%1, pas encore clôturé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Code (men)</source>
        <translation>Code (hommes)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Code (women)</source>
        <translation>Code (femmes)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Statut du code</translation>
    </message>
    <message>
        <source>Workers whose sex is neither stated nor told by the INSZ: in neither code</source>
        <translation>Travailleurs dont le sexe n&apos;est ni indiqué ni donné par le NISS : dans aucun des deux codes</translation>
    </message>
    <message>
        <source>Men, women and sex unknown</source>
        <translation>Hommes, femmes et sexe inconnu</translation>
    </message>
    <message>
        <source>%1: the start of the financial year, day %2 of month %3, is not a day of every year; correct it with Company &gt; Edit company.</source>
        <translation>%1 : le début de l&apos;exercice, jour %2 du mois %3, n&apos;est pas un jour de chaque année ; corrigez-le avec Entreprise &gt; Modifier l&apos;entreprise.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the year, with followed participations).</source>
        <translation>%1, exercice %2 : du %3 au %4. %5 formations comptées (terminées, commencées pendant l&apos;exercice, avec des participations suivies).</translation>
    </message>
    <message>
        <source>%1 of them have no cost in the register: their cost counts as 0.</source>
        <translation>%1 d&apos;entre elles n&apos;ont pas de coût dans le registre : leur coût compte pour 0.</translation>
    </message>
    <message>
        <source>Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it (BIS numbers). They are in neither the men&apos;s nor the women&apos;s figures. Press Enter on a worker to state it:</source>
        <translation>Sexe inconnu pour %1 travailleur(s) : aucun sexe indiqué et le NISS ne le dit pas (numéros BIS). Ils ne figurent ni dans les chiffres des hommes ni dans ceux des femmes. Appuyez sur Entrée sur un travailleur pour l&apos;indiquer :</translation>
    </message>
    <message>
        <source>social-balance-%1</source>
        <translation>bilan-social-%1</translation>
    </message>
    <message>
        <source>Save the social balance sheet</source>
        <translation>Enregistrer le bilan social</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Social balance</source>
        <translation>Bilan social</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>non confirmé : %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::StorageDataSource</name>
    <message>
        <source>The platform refused it: %1</source>
        <translation>La plateforme l&apos;a refusé : %1</translation>
    </message>
    <message>
        <source>The platform notes: %1</source>
        <translation>La plateforme signale : %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the team server cannot be reached (%2)</source>
        <translation>%1 n&apos;a pas été enregistré : le serveur d&apos;équipe est injoignable (%2)</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncStatusModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Accepté avec avertissements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Changed on the platform meanwhile: open the record to choose which version to keep.</source>
        <translation>Modifié entre-temps sur la plateforme : ouvrez l&apos;enregistrement pour choisir la version à garder.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What the platform said</source>
        <translation>Réponse de la plateforme</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, champ %2 : %3</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Your changes stay in the outbox.</source>
        <translation>Hors ligne : la plateforme est injoignable. Vos modifications restent dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Declare to the platform</source>
        <translation>Déclarer à la plateforme</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send the company&apos;s changes to the platform (F9)</source>
        <translation>Envoyer les modifications de l&apos;entreprise à la plateforme (F9)</translation>
    </message>
    <message>
        <source>Records and the platform&apos;s answer: Enter opens a refused record at the field</source>
        <translation>Enregistrements et réponse de la plateforme : Entrée ouvre un enregistrement refusé au champ concerné</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3</source>
        <translation>%1 sur %2 traités : %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepté</numerusform>
            <numerusform>%Ln acceptés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln avec avertissements</numerusform>
            <numerusform>%Ln avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln non envoyé</numerusform>
            <numerusform>%Ln non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retried</source>
        <translation>
            <numerusform>%Ln réessayé</numerusform>
            <numerusform>%Ln réessayés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher :</translation>
    </message>
    <message>
        <source>Which records the table shows</source>
        <translation>Les enregistrements que le tableau affiche</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Refused and conflicts</source>
        <translation>Refusés et conflits</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Acceptés avec avertissements</translation>
    </message>
    <message>
        <source>Waiting or sent</source>
        <translation>En attente ou envoyés</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamAccessDialog</name>
    <message>
        <source>Team access</source>
        <translation>Accès par entreprise</translation>
    </message>
    <message>
        <source>Each staff member logs in to the team server as a database user of their own and sees only the companies ticked for them. A tick is given or taken away at once.</source>
        <translation>Chaque collaborateur se connecte au serveur d&apos;équipe avec son propre utilisateur de la base et ne voit que les entreprises cochées pour lui. Une coche est accordée ou retirée immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Staff member (database user):</source>
        <translation>&amp;Collaborateur (utilisateur de la base) :</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>&amp;Companies they may see and change (Space ticks):</source>
        <translation>&amp;Entreprises qu&apos;il peut voir et modifier (Espace coche) :</translation>
    </message>
    <message>
        <source>Companies of the staff member</source>
        <translation>Entreprises du collaborateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The team server has no staff member&apos;s database user yet. Create one first (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Le serveur d&apos;équipe n&apos;a encore aucun utilisateur de la base pour un collaborateur. Créez-en un d&apos;abord (docs/team.md : CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 peut désormais voir et modifier %2.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2.</source>
        <translation>%1 ne voit plus %2.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamServerDialog</name>
    <message>
        <source>Why the connection failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Your office&apos;s shared workspace on its PostgreSQL server. Ask the office&apos;s administrator for these details; the password is kept in the system keychain.</source>
        <translation>L&apos;espace de travail partagé de votre bureau sur son serveur PostgreSQL. Demandez ces informations à l&apos;administrateur du bureau ; le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Chiffré, certificat et nom du serveur vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Chiffré, certificat du serveur vérifié (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Chiffré, serveur non vérifié (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Chiffré si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted: only on this computer (disable)</source>
        <translation>Non chiffré : uniquement sur cet ordinateur (disable)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;AC :</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate file</source>
        <translation>Le fichier du certificat de l&apos;AC du bureau</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Retenir le mot de passe dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>Le certificat de l&apos;AC du bureau</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA certificate file: the server&apos;s certificate is checked against it.</source>
        <translation>Choisissez le fichier du certificat de l&apos;AC du bureau : le certificat du serveur est vérifié avec lui.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base de données et l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingAccountView</name>
    <message>
        <source>Save the yearly overview</source>
        <translation>Enregistrer le relevé annuel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Training account</source>
        <translation>Compte formation</translation>
    </message>
    <message>
        <source>Individual training account</source>
        <translation>Compte formation individuel</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Tra&amp;vailleur :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Worker of the training account</source>
        <translation>Travailleur du compte formation</translation>
    </message>
    <message>
        <source>Year of the training account</source>
        <translation>Année du compte formation</translation>
    </message>
    <message>
        <source>Save the yearly &amp;overview (PDF)…</source>
        <translation>Enregistrer le relevé annue&amp;l (PDF)…</translation>
    </message>
    <message>
        <source>The worker&apos;s training account</source>
        <translation>Le compte formation du travailleur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>This company has no workers yet.</source>
        <translation>Cette entreprise n’a pas encore de travailleurs.</translation>
    </message>
    <message>
        <source>No employment, right or training in %1.</source>
        <translation>Aucune occupation, aucun droit ni formation en %1.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingCostsBox</name>
    <message>
        <source>%1 (EUR):</source>
        <translation>%1 (EUR) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>A training under paid educational leave or Flemish training leave is outside the individual training right: it uses none of it.</source>
        <translation>Une formation sous congé-éducation payé ou congé-formation flamand est hors du droit individuel à la formation : elle n&apos;en utilise rien.</translation>
    </message>
    <message>
        <source>Costs and social &amp;balance sheet</source>
        <translation>Coûts et &amp;bilan social</translation>
    </message>
    <message>
        <source>The trainees&apos; gross pay and social charges for the hours of the training</source>
        <translation>La rémunération brute et les charges sociales des participants pour les heures de la formation</translation>
    </message>
    <message>
        <source>Left to its kind, a formal training counts as formal continuing training and an informal one as informal continuing training</source>
        <translation>Selon le type, une formation formelle compte comme formation continue formelle et une informelle comme formation continue informelle</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Duplicate training</source>
        <translation>Dupliquer la formation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>Pre&amp;stataire :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de f&amp;in :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>&amp;Counts for the learning account</source>
        <translation>Compte pour le &amp;compte formation</translation>
    </message>
    <message>
        <source>&amp;Deducted from the training right</source>
        <translation>Déduite du droit à la &amp;formation</translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation>Nom de la formation</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>e.g. First aid at work</source>
        <translation>p. ex. Premiers secours au travail</translation>
    </message>
    <message>
        <source>Formal: a teacher, a group, a separate room, course material. Informal: everything else, such as coaching, learning on the job, workshops, conferences.</source>
        <translation>Formelle : un formateur, un groupe, un local séparé, un support de cours. Informelle : tout le reste, comme le coaching, l&apos;apprentissage sur le lieu de travail, les ateliers, les conférences.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name or INSZ</source>
        <translation>Nom ou NISS</translation>
    </message>
    <message>
        <source>Search participants by name or INSZ</source>
        <translation>Rechercher des participants par nom ou NISS</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>Commission &amp;paritaire :</translation>
    </message>
    <message>
        <source>Filter by joint committee</source>
        <translation>Filtrer par commission paritaire</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>&amp;Occupation :</translation>
    </message>
    <message>
        <source>Filter by employment status</source>
        <translation>Filtrer par situation d&apos;occupation</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Workers who take part: Space ticks or unticks the current worker</source>
        <translation>Travailleurs participants : la barre d&apos;espace coche ou décoche le travailleur actuel</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Sélectionner tous ceux affic&amp;hés</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Ne sélectionner &amp;aucun</translation>
    </message>
    <message>
        <source>&amp;Paste INSZ list</source>
        <translation>Coller une &amp;liste de NISS</translation>
    </message>
    <message>
        <source>Selects the workers whose INSZ are on the clipboard, for example a column copied from a spreadsheet</source>
        <translation>Sélectionne les travailleurs dont le NISS est dans le presse-papiers, par exemple une colonne copiée depuis un tableur</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>« %1 » n&apos;est pas une date : écrivez jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Anomalies of this training</source>
        <translation>Anomalies de cette formation</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workers take part</source>
        <translation>
            <numerusform>%n travailleur sur %1 participe</numerusform>
            <numerusform>%n travailleurs sur %1 participent</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste INSZ list</source>
        <translation>Coller une liste de NISS</translation>
    </message>
    <message>
        <source>No worker of this company has these INSZ; they were not selected:
%1</source>
        <translation>Aucun travailleur de cette entreprise n&apos;a ces NISS ; ils n&apos;ont pas été sélectionnés :
%1</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Formation non enregistrée</translation>
    </message>
    <message>
        <source>This training cannot be saved yet:
%1</source>
        <translation>Cette formation ne peut pas encore être enregistrée :
%1</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>Modifier la formation %1</translation>
    </message>
    <message numerus="yes">
        <source>Enter training %1 for %n worker(s)</source>
        <translation>
            <numerusform>Encoder la formation %1 pour %n travailleur</numerusform>
            <numerusform>Encoder la formation %1 pour %n travailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Ajouter la formation %1</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Re&amp;gistered on:</source>
        <translation>Enre&amp;gistrée le :</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Date d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The day the training was entered; the quarterly deadline is judged on it</source>
        <translation>Le jour où la formation a été saisie ; le délai trimestriel est vérifié sur cette date</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>U&amp;nité :</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros</source>
        <translation>« %1 » n&apos;est pas un montant en euros</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingPlanView</name>
    <message>
        <source>done on time</source>
        <translation>fait à temps</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>fait en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bientôt dû</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de formation</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Year of the training plan</source>
        <translation>Année du plan de formation</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Nouveau p&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Add planned training…</source>
        <translation>Ajouter une formation pré&amp;vue…</translation>
    </message>
    <message>
        <source>&amp;Log a step…</source>
        <translation>Enre&amp;gistrer une étape…</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Formations prévues</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Prévu et réalisé</translation>
    </message>
    <message>
        <source>Consultation steps and their deadlines</source>
        <translation>Étapes de la consultation et leurs délais</translation>
    </message>
    <message>
        <source>Planned and realised trainings</source>
        <translation>Formations prévues et réalisées</translation>
    </message>
    <message>
        <source>Nothing due for the training plan.</source>
        <translation>Rien à faire pour le plan de formation.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Au plus tard le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Groupe à risque</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Jours chacun</translation>
    </message>
    <message>
        <source>Planned workers</source>
        <translation>Travailleurs prévus</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Jours prévus</translation>
    </message>
    <message>
        <source>Realised workers</source>
        <translation>Travailleurs réalisés</translation>
    </message>
    <message>
        <source>Realised days</source>
        <translation>Jours réalisés</translation>
    </message>
    <message>
        <source>No training plan covers %1.</source>
        <translation>Aucun plan de formation ne couvre %1.</translation>
    </message>
    <message>
        <source>Training plan %1, consulted: %2</source>
        <translation>Plan de formation %1, consulté : %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(non confirmé)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>New training plan</source>
        <translation>Nouveau plan de formation</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>Première année :</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Dernière année :</translation>
    </message>
    <message>
        <source>&amp;Consulted:</source>
        <translation>&amp;Consulté :</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>Formation prévue</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Formation :</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Groupe cible :</translation>
    </message>
    <message>
        <source>&amp;Risk group:</source>
        <translation>Groupe à &amp;risque :</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Travailleurs :</translation>
    </message>
    <message>
        <source>&amp;Days each:</source>
        <translation>&amp;Jours chacun :</translation>
    </message>
    <message>
        <source>The planned training needs a name (field Training).</source>
        <translation>La formation prévue a besoin d’un nom (champ Formation).</translation>
    </message>
    <message>
        <source>Log a consultation step</source>
        <translation>Enregistrer une étape de consultation</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Étape :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Change the selected planned training (Enter)</source>
        <translation>Modifier la formation prévue sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected planned training (Delete)</source>
        <translation>Supprimer la formation prévue sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>The planned training &quot;%1&quot; is not in the plan shown.</source>
        <translation>La formation prévue « %1 » n&apos;est pas dans le plan affiché.</translation>
    </message>
    <message>
        <source>That planned training is not in the plan shown.</source>
        <translation>Cette formation prévue n&apos;est pas dans le plan affiché.</translation>
    </message>
    <message>
        <source>Remove the planned training &quot;%1&quot; from the plan?</source>
        <translation>Retirer la formation prévue « %1 » du plan ?</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingsView</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Travailleur</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>NISS</translation>
    </message>
    <message>
        <source>Edit participation</source>
        <translation>Modifier la participation</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, provider or date</source>
        <translation>Nom, prestataire ou date</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Rechercher des formations</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;Nouvelle formation…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Encoder une formation pour de nombreux travailleurs (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Une nouvelle formation avec les mêmes champs et participants (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Trainings: Enter opens the selected training</source>
        <translation>Formations : Entrée ouvre la formation sélectionnée</translation>
    </message>
    <message>
        <source>P&amp;articipants of the selected training</source>
        <translation>Participants à &amp;la formation sélectionnée</translation>
    </message>
    <message>
        <source>Participants of the selected training</source>
        <translation>Participants à la formation sélectionnée</translation>
    </message>
    <message>
        <source>Delete training %1</source>
        <translation>Supprimer la formation %1</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
</context>
<context>
    <name>fla::ui::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>What you entered in this form is not saved yet. Discard it?</source>
        <translation>Ce que vous avez encodé dans ce formulaire n&apos;est pas encore enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>fla::ui::ViewPage</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Ajouter un travailleur</translation>
    </message>
    <message>
        <source>&amp;INSZ:</source>
        <translation>N&amp;ISS :</translation>
    </message>
    <message>
        <source>yy.mm.dd-nnn.cc</source>
        <translation>aa.mm.jj-nnn.cc</translation>
    </message>
    <message>
        <source>INSZ (national register number)</source>
        <translation>NISS (numéro de registre national)</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Prén&amp;om :</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the worker</source>
        <translation>Langue du travailleur</translation>
    </message>
    <message>
        <source>Employed &amp;since:</source>
        <translation>En service &amp;depuis :</translation>
    </message>
    <message>
        <source>Start of the employment</source>
        <translation>Début de l&apos;occupation</translation>
    </message>
    <message>
        <source>Work &amp;regime:</source>
        <translation>&amp;Régime de travail :</translation>
    </message>
    <message>
        <source>Work regime, a fraction of full time</source>
        <translation>Régime de travail, une fraction d&apos;un temps plein</translation>
    </message>
    <message>
        <source>1 for full time, 0,5 for half time</source>
        <translation>1 pour un temps plein, 0,5 pour un mi-temps</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>Commission &amp;paritaire :</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Enregistrer et &amp;suivant</translation>
    </message>
    <message>
        <source>Saves this worker and clears the form for the next one</source>
        <translation>Enregistre ce travailleur et vide le formulaire pour le suivant</translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Ajouter le travailleur %1</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Ajouter un travailleur</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Ajouter une occupation</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>Sex, for the social balance sheet</source>
        <translation>Sexe, pour le bilan social</translation>
    </message>
    <message>
        <source>Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS number may not tell.</source>
        <translation>Selon le NISS, un numéro d&apos;ordre impair est un homme et un pair une femme ; un numéro BIS peut ne pas le dire.</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkersView</name>
    <message>
        <source>Joint committee</source>
        <translation>Commission paritaire</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>En service depuis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>Modifier le travailleur %1</translation>
    </message>
    <message>
        <source>Edit employment</source>
        <translation>Modifier l&apos;occupation</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, INSZ or joint committee</source>
        <translation>Nom, NISS ou commission paritaire</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Rechercher des travailleurs</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>Ajouter &amp;un travailleur…</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Collez un bloc de lignes copiées depuis un tableur : %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Employments of the selected worker</source>
        <translation>Occupations du travailleur sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n worker(s)</source>
        <translation>
            <numerusform>Coller %n travailleur</numerusform>
            <numerusform>Coller %n travailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Ajouter le travailleur %1</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Ajouter une occupation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n worker(s)</source>
        <translation>
            <numerusform>Supprimer %n travailleur</numerusform>
            <numerusform>Supprimer %n travailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Supprimer l&apos;occupation</translation>
    </message>
    <message>
        <source>Delete worker %1</source>
        <translation>Supprimer le travailleur %1</translation>
    </message>
    <message>
        <source>Delete participation</source>
        <translation>Supprimer la participation</translation>
    </message>
    <message>
        <source>Delete training right</source>
        <translation>Supprimer le droit de formation</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>&amp;Coller depuis Excel</translation>
    </message>
    <message>
        <source>Employments &amp;of the selected worker</source>
        <translation>&amp;Occupations du travailleur sélectionné</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>%1 (INSZ)</source>
        <translation>%1 (NISS)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkspaceSource</name>
    <message>
        <source>The demo workspace %1 cannot be replaced (is it open in another window?).</source>
        <translation>L&apos;espace de travail de démonstration %1 ne peut pas être remplacé (est-il ouvert dans une autre fenêtre ?).</translation>
    </message>
</context>
<context>
    <name>fla::workercertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace not opened</source>
        <translation>L&apos;espace de travail n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>fladesk-cli COMMAND --help describes one command.</source>
        <translation>fladesk-cli COMMANDE --help décrit une commande.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]</source>
        <translation>Utilisation : fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>--verbose also prints the program&apos;s log lines (fladesk.*) on standard error.</source>
        <translation>--verbose affiche aussi les lignes de journal du programme (fladesk.*) sur la sortie d&apos;erreur.</translation>
    </message>
</context>
</TS>
