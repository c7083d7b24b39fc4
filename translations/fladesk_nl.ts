<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>The anomaly %1 of %2 %3 could not be stored: %4</source>
        <translation>De anomalie %1 van %2 %3 kon niet bewaard worden: %4</translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.</source>
        <translation>INSZ-, BIS-, ondernemings-, RSZ- en paritair-comiténummers herkennen en controleren.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Eén JSON-object per regel.</translation>
    </message>
    <message>
        <source>Numbers to check; - reads one per line from standard input.</source>
        <translation>Te controleren nummers; - leest er één per regel van de standaardinvoer.</translation>
    </message>
    <message>
        <source>Give at least one number, or - to read standard input.</source>
        <translation>Geef minstens één nummer, of - om de standaardinvoer te lezen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Regel %1: een veld tussen aanhalingstekens is niet afgesloten voor het einde van het bestand.</translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The demo platform cannot keep its data in %1: %2</source>
        <translation>Het demoplatform kan zijn gegevens niet bewaren in %1: %2</translation>
    </message>
    <message>
        <source>The demo platform cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Het demoplatform kan niet luisteren op 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an INSZ has 11 digits</source>
        <translation>een INSZ heeft 11 cijfers</translation>
    </message>
    <message>
        <source>the check digits of the INSZ are wrong</source>
        <translation>de controlecijfers van het INSZ kloppen niet</translation>
    </message>
    <message>
        <source>the INSZ holds no possible birth date (month or day)</source>
        <translation>het INSZ bevat geen mogelijke geboortedatum (maand of dag)</translation>
    </message>
    <message>
        <source>the INSZ sequence number 000 or 999 is never assigned</source>
        <translation>het volgnummer 000 of 999 van een INSZ wordt nooit toegekend</translation>
    </message>
    <message>
        <source>the enterprise number is not 10 digits with correct check digits</source>
        <translation>het ondernemingsnummer heeft geen 10 cijfers met juiste controlecijfers</translation>
    </message>
    <message>
        <source>the NSSO number is outside its domain</source>
        <translation>het RSZ-nummer ligt buiten zijn bereik</translation>
    </message>
    <message>
        <source>a joint committee is written 999, 999.99 or 999.99.99</source>
        <translation>een paritair comité schrijf je 999, 999.99 of 999.99.99</translation>
    </message>
    <message>
        <source>the NSSO number is not 9 digits</source>
        <translation>het RSZ-nummer heeft geen 9 cijfers</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blokkerend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>onderneming %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>werknemer %1</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>tewerkstelling</translation>
    </message>
    <message>
        <source>training &quot;%1&quot;</source>
        <translation>opleiding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>deelname</translation>
    </message>
    <message>
        <source>training right %1</source>
        <translation>opleidingsrecht %1</translation>
    </message>
    <message>
        <source>company</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <source>employment of %1</source>
        <translation>tewerkstelling van %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>opleidingsrecht %1 van %2</translation>
    </message>
    <message>
        <source>training &quot;%1&quot; of %2</source>
        <translation>opleiding &quot;%1&quot; van %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>participation of %1</source>
        <translation>deelname van %1</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; of %3</source>
        <translation>%1 in &quot;%2&quot; van %3</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Full name (family name first)</source>
        <translation>Volledige naam (familienaam eerst)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Kostprijs (EUR)</translation>
    </message>
    <message>
        <source>Duration (with its unit)</source>
        <translation>Duur (met eenheid)</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Eenheid van de duur</translation>
    </message>
</context>
<context>
    <name>IoCommandSupport</name>
    <message numerus="yes">
        <source>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</source>
        <translation>
            <numerusform>%1 regel %2, %3: %4 (%n probleem in de CSV-set)</numerusform>
            <numerusform>%1 regel %2, %3: %4 (%n problemen in de CSV-set)</numerusform>
        </translation>
    </message>
    <message>
        <source>Act as if today were DATE (yyyy-mm-dd).</source>
        <translation>Doen alsof vandaag DATUM is (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation>--today vraagt een datum zoals 2026-11-28.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The change of %1 %2 could not be queued: %3</source>
        <translation>De wijziging van %1 %2 kon niet in de wachtrij geplaatst worden: %3</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>De %1 %2 bestaat niet voor deze werkgever.</translation>
    </message>
</context>
<context>
    <name>PasteParser</name>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Arbeidsregime</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Gevolgd</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>the INSZ is required</source>
        <translation>het INSZ is verplicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSZ: 11 digits expected</source>
        <translation>&quot;%1&quot; is geen INSZ: 11 cijfers verwacht</translation>
    </message>
    <message>
        <source>a worker with INSZ %1 is already in this company</source>
        <translation>een werknemer met INSZ %1 bestaat al in deze onderneming</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>de familienaam is verplicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>&quot;%1&quot; is geen datum: schrijf dd/mm/jjjj</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language: nl, fr, de or en</source>
        <translation>&quot;%1&quot; is geen taal: nl, fr, de of en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work regime: a fraction such as 0,8 or 80%</source>
        <translation>&quot;%1&quot; is geen arbeidsregime: een breuk zoals 0,8 of 80%</translation>
    </message>
    <message>
        <source>the start of the employment is required with a work regime or joint committee</source>
        <translation>de begindatum van de tewerkstelling is verplicht bij een arbeidsregime of paritair comité</translation>
    </message>
    <message>
        <source>no worker of this company has INSZ %1: add the worker first</source>
        <translation>geen werknemer van deze onderneming heeft INSZ %1: voeg eerst de werknemer toe</translation>
    </message>
    <message>
        <source>the name of the training is required</source>
        <translation>de naam van de opleiding is verplicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: a number more than 0</source>
        <translation>&quot;%1&quot; is geen duur: een getal groter dan 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit: hours or days</source>
        <translation>&quot;%1&quot; is geen eenheid: uren of dagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; is geen ja of nee</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Print the catalogue of anomaly rules.</source>
        <translation>De catalogus van anomalieregels tonen.</translation>
    </message>
    <message>
        <source>The whole catalogue as Markdown (docs/anomalies.md).</source>
        <translation>De hele catalogus als Markdown (docs/anomalies.md).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s JSON.</source>
        <translation>De JSON van de catalogus.</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kan niet geschreven worden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>No worker has rights, trainings or an employment in %1.</source>
        <translation>Geen enkele werknemer heeft rechten, opleidingen of een tewerkstelling in %1.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The employer %1 cannot be deleted while it still has workers, trainings or other records.</source>
        <translation>De werkgever %1 kan niet verwijderd worden zolang hij nog werknemers, opleidingen of andere records heeft.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>De werkruimte is bezet: de wijziging kon niet beginnen.</translation>
    </message>
</context>
<context>
    <name>StorageCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Het wachtzinbestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Het wachtzinbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>The workspace file, or a team server&apos;s address postgresql://user@host/database (default: %1).</source>
        <translation>Het werkbestand, of het adres van een teamserver postgresql://gebruiker@host/database (standaard: %1).</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>fla</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The INSZ must have 11 digits.</source>
        <translation>Het INSZ moet 11 cijfers hebben.</translation>
    </message>
    <message>
        <source>The check digits of the INSZ are wrong.</source>
        <translation>De controlecijfers van het INSZ kloppen niet.</translation>
    </message>
    <message>
        <source>The INSZ holds an impossible birth month or day.</source>
        <translation>Het INSZ bevat een onmogelijke geboortemaand of -dag.</translation>
    </message>
    <message>
        <source>The INSZ has sequence number 000 or 999, which is never assigned.</source>
        <translation>Het INSZ heeft volgnummer 000 of 999, dat nooit toegekend wordt.</translation>
    </message>
    <message>
        <source>The INSZ is not valid (%1).</source>
        <translation>Het INSZ is ongeldig (%1).</translation>
    </message>
    <message>
        <source>The shared strings of the workbook are damaged: %1</source>
        <translation>De gedeelde teksten van de werkmap zijn beschadigd: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell beyond the last column.</source>
        <translation>Rij %1 van het blad heeft een cel voorbij de laatste kolom.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet refers to a text that the workbook does not hold.</source>
        <translation>Rij %1 van het blad verwijst naar een tekst die niet in de werkmap staat.</translation>
    </message>
    <message>
        <source>The sheet of the workbook is damaged (row %1): %2</source>
        <translation>Het blad van de werkmap is beschadigd (rij %1): %2</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.</source>
        <translation>Dit is geen Excel-werkmap (.xlsx): het kan niet als ZIP-bestand geopend worden.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</source>
        <translation>Dit is geen Excel-werkmap (.xlsx): xl/workbook.xml ontbreekt.</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>De werkmap heeft geen leesbaar eerste blad (%1).</translation>
    </message>
    <message>
        <source>The workspace cannot run a query: %1</source>
        <translation>De werkruimte kan een query niet uitvoeren: %1</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it has no uuid.</source>
        <translation>%1 kan niet bewaard worden: het heeft geen uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved without an employer.</source>
        <translation>%1 kan niet bewaard worden zonder werkgever.</translation>
    </message>
    <message>
        <source>%1 belongs to another employer than the one being edited.</source>
        <translation>%1 hoort bij een andere werkgever dan de bewerkte.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: its uuid belongs to a record of another employer.</source>
        <translation>%1 kan niet bewaard worden: de uuid hoort bij een record van een andere werkgever.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>De werkruimte is bezet: de wijziging kon niet beginnen.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>De %1 %2 bestaat niet voor deze werkgever.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records (participations, employments, rights) still refer to it.</source>
        <translation>%1 kan niet verwijderd worden: andere records (deelnames, tewerkstellingen, rechten) verwijzen er nog naar.</translation>
    </message>
    <message>
        <source>The %1 records being loaded</source>
        <translation>De %1-records die geladen worden</translation>
    </message>
    <message>
        <source>The workbook defines more than %1 cell styles, which no spreadsheet writes.</source>
        <translation>De werkmap definieert meer dan %1 celstijlen, wat geen rekenblad doet.</translation>
    </message>
    <message>
        <source>The first sheet holds more cells than FLA Desk reads from a workbook (about %1 MiB of values, reached at row %2). Save the sheet as CSV, or split it.</source>
        <translation>Het eerste blad bevat meer cellen dan FLA Desk uit een werkmap leest (ongeveer %1 MiB aan waarden, bereikt op rij %2). Bewaar het blad als CSV of splits het.</translation>
    </message>
    <message>
        <source>The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.</source>
        <translation>De werkmap bevat %1 bestanden; een werkmap die FLA Desk leest, bevat er hoogstens %2.</translation>
    </message>
    <message>
        <source>The workbook holds more different texts than FLA Desk reads (at most %1 texts, %2 million characters, and about %3 MiB together with the sheet&apos;s cells). Save the sheet as CSV, or split it.</source>
        <translation>De werkmap bevat meer verschillende teksten dan FLA Desk leest (hoogstens %1 teksten, %2 miljoen tekens en ongeveer %3 MiB samen met de cellen van het blad). Bewaar het blad als CSV of splits het.</translation>
    </message>
    <message>
        <source>The row runs from line %1 to line %2.</source>
        <translation>De rij loopt van regel %1 tot regel %2.</translation>
    </message>
    <message>
        <source>training plan %1</source>
        <translation>opleidingsplan %1</translation>
    </message>
    <message>
        <source>training plan %1-%2</source>
        <translation>opleidingsplan %1-%2</translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation>Het %1 kon niet worden bewaard: %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>onbevestigd</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Arbeidsregime</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Grootteklasse</translation>
    </message>
    <message>
        <source>%1 (average %2 FTE, Q4 %3 – Q3 %4)</source>
        <translation>%1 (gemiddeld %2 VTE, K4 %3 – K3 %4)</translation>
    </message>
    <message>
        <source>%1 (declared: no employment in the register in Q4 %2 – Q3 %3)</source>
        <translation>%1 (opgegeven: geen tewerkstelling in het register in K4 %2 – K3 %3)</translation>
    </message>
    <message>
        <source>%1 (sector agreement %2)</source>
        <translation>%1 (sectorakkoord %2)</translation>
    </message>
    <message>
        <source>%1 (law)</source>
        <translation>%1 (wet)</translation>
    </message>
    <message>
        <source>Days per FTE</source>
        <translation>Dagen per VTE</translation>
    </message>
    <message>
        <source>Legal right</source>
        <translation>Wettelijk recht</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(berekend)</translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation>(aangegeven)</translation>
    </message>
    <message>
        <source>Sectoral right</source>
        <translation>Sectoraal recht</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Toegekend door de werkgever</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Expired when the window started</source>
        <translation>Vervallen bij het begin van de periode</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 u)</translation>
    </message>
    <message>
        <source>Five-year window</source>
        <translation>Periode van vijf jaar</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Opleiding %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>niet gevolgd</translation>
    </message>
    <message>
        <source>deducted</source>
        <translation>in mindering gebracht</translation>
    </message>
    <message>
        <source>not deducted</source>
        <translation>niet in mindering gebracht</translation>
    </message>
    <message>
        <source>Unconfirmed (secondary sources): %1.</source>
        <translation>Onbevestigd (secundaire bronnen): %1.</translation>
    </message>
    <message>
        <source>the history of the record %1</source>
        <translation>de geschiedenis van record %1</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; already has %2 for %3 from an earlier row; this row&apos;s %4 is not taken. Amounts count once per training.</source>
        <translation>De opleiding &quot;%1&quot; heeft al %2 voor %3 uit een eerdere rij; %4 van deze rij wordt niet overgenomen. Bedragen tellen één keer per opleiding.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; is already shared %2 from an earlier row; this row&apos;s %3 is not taken.</source>
        <translation>De kosten van de opleiding &quot;%1&quot; worden al verdeeld als „%2” volgens een eerdere rij; „%3” van deze rij wordt niet overgenomen.</translation>
    </message>
</context>
<context>
    <name>fla-sandbox</name>
    <message>
        <source>A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, an authorization page with simulated identities, a token endpoint) and the FLA API. It listens on 127.0.0.1 only.</source>
        <translation>Een lokaal FLA-platform voor tests en demo&apos;s: een OpenID-provider (discovery, JWKS, een autorisatiepagina met gesimuleerde identiteiten, een token-endpoint) en de FLA-API. Het luistert alleen op 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default 8765, the Sandbox environment&apos;s; 0: the system chooses).</source>
        <translation>Poort op 127.0.0.1 (standaard 8765, die van de sandboxomgeving; 0: het systeem kiest).</translation>
    </message>
    <message>
        <source>Folder where the sandbox keeps its data (default: memory only).</source>
        <translation>Map waarin de sandbox zijn gegevens bewaart (standaard: alleen geheugen).</translation>
    </message>
    <message>
        <source>JSON file of simulated identities (default: built in).</source>
        <translation>JSON-bestand met gesimuleerde identiteiten (standaard: ingebouwd).</translation>
    </message>
    <message>
        <source>A public client id allowed to sign in users (repeatable; default: any).</source>
        <translation>Een publieke client-id die gebruikers mag aanmelden (herhaalbaar; standaard: elke).</translation>
    </message>
    <message>
        <source>A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). Its JWT assertions must be signed with the key of that certificate.</source>
        <translation>Een machineclient voor aanmelden met certificaat: ID=CERT.pem[=ONDERNEMING,...] (herhaalbaar). Zijn JWT-verklaringen moeten ondertekend zijn met de sleutel van dat certificaat.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 600).</source>
        <translation>Levensduur van toegangstokens in seconden (standaard 600).</translation>
    </message>
    <message>
        <source>Identities JSON: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. The authorization page can be completed without clicking by adding identity=KEY&amp;key=eid|itsme to the authorization URL.</source>
        <translation>JSON van de identiteiten: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. De autorisatiepagina kan zonder klikken voltooid worden door identity=KEY&amp;key=eid|itsme aan de autorisatie-URL toe te voegen.</translation>
    </message>
    <message>
        <source>--machine-client %1: expected ID=CERT.pem with a readable file</source>
        <translation>--machine-client %1: verwacht ID=CERT.pem met een leesbaar bestand</translation>
    </message>
    <message>
        <source>--port: not a port number: %1</source>
        <translation>--port: geen poortnummer: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kan niet luisteren op 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>fla::AuditRepository</name>
    <message>
        <source>The audit trail holds no usable state of this record.</source>
        <translation>Het auditspoor bevat geen bruikbare toestand van dit record.</translation>
    </message>
    <message>
        <source>The audit entry for %1 %2 could not be written: %3</source>
        <translation>De auditregel voor %1 %2 kon niet geschreven worden: %3</translation>
    </message>
    <message>
        <source>The record %1 is not deleted, or its history is not in this employer&apos;s audit trail.</source>
        <translation>Het record %1 is niet verwijderd, of zijn geschiedenis staat niet in het auditspoor van deze werkgever.</translation>
    </message>
    <message>
        <source>The audit entry of the load could not be written: %1</source>
        <translation>De auditregel van het laden kon niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>the company&apos;s audit trail</source>
        <translation>het auditspoor van het bedrijf</translation>
    </message>
</context>
<context>
    <name>fla::Backup</name>
    <message>
        <source>The snapshot %1 cannot be read.</source>
        <translation>De momentopname %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>The backup key could not be derived (OpenSSL).</source>
        <translation>De sleutel van de back-up kon niet afgeleid worden (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>Het back-upbestand %1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The backup could not be encrypted (OpenSSL).</source>
        <translation>De back-up kon niet versleuteld worden (OpenSSL).</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>De momentopname kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The snapshot of the workspace %1 failed: %2</source>
        <translation>De momentopname van de werkruimte %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>De back-up %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: its header is incomplete.</source>
        <translation>De back-up %1 is afgekapt: de hoofding is onvolledig.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk backup.</source>
        <translation>Het bestand %1 is geen back-up van FLA Desk.</translation>
    </message>
    <message>
        <source>The backup %1 was written in a format this version does not know (version %2).</source>
        <translation>De back-up %1 werd geschreven in een formaat dat deze versie niet kent (versie %2).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: %2 bytes of %3.</source>
        <translation>De back-up %1 is afgekapt: %2 bytes van %3.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: %2 bytes more than it should have.</source>
        <translation>De back-up %1 is gewijzigd: %2 bytes meer dan verwacht.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>De back-up %1 is versleuteld: geef de wachtzin.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters are not valid.</source>
        <translation>De back-up %1 is gewijzigd: de sleutelparameters zijn ongeldig.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1 (or its header has been altered).</source>
        <translation>Verkeerde wachtzin voor de back-up %1 (of de hoofding is gewijzigd).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Het bestand %1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be decrypted (OpenSSL).</source>
        <translation>De back-up %1 kon niet ontsleuteld worden (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated.</source>
        <translation>De back-up %1 is afgekapt.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered or damaged: its content does not match its authentication tag. Nothing was restored.</source>
        <translation>De back-up %1 is gewijzigd of beschadigd: de inhoud komt niet overeen met de authenticatietag. Er werd niets hersteld.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>De map van %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold a usable workspace: %2</source>
        <translation>De back-up %1 bevat geen bruikbare werkruimte: %2</translation>
    </message>
    <message>
        <source>The workspace in the backup %1 is damaged: %2</source>
        <translation>De werkruimte in de back-up %1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>The current workspace %1 could not be set aside; nothing was restored.</source>
        <translation>De huidige werkruimte %1 kon niet opzijgezet worden; er werd niets hersteld.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1; the workspace was left as it was.</source>
        <translation>De back-up kon niet op %1 gezet worden; de werkruimte bleef ongewijzigd.</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the snapshot: %2</source>
        <translation>Naast %1 kan geen tijdelijke map voor de momentopname gemaakt worden: %2</translation>
    </message>
    <message>
        <source>it cannot be opened as a database (%1)</source>
        <translation>het kan niet als databank geopend worden (%1)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)</source>
        <translation>het is geen FLA Desk-werkruimte (schemaversie %1; deze versie kent 1 tot %2)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (the tables %1 are missing)</source>
        <translation>het is geen FLA Desk-werkruimte (de tabellen %1 ontbreken)</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing was restored.</source>
        <translation>De back-up %1 is gewijzigd: de sleutelparameters (scrypt N = 2^%2, r = %3, p = %4) zijn niet die welke FLA Desk schrijft (N = 2^%5, r = %6, p = %7). Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the whole file has only %3 bytes. Nothing was restored.</source>
        <translation>De back-up %1 is afgekapt of beschadigd: de kop kondigt %2 bytes inhoud aan, maar het hele bestand telt maar %3 bytes. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.</source>
        <translation>De back-up %1 bevat geen FLA Desk-werkruimte: %2. Er werd niets teruggezet.</translation>
    </message>
    <message>
        <source>The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an empty database on a team server (--workspace postgresql://…). Nothing was restored.</source>
        <translation>De back-up %1 bevat een teamwerkruimte (een PostgreSQL-dump): zet ze terug in een lege database op een teamserver (--workspace postgresql://…). Er werd niets teruggezet.</translation>
    </message>
</context>
<context>
    <name>fla::BatchFileSet</name>
    <message>
        <source>Cannot open the certificate %1: %2</source>
        <translation>Het certificaat %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 certificate file.</source>
        <translation>%1 is geen PKCS#12-certificaatbestand.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: wrong password, or it holds no private key.</source>
        <translation>Het certificaat %1 kan niet geopend worden: verkeerd wachtwoord, of het bevat geen privésleutel.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Ondertekenen mislukt: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>%1 is not named FI.…, so it has no FS signature file next to it.</source>
        <translation>%1 heet niet FI.…, dus er staat geen FS-handtekeningbestand naast.</translation>
    </message>
    <message>
        <source>The signature file %1 of %2 is missing.</source>
        <translation>Het handtekeningbestand %1 van %2 ontbreekt.</translation>
    </message>
    <message>
        <source>The signature file %1 cannot be read: %2</source>
        <translation>Het handtekeningbestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The signature file %1 is %2 bytes long: far too large for a signature (at most %3).</source>
        <translation>Het handtekeningbestand %1 is %2 bytes lang: veel te groot voor een handtekening (hoogstens %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is not base64 text.</source>
        <translation>Het handtekeningbestand %1 is geen base64-tekst.</translation>
    </message>
    <message>
        <source>The signature file %1 does not hold a CMS (PKCS#7) signature.</source>
        <translation>Het handtekeningbestand %1 bevat geen CMS-handtekening (PKCS#7).</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kan niet geopend worden.</translation>
    </message>
    <message>
        <source>The trusted certificate file %1 cannot be read (PEM expected).</source>
        <translation>Het bestand met vertrouwde certificaten %1 kan niet gelezen worden (PEM verwacht).</translation>
    </message>
    <message>
        <source>The signature %1 does not match %2: the declaration was changed after it was signed, or the signature belongs to another file%3 (%4).</source>
        <translation>De handtekening %1 past niet bij %2: de aangifte werd gewijzigd nadat ze ondertekend werd, of de handtekening hoort bij een ander bestand%3 (%4).</translation>
    </message>
    <message>
        <source>, or its signer is not trusted by %1</source>
        <translation>, of de ondertekenaar wordt niet vertrouwd door %1</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml</name>
    <message>
        <source>Cannot write the batch file: %1</source>
        <translation>Het batchbestand kan niet geschreven worden: %1</translation>
    </message>
    <message>
        <source>Unexpected text.</source>
        <translation>Onverwachte tekst.</translation>
    </message>
    <message>
        <source>The element is not in the namespace %1.</source>
        <translation>Het element zit niet in de naamruimte %1.</translation>
    </message>
    <message>
        <source>This is not a batch declaration.</source>
        <translation>Dit is geen batchaangifte.</translation>
    </message>
    <message>
        <source>Only version 1 of the batch format can be read.</source>
        <translation>Alleen versie 1 van het batchformaat kan gelezen worden.</translation>
    </message>
    <message>
        <source>The file code must be %1.</source>
        <translation>De bestandscode moet %1 zijn.</translation>
    </message>
    <message>
        <source>The environment must be R or T.</source>
        <translation>De omgeving moet R of T zijn.</translation>
    </message>
    <message>
        <source>The header must come first.</source>
        <translation>De hoofding moet eerst komen.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Het ondernemingsnummer %1 is ongeldig.</translation>
    </message>
    <message>
        <source>The joint committee %1 is not valid.</source>
        <translation>Het paritair comité %1 is ongeldig.</translation>
    </message>
    <message>
        <source>The INSZ %1 is not valid.</source>
        <translation>Het INSZ %1 is ongeldig.</translation>
    </message>
    <message>
        <source>The family name is empty.</source>
        <translation>De familienaam is leeg.</translation>
    </message>
    <message>
        <source>The worker %1 is not a worker of this employer.</source>
        <translation>De werknemer %1 is geen werknemer van deze werkgever.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>The training has no name.</source>
        <translation>De opleiding heeft geen naam.</translation>
    </message>
    <message>
        <source>The element %1 is not expected here.</source>
        <translation>Het element %1 wordt hier niet verwacht.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Het bestand is geen welgevormde XML: %1</translation>
    </message>
    <message>
        <source>The declaration needs a header and at least one employer.</source>
        <translation>De aangifte heeft een hoofding en minstens één werkgever nodig.</translation>
    </message>
    <message>
        <source>Write the elements without a namespace prefix, in the default namespace %1.</source>
        <translation>Schrijf de elementen zonder naamruimteprefix, in de standaardnaamruimte %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml::Reader</name>
    <message>
        <source>The attribute %1 is required.</source>
        <translation>Het attribuut %1 is verplicht.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is langer dan %2 tekens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; is geen UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; is geen datum (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>&quot;%1&quot; is geen decimaal getal.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 ligt buiten het bereik.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; is geen true of false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed codes.</source>
        <translation>&quot;%1&quot; is geen van de toegelaten codes.</translation>
    </message>
    <message>
        <source>The UUID %1 is used twice.</source>
        <translation>De UUID %1 wordt twee keer gebruikt.</translation>
    </message>
</context>
<context>
    <name>fla::BulkLoader</name>
    <message>
        <source>The workspace is busy: the load could not start.</source>
        <translation>De werkruimte is bezet: het laden kon niet beginnen.</translation>
    </message>
</context>
<context>
    <name>fla::CertificateRepository</name>
    <message>
        <source>The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the workspace. Attach a smaller scan or PDF.</source>
        <translation>Het attest %1 is %2 bytes: de werkruimte bewaart hoogstens %3 bytes (%4 MiB). Voeg een kleinere scan of pdf toe.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be attached: participation %2 is not one of this company&apos;s.</source>
        <translation>Het attest %1 kan niet worden toegevoegd: deelname %2 hoort niet bij dit bedrijf.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Het attest %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The certificate %1 is empty.</source>
        <translation>Het attest %1 is leeg.</translation>
    </message>
    <message>
        <source>The certificate %1 could not be stored: %2</source>
        <translation>Het attest %1 kon niet worden bewaard: %2</translation>
    </message>
    <message>
        <source>The certificates of participation %1 cannot be read: %2</source>
        <translation>De attesten van deelname %1 kunnen niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Certificate file %1 is not one of this company&apos;s.</source>
        <translation>Attestbestand %1 hoort niet bij dit bedrijf.</translation>
    </message>
</context>
<context>
    <name>fla::ChangeFeed</name>
    <message>
        <source>Changes made on other desktops cannot be followed: %1</source>
        <translation>Wijzigingen op andere werkposten kunnen niet gevolgd worden: %1</translation>
    </message>
</context>
<context>
    <name>fla::CodeLabels</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>under 10 FTE</source>
        <translation>minder dan 10 VTE</translation>
    </message>
    <message>
        <source>10 to 19 FTE</source>
        <translation>10 tot 19 VTE</translation>
    </message>
    <message>
        <source>20 FTE or more</source>
        <translation>20 VTE of meer</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formeel</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informeel</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gevolgd</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Wettelijk</translation>
    </message>
    <message>
        <source>Sectoral</source>
        <translation>Sectoraal</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Toegekend door de werkgever</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Aangegeven</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formele voortgezette opleiding</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Minder formele of informele voortgezette opleiding</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Initiële opleiding</translation>
    </message>
    <message>
        <source>As its kind says</source>
        <translation>Volgens de soort</translation>
    </message>
    <message>
        <source>In proportion to the hours followed</source>
        <translation>Naar verhouding van de gevolgde uren</translation>
    </message>
    <message>
        <source>Equally over the participants</source>
        <translation>Gelijk over de deelnemers</translation>
    </message>
    <message>
        <source>Paid educational leave</source>
        <translation>Betaald educatief verlof</translation>
    </message>
    <message>
        <source>Flemish training leave</source>
        <translation>Vlaams opleidingsverlof</translation>
    </message>
    <message>
        <source>None (within the training right)</source>
        <translation>Geen (binnen het opleidingsrecht)</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>As the INSZ says</source>
        <translation>Volgens het INSZ</translation>
    </message>
</context>
<context>
    <name>fla::ConflictResolver</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>werknemer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>tewerkstelling van %1 vanaf %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>opleiding “%1” van %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>deelname van %1 aan “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>opleidingsrecht %1 van %2</translation>
    </message>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Geen werkgever %1 in deze werkruimte.</translation>
    </message>
    <message>
        <source>The record %1 is no longer in the workspace.</source>
        <translation>Het record %1 staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <source>Not connected to the platform.</source>
        <translation>Niet verbonden met het platform.</translation>
    </message>
    <message>
        <source>Employers are not declared: there is no conflict to resolve.</source>
        <translation>Werkgevers worden niet aangegeven: er is geen conflict op te lossen.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>Het platform aanvaardt je aanmelding niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The platform&apos;s version could not be fetched: %1</source>
        <translation>De versie van het platform kon niet worden opgehaald: %1</translation>
    </message>
    <message>
        <source>There is no conflict to resolve.</source>
        <translation>Er is geen conflict op te lossen.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be queued again.</source>
        <translation>De werkruimte is bezet: %1 kon niet opnieuw in de wachtrij worden gezet.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be written.</source>
        <translation>De werkruimte is bezet: %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>fla::CsvTableReader</name>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, scheidingsteken %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Het bestand is leeg: er is geen kopregel.</translation>
    </message>
</context>
<context>
    <name>fla::DataSetCsv</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>De map bestaat niet.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s) where the header line has %1: it is not read.</source>
        <translation>
            <numerusform>De regel heeft %n veld waar de kopregel er %1 heeft: hij wordt niet gelezen.</numerusform>
            <numerusform>De regel heeft %n velden waar de kopregel er %1 heeft: hij wordt niet gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Het bestand kan niet geopend worden: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
</context>
<context>
    <name>fla::FieldLabels</name>
    <message>
        <source>identifier (UUID)</source>
        <translation>identificatie (UUID)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>onderneming</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>werknemer</translation>
    </message>
    <message>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <source>enterprise number</source>
        <translation>ondernemingsnummer</translation>
    </message>
    <message>
        <source>NSSO number</source>
        <translation>RSZ-nummer</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>uren per dag</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>grootteklasse</translation>
    </message>
    <message>
        <source>joint committees</source>
        <translation>paritaire comités</translation>
    </message>
    <message>
        <source>joint committee</source>
        <translation>paritair comité</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>familienaam</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>employments</source>
        <translation>tewerkstellingen</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>begindatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>einddatum</translation>
    </message>
    <message>
        <source>work regime</source>
        <translation>arbeidsregime</translation>
    </message>
    <message>
        <source>collective agreement number</source>
        <translation>cao-nummer</translation>
    </message>
    <message>
        <source>training provider</source>
        <translation>opleidingsverstrekker</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>counts for the FLA</source>
        <translation>telt mee voor de leerrekening</translation>
    </message>
    <message>
        <source>deducted from the right</source>
        <translation>afgetrokken van het recht</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financiering</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostprijs</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>registratiedatum</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>gevolgd</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>attest</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>attest geldig tot</translation>
    </message>
    <message>
        <source>duration of the participation</source>
        <translation>duur van de deelname</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>type</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>hoeveelheid</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>oorsprong</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>training credit</source>
        <translation>opleidingskrediet</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>tewerkstelling</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>deelname</translation>
    </message>
    <message>
        <source>training right</source>
        <translation>opleidingsrecht</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>elk record</translation>
    </message>
    <message>
        <source>joint committee %1</source>
        <translation>paritair comité %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>sector agreement number</source>
        <translation>nummer van de sectorovereenkomst</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blokkerend</translation>
    </message>
    <message>
        <source>financial year starts: month</source>
        <translation>begin van het boekjaar: maand</translation>
    </message>
    <message>
        <source>financial year starts: day</source>
        <translation>begin van het boekjaar: dag</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>travel and stay</source>
        <translation>reis en verblijf</translation>
    </message>
    <message>
        <source>contributions to collective funds</source>
        <translation>bijdragen aan collectieve fondsen</translation>
    </message>
    <message>
        <source>subsidies received</source>
        <translation>ontvangen subsidies</translation>
    </message>
    <message>
        <source>costs shared</source>
        <translation>verdeling van de kosten</translation>
    </message>
    <message>
        <source>training leave</source>
        <translation>opleidingsverlof</translation>
    </message>
    <message>
        <source>trainees&apos; pay</source>
        <translation>loon van de deelnemers</translation>
    </message>
</context>
<context>
    <name>fla::FieldText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>fla::FileLines</name>
    <message>
        <source>The column is missing from the header line.</source>
        <translation>De kolom ontbreekt in de kopregel.</translation>
    </message>
    <message>
        <source>A quote stands where none may: a field is either quoted whole, with each quote inside it doubled, or holds no quote. The line is not read.</source>
        <translation>Er staat een aanhalingsteken waar er geen mag staan: een veld staat ofwel helemaal tussen aanhalingstekens, met elk aanhalingsteken erin verdubbeld, ofwel bevat het er geen. De regel wordt niet gelezen.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfile</name>
    <message>
        <source>The mapping&apos;s defaultKind must be FORMAL or INFORMAL.</source>
        <translation>defaultKind van de koppeling moet FORMAL of INFORMAL zijn.</translation>
    </message>
    <message>
        <source>The mapping&apos;s defaultLanguage must be nl, fr, de or en.</source>
        <translation>defaultLanguage van de koppeling moet nl, fr, de of en zijn.</translation>
    </message>
    <message>
        <source>The mapping names a field that does not exist: %1. The fields are: %2.</source>
        <translation>De koppeling noemt een veld dat niet bestaat: %1. De velden zijn: %2.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfiles</name>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Geef de koppeling een naam.</translation>
    </message>
    <message>
        <source>Cannot save the mapping %1: %2</source>
        <translation>De koppeling %1 kan niet bewaard worden: %2</translation>
    </message>
    <message>
        <source>There is no mapping named %1 (looked in %2).</source>
        <translation>Er is geen koppeling met de naam %1 (gezocht in %2).</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON: %2</source>
        <translation>De koppeling %1 is geen geldige JSON: %2</translation>
    </message>
</context>
<context>
    <name>fla::ImportResult</name>
    <message>
        <source>%1 more rows with problems are not listed: correct the rows above (often the column mapping) and import the file again.</source>
        <translation>Nog %1 rijen met problemen worden niet opgesomd: verbeter de rijen hierboven (vaak de kolomkoppeling) en importeer het bestand opnieuw.</translation>
    </message>
</context>
<context>
    <name>fla::Importer</name>
    <message>
        <source>The mapping expects a column &quot;%1&quot; (%2), but the table has no such column.</source>
        <translation>De koppeling verwacht een kolom &quot;%1&quot; (%2), maar de tabel heeft die kolom niet.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds: %1.</source>
        <translation>De koppeling zegt niet welke kolom dit bevat: %1.</translation>
    </message>
    <message>
        <source>expected nl, fr, de or en.</source>
        <translation>verwacht nl, fr, de of en.</translation>
    </message>
    <message>
        <source>expected formal or informal.</source>
        <translation>verwacht formeel of informeel.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>De einddatum %1 ligt vóór de begindatum %2.</translation>
    </message>
    <message>
        <source>The training starts before 1 January 2024, when the learning account began.</source>
        <translation>De opleiding begint vóór 1 januari 2024, toen de leerrekening begon.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>De duur moet groter zijn dan nul.</translation>
    </message>
    <message>
        <source>%1 days do not fit in the %2 calendar days of the training.</source>
        <translation>%1 dagen passen niet in de %2 kalenderdagen van de opleiding.</translation>
    </message>
    <message>
        <source>%1 hours is more than 12 hours a day over %2 calendar days.</source>
        <translation>%1 uur is meer dan 12 uur per dag over %2 kalenderdagen.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>De geweigerde rijen kunnen niet naar %1 geschreven worden: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Hours, Days or Duration</source>
        <translation>Uren, Dagen of Duur</translation>
    </message>
    <message>
        <source>The mapping names a unit column (%1) but no Duration column it would belong to.</source>
        <translation>De koppeling noemt een eenheidskolom (%1) maar geen kolom Duur waarbij ze zou horen.</translation>
    </message>
    <message>
        <source>expected M (man) or V/F (woman).</source>
        <translation>verwacht M (man) of V (vrouw).</translation>
    </message>
    <message>
        <source>expected formal, informal or initial.</source>
        <translation>verwacht formeel, informeel of initieel.</translation>
    </message>
    <message>
        <source>expected BEV/CEP, VOV or none.</source>
        <translation>verwacht BEV, VOV of geen.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>een bedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>expected equally or by hours.</source>
        <translation>verwacht gelijk of per uur.</translation>
    </message>
</context>
<context>
    <name>fla::LoadableCheck</name>
    <message>
        <source>The hours in a working day must be more than 0 and at most 24.</source>
        <translation>Het aantal uren in een werkdag moet meer dan 0 en ten hoogste 24 zijn.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Een kostprijs kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The work regime must be more than 0 and at most 1.</source>
        <translation>Het arbeidsregime moet meer dan 0 en ten hoogste 1 zijn.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2999.</source>
        <translation>Het jaar moet tussen 1900 en 2999 liggen.</translation>
    </message>
    <message>
        <source>Its employer (%1) was refused, so it is refused too.</source>
        <translation>Zijn werkgever (%1) werd geweigerd, dus wordt ook dit geweigerd.</translation>
    </message>
    <message>
        <source>Its employer %1 is neither in the set nor in the workspace.</source>
        <translation>Zijn werkgever %1 staat noch in de set, noch in de werkruimte.</translation>
    </message>
    <message>
        <source>Its worker (%1) was refused, so it is refused too.</source>
        <translation>Zijn werknemer (%1) werd geweigerd, dus wordt ook dit geweigerd.</translation>
    </message>
    <message>
        <source>Its worker %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Zijn werknemer %1 staat voor zijn werkgever noch in de set, noch in de werkruimte.</translation>
    </message>
    <message>
        <source>Its worker %1 belongs to another employer.</source>
        <translation>Zijn werknemer %1 hoort bij een andere werkgever.</translation>
    </message>
    <message>
        <source>Its training (%1) was refused, so it is refused too.</source>
        <translation>Zijn opleiding (%1) werd geweigerd, dus wordt ook dit geweigerd.</translation>
    </message>
    <message>
        <source>Its training %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Zijn opleiding %1 staat voor zijn werkgever noch in de set, noch in de werkruimte.</translation>
    </message>
    <message>
        <source>Its training %1 belongs to another employer.</source>
        <translation>Zijn opleiding %1 hoort bij een andere werkgever.</translation>
    </message>
</context>
<context>
    <name>fla::OutboxRepository</name>
    <message>
        <source>the queue of declarations</source>
        <translation>de wachtrij van aangiften</translation>
    </message>
    <message>
        <source>the declaration status of the company&apos;s records</source>
        <translation>de aangiftestatus van de records van het bedrijf</translation>
    </message>
</context>
<context>
    <name>fla::PlanReminder</name>
    <message>
        <source>Training plan %1: none adopted; it was due by %2 (%3).</source>
        <translation>Opleidingsplan %1: niet vastgesteld; het moest er zijn op %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 was due by %3 (%4).</source>
        <translation>Opleidingsplan %1: %2 moest uiterlijk op %3 (%4).</translation>
    </message>
    <message>
        <source>(unconfirmed rule)</source>
        <translation>(onbevestigde regel)</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>nog 1 dag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>nog %1 dagen</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; send the draft for advice by %2 (%3).</source>
        <translation>Opleidingsplan %1: nog geen; bezorg het ontwerp voor advies uiterlijk op %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; adopt it by %2 (%3).</source>
        <translation>Opleidingsplan %1: nog geen; stel het vast uiterlijk op %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 by %3 (%4).</source>
        <translation>Opleidingsplan %1: %2 uiterlijk op %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fla::PlatformArchive</name>
    <message>
        <source>Archiving %1 stopped: %2</source>
        <translation>Het archiveren van %1 is gestopt: %2</translation>
    </message>
</context>
<context>
    <name>fla::PlatformFindings</name>
    <message>
        <source>The platform knows no such worker for this employer: declare the worker first.</source>
        <translation>Het platform kent deze werknemer niet bij deze werkgever: geef eerst de werknemer aan.</translation>
    </message>
    <message>
        <source>The platform knows no such training for this employer: declare the training first.</source>
        <translation>Het platform kent deze opleiding niet bij deze werkgever: geef eerst de opleiding aan.</translation>
    </message>
    <message>
        <source>The training falls outside the worker&apos;s employment with this employer.</source>
        <translation>De opleiding valt buiten de tewerkstelling van de werknemer bij deze werkgever.</translation>
    </message>
    <message>
        <source>This UUID already names another record on the platform.</source>
        <translation>Deze UUID verwijst op het platform al naar een ander record.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>The work regime must be above 0 and at most 1.</source>
        <translation>Het arbeidsregime moet groter zijn dan 0 en ten hoogste 1.</translation>
    </message>
    <message>
        <source>The platform keeps training rights from 2024 on.</source>
        <translation>Het platform bewaart opleidingsrechten vanaf 2024.</translation>
    </message>
</context>
<context>
    <name>fla::PostgresBackup</name>
    <message>
        <source>The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Het PostgreSQL-programma %1 werd niet gevonden in %2 ($FLADESK_PG_BIN). Installeer de PostgreSQL-clientprogramma&apos;s (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Het PostgreSQL-programma %1 is niet geïnstalleerd, dus hier kan geen back-up van een teamwerkruimte gemaakt of teruggezet worden. Installeer de PostgreSQL-clientprogramma&apos;s (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the dump: %2</source>
        <translation>Naast %1 kan geen tijdelijke map voor de dump gemaakt worden: %2</translation>
    </message>
    <message>
        <source>pg_dump could not back up the team workspace %1: %2</source>
        <translation>pg_dump kon geen back-up maken van de teamwerkruimte %1: %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the dump: %1</source>
        <translation>Er kan geen tijdelijke map voor de dump gemaakt worden: %1</translation>
    </message>
    <message>
        <source>The backup %1 holds a workspace file, not a team workspace: restore it into a file (--workspace FILE), then move it onto the server with workspace copy.</source>
        <translation>De back-up %1 bevat een werkruimtebestand, geen teamwerkruimte: zet ze terug in een bestand (--workspace BESTAND) en breng ze daarna met workspace copy naar de server.</translation>
    </message>
    <message>
        <source>The database of %1 is not empty. Restore into a new, empty database (createdb), then point the desktops at it.</source>
        <translation>De database van %1 is niet leeg. Zet terug in een nieuwe, lege database (createdb) en laat de desktops daarna naar die database verwijzen.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup %1 into %2 (nothing was restored): %3</source>
        <translation>pg_restore kon de back-up %1 niet terugzetten in %2 (er werd niets teruggezet): %3</translation>
    </message>
</context>
<context>
    <name>fla::PostgresDriver</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation>Deze installatie kan PostgreSQL niet bereiken: het PostgreSQL-stuurprogramma van Qt (QPSQL) ontbreekt. Installeer op Debian het pakket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server %1 refused the user %2: the user name or the password is wrong.</source>
        <translation>De teamserver %1 weigerde de gebruiker %2: de gebruikersnaam of het wachtwoord is fout.</translation>
    </message>
    <message>
        <source>The team server %1 has no database %2. Check the address, or ask the office&apos;s administrator which database holds the workspace.</source>
        <translation>De teamserver %1 heeft geen database %2. Controleer het adres, of vraag de beheerder van het kantoor in welke database de werkmap staat.</translation>
    </message>
    <message>
        <source>The user %2 may not connect to the database %3 on the team server %1. Ask the office&apos;s administrator for access.</source>
        <translation>De gebruiker %2 mag geen verbinding maken met de database %3 op de teamserver %1. Vraag de beheerder van het kantoor om toegang.</translation>
    </message>
    <message>
        <source>The secure connection to the team server %1 failed (%2). Check the server&apos;s certificate and the sslmode of the address.</source>
        <translation>De beveiligde verbinding met de teamserver %1 is mislukt (%2). Controleer het certificaat van de server en de sslmode van het adres.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it is not running, or the address is wrong. Your work is not lost; try again when the server is back.</source>
        <translation>De teamserver %1 is niet bereikbaar: hij draait niet, of het adres is fout. Uw werk gaat niet verloren; probeer opnieuw wanneer de server terug is.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>De werkmap %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>The user %1 has no access to the workspace %2 yet. Ask the office&apos;s administrator to give you access to your companies (fladesk-cli team grant).</source>
        <translation>De gebruiker %1 heeft nog geen toegang tot de werkmap %2. Vraag de beheerder van het kantoor u toegang te geven tot uw bedrijven (fladesk-cli team grant).</translation>
    </message>
    <message>
        <source>Snapshots of a PostgreSQL workspace are not available yet: back the database up with pg_dump (docs/team.md).</source>
        <translation>Momentopnamen van een PostgreSQL-werkmap zijn nog niet beschikbaar: maak een back-up van de database met pg_dump (docs/team.md).</translation>
    </message>
</context>
<context>
    <name>fla::PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host/database.</source>
        <translation>%1 is geen PostgreSQL-adres: schrijf postgresql://gebruiker@host/database.</translation>
    </message>
    <message>
        <source>The option %1 of the PostgreSQL address %2 is not known.</source>
        <translation>De optie %1 van het PostgreSQL-adres %2 is onbekend.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write postgresql://user@host/database.</source>
        <translation>Het PostgreSQL-adres %1 noemt geen database: schrijf postgresql://gebruiker@host/database.</translation>
    </message>
    <message>
        <source>The port of the PostgreSQL address %1 is not a number from 1 to 65535.</source>
        <translation>De poort van het PostgreSQL-adres %1 is geen getal van 1 tot 65535.</translation>
    </message>
    <message>
        <source>The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>De sslmode %1 van het PostgreSQL-adres %2 is niet een van disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>fla::PullDiff</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>werknemer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>tewerkstelling van %1 vanaf %2</translation>
    </message>
    <message>
        <source>training “%1” of %2, registered by a training provider</source>
        <translation>opleiding “%1” van %2, geregistreerd door een opleidingsverstrekker</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>opleiding “%1” van %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>deelname van %1 aan “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>opleidingsrecht %1 van %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: %2</source>
        <translation>%1 kan niet van het platform worden overgenomen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its worker is not in the workspace. Accept the worker as well.</source>
        <translation>%1 kan niet van het platform worden overgenomen: de werknemer staat niet in de werkruimte. Aanvaard ook de werknemer.</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its training is not in the workspace. Accept the training as well.</source>
        <translation>%1 kan niet van het platform worden overgenomen: de opleiding staat niet in de werkruimte. Aanvaard ook de opleiding.</translation>
    </message>
    <message>
        <source>New on the platform</source>
        <translation>Nieuw op het platform</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Missing on the platform</source>
        <translation>Ontbreekt op het platform</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Deelnames</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Opleidingsrechten</translation>
    </message>
    <message>
        <source>%1 is on the platform but not in the workspace.</source>
        <translation>%1 staat op het platform maar niet in de werkruimte.</translation>
    </message>
    <message>
        <source>%1 is in the workspace, but the platform no longer holds it.</source>
        <translation>%1 staat in de werkruimte, maar het platform heeft het niet meer.</translation>
    </message>
    <message>
        <source>%1: the platform has %2 “%3” where the workspace has “%4”.</source>
        <translation>%1: het platform heeft als %2 “%3”, de werkruimte “%4”.</translation>
    </message>
    <message>
        <source>%1 has the uuid of another kind of record in the workspace; it is left out.</source>
        <translation>%1 heeft de uuid van een ander soort record in de werkruimte; het wordt weggelaten.</translation>
    </message>
    <message>
        <source>The decisions do not match the differences of this pull.</source>
        <translation>De beslissingen passen niet bij de verschillen van deze ophaling.</translation>
    </message>
    <message>
        <source>The workspace is busy: the platform&apos;s data could not be written.</source>
        <translation>De werkruimte is bezet: de gegevens van het platform konden niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>fla::PullService</name>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>Het platform aanvaardt je aanmelding niet meer: meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The platform&apos;s data could not be fetched: %1</source>
        <translation>De gegevens van het platform konden niet opgehaald worden: %1</translation>
    </message>
</context>
<context>
    <name>fla::RecordWriter</name>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>De werkruimte is bezet: de wijziging kon niet beginnen.</translation>
    </message>
    <message>
        <source>The change was not saved: the anomalies of what it changes could not be stored: %1</source>
        <translation>De wijziging werd niet bewaard: de anomalieën van wat ze wijzigt konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the anomalies of what it changes could not be stored: %2</source>
        <translation>%1 werd niet bewaard: de anomalieën van wat het wijzigt konden niet worden opgeslagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: someone else deleted it after you opened it. Nothing was overwritten.</source>
        <translation>%1 is niet bewaard: iemand anders heeft het verwijderd nadat je het opende. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else created a record with the same identity meanwhile. Nothing was overwritten.</source>
        <translation>%1 is niet bewaard: iemand anders heeft intussen een record met dezelfde identiteit aangemaakt. Er is niets overschreven.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else changed it after you opened it (you edited version %2, version %3 is saved now). Nothing was overwritten.</source>
        <translation>%1 is niet bewaard: iemand anders heeft het gewijzigd nadat je het opende (je bewerkte versie %2, nu is versie %3 bewaard). Er is niets overschreven.</translation>
    </message>
    <message>
        <source>%1 was not saved: it could not be read back.</source>
        <translation>%1 is niet bewaard: het kon niet opnieuw worden gelezen.</translation>
    </message>
</context>
<context>
    <name>fla::RowContext</name>
    <message>
        <source>%1 is empty: it is required.</source>
        <translation>%1 is leeg: het is verplicht.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3</source>
        <translation>%1 &quot;%2&quot; kan niet gelezen worden: %3</translation>
    </message>
    <message>
        <source>expected a date such as 31/12/2025.</source>
        <translation>verwacht een datum zoals 31/12/2025.</translation>
    </message>
    <message>
        <source>expected a number such as 7,5.</source>
        <translation>verwacht een getal zoals 7,5.</translation>
    </message>
    <message>
        <source>expected yes or no.</source>
        <translation>verwacht ja of nee.</translation>
    </message>
    <message>
        <source>expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min.</source>
        <translation>verwacht een getal met zijn eenheid, zoals 1,5 dagen, 3 uur, 2 jours of 90 min.</translation>
    </message>
    <message>
        <source>expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min.</source>
        <translation>verwacht een eenheid zoals uur, dagen, heures, jours, Stunden, Tage of min.</translation>
    </message>
    <message>
        <source>its unit differs from the unit column&apos;s &quot;%1&quot;.</source>
        <translation>de eenheid verschilt van die in de eenheidskolom, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit column.</source>
        <translation>de eenheid ontbreekt: schrijf ze bij de waarde (1,5 dagen, 3 uur) of koppel een eenheidskolom.</translation>
    </message>
</context>
<context>
    <name>fla::RowReader</name>
    <message>
        <source>A UUID is required.</source>
        <translation>Een UUID is verplicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; is geen UUID.</translation>
    </message>
    <message>
        <source>A date is required (yyyy-MM-dd).</source>
        <translation>Een datum is verplicht (jjjj-MM-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form yyyy-MM-dd.</source>
        <translation>&quot;%1&quot; is geen datum van de vorm jjjj-MM-dd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is geen getal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is geen bedrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; is geen true of false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>&quot;%1&quot; is geen van de toegelaten waarden.</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceCodes</name>
    <message>
        <source>The social balance sheet&apos;s item codes cannot be read: %1</source>
        <translation>De itemcodes van de sociale balans kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formele voortgezette opleiding</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Minder formele of informele voortgezette opleiding</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Initiële opleiding</translation>
    </message>
    <message>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <source>workers involved</source>
        <translation>betrokken werknemers</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>uren opleiding</translation>
    </message>
    <message>
        <source>net cost (EUR)</source>
        <translation>nettokosten (EUR)</translation>
    </message>
    <message>
        <source>of which gross cost (EUR)</source>
        <translation>waarvan brutokosten (EUR)</translation>
    </message>
    <message>
        <source>of which contributions to collective funds (EUR)</source>
        <translation>waarvan bijdragen aan collectieve fondsen (EUR)</translation>
    </message>
    <message>
        <source>of which subsidies received (EUR)</source>
        <translation>waarvan ontvangen subsidies (EUR)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>item %1 is not complete</source>
        <translation>item %1 is niet volledig</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceExport</name>
    <message>
        <source>The social balance sheet was not saved in %1: %2</source>
        <translation>De sociale balans is niet bewaard in %1: %2</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceRows</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fla::SqliteDriver</name>
    <message>
        <source>The workspace %1 is open in another program (%2, process %3 on %4). Close it there first, or open another workspace.</source>
        <translation>De werkruimte %1 is open in een ander programma (%2, proces %3 op %4). Sluit ze daar eerst, of open een andere werkruimte.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program. Close it there first, or open another workspace.</source>
        <translation>De werkruimte %1 is open in een ander programma. Sluit ze daar eerst, of open een andere werkruimte.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked: its folder is not writable.</source>
        <translation>De werkruimte %1 kan niet vergrendeld worden: de map is niet beschrijfbaar.</translation>
    </message>
    <message>
        <source>The workspace could not switch to write-ahead logging (journal mode is %1).</source>
        <translation>De werkruimte kon niet overschakelen naar write-ahead logging (journaalmodus is %1).</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Het bestand %1 bestaat al.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace.</source>
        <translation>Het bestand %1 is geen FLA Desk-werkruimte.</translation>
    </message>
</context>
<context>
    <name>fla::SyncEngine</name>
    <message numerus="yes">
        <source>Sync cancelled; %n change(s) stay in the outbox.</source>
        <translation>
            <numerusform>Synchronisatie geannuleerd; %n wijziging blijft in de uitgaande wachtrij.</numerusform>
            <numerusform>Synchronisatie geannuleerd; %n wijzigingen blijven in de uitgaande wachtrij.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1); everything stays in the outbox.</source>
        <translation>Het platform is niet bereikbaar (%1); alles blijft in de uitgaande wachtrij.</translation>
    </message>
    <message>
        <source>The platform did not say which employers you may act for (%1); nothing was sent.</source>
        <translation>Het platform zei niet voor welke werkgevers je mag optreden (%1); er werd niets verzonden.</translation>
    </message>
    <message>
        <source>Not sent: the signed-in identity may not act for enterprise %1 (no mandate). Sign in as that employer or ask for a mandate.</source>
        <translation>Niet verzonden: de aangemelde identiteit mag niet optreden voor onderneming %1 (geen mandaat). Meld je aan als die werkgever of vraag een mandaat.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for another attempt after %1; sync again later.</source>
        <translation>
            <numerusform>%n wijziging wacht op een nieuwe poging na %1; synchroniseer later opnieuw.</numerusform>
            <numerusform>%n wijzigingen wachten op een nieuwe poging na %1; synchroniseer later opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the platform refuses to let the signed-in identity act for enterprise %1 (%2).</source>
        <translation>Niet verzonden: het platform weigert dat de aangemelde identiteit optreedt voor onderneming %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: the platform does not know enterprise %1 (%2).</source>
        <translation>Niet verzonden: het platform kent onderneming %1 niet (%2).</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again, then sync.</source>
        <translation>Het platform aanvaardt je aanmelding niet meer: meld je opnieuw aan en synchroniseer dan.</translation>
    </message>
    <message numerus="yes">
        <source>The platform could not be reached for %n change(s); they stay in the outbox: sync again later.</source>
        <translation>
            <numerusform>Het platform kon niet bereikt worden voor %n wijziging; ze blijft in de outbox: synchroniseer later opnieuw.</numerusform>
            <numerusform>Het platform kon niet bereikt worden voor %n wijzigingen; ze blijven in de outbox: synchroniseer later opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fla::TeamAccess</name>
    <message>
        <source>The workspace %1 is a file on this computer: access per company is managed on a team server (a PostgreSQL workspace, docs/team.md).</source>
        <translation>De werkmap %1 is een bestand op deze computer: toegang per bedrijf wordt beheerd op een teamserver (een PostgreSQL-werkmap, docs/team.md).</translation>
    </message>
    <message>
        <source>There is no database user %1 on the team server. Create it first (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Er is geen databasegebruiker %1 op de teamserver. Maak hem eerst aan (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The workspace has no company %1.</source>
        <translation>De werkmap heeft geen bedrijf %1.</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can give %1 access to %2.</source>
        <translation>Alleen de eigenaar van de werkmap (de beheerder van het kantoor) kan %1 toegang geven tot %2.</translation>
    </message>
    <message>
        <source>%1 cannot be given access to %2: %3</source>
        <translation>%1 kan geen toegang krijgen tot %2: %3</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can take access away from %1.</source>
        <translation>Alleen de eigenaar van de werkmap (de beheerder van het kantoor) kan %1 de toegang ontnemen.</translation>
    </message>
    <message>
        <source>The access of %1 cannot be taken away: %2</source>
        <translation>De toegang van %1 kan niet ingetrokken worden: %2</translation>
    </message>
    <message>
        <source>%1 had no access to the company %2.</source>
        <translation>%1 had geen toegang tot het bedrijf %2.</translation>
    </message>
    <message>
        <source>The access list cannot be read: %1</source>
        <translation>De toegangslijst kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The database users of the team server cannot be read: %1</source>
        <translation>De databasegebruikers van de teamserver kunnen niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>fla::TrainingAccount</name>
    <message>
        <source>the sector agreement %1 (days per FTE)</source>
        <translation>het sectorakkoord %1 (dagen per VTE)</translation>
    </message>
    <message>
        <source>the law&apos;s days per FTE</source>
        <translation>de wettelijke dagen per VTE</translation>
    </message>
    <message>
        <source>the five-year carry-over window</source>
        <translation>de overdrachtsperiode van vijf jaar</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlan</name>
    <message>
        <source>draft sent for advice</source>
        <translation>ontwerp voor advies bezorgd</translation>
    </message>
    <message>
        <source>advice received</source>
        <translation>advies ontvangen</translation>
    </message>
    <message>
        <source>plan adopted</source>
        <translation>plan vastgesteld</translation>
    </message>
    <message>
        <source>anonymised copy uploaded</source>
        <translation>geanonimiseerde kopie opgeladen</translation>
    </message>
    <message>
        <source>works council</source>
        <translation>ondernemingsraad</translation>
    </message>
    <message>
        <source>union delegation</source>
        <translation>vakbondsafvaardiging</translation>
    </message>
    <message>
        <source>the workers</source>
        <translation>de werknemers</translation>
    </message>
    <message>
        <source>no particular group</source>
        <translation>geen bijzondere groep</translation>
    </message>
    <message>
        <source>workers aged 50 or more</source>
        <translation>werknemers van 50 jaar of ouder</translation>
    </message>
    <message>
        <source>workers with a disability</source>
        <translation>werknemers met een handicap</translation>
    </message>
    <message>
        <source>non-EU nationals</source>
        <translation>niet-EU-onderdanen</translation>
    </message>
    <message>
        <source>shortage occupations</source>
        <translation>knelpuntberoepen</translation>
    </message>
    <message>
        <source>gender balance</source>
        <translation>genderevenwicht</translation>
    </message>
    <message>
        <source>formal continuing training</source>
        <translation>formele voortgezette opleiding</translation>
    </message>
    <message>
        <source>informal continuing training</source>
        <translation>informele voortgezette opleiding</translation>
    </message>
    <message>
        <source>initial training</source>
        <translation>initiële opleiding</translation>
    </message>
    <message>
        <source>send the draft for advice</source>
        <translation>bezorg het ontwerp voor advies</translation>
    </message>
    <message>
        <source>receive the advice</source>
        <translation>ontvang het advies</translation>
    </message>
    <message>
        <source>adopt the plan</source>
        <translation>stel het plan vast</translation>
    </message>
    <message>
        <source>upload the anonymised copy</source>
        <translation>laad de geanonimiseerde kopie op</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRepository</name>
    <message>
        <source>list of training plans</source>
        <translation>lijst van opleidingsplannen</translation>
    </message>
    <message>
        <source>The %1 belongs to another company.</source>
        <translation>Het %1 hoort bij een ander bedrijf.</translation>
    </message>
    <message>
        <source>The %1 has no valid years.</source>
        <translation>Het %1 heeft geen geldige jaren.</translation>
    </message>
    <message>
        <source>The %1 overlaps the %2 of this company.</source>
        <translation>Het %1 overlapt met het %2 van dit bedrijf.</translation>
    </message>
    <message>
        <source>planned training &quot;%1&quot; of the %2</source>
        <translation>geplande opleiding &quot;%1&quot; van het %2</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 van het %2</translation>
    </message>
    <message>
        <source>training plan</source>
        <translation>opleidingsplan</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRules</name>
    <message>
        <source>The training plan&apos;s deadlines cannot be read: %1</source>
        <translation>De termijnen van het opleidingsplan kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 heeft geen geldige %2</translation>
    </message>
    <message>
        <source>a deadline is not a valid day</source>
        <translation>een termijn is geen geldige dag</translation>
    </message>
</context>
<context>
    <name>fla::TrainingRightRules</name>
    <message>
        <source>The training right&apos;s figures cannot be read: %1</source>
        <translation>De cijfers van het opleidingsrecht kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>an entry has no valid years</source>
        <translation>een regel heeft geen geldige jaren</translation>
    </message>
    <message>
        <source>the entry for %1-%2 has no days per FTE for %3</source>
        <translation>de regel voor %1-%2 heeft geen dagen per VTE voor %3</translation>
    </message>
    <message>
        <source>the source %1 is not listed</source>
        <translation>de bron %1 staat niet in de lijst</translation>
    </message>
    <message>
        <source>no legal figures</source>
        <translation>geen wettelijke cijfers</translation>
    </message>
    <message>
        <source>a sector entry has no joint committee</source>
        <translation>een sectorregel heeft geen paritair comité</translation>
    </message>
    <message>
        <source>no valid carry-over window</source>
        <translation>geen geldige overdrachtsperiode</translation>
    </message>
</context>
<context>
    <name>fla::Workspace</name>
    <message>
        <source>The folder of the workspace %1 cannot be created.</source>
        <translation>De map van de werkruimte %1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>De werkruimte %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace, or it is damaged (%2).</source>
        <translation>Het bestand %1 is geen FLA Desk-werkruimte, of het is beschadigd (%2).</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this version (%4) reads schemas up to %5. Update FLA Desk to open it.</source>
        <translation>De werkruimte %1 werd geschreven door een nieuwere versie van FLA Desk (%2, schema %3); deze versie (%4) leest schema&apos;s tot %5. Werk FLA Desk bij om ze te openen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded: %2</source>
        <translation>De werkruimte %1 kan niet bijgewerkt worden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded to schema %2 (%3): %4</source>
        <translation>De werkruimte %1 kan niet bijgewerkt worden naar schema %2 (%3): %4</translation>
    </message>
    <message>
        <source>A snapshot cannot be taken inside a transaction.</source>
        <translation>Een momentopname kan niet binnen een transactie genomen worden.</translation>
    </message>
    <message>
        <source>The snapshot of the workspace into %1 failed: %2</source>
        <translation>De momentopname van de werkruimte naar %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>The change was cancelled because a part of it failed.</source>
        <translation>De wijziging werd geannuleerd omdat een deel ervan mislukte.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet bewaard worden: %1</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceCopy</name>
    <message>
        <source>The table %1 is missing in the workspace %2.</source>
        <translation>De tabel %1 ontbreekt in de werkruimte %2.</translation>
    </message>
    <message>
        <source>The workspace %1 has no column %2 in its table %3: it cannot hold this copy.</source>
        <translation>De werkruimte %1 heeft geen kolom %2 in haar tabel %3: ze kan deze kopie niet bevatten.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>Rij %1 van de tabel %2 kon niet gekopieerd worden: %3</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace %1 can copy a workspace into it (the audit trail keeps the names of who made each change).</source>
        <translation>Alleen de eigenaar van de teamwerkruimte %1 kan er een werkruimte naartoe kopiëren (het auditspoor bewaart de namen van wie elke wijziging maakte).</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be prepared for the copy: %2</source>
        <translation>Het auditspoor van %1 kan niet voorbereid worden voor de kopie: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or give --replace to empty it first.</source>
        <translation>De werkruimte %1 is niet leeg (%2 rijen in %3). Kopieer naar een nieuwe, lege werkruimte, of geef --replace om ze eerst leeg te maken.</translation>
    </message>
    <message>
        <source>The copy does not match its source (rows counted and audit trail compared after copying); nothing was kept.</source>
        <translation>De kopie komt niet overeen met haar bron (rijen geteld en auditspoor vergeleken na het kopiëren); er werd niets bewaard.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>De werkruimte %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: %2</source>
        <translation>Er kan niet naar de werkruimte %1 geschreven worden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was not copied into %2: %3</source>
        <translation>De werkruimte %1 werd niet naar %2 gekopieerd: %3</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceOutboxStore</name>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Geen werkgever %1 in deze werkruimte.</translation>
    </message>
    <message>
        <source>%1 %2 (deleted)</source>
        <translation>%1 %2 (verwijderd)</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>werknemer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>tewerkstelling van %1 vanaf %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>opleiding “%1” van %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>deelname van %1 aan “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>opleidingsrecht %1 van %2</translation>
    </message>
    <message>
        <source>The changes to declare cannot be taken: %1</source>
        <translation>De aan te geven wijzigingen kunnen niet opgenomen worden: %1</translation>
    </message>
    <message>
        <source>Another desktop is declaring the changes of %1 (%2) now; they are left to it. Sync again when it has finished if any are still waiting.</source>
        <translation>Een andere computer geeft de wijzigingen van %1 (%2) nu aan; ze worden aan die computer overgelaten. Synchroniseer opnieuw wanneer die klaar is als er nog wijzigingen wachten.</translation>
    </message>
    <message>
        <source>The changes waiting to be declared cannot be read: %1</source>
        <translation>De wijzigingen die op aangifte wachten, kunnen niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost and opened again during the sync: another desktop may have taken over the companies, so nothing more was sent. What was not sent is declared by the next sync.</source>
        <translation>De verbinding met de teamserver viel weg en werd tijdens de synchronisatie opnieuw geopend: een ander bureaublad kan de bedrijven hebben overgenomen, dus er werd niets meer verzonden. Wat niet verzonden werd, wordt bij de volgende synchronisatie aangegeven.</translation>
    </message>
    <message>
        <source>A change to declare could not be read from the workspace, so nothing more was sent: %1 What was not sent is declared by the next sync.</source>
        <translation>Een aan te geven wijziging kon niet uit de werkruimte gelezen worden, dus er werd niets meer verzonden: %1 Wat niet verzonden werd, wordt bij de volgende synchronisatie aangegeven.</translation>
    </message>
</context>
<context>
    <name>fla::Xlsx</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kan niet aangemaakt worden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kan niet geschreven worden.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxBudget</name>
    <message>
        <source>The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to that size. Save the sheet as CSV, or split it.</source>
        <translation>De werkmap pakt uit tot meer dan %1 MiB (bereikt in %2); FLA Desk leest werkmappen tot die grootte. Bewaar het blad als CSV of splits het.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no spreadsheet writes (a cell holds at most 32,767 characters).</source>
        <translation>Het deel %1 van de werkmap bevat een tekst of tag langer dan %2 KiB, wat geen rekenblad schrijft (een cel bevat hoogstens 32.767 tekens).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: it cannot be unpacked.</source>
        <translation>Het deel %1 van de werkmap is beschadigd: het kan niet uitgepakt worden.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxTableReader</name>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel-werkmap, blad %1</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty: it has no header row.</source>
        <translation>Het eerste blad van de werkmap is leeg: er is geen kopregel.</translation>
    </message>
</context>
<context>
    <name>fla::auth</name>
    <message>
        <source>The sign-in settings are incomplete: an issuer URL and a client id are needed.</source>
        <translation>De aanmeldinstellingen zijn onvolledig: een issuer-URL en een client-id zijn nodig.</translation>
    </message>
    <message>
        <source>The sign-in refused an address that is not https (only the local computer may use http).</source>
        <translation>Het aanmelden weigerde een adres dat geen https is (alleen de eigen computer mag http gebruiken).</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check the network and try again.</source>
        <translation>De aanmelddienst is niet bereikbaar. Controleer het netwerk en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again later.</source>
        <translation>De aanmelddienst antwoordde niet op tijd. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration (discovery document) is missing or wrong.</source>
        <translation>De configuratie van de aanmelddienst (discovery-document) ontbreekt of is fout.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s signing keys could not be read.</source>
        <translation>De ondertekeningssleutels van de aanmelddienst konden niet gelezen worden.</translation>
    </message>
    <message>
        <source>The app could not wait for the browser on this computer (local listener failed).</source>
        <translation>De toepassing kon niet wachten op de browser op deze computer (lokale luisteraar mislukt).</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Sign in again.</source>
        <translation>De browser gaf een antwoord dat niet bij deze aanmelding hoort (state klopt niet). Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Sign in again.</source>
        <translation>Er kwam niet op tijd een antwoord van de browser. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <translation>Het aanmelden werd geweigerd of geannuleerd in de browser.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>De browser gaf geen autorisatiecode terug.</translation>
    </message>
    <message>
        <source>The sign-in service refused to issue a token.</source>
        <translation>De aanmelddienst weigerde een token uit te reiken.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>De aanmelding is verlopen of ingetrokken. Meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The identity token is malformed.</source>
        <translation>Het identiteitstoken is misvormd.</translation>
    </message>
    <message>
        <source>The identity token is not signed with RS256.</source>
        <translation>Het identiteitstoken is niet ondertekend met RS256.</translation>
    </message>
    <message>
        <source>The identity token is signed with a key the service does not publish.</source>
        <translation>Het identiteitstoken is ondertekend met een sleutel die de dienst niet publiceert.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>De handtekening van het identiteitstoken is ongeldig.</translation>
    </message>
    <message>
        <source>The identity token comes from another issuer.</source>
        <translation>Het identiteitstoken komt van een andere uitgever.</translation>
    </message>
    <message>
        <source>The identity token was issued for another application (audience).</source>
        <translation>Het identiteitstoken werd uitgereikt voor een andere toepassing (audience).</translation>
    </message>
    <message>
        <source>The identity token has expired. Check the computer&apos;s clock and sign in again.</source>
        <translation>Het identiteitstoken is verlopen. Controleer de klok van de computer en meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Het identiteitstoken hoort niet bij deze aanmelding (nonce klopt niet).</translation>
    </message>
    <message>
        <source>The certificate file could not be read.</source>
        <translation>Het certificaatbestand kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Het aanmelden werd geannuleerd.</translation>
    </message>
    <message>
        <source>%1: an address is required.</source>
        <translation>%1: een adres is verplicht.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address.</source>
        <translation>%1: &quot;%2&quot; is geen geldig adres.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must use https (http is only allowed on this computer).</source>
        <translation>%1: &quot;%2&quot; moet https gebruiken (http mag alleen op deze computer).</translation>
    </message>
    <message>
        <source>clientId: a client id is required.</source>
        <translation>clientId: een client-id is verplicht.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptatie</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The sign-in cannot be remembered on this computer.</source>
        <translation>De sleutelhanger van het systeem is niet beschikbaar (%1). De aanmelding kan op deze computer niet onthouden worden.</translation>
    </message>
</context>
<context>
    <name>fla::auth::Environment</name>
    <message>
        <source>The FLA&apos;s production platform closed on %1: the law of 14 January 2026 ended the declaration obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. Your records stay in the workspace, for the training plan, the social balance sheet and the workers&apos; training accounts.</source>
        <translation>Het productieplatform van de FLA is gesloten sinds %1: de wet van 14 januari 2026 schafte de aangifteplicht af en de gegevens zijn vernietigd. Er wordt niets meer naar verzonden of van opgehaald. Uw records blijven in de werkruimte, voor het opleidingsplan, de sociale balans en de opleidingsrekeningen van de werknemers.</translation>
    </message>
</context>
<context>
    <name>fla::auth::LoopbackListener</name>
    <message>
        <source>Refusing to listen on %1: the sign-in listener may only use the loopback interface.</source>
        <translation>Luisteren op %1 geweigerd: de aanmeldluisteraar mag alleen de loopback-interface gebruiken.</translation>
    </message>
    <message>
        <source>FLA Desk sign-in</source>
        <translation>Aanmelden bij FLA Desk</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>Je bent aangemeld.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Het aanmelden is niet gelukt.</translation>
    </message>
    <message>
        <source>You can close this window and return to FLA Desk.</source>
        <translation>Je kunt dit venster sluiten en terugkeren naar FLA Desk.</translation>
    </message>
    <message>
        <source>This sign-in has already been completed.</source>
        <translation>Deze aanmelding is al voltooid.</translation>
    </message>
</context>
<context>
    <name>fla::auth::MachineSignIn</name>
    <message>
        <source>Cannot open the certificate file %1: %2</source>
        <translation>Het certificaatbestand %1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Het certificaatbestand %1 kan niet gelezen worden: %2</translation>
    </message>
</context>
<context>
    <name>fla::auth::OidcSignIn</name>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. Finish signing in in the browser window FLA Desk opened.</source>
        <translation>Dit antwoord hoort niet bij de aanmelding die bezig is en werd genegeerd. Meld u verder aan in het browservenster dat FLA Desk opende.</translation>
    </message>
</context>
<context>
    <name>fla::cli</name>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>(rejected)</source>
        <translation>(geweigerd)</translation>
    </message>
    <message>
        <source>There is no employer with enterprise number %1.</source>
        <translation>Er is geen werkgever met ondernemingsnummer %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Er is geen werkruimte op %1.</translation>
    </message>
    <message>
        <source>Signed in as machine client %1 (%2).</source>
        <translation>Aangemeld als machineclient %1 (%2).</translation>
    </message>
    <message>
        <source>Signed in: subject %1 (%2)</source>
        <translation>Aangemeld: subject %1 (%2)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <source>Given name: %1; family name: %2</source>
        <translation>Voornaam: %1; familienaam: %2</translation>
    </message>
    <message>
        <source>May act for: %1</source>
        <translation>Mag optreden voor: %1</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>geen onderneming</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Toegangstoken geldig tot: %1</translation>
    </message>
    <message>
        <source>sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 retried</source>
        <translation>synchronisatie: %1/%2 klaar · %3 aanvaard · %4 met waarschuwingen · %5 geweigerd · %6 conflicten · %7 vastgehouden · %8 opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>+ %1: only on the platform</source>
        <translation>+ %1: alleen op het platform</translation>
    </message>
    <message>
        <source>~ %1: differs from the workspace</source>
        <translation>~ %1: verschilt van de werkruimte</translation>
    </message>
    <message>
        <source>The workspace has no company to archive.</source>
        <translation>De werkruimte bevat geen onderneming om te archiveren.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: archived, %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1: gearchiveerd, %2 nieuw, %3 bijgewerkt, %4 ongewijzigd.</translation>
    </message>
    <message>
        <source>%1: NOT archived: %2</source>
        <translation>%1: NIET gearchiveerd: %2</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived.</source>
        <translation>%1 van %2 ondernemingen gearchiveerd.</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>werknemer</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>werkgever</translation>
    </message>
    <message>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>op tijd gedaan</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>te laat gedaan</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Training plan %1 (consulted: %2)</source>
        <translation>Opleidingsplan %1 (geraadpleegd: %2)</translation>
    </message>
    <message>
        <source>step	due by	done on	state</source>
        <translation>stap	uiterlijk op	gedaan op	stand</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(onbevestigd)</translation>
    </message>
    <message>
        <source>category	training	target group	risk group	workers	days each</source>
        <translation>categorie	opleiding	doelgroep	risicogroep	werknemers	dagen elk</translation>
    </message>
    <message>
        <source>planned and realised	planned workers	planned days	realised workers	realised days</source>
        <translation>gepland en gerealiseerd	geplande werknemers	geplande dagen	gerealiseerde werknemers	gerealiseerde dagen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geef een geldig ondernemingsnummer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>De werkruimte %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>De werkruimte bevat geen werkgever %1.</translation>
    </message>
    <message>
        <source>No worker with INSZ or UUID %1.</source>
        <translation>Geen werknemer met INSZ of UUID %1.</translation>
    </message>
    <message>
        <source>%1 workers have this INSZ (one per employer): choose one with --employer.</source>
        <translation>%1 werknemers hebben dit INSZ (één per werkgever): kies er één met --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::BackupCommand</name>
    <message>
        <source>Write a consistent backup of a workspace (also while the app has it open), encrypted with a passphrase.</source>
        <translation>Een consistente back-up van een werkruimte schrijven (ook terwijl de toepassing ze open heeft), versleuteld met een wachtzin.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Het te schrijven back-upbestand.</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file (AES-256-GCM, scrypt).</source>
        <translation>Versleutelen met de wachtzin in dit bestand (AES-256-GCM, scrypt).</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>Geef het back-upbestand een naam met --out BESTAND.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Het bestand %1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Back-up geschreven naar %1 (%2).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>Write the backup unencrypted: anyone who gets the file can read every record in it.</source>
        <translation>Schrijf de back-up onversleuteld: wie het bestand krijgt, kan elk record erin lezen.</translation>
    </message>
    <message>
        <source>Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or --no-encryption to write it unencrypted.</source>
        <translation>Zeg hoe de back-up beschermd wordt: --passphrase-file F om ze te versleutelen (AES-256-GCM), of --no-encryption om ze onversleuteld te schrijven.</translation>
    </message>
</context>
<context>
    <name>fla::cli::CertificatesCommand</name>
    <message>
        <source>Attach certificate files to a worker&apos;s trainings, list them, or export the worker&apos;s trainings with their certificates.</source>
        <translation>Voeg attestbestanden toe aan de opleidingen van een werknemer, toon ze, of exporteer de opleidingen van de werknemer met hun attesten.</translation>
    </message>
    <message>
        <source>attach --participation UUID --file F (at most %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)</source>
        <translation>attach --participation UUID --file F (hoogstens %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json en de bestanden, geen INSZ)</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID.</source>
        <translation>Het INSZ of de UUID van de werknemer.</translation>
    </message>
    <message>
        <source>The participation&apos;s UUID.</source>
        <translation>De UUID van de deelname.</translation>
    </message>
    <message>
        <source>The certificate file to attach.</source>
        <translation>Het attestbestand om toe te voegen.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>De map om naar te exporteren.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Geef één actie: %1.</translation>
    </message>
    <message>
        <source>certificates %1: a required option is missing (see --help).</source>
        <translation>certificates %1: een verplichte optie ontbreekt (zie --help).</translation>
    </message>
    <message>
        <source>Certificate %1 attached.</source>
        <translation>Attest %1 toegevoegd.</translation>
    </message>
    <message>
        <source>participation	training	start	certificate files</source>
        <translation>deelname	opleiding	begin	attestbestanden</translation>
    </message>
</context>
<context>
    <name>fla::cli::CompanyOptions</name>
    <message>
        <source>The workspace file.</source>
        <translation>Het werkruimtebestand.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number (required).</source>
        <translation>Het ondernemingsnummer van de werkgever (verplicht).</translation>
    </message>
</context>
<context>
    <name>fla::cli::CreditCommand</name>
    <message>
        <source>Print the training credit per worker for a year.</source>
        <translation>Het opleidingskrediet per werknemer voor een jaar tonen.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>De map van een CSV-set.</translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation>Een werkruimtebestand.</translation>
    </message>
    <message>
        <source>One JSON object per worker and line.</source>
        <translation>Eén JSON-object per werknemer en regel.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Geef ofwel --csv MAP ofwel --workspace W.</translation>
    </message>
    <message>
        <source>enterprise	worker	INSZ	legal	sectoral	employer	entitled	carried over	used	planned	remaining (days)	remaining (hours)</source>
        <translation>onderneming	werknemer	INSZ	wettelijk	sectoraal	werkgever	recht	overdracht	gebruikt	gepland	saldo (dagen)	saldo (uren)</translation>
    </message>
    <message>
        <source>The year, from %1 to %2 (required).</source>
        <translation>Het jaar, van %1 tot %2 (verplicht).</translation>
    </message>
    <message>
        <source>Give the year with --year Y: %1</source>
        <translation>Geef het jaar met --year J: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::ExportBatchCommand</name>
    <message>
        <source>Export a declaration as a batch file set (FI, FS signature, GO).</source>
        <translation>Een aangifte exporteren als batchbestanden (FI, FS-handtekening, GO).</translation>
    </message>
    <message>
        <source>The folder to write the files into.</source>
        <translation>De map waarin de bestanden geschreven worden.</translation>
    </message>
    <message>
        <source>Sign FI with this PKCS#12 file (key and certificate).</source>
        <translation>FI ondertekenen met dit PKCS#12-bestand (sleutel en certificaat).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this file (first line); else from the environment variable FLADESK_P12_PASSWORD.</source>
        <translation>Het wachtwoord van het certificaat uit dit bestand lezen (eerste regel); anders uit de omgevingsvariabele FLADESK_P12_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the files for production (R), not test (T).</source>
        <translation>De bestanden benoemen voor productie (R), niet test (T).</translation>
    </message>
    <message>
        <source>The sender&apos;s number in the file names (default: the employer&apos;s enterprise number).</source>
        <translation>Het nummer van de afzender in de bestandsnamen (standaard: het ondernemingsnummer van de werkgever).</translation>
    </message>
    <message>
        <source>The sequence number of the day (default 1).</source>
        <translation>Het volgnummer van de dag (standaard 1).</translation>
    </message>
    <message>
        <source>Give --out DIR (and a --sequence between 1 and 99999).</source>
        <translation>Geef --out MAP (en een --sequence tussen 1 en 99999).</translation>
    </message>
    <message>
        <source>There is nothing to declare: no employer.</source>
        <translation>Er is niets aan te geven: geen werkgever.</translation>
    </message>
    <message>
        <source>The records hold several employers: choose one with --employer, or give --sender.</source>
        <translation>De records bevatten meerdere werkgevers: kies er één met --employer, of geef --sender.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Het wachtwoordbestand %1 kan niet gelezen worden.</translation>
    </message>
    <message>
        <source>Warning: no --certificate given, so no FS signature file was written; import-batch reads the set only with --unsigned.</source>
        <translation>Waarschuwing: geen --certificate opgegeven, dus er werd geen FS-handtekeningbestand geschreven; import-batch leest de set alleen met --unsigned.</translation>
    </message>
</context>
<context>
    <name>fla::cli::GenerateCommand</name>
    <message>
        <source>Write a reproducible synthetic CSV set, optionally with injected anomalies.</source>
        <translation>Een reproduceerbare synthetische CSV-set schrijven, eventueel met ingevoegde anomalieën.</translation>
    </message>
    <message>
        <source>Folder to write the CSV set into.</source>
        <translation>Map waarin de CSV-set geschreven wordt.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Zaad van de generator (standaard 1).</translation>
    </message>
    <message>
        <source>Number of participations (default 10000, at most 10000000).</source>
        <translation>Aantal deelnames (standaard 10000, hoogstens 10000000).</translation>
    </message>
    <message>
        <source>Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv.</source>
        <translation>Fractie (0 tot 1) ongeldige records per soort anomalie; schrijft injected.csv.</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (yyyy-MM-dd, default 2026-06-30): later trainings are planned.</source>
        <translation>Het &quot;vandaag&quot; van de gegevens (jjjj-MM-dd, standaard 2026-06-30): latere opleidingen zijn gepland.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out MAP is verplicht.</translation>
    </message>
    <message>
        <source>--seed must be a whole number: %1</source>
        <translation>--seed moet een geheel getal zijn: %1</translation>
    </message>
    <message>
        <source>--participations must be a number from 0 to 10000000: %1</source>
        <translation>--participations moet een getal van 0 tot 10000000 zijn: %1</translation>
    </message>
    <message>
        <source>--invalid-fraction must be a number from 0 to 1: %1</source>
        <translation>--invalid-fraction moet een getal van 0 tot 1 zijn: %1</translation>
    </message>
    <message>
        <source>--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1</source>
        <translation>--reference-date moet een datum in 2024 tot 2026 zijn (jjjj-MM-dd): %1</translation>
    </message>
    <message>
        <source>Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights to %7 in %8 ms.</source>
        <translation>%1 werkgevers, %2 werknemers, %3 tewerkstellingen, %4 opleidingen, %5 deelnames, %6 rechten geschreven naar %7 in %8 ms.</translation>
    </message>
    <message>
        <source>Injected %1 anomalies, listed in injected.csv.</source>
        <translation>%1 anomalieën ingevoegd, opgesomd in injected.csv.</translation>
    </message>
</context>
<context>
    <name>fla::cli::HistoryCommand</name>
    <message>
        <source>Show the audit trail of one record; --restore brings a deleted record back.</source>
        <translation>Het auditspoor van één record tonen; --restore haalt een verwijderd record terug.</translation>
    </message>
    <message>
        <source>One JSON object per change.</source>
        <translation>Eén JSON-object per wijziging.</translation>
    </message>
    <message>
        <source>Restore the record (deleted) to its state before the delete.</source>
        <translation>Het (verwijderde) record herstellen in zijn toestand van voor het verwijderen.</translation>
    </message>
    <message>
        <source>The record.</source>
        <translation>Het record.</translation>
    </message>
    <message>
        <source>Give the UUID of one record.</source>
        <translation>Geef de UUID van één record.</translation>
    </message>
    <message>
        <source>The workspace holds no record %1 and no history of it.</source>
        <translation>De werkruimte bevat geen record %1 en geen geschiedenis ervan.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 hersteld.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportBatchCommand</name>
    <message>
        <source>Read a batch declaration file (FI) back, checking every value.</source>
        <translation>Een batchaangifte (FI) teruglezen en elke waarde controleren.</translation>
    </message>
    <message>
        <source>Only check the file; store nothing.</source>
        <translation>Alleen het bestand controleren; niets bewaren.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>De records als CSV-set naar MAP schrijven.</translation>
    </message>
    <message>
        <source>The workspace file to load the records into.</source>
        <translation>Het werkruimtebestand waarin de records geladen worden.</translation>
    </message>
    <message>
        <source>Give one FI file.</source>
        <translation>Geef één FI-bestand.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kan niet geopend worden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid declaration; nothing was stored.</source>
        <translation>%1 is geen geldige aangifte; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)</source>
        <translation>%1: %2 werkgever(s), %3 werknemer(s), %4 opleiding(en), %5 deelname(s), %6 recht(en)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new, %3 changed, %4 unchanged record(s).</source>
        <translation>Bewaard in %1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd record(s).</translation>
    </message>
    <message>
        <source>Read the declaration although it has no FS signature file (a signature that is there is always checked).</source>
        <translation>Lees de aangifte ook al heeft ze geen FS-handtekeningbestand (een aanwezige handtekening wordt altijd gecontroleerd).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate must chain to a certificate in this PEM file.</source>
        <translation>Het certificaat van de ondertekenaar moet terugvoeren naar een certificaat in dit PEM-bestand.</translation>
    </message>
    <message>
        <source>The FI file (its FS signature is read from the same folder).</source>
        <translation>Het FI-bestand (de FS-handtekening wordt uit dezelfde map gelezen).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kan niet geopend worden: dat bestand bestaat niet.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Er werd niets bewaard.</translation>
    </message>
    <message>
        <source>An unsigned declaration is read only with --unsigned; nothing was stored.</source>
        <translation>Een niet-ondertekende aangifte wordt alleen met --unsigned gelezen; er werd niets bewaard.</translation>
    </message>
    <message>
        <source>Not signed: read because --unsigned was given.</source>
        <translation>Niet ondertekend: gelezen omdat --unsigned opgegeven werd.</translation>
    </message>
    <message>
        <source>Signature valid, signed by: %1</source>
        <translation>Handtekening geldig, ondertekend door: %1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not checked against a trusted authority (give --ca FILE): make sure this signer is who you expect.</source>
        <translation>Het certificaat van de ondertekenaar werd niet getoetst aan een vertrouwde instantie (geef --ca BESTAND): ga na of deze ondertekenaar is wie u verwacht.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCommand</name>
    <message>
        <source>Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.</source>
        <translation>Een rekenblad (CSV of XLSX) met gevolgde opleidingen importeren, met een kolomkoppeling.</translation>
    </message>
    <message>
        <source>The column mapping: a profile name, or the path of its JSON file.</source>
        <translation>De kolomkoppeling: een profielnaam of het pad van het JSON-bestand.</translation>
    </message>
    <message>
        <source>The folder of the named mappings (default: the app&apos;s own).</source>
        <translation>De map van de benoemde koppelingen (standaard: die van de toepassing).</translation>
    </message>
    <message>
        <source>Print the mapping suggested from the file&apos;s header as JSON, and stop.</source>
        <translation>De koppeling die de kopregel voorstelt als JSON tonen, en stoppen.</translation>
    </message>
    <message>
        <source>Keep every row that names a worker and a training, as drafts.</source>
        <translation>Elke rij die een werknemer en een opleiding noemt als ontwerp bewaren.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to FILE (default: next to the input, -rejected.csv).</source>
        <translation>De geweigerde rijen en hun redenen naar BESTAND schrijven (standaard: naast de invoer, -rejected.csv).</translation>
    </message>
    <message>
        <source>Check the first N rows and store nothing.</source>
        <translation>De eerste N rijen controleren en niets bewaren.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>De records als CSV-set naar MAP schrijven.</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>Het werkruimtebestand waarin geïmporteerd wordt.</translation>
    </message>
    <message>
        <source>The employer (enterprise number).</source>
        <translation>De werkgever (ondernemingsnummer).</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>Het CSV- of XLSX-bestand.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Geef één bestand om te importeren.</translation>
    </message>
    <message>
        <source>Give --mapping PROFILE (or --suggest to see the mapping the header suggests).</source>
        <translation>Geef --mapping PROFIEL (of --suggest om de koppeling te zien die de kopregel voorstelt).</translation>
    </message>
    <message>
        <source>Give the employer the rows belong to: --employer NUMBER.</source>
        <translation>Geef de werkgever van de rijen: --employer NUMMER.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Het ondernemingsnummer %1 is ongeldig.</translation>
    </message>
    <message>
        <source>--preview needs a number of rows.</source>
        <translation>--preview vraagt een aantal rijen.</translation>
    </message>
    <message>
        <source>The workspace has no employer with enterprise number %1.</source>
        <translation>De werkruimte heeft geen werkgever met ondernemingsnummer %1.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), %8 participation(s)</source>
        <translation>%1 (%2): %3 rij(en) gelezen, %4 aanvaard, %5 geweigerd; %6 werknemer(s), %7 opleiding(en), %8 deelname(s)</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>Geweigerde rijen en hun redenen: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new training(s).</source>
        <translation>Bewaard in %1: %2 nieuwe en %3 ongewijzigde deelname(s), %4 nieuwe werknemer(s), %5 nieuwe opleiding(en).</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts: fix them before they are declared.</source>
        <translation>Rijen met blokkerende problemen werden als ontwerp bewaard: verbeter ze voor ze aangegeven worden.</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large files).</source>
        <translation>Geen auditregel per record (sneller voor zeer grote bestanden).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCsvCommand</name>
    <message>
        <source>Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.</source>
        <translation>Een CSV-set (docs/csv-format.md) in een werkruimte laden; opnieuw laden voegt niets toe.</translation>
    </message>
    <message>
        <source>Queue the loaded records for declaration (default: they stay drafts).</source>
        <translation>De geladen records klaarzetten voor aangifte (standaard: ze blijven ontwerp).</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large sets).</source>
        <translation>Geen auditregel per record (sneller voor zeer grote sets).</translation>
    </message>
    <message>
        <source>The folder of the CSV set.</source>
        <translation>De map van de CSV-set.</translation>
    </message>
    <message>
        <source>Name the folder of the CSV set.</source>
        <translation>Geef de map van de CSV-set.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Er werd niets geladen: %1</translation>
    </message>
    <message>
        <source>file	inserted	updated	unchanged</source>
        <translation>bestand	toegevoegd	bijgewerkt	ongewijzigd</translation>
    </message>
    <message>
        <source>%1 records from %2 in %3 s.</source>
        <translation>%1 records uit %2 in %3 s.</translation>
    </message>
    <message>
        <source>A line that cannot be read whole (a field count other than the header&apos;s, a misplaced quote, a value that is not of its form, text its field may not hold) is refused and listed with its file, line, column and why; so is a record that depends on a refused one, or on a record that is neither in the set nor in the workspace. A refused line never changes a stored record.</source>
        <translation>Een regel die niet helemaal gelezen kan worden (een ander aantal velden dan de kopregel, een misplaatst aanhalingsteken, een waarde die niet de juiste vorm heeft, tekst die het veld niet mag bevatten) wordt geweigerd en vermeld met bestand, regel, kolom en reden; zo ook een record dat afhangt van een geweigerd record, of van een record dat noch in de set noch in de werkruimte staat. Een geweigerde regel wijzigt nooit een opgeslagen record.</translation>
    </message>
    <message>
        <source>Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace or the load failed).</source>
        <translation>Afsluitstatus: 0 elke regel werd geladen; 3 gedeeltelijk geladen: de geweigerde regels worden vermeld en elk ander record werd geladen; 1 er werden regels geweigerd en niets werd geladen (--all-or-nothing, of niets kon geladen worden); 64 een gebruiksfout; 70 niets werd geladen (de map, de werkruimte of het laden faalde).</translation>
    </message>
    <message>
        <source>Load nothing when any line is refused (default: load every other record and exit with 3).</source>
        <translation>Niets laden wanneer een regel geweigerd wordt (standaard: elk ander record laden en afsluiten met 3).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was loaded.</source>
        <translation>De map %1 bestaat niet: er werd niets geladen.</translation>
    </message>
    <message>
        <source>The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.</source>
        <translation>De map %1 bevat geen enkel bestand van een CSV-set (%2): er werd niets geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n line(s) refused.</source>
        <translation>
            <numerusform>Er werd niets geladen: %n regel geweigerd.</numerusform>
            <numerusform>Er werd niets geladen: %n regels geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>(--all-or-nothing)</source>
        <translation>(--all-or-nothing)</translation>
    </message>
    <message numerus="yes">
        <source>Partly loaded: %n line(s) refused, listed on the error output; every other record was loaded.</source>
        <translation>
            <numerusform>Gedeeltelijk geladen: %n regel geweigerd, vermeld in de foutuitvoer; elk ander record werd geladen.</numerusform>
            <numerusform>Gedeeltelijk geladen: %n regels geweigerd, vermeld in de foutuitvoer; elk ander record werd geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded, but the anomalies shown in the app could not be refreshed: %1</source>
        <translation>Geladen, maar de anomalieën in de app konden niet vernieuwd worden: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::LoginCommand</name>
    <message>
        <source>Sign in (browser, or a certificate) and show who signed in</source>
        <translation>Aanmelden (browser of certificaat) en tonen wie aangemeld is</translation>
    </message>
    <message>
        <source>Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and when the access token expires, never a token. The refresh token is kept in the system keychain; --no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address.</source>
        <translation>Meldt aan met OpenID Connect in de browser (autorisatiecode met PKCE, loopback-omleiding), of met --certificate als machine met een JWT-clientverklaring (RFC 7523). Toont wie aangemeld is en wanneer het toegangstoken verloopt, nooit een token. Het vernieuwingstoken wordt bewaard in de sleutelhanger van het systeem; --no-keychain (of FLADESK_NO_KEYCHAIN=1) bewaart niets. $BROWSER opent het adres als het ingesteld is.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production (default: the one chosen in Settings).</source>
        <translation>sandbox, acceptance of production (standaard: die gekozen in Instellingen).</translation>
    </message>
    <message>
        <source>The OpenID provider (issuer URL).</source>
        <translation>De OpenID-provider (issuer-URL).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>De client-id.</translation>
    </message>
    <message>
        <source>Scopes, space-separated (default: openid profile).</source>
        <translation>Scopes, gescheiden door spaties (standaard: openid profile).</translation>
    </message>
    <message>
        <source>PKCS#12 file with the machine&apos;s key and certificate; its password is read from FLADESK_P12_PASSWORD (empty when unset).</source>
        <translation>PKCS#12-bestand met de sleutel en het certificaat van de machine; het wachtwoord komt uit FLADESK_P12_PASSWORD (leeg als niet ingesteld).</translation>
    </message>
    <message>
        <source>The token endpoint (machine sign-in).</source>
        <translation>Het token-endpoint (machine-aanmelding).</translation>
    </message>
    <message>
        <source>Do not remember the sign-in (nothing is stored).</source>
        <translation>De aanmelding niet onthouden (er wordt niets bewaard).</translation>
    </message>
    <message>
        <source>Only print the address to open.</source>
        <translation>Alleen het te openen adres tonen.</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Seconden wachten op de browser (standaard 300).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>--certificate needs --client-id and --token-url.</source>
        <translation>--certificate vraagt --client-id en --token-url.</translation>
    </message>
    <message>
        <source>--token-url: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--token-url: &quot;%1&quot; moet https gebruiken (http mag alleen op deze computer).</translation>
    </message>
    <message>
        <source>--issuer: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--issuer: &quot;%1&quot; moet https gebruiken (http mag alleen op deze computer).</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Open dit adres in een browser om je aan te melden:</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation>Er kon geen browser geopend worden: kopieer het adres hierboven naar een browser.</translation>
    </message>
    <message>
        <source>Not remembered (--no-keychain).</source>
        <translation>Niet onthouden (--no-keychain).</translation>
    </message>
    <message>
        <source>Use --no-keychain to sign in without remembering it.</source>
        <translation>Gebruik --no-keychain om aan te melden zonder het te onthouden.</translation>
    </message>
    <message>
        <source>Remembered in the system keychain.</source>
        <translation>Onthouden in de sleutelhanger van het systeem.</translation>
    </message>
</context>
<context>
    <name>fla::cli::LogoutCommand</name>
    <message>
        <source>Sign out: forget the tokens kept in the system keychain</source>
        <translation>Afmelden: de tokens in de sleutelhanger van het systeem vergeten</translation>
    </message>
    <message>
        <source>Signs out of one environment: removes the refresh token from the system keychain and the sign-in from the list. Without --subject, signs out the only sign-in of the environment; --all signs out every one.</source>
        <translation>Meldt af in één omgeving: verwijdert het vernieuwingstoken uit de sleutelhanger en de aanmelding uit de lijst. Zonder --subject wordt de enige aanmelding van de omgeving afgemeld; --all meldt ze allemaal af.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance of production.</translation>
    </message>
    <message>
        <source>The subject to sign out.</source>
        <translation>Het af te melden subject.</translation>
    </message>
    <message>
        <source>Sign out every identity of the environment.</source>
        <translation>Elke identiteit van de omgeving afmelden.</translation>
    </message>
    <message>
        <source>--environment: unknown environment &quot;%1&quot;.</source>
        <translation>--environment: onbekende omgeving &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1.</source>
        <translation>Niemand is aangemeld bij %1.</translation>
    </message>
    <message>
        <source>Several identities are signed in to %1; name one with --subject or use --all:</source>
        <translation>Meerdere identiteiten zijn aangemeld bij %1; noem er één met --subject of gebruik --all:</translation>
    </message>
    <message>
        <source>Signed out %1 (%2) from %3.</source>
        <translation>%1 (%2) afgemeld bij %3.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2, but the keychain entry could not be removed: %3</source>
        <translation>%1 afgemeld bij %2, maar de sleutelhangerregel kon niet verwijderd worden: %3</translation>
    </message>
</context>
<context>
    <name>fla::cli::PlatformAccess</name>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance of production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>De basis van de FLA-API (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Read the access token from this file (else FLADESK_ACCESS_TOKEN).</source>
        <translation>Het toegangstoken uit dit bestand lezen (anders FLADESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>--environment: unknown environment %1 (sandbox, acceptance, production)</source>
        <translation>--environment: onbekende omgeving %1 (sandbox, acceptance, production)</translation>
    </message>
    <message>
        <source>--api-url: %1 is not an https address (plain http only on 127.0.0.1).</source>
        <translation>--api-url: %1 is geen https-adres (gewone http enkel op 127.0.0.1).</translation>
    </message>
    <message>
        <source>--token-file: %1: %2</source>
        <translation>--token-file: %1: %2</translation>
    </message>
    <message>
        <source>Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.</source>
        <translation>Niet aangemeld: stel FLADESK_ACCESS_TOKEN in of geef --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::PullCommand</name>
    <message>
        <source>Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.</source>
        <translation>Ophalen wat het FLA-platform voor een werkgever bevat; vergelijken, of met --archive in de werkruimte archiveren.</translation>
    </message>
    <message>
        <source>The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds for the employer (workers, employments, rights it computed, trainings registered by training providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN or --token-file.</source>
        <translation>Het platform vernietigt zijn gegevens eind 2026: --archive bewaart in de werkruimte een kopie van alles wat het voor de werkgever bevat (werknemers, tewerkstellingen, door het platform berekende rechten, door opleidingsverstrekkers geregistreerde opleidingen, deelnames). Het toegangstoken komt uit FLADESK_ACCESS_TOKEN of --token-file.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Het werkruimtebestand.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance of production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>De basis van de FLA-API (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Het ondernemingsnummer van de werkgever.</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Het toegangstoken uit dit bestand lezen.</translation>
    </message>
    <message>
        <source>Store everything the platform holds in the workspace (records that differ keep the workspace&apos;s version).</source>
        <translation>Alles wat het platform bevat in de werkruimte bewaren (records die verschillen behouden de versie van de werkruimte).</translation>
    </message>
    <message>
        <source>With --archive: records that differ take the platform&apos;s version.</source>
        <translation>Met --archive: records die verschillen krijgen de versie van het platform.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geef een geldig ondernemingsnummer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pulled %1 %2</source>
        <translation>opgehaald: %1 %2</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: everything below is only on the platform.</source>
        <translation>De werkruimte heeft geen werkgever %1: alles hieronder staat alleen op het platform.</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>werknemer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment from %1</source>
        <translation>tewerkstelling vanaf %1</translation>
    </message>
    <message>
        <source>training “%1” of %2 (registered by a training provider)</source>
        <translation>opleiding “%1” van %2 (geregistreerd door een opleidingsverstrekker)</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>opleiding “%1” van %2</translation>
    </message>
    <message>
        <source>participation %1</source>
        <translation>deelname %1</translation>
    </message>
    <message>
        <source>%1 right %2 (%3 %4)</source>
        <translation>recht %1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only on the platform, %7 different, %8 the same.</source>
        <translation>Platform: %1 werknemers, %2 tewerkstellingen, %3 opleidingen, %4 deelnames, %5 rechten; %6 alleen op het platform, %7 verschillend, %8 gelijk.</translation>
    </message>
    <message>
        <source>Archived into the workspace: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Gearchiveerd in de werkruimte: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <source>With --archive: every company of the workspace, one after the other, with a report per company.</source>
        <translation>Met --archive: elke onderneming van de werkruimte, na elkaar, met een verslag per onderneming.</translation>
    </message>
    <message>
        <source>--all goes with --archive and without --employer.</source>
        <translation>--all gaat samen met --archive en zonder --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RecordSourceOptions</name>
    <message>
        <source>The workspace file (default: the app&apos;s workspace).</source>
        <translation>Het werkruimtebestand (standaard: dat van de toepassing).</translation>
    </message>
    <message>
        <source>Use a CSV set folder instead of a workspace.</source>
        <translation>Een CSV-setmap gebruiken in plaats van een werkruimte.</translation>
    </message>
    <message>
        <source>Only this employer (enterprise number).</source>
        <translation>Alleen deze werkgever (ondernemingsnummer).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ResolveCommand</name>
    <message>
        <source>List the records in conflict with the platform, or resolve one: --keep-mine or --take-theirs.</source>
        <translation>De records in conflict met het platform tonen, of er een oplossen: --keep-mine of --take-theirs.</translation>
    </message>
    <message>
        <source>Declare the workspace&apos;s version again; it replaces the platform&apos;s at the next sync.</source>
        <translation>De versie van de werkruimte opnieuw aangeven; ze vervangt die van het platform bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Write the platform&apos;s version into the workspace; nothing is sent.</source>
        <translation>De versie van het platform in de werkruimte schrijven; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>The record in conflict (its uuid).</source>
        <translation>Het record in conflict (zijn uuid).</translation>
    </message>
    <message>
        <source>Give --keep-mine or --take-theirs, not both.</source>
        <translation>Geef --keep-mine of --take-theirs, niet allebei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation>&quot;%1&quot; is geen uuid.</translation>
    </message>
    <message>
        <source>%1 record(s) in conflict.</source>
        <translation>Records in conflict: %1.</translation>
    </message>
    <message>
        <source>No record %1 in this workspace.</source>
        <translation>Geen record %1 in deze werkruimte.</translation>
    </message>
    <message>
        <source>The platform no longer holds it.</source>
        <translation>Het platform heeft het niet meer.</translation>
    </message>
    <message>
        <source>%1: here “%2”, on the platform “%3”</source>
        <translation>%1: hier “%2”, op het platform “%3”</translation>
    </message>
    <message>
        <source>Resolved: yours is declared again at the next sync.</source>
        <translation>Opgelost: jouw versie wordt bij de volgende synchronisatie opnieuw aangegeven.</translation>
    </message>
    <message>
        <source>Resolved: the platform&apos;s version is in the workspace.</source>
        <translation>Opgelost: de versie van het platform staat in de werkruimte.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RestoreCommand</name>
    <message>
        <source>Restore a workspace from a backup; the current workspace is kept as a copy.</source>
        <translation>Een werkruimte herstellen uit een back-up; de huidige werkruimte blijft als kopie bewaard.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Het back-upbestand.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted backup, in this file.</source>
        <translation>De wachtzin van een versleutelde back-up, in dit bestand.</translation>
    </message>
    <message>
        <source>The backup file (or --in FILE).</source>
        <translation>Het back-upbestand (of --in BESTAND).</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Geef het te herstellen back-upbestand.</translation>
    </message>
    <message>
        <source>Workspace %1 restored from %2.</source>
        <translation>Werkruimte %1 hersteld uit %2.</translation>
    </message>
    <message>
        <source>The previous workspace was kept as %1.</source>
        <translation>De vorige werkruimte werd bewaard als %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RetryOptions</name>
    <message>
        <source>First retry delay in milliseconds (default 1000).</source>
        <translation>Eerste wachttijd voor een nieuwe poging in milliseconden (standaard 1000).</translation>
    </message>
    <message>
        <source>Stop rather than wait longer than this for a retry (seconds, default 120).</source>
        <translation>Stoppen in plaats van langer te wachten op een nieuwe poging (seconden, standaard 120).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ReviewPullCommand</name>
    <message>
        <source>Show how the platform&apos;s data for an employer differs from the workspace; accept or reject all of it.</source>
        <translation>Tonen hoe de gegevens van het platform voor een werkgever verschillen van de werkruimte; alles aanvaarden of weigeren.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Het ondernemingsnummer van de werkgever.</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of every difference into the workspace.</source>
        <translation>De versie van het platform van elk verschil in de werkruimte overnemen.</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of every difference; they are not asked again until the platform&apos;s records change.</source>
        <translation>De versie van de werkruimte van elk verschil houden; ze worden pas opnieuw gevraagd als de records op het platform wijzigen.</translation>
    </message>
    <message>
        <source>Give --accept-all or --reject-all, not both.</source>
        <translation>Geef --accept-all of --reject-all, niet allebei.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geef een geldig ondernemingsnummer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: use fladesk-cli pull --archive to take everything the platform holds for it.</source>
        <translation>De werkruimte heeft geen werkgever %1: gebruik fladesk-cli pull --archive om alles over te nemen wat het platform ervoor heeft.</translation>
    </message>
    <message>
        <source>%1 new on the platform, %2 changed fields, %3 missing on the platform; %4 the same; %5 rejected before.</source>
        <translation>Nieuw op het platform: %1, gewijzigde velden: %2, ontbrekend op het platform: %3; gelijk: %4; eerder geweigerd: %5.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Applied: %1 records written, %2 removed, %3 differences rejected.</source>
        <translation>Toegepast: records geschreven: %1, verwijderd: %2, verschillen geweigerd: %3.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SocialBalanceCommand</name>
    <message>
        <source>Print the training block of an employer&apos;s social balance sheet for a financial year.</source>
        <translation>Toon het opleidingsblok van de sociale balans van een werkgever voor een boekjaar.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Het werkruimtebestand.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Het ondernemingsnummer van de werkgever.</translation>
    </message>
    <message>
        <source>First day of the financial year (yyyy-mm-dd), with --to.</source>
        <translation>Eerste dag van het boekjaar (jjjj-mm-dd), met --to.</translation>
    </message>
    <message>
        <source>Last day of the financial year (yyyy-mm-dd).</source>
        <translation>Laatste dag van het boekjaar (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>One JSON object with the NBB item codes as keys.</source>
        <translation>Eén JSON-object met de itemcodes van de NBB als sleutels.</translation>
    </message>
    <message>
        <source>code;value;confirmed;description lines.</source>
        <translation>Regels code;waarde;bevestigd;omschrijving.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geef een geldig ondernemingsnummer, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most 24 months).</source>
        <translation>Geef het boekjaar met --year J, of met --from en --to (jjjj-mm-dd, hoogstens 24 maanden).</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Geef --json of --csv, niet beide.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>De werkruimte bevat geen werkgever %1.</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 (%2), %3 to %4</source>
        <translation>Sociale balans, opleidingsblok: %1 (%2), %3 tot %4</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model.</source>
        <translation>* De code volgt de nummering van de NBB maar is niet bevestigd uit haar model.</translation>
    </message>
    <message>
        <source>%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.</source>
        <translation>%1 van de %2 getelde opleidingen hebben geen kosten in het register: hun kosten tellen als 0.</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year, their followed participations, in their category, men and women apart (the worker&apos;s stated sex, else the INSZ&apos;s), gross costs, contributions and subsidies shared over the participants as each training says. Codes not yet confirmed from the NBB&apos;s model are marked.</source>
        <translation>Berekend uit het register: gevolgde opleidingen die in het boekjaar beginnen, hun gevolgde deelnames, per categorie, mannen en vrouwen apart (het opgegeven geslacht van de werknemer, anders dat van het INSZ), brutokosten, bijdragen en subsidies verdeeld over de deelnemers zoals elke opleiding aangeeft. Codes die nog niet uit het model van de NBB bevestigd zijn, worden gemarkeerd.</translation>
    </message>
    <message>
        <source>The financial year that closes in year Y (from the employer&apos;s start of the financial year).</source>
        <translation>Het boekjaar dat in jaar Y afgesloten wordt (vanaf het begin van het boekjaar van de werkgever).</translation>
    </message>
    <message>
        <source>Employer %1, start of the financial year: day %2 of month %3 is not a day of every year; correct it, or give --from and --to.</source>
        <translation>Werkgever %1, begin van het boekjaar: dag %2 van maand %3 bestaat niet elk jaar; verbeter het, of geef --from en --to.</translation>
    </message>
    <message>
        <source>%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they are left out of the men&apos;s and women&apos;s figures; state it on the worker: %2</source>
        <translation>Van %1 werknemer(s) is geen geslacht opgegeven en hun INSZ vermeldt het niet (BIS-nummers): ze tellen niet mee in de cijfers van mannen en vrouwen; vul het in bij de werknemer: %2</translation>
    </message>
    <message>
        <source>Also write the training block as a PDF document to this file.</source>
        <translation>Schrijf het opleidingsblok ook als PDF-document naar dit bestand.</translation>
    </message>
</context>
<context>
    <name>fla::cli::StatementsCommand</name>
    <message>
        <source>Write the yearly training credit statement of each worker as PDF, in the worker&apos;s language.</source>
        <translation>Het jaarlijkse overzicht van het opleidingskrediet van elke werknemer als pdf schrijven, in de taal van de werknemer.</translation>
    </message>
    <message>
        <source>The year of the statements.</source>
        <translation>Het jaar van de overzichten.</translation>
    </message>
    <message>
        <source>The folder to write the PDF files into.</source>
        <translation>De map waarin de pdf-bestanden geschreven worden.</translation>
    </message>
    <message>
        <source>One PDF with every worker&apos;s statement, each on a new page.</source>
        <translation>Eén pdf met het overzicht van elke werknemer, elk op een nieuwe pagina.</translation>
    </message>
    <message>
        <source>Give --year YEAR and --out DIR.</source>
        <translation>Geef --year JAAR en --out MAP.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SyncCommand</name>
    <message>
        <source>Declare the workspace&apos;s waiting changes to the FLA platform (exactly once).</source>
        <translation>De wachtende wijzigingen van de werkruimte aangeven op het FLA-platform (precies één keer).</translation>
    </message>
    <message>
        <source>The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from --token-file; sign in first. Interrupted syncs resume where they stopped: run the command again.</source>
        <translation>Het toegangstoken komt uit de omgevingsvariabele FLADESK_ACCESS_TOKEN of uit --token-file; meld je eerst aan. Een onderbroken synchronisatie gaat verder waar ze stopte: voer de opdracht opnieuw uit.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Het werkruimtebestand.</translation>
    </message>
    <message>
        <source>sandbox (default), acceptance or production.</source>
        <translation>sandbox (standaard), acceptance of production.</translation>
    </message>
    <message>
        <source>The FLA API root instead of the environment&apos;s (…/REST/fla/v1).</source>
        <translation>De basis van de FLA-API in plaats van die van de omgeving (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Only this employer&apos;s changes (enterprise number; repeatable).</source>
        <translation>Alleen de wijzigingen van deze werkgever (ondernemingsnummer; herhaalbaar).</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Het toegangstoken uit dit bestand lezen.</translation>
    </message>
    <message>
        <source>Records per declaration (default 500).</source>
        <translation>Records per aangifte (standaard 500).</translation>
    </message>
    <message>
        <source>Declarations in flight at once (default 4).</source>
        <translation>Gelijktijdig lopende aangiften (standaard 4).</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>Geen voortgangsregel.</translation>
    </message>
    <message>
        <source>The summary as one JSON object.</source>
        <translation>De samenvatting als één JSON-object.</translation>
    </message>
    <message>
        <source>--employer: no employer %1 in the workspace</source>
        <translation>--employer: geen werkgever %1 in de werkruimte</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Niet verzonden: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Geweigerd: %1 — %2</translation>
    </message>
    <message>
        <source>Conflict: %1 changed on the platform meanwhile; resolve it in the app.</source>
        <translation>Conflict: %1 werd intussen gewijzigd op het platform; los het op in de toepassing.</translation>
    </message>
    <message>
        <source>Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 conflict(s); %7 not sent, %8 still waiting.</source>
        <translation>%1 van %2 wijziging(en) aangegeven: %3 aanvaard, %4 aanvaard met waarschuwingen, %5 geweigerd, %6 conflict(en); %7 niet verzonden, %8 nog wachtend.</translation>
    </message>
    <message>
        <source>Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.</source>
        <translation>Niet aangemeld: voer fladesk-cli login uit, stel FLADESK_ACCESS_TOKEN in of geef --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TeamCommand</name>
    <message>
        <source>On a team server: grant, revoke or list which staff member may work on which company.</source>
        <translation>Op een teamserver: toegang geven, intrekken of oplijsten: welke medewerker aan welk bedrijf mag werken.</translation>
    </message>
    <message>
        <source>The staff member&apos;s database user (role).</source>
        <translation>De databasegebruiker (rol) van de medewerker.</translation>
    </message>
    <message>
        <source>The company&apos;s enterprise number.</source>
        <translation>Het ondernemingsnummer van het bedrijf.</translation>
    </message>
    <message>
        <source>list: one JSON object per grant.</source>
        <translation>list: één JSON-object per toegang.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke of list.</translation>
    </message>
    <message>
        <source>Say what to do: team grant, team revoke or team list.</source>
        <translation>Zeg wat er moet gebeuren: team grant, team revoke of team list.</translation>
    </message>
    <message>
        <source>team %1 needs --user ROLE and --employer with a valid enterprise number.</source>
        <translation>team %1 heeft --user ROL en --employer met een geldig ondernemingsnummer nodig.</translation>
    </message>
    <message>
        <source>The workspace has no company %1 (or you may not see it).</source>
        <translation>De werkmap heeft geen bedrijf %1 (of u mag het niet zien).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2 (%3).</source>
        <translation>%1 mag nu %2 (%3) zien en wijzigen.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2 (%3).</source>
        <translation>%1 ziet %2 (%3) niet meer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingAccountCommand</name>
    <message>
        <source>Print a worker&apos;s individual training account for a year, or write its yearly overview as PDF.</source>
        <translation>Toon de individuele opleidingsrekening van een werknemer voor een jaar, of schrijf het jaaroverzicht als pdf.</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID (required).</source>
        <translation>Het INSZ of de UUID van de werknemer (verplicht).</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>Het jaar (verplicht).</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>Eén JSON-object.</translation>
    </message>
    <message>
        <source>Write the yearly overview, in the worker&apos;s language, to this PDF file.</source>
        <translation>Schrijf het jaaroverzicht, in de taal van de werknemer, naar dit pdf-bestand.</translation>
    </message>
    <message>
        <source>Give --worker INSZ and --year Y (%1 to %2).</source>
        <translation>Geef --worker INSZ en --year J (%1 tot %2).</translation>
    </message>
    <message>
        <source>The worker has no employment, right or training in %1.</source>
        <translation>De werknemer heeft geen tewerkstelling, recht of opleiding in %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingPlanCommand</name>
    <message>
        <source>Keep an employer&apos;s yearly training plan: create, add, log, show, check, pdf.</source>
        <translation>Houd het jaarlijkse opleidingsplan van een werkgever bij: create, add, log, show, check, pdf.</translation>
    </message>
    <message>
        <source>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out FILE</source>
        <translation>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEKST]
show --year Y [--json]; check [--json] (afsluitcode 1 wanneer een termijn verstreken is); pdf --year Y --out BESTAND</translation>
    </message>
    <message>
        <source>A year of the plan.</source>
        <translation>Een jaar van het plan.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year (several years).</source>
        <translation>Het laatste jaar van het plan (meerdere jaren).</translation>
    </message>
    <message>
        <source>Who gives advice on the draft.</source>
        <translation>Wie advies geeft over het ontwerp.</translation>
    </message>
    <message>
        <source>formal, informal or initial.</source>
        <translation>formal, informal of initial.</translation>
    </message>
    <message>
        <source>What the training is.</source>
        <translation>Wat de opleiding is.</translation>
    </message>
    <message>
        <source>For whom.</source>
        <translation>Voor wie.</translation>
    </message>
    <message>
        <source>A risk group it pays attention to.</source>
        <translation>Een risicogroep waaraan het aandacht besteedt.</translation>
    </message>
    <message>
        <source>How many workers.</source>
        <translation>Hoeveel werknemers.</translation>
    </message>
    <message>
        <source>Days per worker.</source>
        <translation>Dagen per werknemer.</translation>
    </message>
    <message>
        <source>The consultation step logged.</source>
        <translation>De vastgelegde raadplegingsstap.</translation>
    </message>
    <message>
        <source>The day of the step (yyyy-mm-dd).</source>
        <translation>De dag van de stap (jjjj-mm-dd).</translation>
    </message>
    <message>
        <source>A note with the step.</source>
        <translation>Een notitie bij de stap.</translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation>JSON in plaats van tekst.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het pdf-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Geef één actie: %1.</translation>
    </message>
    <message>
        <source>training-plan %1: give the plan&apos;s year with --year Y.</source>
        <translation>training-plan %1: geef het jaar van het plan met --year J.</translation>
    </message>
    <message>
        <source>--consulted: works-council, union-delegation or workers, not &quot;%1&quot;.</source>
        <translation>--consulted: works-council, union-delegation of workers, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Training plan %1 created for %2.</source>
        <translation>Opleidingsplan %1 aangemaakt voor %2.</translation>
    </message>
    <message>
        <source>Nothing due for the training plan of %1.</source>
        <translation>Niets te doen voor het opleidingsplan van %1.</translation>
    </message>
    <message>
        <source>%1 has no training plan for %2: create it with training-plan create.</source>
        <translation>%1 heeft geen opleidingsplan voor %2: maak het aan met training-plan create.</translation>
    </message>
    <message>
        <source>training-plan add: give --category formal|informal|initial, --title, and --workers and --days as numbers of 0 or more (--risk-group: one of the listed groups).</source>
        <translation>training-plan add: geef --category formal|informal|initial, --title, en --workers en --days als getallen van 0 of meer (--risk-group: een van de vermelde groepen).</translation>
    </message>
    <message>
        <source>training-plan log: give --step draft-sent|advice|adopted|uploaded and --date yyyy-mm-dd.</source>
        <translation>training-plan log: geef --step draft-sent|advice|adopted|uploaded en --date jjjj-mm-dd.</translation>
    </message>
    <message>
        <source>training-plan pdf: give --out FILE.</source>
        <translation>training-plan pdf: geef --out BESTAND.</translation>
    </message>
    <message>
        <source>Training plan %1 saved.</source>
        <translation>Opleidingsplan %1 bewaard.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ValidateCommand</name>
    <message>
        <source>Check a CSV set or a workspace against every anomaly rule.</source>
        <translation>Een CSV-set of werkruimte toetsen aan elke anomalieregel.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>De map van een CSV-set.</translation>
    </message>
    <message>
        <source>A workspace file; the anomalies found are kept in it per record.</source>
        <translation>Een werkruimtebestand; de gevonden anomalieën worden er per record in bewaard.</translation>
    </message>
    <message>
        <source>One JSON object per anomaly and line.</source>
        <translation>Eén JSON-object per anomalie en regel.</translation>
    </message>
    <message>
        <source>Judge deadlines as on this day (yyyy-MM-dd) instead of today.</source>
        <translation>Termijnen beoordelen zoals op deze dag (jjjj-MM-dd) in plaats van vandaag.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Geef ofwel --csv MAP ofwel --workspace W.</translation>
    </message>
    <message>
        <source>--today must be a date of the form yyyy-MM-dd: %1</source>
        <translation>--today moet een datum van de vorm jjjj-MM-dd zijn: %1</translation>
    </message>
    <message>
        <source>%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.</source>
        <translation>%1 records, %2 anomalieën: %3 blokkerend, %4 waarschuwingen, %5 informatie.</translation>
    </message>
</context>
<context>
    <name>fla::cli::WorkspaceCommand</name>
    <message>
        <source>Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either direction, and check the copy.</source>
        <translation>Een hele werkruimte kopiëren tussen een SQLite-bestand en een teamserver (PostgreSQL), in beide richtingen, en de kopie controleren.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file, or postgresql://user@host/db.</source>
        <translation>De te kopiëren werkruimte: een bestand, of postgresql://gebruiker@host/db.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a team server.</source>
        <translation>Waarheen kopiëren: een nieuw bestand, of een lege database op een teamserver.</translation>
    </message>
    <message>
        <source>Empty the target first when it already holds records.</source>
        <translation>Het doel eerst leegmaken als het al records bevat.</translation>
    </message>
    <message>
        <source>Report the check as one JSON object.</source>
        <translation>De controle rapporteren als één JSON-object.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Say what to do: workspace copy --from A --to B.</source>
        <translation>Zeg wat er moet gebeuren: workspace copy --from A --to B.</translation>
    </message>
    <message>
        <source>workspace copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>workspace copy heeft --from WORKSPACE en --to WORKSPACE nodig.</translation>
    </message>
    <message>
        <source>There is no workspace %1 to copy.</source>
        <translation>Er is geen werkruimte %1 om te kopiëren.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be copied onto itself.</source>
        <translation>De werkruimte %1 kan niet op zichzelf gekopieerd worden.</translation>
    </message>
    <message>
        <source>The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.</source>
        <translation>De werkruimten %1 (schema %2) en %3 (schema %4) hebben niet dezelfde versie.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has as many rows as its source, and the audit trail (%3 entries) is identical.</source>
        <translation>%1 gekopieerd naar %2: elke tabel heeft evenveel rijen als haar bron, en het auditspoor (%3 regels) is identiek.</translation>
    </message>
</context>
<context>
    <name>fla::fieldrules</name>
    <message>
        <source>The text holds %1 characters; at most %2 are allowed.</source>
        <translation>De tekst telt %1 tekens; ten hoogste %2 zijn toegestaan.</translation>
    </message>
    <message>
        <source>The text holds a control character (%1) at position %2: such characters are not allowed.</source>
        <translation>De tekst bevat een stuurteken (%1) op positie %2: zulke tekens zijn niet toegestaan.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not valid in the file&apos;s encoding (shown as U+FFFD) at position %1: save the file as UTF-8.</source>
        <translation>De tekst bevat bytes die niet geldig zijn in de codering van het bestand (getoond als U+FFFD) op positie %1: sla het bestand op als UTF-8.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 tekens)</translation>
    </message>
</context>
<context>
    <name>fla::postgres::StagedLoad::Private</name>
    <message>
        <source>The user %1 may not load records of the company %2: the office&apos;s administrator has not given them this company (fladesk-cli team grant).</source>
        <translation>De gebruiker %1 mag geen gegevens laden in het bedrijf %2: de beheerder van het kantoor heeft hem dit bedrijf niet toegewezen (fladesk-cli team grant).</translation>
    </message>
</context>
<context>
    <name>fla::reports</name>
    <message>
        <source>on time</source>
        <translation>op tijd</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation>Opleidingsplan %1</translation>
    </message>
    <message>
        <source>Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal data: workers are counted, never named.</source>
        <translation>Opleidingsplan van de onderneming (wet van 3 oktober 2022, hoofdstuk 9). Deze kopie bevat geen persoonsgegevens: werknemers worden geteld, nooit genoemd.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Joint committees</source>
        <translation>Paritaire comités</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Geraadpleegd</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Opgemaakt op</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Raadpleging</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Geplande opleidingen</translation>
    </message>
    <message>
        <source>No trainings planned yet.</source>
        <translation>Nog geen opleidingen gepland.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risicogroep</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Dagen elk</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Gepland en gerealiseerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>werknemers</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed (resources/obligations/training-plan.json).</source>
        <translation>* Onbevestigd: deze termijn steunt op een lezing van de regels die niet bevestigd is (resources/obligations/training-plan.json).</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 to %2</source>
        <translation>Sociale balans, opleidingsblok: %1 tot %2</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year and their followed participations.</source>
        <translation>Berekend uit het register: voltooide opleidingen die in het boekjaar beginnen en de gevolgde deelnames eraan.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Geslacht onbekend</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1 trainings counted; %2 of them have no cost in the register (counted as 0).</source>
        <translation>%1 opleidingen geteld; %2 ervan hebben geen kosten in het register (geteld als 0).</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model. Source: %1</source>
        <translation>* De code volgt de nummering van de NBB maar is niet bevestigd uit haar model. Bron: %1</translation>
    </message>
    <message>
        <source>Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the men&apos;s nor the women&apos;s figures; state it on the worker.</source>
        <translation>Geslacht onbekend (geen geslacht opgegeven en het INSZ vermeldt het niet): %1. Zij tellen niet mee in de cijfers van mannen of vrouwen; vul het in bij de werknemer.</translation>
    </message>
</context>
<context>
    <name>fla::sandbox</name>
    <message>
        <source>--issue-token: no simulated identity %1</source>
        <translation>--issue-token: geen gesimuleerde identiteit %1</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::OidcProvider</name>
    <message>
        <source>&lt;h1&gt;Unknown client&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Onbekende client&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;The redirect URI must be a loopback http address (RFC 8252)&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;De omleidings-URI moet een loopback-http-adres zijn (RFC 8252)&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown identity&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Onbekende identiteit&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown key: choose eID or itsme&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Onbekende sleutel: kies eID of itsme&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Aanmelden met %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>FLA sandbox: sign in</source>
        <translation>FLA-sandbox: aanmelden</translation>
    </message>
    <message>
        <source>A simulated sign-in. Choose who you are and which key you use; you will act for the enterprises listed.</source>
        <translation>Een gesimuleerde aanmelding. Kies wie je bent en welke sleutel je gebruikt; je treedt op voor de vermelde ondernemingen.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>INSZ (synthetic)</source>
        <translation>INSZ (synthetisch)</translation>
    </message>
    <message>
        <source>May act for</source>
        <translation>Mag optreden voor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::PlatformModule</name>
    <message>
        <source>SQLite file of the FLA platform&apos;s state (default: fla-platform.sqlite in --data-dir, or memory only).</source>
        <translation>SQLite-bestand met de toestand van het FLA-platform (standaard: fla-platform.sqlite in --data-dir, of alleen geheugen).</translation>
    </message>
    <message>
        <source>Share of FLA API requests (0 to 1) that meet an injected fault (default 0).</source>
        <translation>Aandeel van de FLA-API-verzoeken (0 tot 1) met een ingevoegde fout (standaard 0).</translation>
    </message>
    <message>
        <source>Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed without an answer, nothing done), lost (carried out and committed, then the answer is lost), or all (default).</source>
        <translation>Welke fouten, gescheiden door komma&apos;s: 500, 503, 429 (met Retry-After), drop (verbinding gesloten zonder antwoord, niets gedaan), lost (uitgevoerd en vastgelegd, daarna gaat het antwoord verloren), of all (standaard).</translation>
    </message>
    <message>
        <source>Delay added to every FLA API answer, in milliseconds.</source>
        <translation>Vertraging toegevoegd aan elk FLA-API-antwoord, in milliseconden.</translation>
    </message>
    <message>
        <source>Seconds announced in Retry-After with 429 and 503.</source>
        <translation>Seconden aangekondigd in Retry-After bij 429 en 503.</translation>
    </message>
    <message>
        <source>Seed of the fault dice, for reproducible runs.</source>
        <translation>Zaad van de foutdobbelsteen, voor reproduceerbare runs.</translation>
    </message>
    <message>
        <source>Print an access token for the simulated identity KEY at start-up (for scripts and tests; repeatable).</source>
        <translation>Bij het opstarten een toegangstoken tonen voor de gesimuleerde identiteit SLEUTEL (voor scripts en tests; herhaalbaar).</translation>
    </message>
    <message>
        <source>Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a 503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed the work.</source>
        <translation>Foutinjectie: --fault-rate 0.1 --faults all laat één FLA-API-verzoek op tien mislukken met een 500, een 503 of een 429 met Retry-After, een verbroken verbinding, of een antwoord dat verloren gaat nadat het platform het werk vastlegde.</translation>
    </message>
    <message>
        <source>--fault-rate: give a number from 0 to 1, not %1</source>
        <translation>--fault-rate: geef een getal van 0 tot 1, niet %1</translation>
    </message>
    <message>
        <source>--latency-ms: give a whole number of milliseconds, not %1</source>
        <translation>--latency-ms: geef een geheel aantal milliseconden, niet %1</translation>
    </message>
    <message>
        <source>--retry-after: give a whole number of seconds, not %1</source>
        <translation>--retry-after: geef een geheel aantal seconden, niet %1</translation>
    </message>
    <message>
        <source>--fault-seed: give a whole number, not %1</source>
        <translation>--fault-seed: geef een geheel getal, niet %1</translation>
    </message>
    <message>
        <source>Faults for the first FLA API requests, one per request, comma-separated (none, 500, 503, 429, drop, lost), before --fault-rate applies: &quot;none,lost&quot; loses the answer to the second request.</source>
        <translation>Storingen voor de eerste verzoeken aan de FLA-API, één per verzoek, gescheiden door komma&apos;s (none, 500, 503, 429, drop, lost), vóór --fault-rate geldt: &quot;none,lost&quot; verliest het antwoord op het tweede verzoek.</translation>
    </message>
</context>
<context>
    <name>fla::storage</name>
    <message>
        <source>%1 cannot be saved: it refers to a record that does not exist for this employer, or other records still refer to it.</source>
        <translation>%1 kan niet bewaard worden: het verwijst naar een record dat voor deze werkgever niet bestaat, of andere records verwijzen er nog naar.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the worker already takes part in this training.</source>
        <translation>%1 kan niet bewaard worden: de werknemer neemt al deel aan deze opleiding.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: another record already has this uuid.</source>
        <translation>%1 kan niet bewaard worden: een ander record heeft al deze uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 holds a value that is not allowed.</source>
        <translation>%1 kan niet bewaard worden: het veld %2 bevat een waarde die niet toegelaten is.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 is required.</source>
        <translation>%1 kan niet bewaard worden: het veld %2 is verplicht.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kan niet bewaard worden: %2</translation>
    </message>
    <message>
        <source>The workspace could not read %1: %2</source>
        <translation>De werkruimte kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>the %1 records of the company</source>
        <translation>de %1-records van het bedrijf</translation>
    </message>
    <message>
        <source>the anomalies of the company</source>
        <translation>de anomalieën van het bedrijf</translation>
    </message>
    <message>
        <source>the companies of the workspace</source>
        <translation>de bedrijven van de werkruimte</translation>
    </message>
</context>
<context>
    <name>fla::ui::AboutDialog</name>
    <message>
        <source>Application framework: windows, database access, network, sign-in</source>
        <translation>Toepassingsraamwerk: vensters, databanktoegang, netwerk, aanmelden</translation>
    </message>
    <message>
        <source>Encryption of backups, TLS connections to the platform</source>
        <translation>Versleuteling van back-ups, TLS-verbindingen met het platform</translation>
    </message>
    <message>
        <source>Keeping sign-in tokens in the system keychain</source>
        <translation>Aanmeldtokens bewaren in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>De databank van de werkruimte</translation>
    </message>
    <message>
        <source>Reading spreadsheet (XLSX) files</source>
        <translation>Rekenbladen (XLSX) lezen</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and Qt</source>
        <translation>Compressie, gebruikt door QuaZip en Qt</translation>
    </message>
    <message>
        <source>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself</source>
        <translation>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: gebruikt door Qt zelf</translation>
    </message>
    <message>
        <source>Windows only: the C++ runtime of the Windows build</source>
        <translation>Alleen Windows: de C++-runtime van de Windows-versie</translation>
    </message>
    <message>
        <source>Microsoft Visual C++ Redistributable licence</source>
        <translation>Licentie van Microsoft Visual C++ Redistributable</translation>
    </message>
    <message>
        <source>About FLA Desk</source>
        <translation>Over FLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Training records and Federal Learning Account declarations for Belgian employers.&lt;/p&gt;&lt;p&gt;FLA Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Opleidingsregister en aangiften aan de Federale Leerrekening voor Belgische werkgevers.&lt;/p&gt;&lt;p&gt;FLA Desk is vrije software: je mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar keuze) een latere versie (GPL-3.0-or-later). Er is geen enkele garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running on Qt %1 with %2.</source>
        <translation>Draait op Qt %1 met %2.</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>geen TLS-bibliotheek</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>The licence texts are installed with FLA Desk in %1.</source>
        <translation>De licentieteksten zijn samen met FLA Desk geïnstalleerd in %1.</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomaliesView</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalieën</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Tekst van de melding</translation>
    </message>
    <message>
        <source>Search anomalies</source>
        <translation>Anomalieën zoeken</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filteren op ernst</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>Filteren op code</translation>
    </message>
    <message>
        <source>Anomalies: Enter opens the record at the field</source>
        <translation>Anomalieën: Enter opent het record bij het veld</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blokkerend</numerusform>
            <numerusform>%n blokkerend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomalyModel</name>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>fla::ui::ArchiveAllDialog</name>
    <message>
        <source>Archive everything from the FLA</source>
        <translation>Alles uit de FLA archiveren</translation>
    </message>
    <message>
        <source>The FLA destroys its data on 1 January 2027. Everything it holds for your companies is copied into this workspace: workers, employments, trainings (also those registered by training providers), participations and the rights it computed. Records you changed here keep your version.</source>
        <translation>De FLA vernietigt haar gegevens op 1 januari 2027. Alles wat ze voor uw ondernemingen bewaart, wordt naar deze werkruimte gekopieerd: werknemers, tewerkstellingen, opleidingen (ook die van opleidingsverstrekkers), deelnames en de rechten die ze berekende. Records die u hier wijzigde, behouden uw versie.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Archive report per company</source>
        <translation>Archiefverslag per onderneming</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Archiving %1 (%2 of %3)…</source>
        <translation>%1 wordt gearchiveerd (%2 van %3)…</translation>
    </message>
    <message>
        <source>Fetching from the platform…</source>
        <translation>Ophalen van het platform…</translation>
    </message>
    <message>
        <source>Archived: %1 new, %2 updated, %3 already in the workspace</source>
        <translation>Gearchiveerd: %1 nieuw, %2 bijgewerkt, %3 al in de werkruimte</translation>
    </message>
    <message>
        <source>Not archived: %1</source>
        <translation>Niet gearchiveerd: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 companies archived, %3 not started.</source>
        <translation>Gestopt: %1 van %2 ondernemingen gearchiveerd, %3 niet begonnen.</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived. Those not archived say why: sign in as someone with a mandate for them, or try again.</source>
        <translation>%1 van %2 ondernemingen gearchiveerd. Bij de niet-gearchiveerde staat waarom: meld u aan als iemand met een mandaat ervoor, of probeer opnieuw.</translation>
    </message>
    <message>
        <source>All %1 companies archived.</source>
        <translation>Alle %1 ondernemingen gearchiveerd.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Stopping after this company…</source>
        <translation>Stopt na deze onderneming…</translation>
    </message>
</context>
<context>
    <name>fla::ui::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Een onderneming toevoegen</translation>
    </message>
    <message>
        <source>The company whose training records you keep. An accountant adds each client company.</source>
        <translation>De onderneming waarvan je de opleidingen bijhoudt. Een boekhouder voegt elke klant toe.</translation>
    </message>
    <message>
        <source>&amp;Enterprise number:</source>
        <translation>&amp;Ondernemingsnummer:</translation>
    </message>
    <message>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Naam van de onderneming</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language of the company</source>
        <translation>Taal van de onderneming</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Uren per dag:</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>Uren per werkdag</translation>
    </message>
    <message>
        <source>Used to convert hours of training into days of credit</source>
        <translation>Om opleidingsuren om te rekenen naar dagen krediet</translation>
    </message>
    <message>
        <source>NSSO employer number (optional)</source>
        <translation>RSZ-werkgeversnummer (facultatief)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatief</translation>
    </message>
    <message>
        <source>&amp;Joint committees:</source>
        <translation>&amp;Paritaire comités:</translation>
    </message>
    <message>
        <source>Joint committees, separated by commas</source>
        <translation>Paritaire comités, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>e.g. 200, 118</source>
        <translation>bv. 200, 118</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enterprise number %1 is correct.</source>
        <translation>Ondernemingsnummer %1 is juist.</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Onderneming %1 wijzigen</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Onderneming %1 toevoegen</translation>
    </message>
    <message>
        <source>N&amp;SSO number:</source>
        <translation>&amp;RSZ-nummer:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Financial &amp;year starts on day:</source>
        <translation>Boek&amp;jaar begint op dag:</translation>
    </message>
    <message>
        <source>First day of the financial year: day</source>
        <translation>Eerste dag van het boekjaar: dag</translation>
    </message>
    <message>
        <source>First day of the financial year: month</source>
        <translation>Eerste dag van het boekjaar: maand</translation>
    </message>
    <message>
        <source>The social balance sheet counts the trainings of each financial year</source>
        <translation>De sociale balans telt de opleidingen van elk boekjaar</translation>
    </message>
    <message>
        <source>In the month:</source>
        <translation>In de maand:</translation>
    </message>
</context>
<context>
    <name>fla::ui::ConflictDialog</name>
    <message>
        <source>Conflict with the platform</source>
        <translation>Conflict met het platform</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>Versie van het platform</translation>
    </message>
    <message>
        <source>Your version and the platform&apos;s, field by field</source>
        <translation>Jouw versie en die van het platform, veld per veld</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Mijn versie &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation>Die van het &amp;platform nemen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s version…</source>
        <translation>Versie van het platform ophalen…</translation>
    </message>
    <message>
        <source>The conflict cannot be shown</source>
        <translation>Het conflict kan niet worden getoond</translation>
    </message>
    <message numerus="yes">
        <source>This record was changed on the platform after you last sent it, and in the workspace too: %n field(s) differ. Choose the version to keep.</source>
        <translation>
            <numerusform>Dit record werd op het platform gewijzigd nadat je het laatst verstuurde, en ook in de werkruimte: %n veld verschilt. Kies welke versie je houdt.</numerusform>
            <numerusform>Dit record werd op het platform gewijzigd nadat je het laatst verstuurde, en ook in de werkruimte: %n velden verschillen. Kies welke versie je houdt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform no longer holds this record, which you changed in the workspace. Choose whether to declare it again or to remove it here too.</source>
        <translation>Het platform heeft dit record niet meer, terwijl je het in de werkruimte wijzigde. Kies of je het opnieuw aangeeft of het ook hier verwijdert.</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent at the next sync and replaces the platform&apos;s. Take the platform&apos;s: it replaces yours in the workspace (the change shows in the record&apos;s history) and nothing is sent.</source>
        <translation>Mijn versie houden: jouw versie wordt bij de volgende synchronisatie verstuurd en vervangt die van het platform. Die van het platform nemen: ze vervangt de jouwe in de werkruimte (de wijziging staat in de geschiedenis van het record) en er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Keep mine: your version is declared again at the next sync. Take the platform&apos;s: the record is removed from the workspace (you can restore it from its history).</source>
        <translation>Mijn versie houden: jouw versie wordt bij de volgende synchronisatie opnieuw aangegeven. Die van het platform nemen: het record wordt uit de werkruimte verwijderd (je kunt het herstellen vanuit de geschiedenis).</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(niet meer op het platform)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” here, “%4” on the platform.</source>
        <translation>%1 van %2 verschilt: “%3” hier, “%4” op het platform.</translation>
    </message>
    <message>
        <source>The conflict of %1 is not resolved: %2</source>
        <translation>Het conflict van %1 is niet opgelost: %2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Intussen bewaard</translation>
    </message>
    <message>
        <source>Your version and the one saved meanwhile, field by field</source>
        <translation>Jouw versie en die van intussen, veld per veld</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Die van de &amp;ander nemen</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(intussen verwijderd)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” in your version, “%4” in the one saved meanwhile.</source>
        <translation>%1 van %2 verschilt: „%3” in jouw versie, „%4” in die van intussen.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</source>
        <translation>
            <numerusform>Iemand anders heeft dit record bewaard nadat je het opende: %n veld verschilt. Er is niets overschreven. Kies de versie die je houdt.</numerusform>
            <numerusform>Iemand anders heeft dit record bewaard nadat je het opende: %n velden verschillen. Er is niets overschreven. Kies de versie die je houdt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine: your version is saved over theirs (both show in the record&apos;s history). Take theirs: your change is dropped and theirs stays.</source>
        <translation>Mijn versie houden: jouw versie wordt over de hunne bewaard (beide staan in de geschiedenis van het record). Die van de ander nemen: jouw wijziging vervalt en de hunne blijft.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Nothing was saved.</source>
        <translation>Iemand anders heeft dit record verwijderd nadat je het opende. Er is niets bewaard.</translation>
    </message>
    <message>
        <source>Keep mine: the record is saved again, as you edited it. Take theirs: it stays deleted.</source>
        <translation>Mijn versie houden: het record wordt opnieuw bewaard zoals jij het bewerkte. Die van de ander nemen: het blijft verwijderd.</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Saldo (uren)</translation>
    </message>
    <message>
        <source>Used %1, more than the %2 of the right (CR-001)</source>
        <translation>%1 gebruikt, meer dan de %2 van het recht (CR-001)</translation>
    </message>
    <message>
        <source>No legal right declared for this year: the right the law gives, prorated to the employment.</source>
        <translation>Geen wettelijk recht aangegeven voor dit jaar: het recht dat de wet geeft, naar verhouding van de tewerkstelling.</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditView</name>
    <message>
        <source>Training credit</source>
        <translation>Opleidingskrediet</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year of the credit</source>
        <translation>Jaar van het krediet</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Worker or INSZ</source>
        <translation>Werknemer of INSZ</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Werknemers zoeken</translation>
    </message>
    <message>
        <source>Training credit per worker</source>
        <translation>Opleidingskrediet per werknemer</translation>
    </message>
    <message>
        <source>No worker used more than the right in %1.</source>
        <translation>Geen enkele werknemer gebruikte meer dan het recht in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) used more than the right in %1.</source>
        <translation>
            <numerusform>%n werknemer gebruikte meer dan het recht in %1.</numerusform>
            <numerusform>%n werknemers gebruikten meer dan het recht in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Krediet</translation>
    </message>
</context>
<context>
    <name>fla::ui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
</context>
<context>
    <name>fla::ui::DeskApp</name>
    <message>
        <source>Demo workspace not opened</source>
        <translation>Demowerkruimte niet geopend</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Werkruimte niet geopend</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demowerkruimte</translation>
    </message>
    <message>
        <source>The demo workspace is there already, with what you entered in it. Open it as you left it, or start a fresh demo (what you entered in it is lost)?</source>
        <translation>De demowerkruimte bestaat al, met wat je erin hebt ingevoerd. Open je ze zoals je ze achterliet, of begin je een nieuwe demo (wat je erin invoerde, gaat dan verloren)?</translation>
    </message>
    <message>
        <source>&amp;Open it as I left it</source>
        <translation>&amp;Openen zoals ik ze achterliet</translation>
    </message>
    <message>
        <source>Start a &amp;fresh demo</source>
        <translation>&amp;Nieuwe demo beginnen</translation>
    </message>
</context>
<context>
    <name>fla::ui::EnvironmentSettingsWidget</name>
    <message>
        <source>Environment:</source>
        <translation>Omgeving:</translation>
    </message>
    <message>
        <source>Sign-in service (issuer):</source>
        <translation>Aanmelddienst (issuer):</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-id:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Certificate sign-in token URL:</source>
        <translation>Token-URL voor aanmelden met certificaat:</translation>
    </message>
    <message>
        <source>FLA API address:</source>
        <translation>Adres van de FLA-API:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>fla::ui::Format</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 dag</numerusform>
            <numerusform>%1 dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 uur</numerusform>
            <numerusform>%1 uur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::GettingAccessDialog</name>
    <message>
        <source>Getting access</source>
        <translation>Toegang krijgen</translation>
    </message>
    <message>
        <source>FLA Desk keeps your training register on this computer; you can work without any access. To declare to the platform (or to fetch what is already there), the social security portal must know you. Four things are needed before anyone can declare:</source>
        <translation>FLA Desk bewaart je opleidingsregister op deze computer; je kunt werken zonder enige toegang. Om aan te geven op het platform (of op te halen wat er al staat) moet de portaalsite van de sociale zekerheid je kennen. Vier dingen zijn nodig voor iemand kan aangeven:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The company is registered on the social security portal.&lt;/b&gt; Every employer with staff in Belgium is, through its NSSO registration. A company that has never used the portal first appoints a local administrator there.</source>
        <translation>&lt;b&gt;1. De onderneming is geregistreerd op de portaalsite van de sociale zekerheid.&lt;/b&gt; Elke werkgever met personeel in België is dat, via zijn inschrijving bij de RSZ. Een onderneming die de portaalsite nog nooit gebruikte, duidt er eerst een lokale beheerder aan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The local administrator gives you access.&lt;/b&gt; The company&apos;s local administrator (the role &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opens Access Management on the portal, adds you by your INSZ (national register number) and gives you access to the application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;2. De lokale beheerder geeft je toegang.&lt;/b&gt; De lokale beheerder van de onderneming (de rol &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opent het Toegangsbeheer op de portaalsite, voegt je toe met je INSZ (rijksregisternummer) en geeft je toegang tot de toepassing &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Finding out who the local administrator is.&lt;/b&gt; Ask your HR or payroll department first. Otherwise, the portal shows the local administrator of a company from its enterprise number (in Access Management, &apos;Who is my local administrator?&apos;), and the portal&apos;s Contact Center can tell you too.</source>
        <translation>&lt;b&gt;3. Wie is de lokale beheerder?&lt;/b&gt; Vraag het eerst aan je personeels- of loondienst. Anders toont de portaalsite de lokale beheerder van een onderneming op basis van haar ondernemingsnummer (in het Toegangsbeheer, &apos;Wie is mijn lokale beheerder?&apos;), en ook het Contactcenter van de portaalsite kan het je zeggen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Accountants and social secretariats: the mandate.&lt;/b&gt; You declare for a client company only with its mandate: the client&apos;s local administrator designates your firm as service provider for this application in Access Management, and your own firm&apos;s local administrator then gives you access for that client.</source>
        <translation>&lt;b&gt;4. Boekhouders en sociale secretariaten: het mandaat.&lt;/b&gt; Je geeft voor een klant alleen aan met zijn mandaat: de lokale beheerder van de klant duidt je kantoor in het Toegangsbeheer aan als dienstverlener voor deze toepassing, en de lokale beheerder van je eigen kantoor geeft je dan toegang voor die klant.</translation>
    </message>
    <message>
        <source>Then sign in with your eID card, itsme or another key of the federal authentication service: FLA Desk opens your browser for it.</source>
        <translation>Meld je daarna aan met je eID-kaart, itsme of een andere sleutel van de federale authenticatiedienst: FLA Desk opent daarvoor je browser.</translation>
    </message>
    <message>
        <source>Note: the obligation to register trainings in the Federal Learning Account was repealed from 1 January 2026. The platform keeps the data until 31 December 2026. The right to training and the yearly credit statement remain: keep your register here.</source>
        <translation>Let op: de verplichting om opleidingen te registreren in de Federale Leerrekening is afgeschaft vanaf 1 januari 2026. Het platform bewaart de gegevens tot 31 december 2026. Het recht op opleiding en het jaarlijkse overzicht van het krediet blijven: houd je register hier bij.</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Lezen in:</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Taal van de gids</translation>
    </message>
    <message>
        <source>Getting access guide</source>
        <translation>Gids Toegang krijgen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>fla::ui::ImportWizard</name>
    <message>
        <source>Import trainings followed</source>
        <translation>Gevolgde opleidingen importeren</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Welk bestand?</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) with one row per worker per training, and a header row.</source>
        <translation>Een CSV-bestand (elk scheidingsteken, UTF-8, UTF-16 of Windows-1252) of een Excel-werkmap (.xlsx) met één rij per werknemer per opleiding, en een kopregel.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>The records are imported for: %1 (%2)</source>
        <translation>De records worden geïmporteerd voor: %1 (%2)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <source>Suggested from the column names. Check it, and save it as a profile for the next file from the same source.</source>
        <translation>Voorgesteld op basis van de kolomnamen. Controleer de koppeling en bewaar ze als profiel voor het volgende bestand uit dezelfde bron.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Als profiel bewaren…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows as they would be imported, with the problems of each row.</source>
        <translation>De eerste rijen zoals ze geïmporteerd zouden worden, met de problemen van elke rij.</translation>
    </message>
    <message>
        <source>Import the valid rows only; reject the others with their reasons</source>
        <translation>Alleen de geldige rijen importeren; de andere weigeren met hun redenen</translation>
    </message>
    <message>
        <source>Import every row as a draft, to be corrected before it is declared</source>
        <translation>Elke rij als ontwerp importeren, te verbeteren voor ze aangegeven wordt</translation>
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation>Geweigerde rijen gaan naar:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Rekenbladen (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Read as: %1. %2 columns.</source>
        <translation>Gelezen als: %1. %2 kolommen.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-geweigerd</translation>
    </message>
    <message>
        <source>Suggested from the column names</source>
        <translation>Voorgesteld op basis van de kolomnamen</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als profiel bewaren</translation>
    </message>
    <message>
        <source>Name of the profile (for example the payroll package):</source>
        <translation>Naam van het profiel (bijvoorbeeld het loonpakket):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have a blocking problem.</source>
        <translation>%1 van de eerste %2 rijen hebben een blokkerend probleem.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 rejected.</source>
        <translation>%1 rijen gelezen: %2 geïmporteerd, %3 geweigerd.</translation>
    </message>
    <message>
        <source>%1 workers, %2 trainings, %3 participations.</source>
        <translation>%1 werknemers, %2 opleidingen, %3 deelnames.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>De geweigerde rijen en hun redenen staan in %1.</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts.</source>
        <translation>Rijen met blokkerende problemen werden als ontwerp bewaard.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er werd niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>fla::ui::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nieuwe werkruimte…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demowerkruimte openen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation>Zoeken in de huidige weergave (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add company…</source>
        <translation>Onderneming &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add a company (client) to this workspace</source>
        <translation>Een onderneming (klant) aan deze werkruimte toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>Onderneming &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>N&amp;ieuwe opleiding…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Eén opleiding invoeren voor veel werknemers (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate training…</source>
        <translation>Opleiding &amp;dupliceren…</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Een nieuwe opleiding met dezelfde velden en deelnemers (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add &amp;worker…</source>
        <translation>&amp;Werknemer toevoegen…</translation>
    </message>
    <message>
        <source>Add a worker with the employment (Ctrl+Shift+W)</source>
        <translation>Een werknemer met zijn tewerkstelling toevoegen (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Next &amp;anomaly</source>
        <translation>Volgende &amp;anomalie</translation>
    </message>
    <message>
        <source>Go to the next anomaly and open the record at the field (F8)</source>
        <translation>Naar de volgende anomalie en het record openen bij het veld (F8)</translation>
    </message>
    <message>
        <source>&amp;Getting access</source>
        <translation>&amp;Toegang krijgen</translation>
    </message>
    <message>
        <source>What the social security portal requires before you can declare</source>
        <translation>Wat de portaalsite van de sociale zekerheid vraagt voor je kunt aangeven</translation>
    </message>
    <message>
        <source>&amp;Sign in to the platform…</source>
        <translation>&amp;Aanmelden op het platform…</translation>
    </message>
    <message>
        <source>&amp;About FLA Desk</source>
        <translation>&amp;Over FLA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Onderneming</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Wee&amp;rgave</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Company switcher</source>
        <translation>Onderneming kiezen</translation>
    </message>
    <message>
        <source>The company you work on, with its blocking anomalies and next deadline</source>
        <translation>De onderneming waaraan je werkt, met haar blokkerende anomalieën en volgende termijn</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Welcome to FLA Desk</source>
        <translation>Welkom bij FLA Desk</translation>
    </message>
    <message>
        <source>Your training register: enter trainings offline, see at once what the platform would refuse, and declare them when you are ready. Start by adding the company whose trainings you keep, or look around in a demo workspace.</source>
        <translation>Je opleidingsregister: voer opleidingen offline in, zie meteen wat het platform zou weigeren en geef ze aan wanneer je klaar bent. Begin met de onderneming waarvan je de opleidingen bijhoudt, of kijk rond in een demowerkruimte.</translation>
    </message>
    <message>
        <source>&amp;Add a company…</source>
        <translation>Een onderneming &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Een andere werkruimte openen…</translation>
    </message>
    <message>
        <source>&amp;Getting access to the platform</source>
        <translation>Toegang &amp;krijgen tot het platform</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking — due %2</source>
        <translation>
            <numerusform>%1 — %n blokkerend — termijn %2</numerusform>
            <numerusform>%1 — %n blokkerend — termijn %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</source>
        <translation>
            <numerusform>%1, ondernemingsnummer %2: %n blokkerende anomalie; volgende aangiftetermijn %3</numerusform>
            <numerusform>%1, ondernemingsnummer %2: %n blokkerende anomalieën; volgende aangiftetermijn %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Elke wijziging wordt meteen bewaard.</translation>
    </message>
    <message>
        <source>Demo workspace in memory: not saved to disk</source>
        <translation>Demowerkruimte in het geheugen: niet op schijf bewaard</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Werkruimte: %1</translation>
    </message>
    <message>
        <source>No anomalies: everything can be declared.</source>
        <translation>Geen anomalieën: alles kan aangegeven worden.</translation>
    </message>
    <message>
        <source>Select the training to duplicate in the Trainings view.</source>
        <translation>Selecteer de te dupliceren opleiding in de weergave Opleidingen.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA Desk-werkruimten (*.fladesk)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk);;All files (*)</source>
        <translation>FLA Desk-werkruimten (*.fladesk);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabel &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)</source>
        <translation>De tabel van de huidige weergave, gefilterd en gesorteerd zoals getoond, opslaan als CSV of Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Restore a workspace from a .fladeskbackup file into a workspace file you choose</source>
        <translation>Een werkruimte uit een .fladeskbackup-bestand terugzetten in een werkruimtebestand naar keuze</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — termijn %2</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkruimte (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>Table not exported</source>
        <translation>Tabel niet geëxporteerd</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; exported to %2</source>
        <translation>Tabel &quot;%1&quot; geëxporteerd naar %2</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup);;All files (*)</source>
        <translation>FLA Desk-back-ups (*.fladeskbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>The workspace that was at %1 is kept as %2.</source>
        <translation>De werkruimte die in %1 stond, is bewaard als %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking</source>
        <translation>
            <numerusform>%1 — %n blokkerend</numerusform>
            <numerusform>%1 — %n blokkerend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies</source>
        <translation>
            <numerusform>%1, ondernemingsnummer %2: %n blokkerende anomalie</numerusform>
            <numerusform>%1, ondernemingsnummer %2: %n blokkerende anomalieën</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import trainings…</source>
        <translation>Opleidingen im&amp;porteren…</translation>
    </message>
    <message>
        <source>Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)</source>
        <translation>De gevolgde opleidingen uit een rekenblad (CSV of Excel) in deze onderneming importeren (Ctrl+I)</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Back-up &amp;maken…</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)</source>
        <translation>Een back-up van deze werkruimte in één versleuteld bestand schrijven (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Add or choose the company to import into first.</source>
        <translation>Voeg eerst de onderneming toe waarin je importeert, of kies ze.</translation>
    </message>
    <message>
        <source>Backup made: %1 (encrypted)</source>
        <translation>Back-up gemaakt: %1 (versleuteld)</translation>
    </message>
    <message>
        <source>Backup made: %1 (not encrypted)</source>
        <translation>Back-up gemaakt: %1 (niet versleuteld)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>O&amp;nderneming:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Niet gelezen</translation>
    </message>
    <message>
        <source>Your change of %1 was dropped: the version saved meanwhile stays.</source>
        <translation>Je wijziging van %1 is niet bewaard: de versie die intussen werd bewaard, blijft.</translation>
    </message>
    <message>
        <source>Connect to a team ser&amp;ver…</source>
        <translation>&amp;Verbinden met een teamserver…</translation>
    </message>
    <message>
        <source>Team &amp;access…</source>
        <translation>&amp;Toegang per bedrijf…</translation>
    </message>
    <message>
        <source>Which staff member may see and change which company</source>
        <translation>Welke medewerker welk bedrijf mag zien en wijzigen</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet bewaard</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach the team server and are not saved yet. They are saved by themselves as soon as the server answers; if you close FLA Desk now, they are lost.</source>
        <translation>
            <numerusform>%n wijziging kon de teamserver niet bereiken en is nog niet bewaard. Ze wordt vanzelf bewaard zodra de server antwoordt; als u FLA Desk nu sluit, gaat ze verloren.</numerusform>
            <numerusform>%n wijzigingen konden de teamserver niet bereiken en zijn nog niet bewaard. Ze worden vanzelf bewaard zodra de server antwoordt; als u FLA Desk nu sluit, gaan ze verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep FLA Desk open</source>
        <translation>FLA Desk &amp;openhouden</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Sluiten en ze verliezen</translation>
    </message>
</context>
<context>
    <name>fla::ui::MakeBackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>A copy of the workspace %1 in one file, encrypted with a passphrase: keep the passphrase apart, without it the backup cannot be restored.</source>
        <translation>Een kopie van de werkruimte %1 in één bestand, versleuteld met een wachtwoordzin: bewaar de wachtwoordzin apart, zonder haar kan de back-up niet teruggezet worden.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Het back-upbestand kiezen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase, once more</source>
        <translation>Wachtwoordzin, nog eens</translation>
    </message>
    <message>
        <source>&amp;Without encryption: anyone who has the file can read it</source>
        <translation>&amp;Zonder versleuteling: wie het bestand heeft, kan het lezen</translation>
    </message>
    <message>
        <source>Why the backup was not made</source>
        <translation>Waarom de back-up niet gemaakt is</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>Back-up &amp;maken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Opslaan &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup)</source>
        <translation>FLA Desk-back-ups (*.fladeskbackup)</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Geef het bestand waarin de back-up komt.</translation>
    </message>
    <message>
        <source>Give a passphrase, or tick &quot;Without encryption&quot;.</source>
        <translation>Geef een wachtwoordzin, of vink „Zonder versleuteling” aan.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>De twee wachtwoordzinnen verschillen: typ twee keer dezelfde wachtwoordzin.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation>De back-up %1 is niet gemaakt: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipantPickerModel</name>
    <message>
        <source>takes part</source>
        <translation>neemt deel</translation>
    </message>
    <message>
        <source>does not take part</source>
        <translation>neemt niet deel</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Neemt deel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Tewerkstelling</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Gevolgd</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>JC</source>
        <translation>PC</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationPagedModel</name>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationsView</name>
    <message>
        <source>Participations</source>
        <translation>Deelnames</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Worker, INSZ or training</source>
        <translation>Werknemer, INSZ of opleiding</translation>
    </message>
    <message>
        <source>Search participations</source>
        <translation>Deelnames zoeken</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Plak een blok rijen gekopieerd uit een rekenblad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n deelname</numerusform>
            <numerusform>%n deelnames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participation(s)</source>
        <translation>
            <numerusform>%n deelname plakken</numerusform>
            <numerusform>%n deelnames plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Opleiding %1 toevoegen</translation>
    </message>
    <message>
        <source>Add participation</source>
        <translation>Deelname toevoegen</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Plakken &amp;uit Excel</translation>
    </message>
</context>
<context>
    <name>fla::ui::PasteReportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n rij gelezen.</numerusform>
            <numerusform>%n rijen gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</source>
        <translation>
            <numerusform>%n rij niet toegevoegd wegens de cellen hieronder; kopieer ze, verbeter ze en plak ze opnieuw.</numerusform>
            <numerusform>%n rijen niet toegevoegd wegens de cellen hieronder; kopieer ze, verbeter ze en plak ze opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted from a spreadsheet</source>
        <translation>Geplakt uit een rekenblad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>Cellen die niet gelezen konden worden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Copy the rows not added</source>
        <translation>Niet toegevoegde rijen &amp;kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the workers.</source>
        <translation>
            <numerusform>%n record toegevoegd aan de werknemers.</numerusform>
            <numerusform>%n records toegevoegd aan de werknemers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the participations.</source>
        <translation>
            <numerusform>%n record toegevoegd aan de deelnames.</numerusform>
            <numerusform>%n records toegevoegd aan de deelnames.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::PlatformController</name>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Aan&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in to the platform with eID or itsme in your browser</source>
        <translation>Aanmelden op het platform met eID of itsme in je browser</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>Forget the sign-in</source>
        <translation>De aanmelding vergeten</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Declare the company&apos;s waiting records to the platform (F9)</source>
        <translation>De wachtende records van de onderneming aangeven aan het platform (F9)</translation>
    </message>
    <message>
        <source>Sync &amp;view</source>
        <translation>&amp;Weergave synchronisatie</translation>
    </message>
    <message>
        <source>What was declared and what the platform answered (Ctrl+7)</source>
        <translation>Wat aangegeven werd en wat het platform antwoordde (Ctrl+7)</translation>
    </message>
    <message>
        <source>&amp;Review the platform&apos;s data…</source>
        <translation>Gegevens van het platform &amp;nakijken…</translation>
    </message>
    <message>
        <source>What the platform holds for the company that differs from the workspace: accept or reject each difference</source>
        <translation>Wat het platform voor de onderneming bewaart en verschilt van de werkruimte: elk verschil aanvaarden of weigeren</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Conflicten oplossen…</translation>
    </message>
    <message>
        <source>Records changed both here and on the platform: keep yours or take the platform&apos;s</source>
        <translation>Records die zowel hier als op het platform gewijzigd zijn: je eigen versie behouden of die van het platform overnemen</translation>
    </message>
    <message>
        <source>&amp;Environment…</source>
        <translation>&amp;Omgeving…</translation>
    </message>
    <message>
        <source>Which platform to declare to: Sandbox, Acceptance or Production</source>
        <translation>Aan welk platform aangeven: Sandbox, Acceptatie of Productie</translation>
    </message>
    <message>
        <source>%1 (enterprise number %2)</source>
        <translation>%1 (ondernemingsnummer %2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1: aangemeld als %2</translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation>%1: niet aangemeld</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Platform %1; may act for %2</source>
        <translation>Platform %1; mag optreden voor %2</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>geen enkele onderneming</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Platform %1</translation>
    </message>
    <message>
        <source>Getting access</source>
        <translation>Toegang krijgen</translation>
    </message>
    <message>
        <source>Sign in to declare the records of %1: %2. First time? %3 explains what the social security portal requires.</source>
        <translation>Meld je aan om de records van %1 aan te geven: %2. Eerste keer? %3 legt uit wat de portaalsite van de sociale zekerheid vraagt.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone with a mandate for this company, or see %4.</source>
        <translation>%1 mag niet optreden voor %2 (geen mandaat): de records ervan worden niet verzonden. %3 als iemand met een mandaat voor deze onderneming, of zie %4.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Meld je aan</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>Platform environment</source>
        <translation>Omgeving van het platform</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: %1, then sync again.</source>
        <translation>Het platform aanvaardt je aanmelding niet meer: %1 en synchroniseer dan opnieuw.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>meld je opnieuw aan</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</source>
        <translation>
            <numerusform>%n record van %1 niet verzonden: %2 mag niet optreden voor deze onderneming. Meld je aan als iemand met een mandaat ervoor, of zie %3.</numerusform>
            <numerusform>%n records van %1 niet verzonden: %2 mag niet optreden voor deze onderneming. Meld je aan als iemand met een mandaat ervoor, of zie %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of %1 waits to be declared.</source>
        <translation>Niets van %1 wacht om aangegeven te worden.</translation>
    </message>
    <message>
        <source>No mandate</source>
        <translation>Geen mandaat</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate). Sign in as someone with a mandate for this company.</source>
        <translation>%1 mag niet optreden voor %2 (geen mandaat). Meld je aan als iemand met een mandaat voor deze onderneming.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Conflicten oplossen</translation>
    </message>
    <message>
        <source>No record of %1 is in conflict with the platform.</source>
        <translation>Geen enkel record van %1 is in conflict met het platform.</translation>
    </message>
    <message>
        <source>&amp;Archive everything from the FLA…</source>
        <translation>&amp;Alles uit de FLA archiveren…</translation>
    </message>
    <message>
        <source>Copy what the platform holds for every company into this workspace, before the FLA&apos;s data is destroyed on 1 January 2027</source>
        <translation>Kopieer wat het platform voor elke onderneming bewaart naar deze werkruimte, voordat de gegevens van de FLA op 1 januari 2027 vernietigd worden</translation>
    </message>
    <message>
        <source>The FLA has closed</source>
        <translation>De FLA is gesloten</translation>
    </message>
</context>
<context>
    <name>fla::ui::PullReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>In de werkruimte</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>Op het platform</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>The record is removed from the workspace.</source>
        <translation>Het record wordt uit de werkruimte verwijderd.</translation>
    </message>
    <message>
        <source>The platform&apos;s version goes into the workspace.</source>
        <translation>De versie van het platform komt in de werkruimte.</translation>
    </message>
    <message>
        <source>The workspace keeps its version; this difference is not asked again until the platform&apos;s record changes.</source>
        <translation>De werkruimte houdt haar versie; dit verschil wordt pas opnieuw gevraagd als het record op het platform wijzigt.</translation>
    </message>
    <message>
        <source>Nothing changes; this difference is asked again next time.</source>
        <translation>Er verandert niets; dit verschil wordt de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>hele record</translation>
    </message>
    <message>
        <source>(not in the workspace)</source>
        <translation>(niet in de werkruimte)</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(niet meer op het platform)</translation>
    </message>
    <message>
        <source>Accept (remove)</source>
        <translation>Aanvaarden (verwijderen)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Nog niet beslist</translation>
    </message>
    <message>
        <source>There is no such employer in this workspace.</source>
        <translation>Deze werkgever staat niet in deze werkruimte.</translation>
    </message>
    <message>
        <source>Differences with the platform</source>
        <translation>Verschillen met het platform</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle wijzigingen</translation>
    </message>
    <message>
        <source>Show which changes</source>
        <translation>Welke wijzigingen tonen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle records</translation>
    </message>
    <message>
        <source>Show which records</source>
        <translation>Welke records tonen</translation>
    </message>
    <message>
        <source>Differences between the workspace and the platform</source>
        <translation>Verschillen tussen de werkruimte en het platform</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aanvaarden</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of the selected rows into the workspace</source>
        <translation>De versie van het platform van de geselecteerde rijen in de werkruimte overnemen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>W&amp;eigeren</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of the selected rows</source>
        <translation>De versie van de werkruimte van de geselecteerde rijen houden</translation>
    </message>
    <message>
        <source>Accept a&amp;ll shown</source>
        <translation>A&amp;lle getoonde aanvaarden</translation>
    </message>
    <message>
        <source>Reject all sho&amp;wn</source>
        <translation>Alle getoonde &amp;weigeren</translation>
    </message>
    <message>
        <source>A&amp;pply decisions</source>
        <translation>Beslissingen toe&amp;passen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Fetching what the platform holds for %1…</source>
        <translation>Ophalen wat het platform heeft voor %1…</translation>
    </message>
    <message>
        <source>The workspace holds the same as the platform for %1.</source>
        <translation>De werkruimte bevat hetzelfde als het platform voor %1.</translation>
    </message>
    <message numerus="yes">
        <source>The platform holds %n difference(s) with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</source>
        <translation>
            <numerusform>Het platform heeft %n verschil met de werkruimte voor %1. Aanvaard een rij om de versie van het platform over te nemen, weiger ze om die van de werkruimte te houden; er verandert niets tot je toepast.</numerusform>
            <numerusform>Het platform heeft %n verschillen met de werkruimte voor %1. Aanvaard een rij om de versie van het platform over te nemen, weiger ze om die van de werkruimte te houden; er verandert niets tot je toepast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) you rejected before are not shown: the platform has not changed them since.</source>
        <translation>
            <numerusform>%n verschil dat je eerder weigerde, wordt niet getoond: het platform heeft het sindsdien niet gewijzigd.</numerusform>
            <numerusform>%n verschillen die je eerder weigerde, worden niet getoond: het platform heeft ze sindsdien niet gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to accept, %2 to reject, %3 undecided</source>
        <translation>%1 te aanvaarden, %2 te weigeren, %3 niet beslist</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Er is niets gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.</source>
        <translation>De back-up %1 is versleuteld. Geef de wachtwoordzin en het werkruimtebestand waarin hij teruggezet wordt.</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup %1 into.</source>
        <translation>Geef het werkruimtebestand waarin de back-up %1 teruggezet wordt.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtwoordzin van de back-up</translation>
    </message>
    <message>
        <source>Workspace file to restore into</source>
        <translation>Werkruimtebestand om in terug te zetten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Het werkruimtebestand kiezen</translation>
    </message>
    <message>
        <source>Why the backup was not restored</source>
        <translation>Waarom de back-up niet teruggezet is</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Terugzetten &amp;in:</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Terugzetten in</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA Desk-werkruimten (*.fladesk)</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup into.</source>
        <translation>Geef het werkruimtebestand waarin de back-up teruggezet wordt.</translation>
    </message>
    <message>
        <source>%1 is the workspace open now: choose another file. Restoring never replaces the workspace you are working in.</source>
        <translation>%1 is de werkruimte die nu open is: kies een ander bestand. Terugzetten vervangt nooit de werkruimte waarin u werkt.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>De back-up is versleuteld: geef de wachtwoordzin.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2</source>
        <translation>De back-up %1 is niet teruggezet: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::RightsView</name>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Edit training right</source>
        <translation>Opleidingsrecht wijzigen</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Opleidingsrechten</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Worker, INSZ or year</source>
        <translation>Werknemer, INSZ of jaar</translation>
    </message>
    <message>
        <source>Search training rights</source>
        <translation>Opleidingsrechten zoeken</translation>
    </message>
</context>
<context>
    <name>fla::ui::SaveWhenServerBack</name>
    <message>
        <source>The team server cannot be reached; your changes to %1 are kept. They will be saved when it is back (or press Save again).</source>
        <translation>De teamserver is niet bereikbaar; uw wijzigingen aan %1 blijven behouden. Ze worden bewaard zodra hij terug is (of druk opnieuw op Bewaren).</translation>
    </message>
</context>
<context>
    <name>fla::ui::Session</name>
    <message>
        <source>Keep my version of %1</source>
        <translation>Mijn versie van %1 houden</translation>
    </message>
    <message>
        <source>The team server cannot be reached; your change to %1 is kept. It will be saved when the server is back.</source>
        <translation>De teamserver is niet bereikbaar; uw wijziging aan %1 blijft behouden. Ze wordt bewaard zodra de server terug is.</translation>
    </message>
    <message>
        <source>Saved now that the team server is back: %1</source>
        <translation>Bewaard nu de teamserver terug is: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Standaard van het systeem</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: %1, %2.</source>
        <translation>Datums en getallen volgen de taal: %1, %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>fla::ui::SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Link kopiëren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Als er geen browservenster openging, kopieer dan deze link naar je browser:</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Aanmelden voorbereiden…</translation>
    </message>
    <message>
        <source>Connecting to the sign-in service…</source>
        <translation>Verbinden met de aanmelddienst…</translation>
    </message>
    <message>
        <source>Sign in with eID or itsme in your browser, then return here.</source>
        <translation>Meld je aan met eID of itsme in je browser en kom dan hier terug.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into a browser to sign in:</source>
        <translation>Er kon geen browser geopend worden. Kopieer deze link naar een browser om je aan te melden:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Wachten tot je je aanmeldt in de browser…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into your browser.</source>
        <translation>De link staat op het klembord. Plak hem in je browser.</translation>
    </message>
    <message>
        <source>First time? Your company must give you access on the social security portal: &lt;a href=&quot;access:&quot;&gt;Getting access&lt;/a&gt;.</source>
        <translation>Eerste keer? Je onderneming moet je toegang geven op de portaalsite van de sociale zekerheid: &lt;a href=&quot;access:&quot;&gt;Toegang krijgen&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>fla::ui::SocialBalanceView</name>
    <message>
        <source>Social balance sheet: training block</source>
        <translation>Sociale balans: opleidingsblok</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>Boek&amp;jaar:</translation>
    </message>
    <message>
        <source>Financial year of the social balance sheet</source>
        <translation>Boekjaar van de sociale balans</translation>
    </message>
    <message>
        <source>The training block of the social balance sheet</source>
        <translation>Het opleidingsblok van de sociale balans</translation>
    </message>
    <message>
        <source>Workers whose sex is unknown</source>
        <translation>Werknemers van wie het geslacht onbekend is</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Opslaan als C&amp;SV…</translation>
    </message>
    <message>
        <source>One line per NBB item code, as fladesk-cli social-balance --csv writes it</source>
        <translation>Eén regel per rubriekcode van de NBB, zoals fladesk-cli social-balance --csv ze schrijft</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>The training block as a document</source>
        <translation>Het opleidingsblok als document</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 tot %3)</translation>
    </message>
    <message>
        <source>%1, not closed yet</source>
        <translation>%1, nog niet afgesloten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Code (men)</source>
        <translation>Code (mannen)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Code (women)</source>
        <translation>Code (vrouwen)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Geslacht onbekend</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Status van de code</translation>
    </message>
    <message>
        <source>Workers whose sex is neither stated nor told by the INSZ: in neither code</source>
        <translation>Werknemers van wie het geslacht niet opgegeven is en ook niet uit het INSZ blijkt: in geen van beide codes</translation>
    </message>
    <message>
        <source>Men, women and sex unknown</source>
        <translation>Mannen, vrouwen en geslacht onbekend</translation>
    </message>
    <message>
        <source>%1: the start of the financial year, day %2 of month %3, is not a day of every year; correct it with Company &gt; Edit company.</source>
        <translation>%1: het begin van het boekjaar, dag %2 van maand %3, is niet elk jaar een dag; verbeter het met Onderneming &gt; Onderneming wijzigen.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the year, with followed participations).</source>
        <translation>%1, boekjaar %2: %3 tot %4. %5 opleidingen geteld (voltooid, begonnen in het jaar, met gevolgde deelnames).</translation>
    </message>
    <message>
        <source>%1 of them have no cost in the register: their cost counts as 0.</source>
        <translation>%1 ervan hebben geen kosten in het register: hun kosten tellen als 0.</translation>
    </message>
    <message>
        <source>Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it (BIS numbers). They are in neither the men&apos;s nor the women&apos;s figures. Press Enter on a worker to state it:</source>
        <translation>Geslacht onbekend voor %1 werknemer(s): geen geslacht opgegeven en het INSZ vermeldt het niet (BIS-nummers). Zij tellen niet mee in de cijfers van mannen of vrouwen. Druk op Enter bij een werknemer om het in te vullen:</translation>
    </message>
    <message>
        <source>social-balance-%1</source>
        <translation>sociale-balans-%1</translation>
    </message>
    <message>
        <source>Save the social balance sheet</source>
        <translation>De sociale balans opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Social balance</source>
        <translation>Sociale balans</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>niet bevestigd: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::StorageDataSource</name>
    <message>
        <source>The platform refused it: %1</source>
        <translation>Het platform weigerde het: %1</translation>
    </message>
    <message>
        <source>The platform notes: %1</source>
        <translation>Het platform merkt op: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the team server cannot be reached (%2)</source>
        <translation>%1 is niet opgeslagen: de teamserver is niet bereikbaar (%2)</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncStatusModel</name>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In de wachtrij</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Changed on the platform meanwhile: open the record to choose which version to keep.</source>
        <translation>Intussen gewijzigd op het platform: open het record om te kiezen welke versie je behoudt.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>het record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the platform said</source>
        <translation>Wat het platform antwoordde</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Niet verzonden</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, veld %2: %3</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Your changes stay in the outbox.</source>
        <translation>Offline: het platform is niet bereikbaar. Je wijzigingen blijven in de uitgaande wachtrij.</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Declare to the platform</source>
        <translation>Aangeven aan het platform</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Send the company&apos;s changes to the platform (F9)</source>
        <translation>De wijzigingen van de onderneming naar het platform sturen (F9)</translation>
    </message>
    <message>
        <source>Records and the platform&apos;s answer: Enter opens a refused record at the field</source>
        <translation>Records en het antwoord van het platform: Enter opent een geweigerd record bij het veld</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3</source>
        <translation>%1 van %2 klaar: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln aanvaard</numerusform>
            <numerusform>%Ln aanvaard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln met waarschuwingen</numerusform>
            <numerusform>%Ln met waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln geweigerd</numerusform>
            <numerusform>%Ln geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln niet verzonden</numerusform>
            <numerusform>%Ln niet verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retried</source>
        <translation>
            <numerusform>%Ln opnieuw geprobeerd</numerusform>
            <numerusform>%Ln opnieuw geprobeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Which records the table shows</source>
        <translation>Welke records de tabel toont</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle records</translation>
    </message>
    <message>
        <source>Refused and conflicts</source>
        <translation>Geweigerd en conflicten</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Aanvaard met waarschuwingen</translation>
    </message>
    <message>
        <source>Waiting or sent</source>
        <translation>Wachtend of verzonden</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamAccessDialog</name>
    <message>
        <source>Team access</source>
        <translation>Toegang per bedrijf</translation>
    </message>
    <message>
        <source>Each staff member logs in to the team server as a database user of their own and sees only the companies ticked for them. A tick is given or taken away at once.</source>
        <translation>Elke medewerker meldt zich op de teamserver aan als een eigen databasegebruiker en ziet alleen de bedrijven die voor hem of haar aangevinkt zijn. Een vinkje wordt meteen gegeven of afgenomen.</translation>
    </message>
    <message>
        <source>&amp;Staff member (database user):</source>
        <translation>&amp;Medewerker (databasegebruiker):</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>&amp;Companies they may see and change (Space ticks):</source>
        <translation>&amp;Bedrijven die hij of zij mag zien en wijzigen (spatie vinkt aan):</translation>
    </message>
    <message>
        <source>Companies of the staff member</source>
        <translation>Bedrijven van de medewerker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The team server has no staff member&apos;s database user yet. Create one first (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>De teamserver heeft nog geen databasegebruiker voor een medewerker. Maak er eerst een aan (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 mag nu %2 zien en wijzigen.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2.</source>
        <translation>%1 ziet %2 niet meer.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamServerDialog</name>
    <message>
        <source>Why the connection failed</source>
        <translation>Waarom de verbinding mislukte</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Verbinden met een teamserver</translation>
    </message>
    <message>
        <source>Your office&apos;s shared workspace on its PostgreSQL server. Ask the office&apos;s administrator for these details; the password is kept in the system keychain.</source>
        <translation>De gedeelde werkruimte van je kantoor op zijn PostgreSQL-server. Vraag deze gegevens aan de beheerder van het kantoor; het wachtwoord wordt in de sleutelhanger van het systeem bewaard.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servernaam of -adres</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Versleuteld, certificaat en naam van de server gecontroleerd (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Versleuteld, certificaat van de server gecontroleerd (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Versleuteld, server niet gecontroleerd (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Versleuteld als de server het aanbiedt (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted: only on this computer (disable)</source>
        <translation>Niet versleuteld: alleen op deze computer (disable)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-certificaat:</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate file</source>
        <translation>Het CA-certificaatbestand van het kantoor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>Het CA-certificaat van het kantoor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA certificate file: the server&apos;s certificate is checked against it.</source>
        <translation>Kies het CA-certificaatbestand van het kantoor: het certificaat van de server wordt ermee gecontroleerd.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Vul de server, de database en de gebruiker in.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingAccountView</name>
    <message>
        <source>Save the yearly overview</source>
        <translation>Het jaaroverzicht bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Training account</source>
        <translation>Opleidingsrekening</translation>
    </message>
    <message>
        <source>Individual training account</source>
        <translation>Individuele opleidingsrekening</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Wer&amp;knemer:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Worker of the training account</source>
        <translation>Werknemer van de opleidingsrekening</translation>
    </message>
    <message>
        <source>Year of the training account</source>
        <translation>Jaar van de opleidingsrekening</translation>
    </message>
    <message>
        <source>Save the yearly &amp;overview (PDF)…</source>
        <translation>Het jaaroverzicht bewaren (p&amp;df)…</translation>
    </message>
    <message>
        <source>The worker&apos;s training account</source>
        <translation>De opleidingsrekening van de werknemer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>This company has no workers yet.</source>
        <translation>Dit bedrijf heeft nog geen werknemers.</translation>
    </message>
    <message>
        <source>No employment, right or training in %1.</source>
        <translation>Geen tewerkstelling, recht of opleiding in %1.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingCostsBox</name>
    <message>
        <source>%1 (EUR):</source>
        <translation>%1 (EUR):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A training under paid educational leave or Flemish training leave is outside the individual training right: it uses none of it.</source>
        <translation>Een opleiding met betaald educatief verlof of Vlaams opleidingsverlof valt buiten het individuele opleidingsrecht: ze gebruikt er niets van.</translation>
    </message>
    <message>
        <source>Costs and social &amp;balance sheet</source>
        <translation>&amp;Kosten en sociale balans</translation>
    </message>
    <message>
        <source>The trainees&apos; gross pay and social charges for the hours of the training</source>
        <translation>Het brutoloon en de sociale lasten van de deelnemers voor de uren van de opleiding</translation>
    </message>
    <message>
        <source>Left to its kind, a formal training counts as formal continuing training and an informal one as informal continuing training</source>
        <translation>Volgens de soort telt een formele opleiding als formele voortgezette opleiding en een informele als informele voortgezette opleiding</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>Nieuwe opleiding</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Duplicate training</source>
        <translation>Opleiding dupliceren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Verstrekker:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Beg&amp;indatum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Ein&amp;ddatum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Counts for the learning account</source>
        <translation>Telt mee voor de &amp;leerrekening</translation>
    </message>
    <message>
        <source>&amp;Deducted from the training right</source>
        <translation>Afgetrokken van het &amp;opleidingsrecht</translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation>Naam van de opleiding</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Verstrekker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. First aid at work</source>
        <translation>bv. EHBO op het werk</translation>
    </message>
    <message>
        <source>Formal: a teacher, a group, a separate room, course material. Informal: everything else, such as coaching, learning on the job, workshops, conferences.</source>
        <translation>Formeel: een lesgever, een groep, een aparte ruimte, cursusmateriaal. Informeel: al het andere, zoals coaching, leren op de werkvloer, workshops, congressen.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name or INSZ</source>
        <translation>Naam of INSZ</translation>
    </message>
    <message>
        <source>Search participants by name or INSZ</source>
        <translation>Deelnemers zoeken op naam of INSZ</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Paritair comité:</translation>
    </message>
    <message>
        <source>Filter by joint committee</source>
        <translation>Filteren op paritair comité</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>Te&amp;werkstelling:</translation>
    </message>
    <message>
        <source>Filter by employment status</source>
        <translation>Filteren op tewerkstelling</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Workers who take part: Space ticks or unticks the current worker</source>
        <translation>Deelnemende werknemers: de spatiebalk vinkt de huidige werknemer aan of uit</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle getoonde selecteren</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Geen selecteren</translation>
    </message>
    <message>
        <source>&amp;Paste INSZ list</source>
        <translation>INSZ-li&amp;jst plakken</translation>
    </message>
    <message>
        <source>Selects the workers whose INSZ are on the clipboard, for example a column copied from a spreadsheet</source>
        <translation>Selecteert de werknemers van wie het INSZ op het klembord staat, bijvoorbeeld een kolom uit een rekenblad</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Bewaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>&quot;%1&quot; is geen datum: schrijf dd/mm/jjjj</translation>
    </message>
    <message>
        <source>Anomalies of this training</source>
        <translation>Anomalieën van deze opleiding</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workers take part</source>
        <translation>
            <numerusform>%n van %1 werknemers neemt deel</numerusform>
            <numerusform>%n van %1 werknemers nemen deel</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste INSZ list</source>
        <translation>INSZ-lijst plakken</translation>
    </message>
    <message>
        <source>No worker of this company has these INSZ; they were not selected:
%1</source>
        <translation>Geen werknemer van deze onderneming heeft deze INSZ; ze werden niet geselecteerd:
%1</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Opleiding niet bewaard</translation>
    </message>
    <message>
        <source>This training cannot be saved yet:
%1</source>
        <translation>Deze opleiding kan nog niet bewaard worden:
%1</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>Opleiding %1 wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Enter training %1 for %n worker(s)</source>
        <translation>
            <numerusform>Opleiding %1 invoeren voor %n werknemer</numerusform>
            <numerusform>Opleiding %1 invoeren voor %n werknemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Opleiding %1 toevoegen</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <source>Re&amp;gistered on:</source>
        <translation>&amp;Registratiedatum:</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registratiedatum</translation>
    </message>
    <message>
        <source>The day the training was entered; the quarterly deadline is judged on it</source>
        <translation>De dag waarop de opleiding werd ingevoerd; de kwartaaltermijn wordt eraan getoetst</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>E&amp;enheid:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros</source>
        <translation>&quot;%1&quot; is geen bedrag in euro</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingPlanView</name>
    <message>
        <source>done on time</source>
        <translation>op tijd gedaan</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>te laat gedaan</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>te doen</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Opleidingsplan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year of the training plan</source>
        <translation>Jaar van het opleidingsplan</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Nieuw p&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Add planned training…</source>
        <translation>Geplande opleiding &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Log a step…</source>
        <translation>Een stap &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Geplande opleidingen</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Gepland en gerealiseerd</translation>
    </message>
    <message>
        <source>Consultation steps and their deadlines</source>
        <translation>Raadplegingsstappen en hun termijnen</translation>
    </message>
    <message>
        <source>Planned and realised trainings</source>
        <translation>Geplande en gerealiseerde opleidingen</translation>
    </message>
    <message>
        <source>Nothing due for the training plan.</source>
        <translation>Niets te doen voor het opleidingsplan.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risicogroep</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Dagen elk</translation>
    </message>
    <message>
        <source>Planned workers</source>
        <translation>Geplande werknemers</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Geplande dagen</translation>
    </message>
    <message>
        <source>Realised workers</source>
        <translation>Gerealiseerde werknemers</translation>
    </message>
    <message>
        <source>Realised days</source>
        <translation>Gerealiseerde dagen</translation>
    </message>
    <message>
        <source>No training plan covers %1.</source>
        <translation>Geen opleidingsplan dekt %1.</translation>
    </message>
    <message>
        <source>Training plan %1, consulted: %2</source>
        <translation>Opleidingsplan %1, geraadpleegd: %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(onbevestigd)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet geregistreerd</translation>
    </message>
    <message>
        <source>New training plan</source>
        <translation>Nieuw opleidingsplan</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>Eerste jaar:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Laatste jaar:</translation>
    </message>
    <message>
        <source>&amp;Consulted:</source>
        <translation>&amp;Geraadpleegd:</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>Geplande opleiding</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Opleiding:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>&amp;Risk group:</source>
        <translation>&amp;Risicogroep:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Werknemers:</translation>
    </message>
    <message>
        <source>&amp;Days each:</source>
        <translation>Dagen &amp;elk:</translation>
    </message>
    <message>
        <source>The planned training needs a name (field Training).</source>
        <translation>De geplande opleiding heeft een naam nodig (veld Opleiding).</translation>
    </message>
    <message>
        <source>Log a consultation step</source>
        <translation>Een raadplegingsstap vastleggen</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Change the selected planned training (Enter)</source>
        <translation>De gekozen geplande opleiding wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the selected planned training (Delete)</source>
        <translation>De gekozen geplande opleiding verwijderen (Delete)</translation>
    </message>
    <message>
        <source>The planned training &quot;%1&quot; is not in the plan shown.</source>
        <translation>De geplande opleiding &quot;%1&quot; staat niet in het getoonde plan.</translation>
    </message>
    <message>
        <source>That planned training is not in the plan shown.</source>
        <translation>Die geplande opleiding staat niet in het getoonde plan.</translation>
    </message>
    <message>
        <source>Remove the planned training &quot;%1&quot; from the plan?</source>
        <translation>De geplande opleiding &quot;%1&quot; uit het plan verwijderen?</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingsView</name>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Edit participation</source>
        <translation>Deelname wijzigen</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Opleidingen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, provider or date</source>
        <translation>Naam, verstrekker of datum</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Opleidingen zoeken</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>N&amp;ieuwe opleiding…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Eén opleiding invoeren voor veel werknemers (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Op&amp;enen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Een nieuwe opleiding met dezelfde velden en deelnemers (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Trainings: Enter opens the selected training</source>
        <translation>Opleidingen: Enter opent de geselecteerde opleiding</translation>
    </message>
    <message>
        <source>P&amp;articipants of the selected training</source>
        <translation>&amp;Deelnemers aan de geselecteerde opleiding</translation>
    </message>
    <message>
        <source>Participants of the selected training</source>
        <translation>Deelnemers aan de geselecteerde opleiding</translation>
    </message>
    <message>
        <source>Delete training %1</source>
        <translation>Opleiding %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
</context>
<context>
    <name>fla::ui::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>What you entered in this form is not saved yet. Discard it?</source>
        <translation>Wat je in dit formulier invoerde, is nog niet bewaard. Weggooien?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Wijzigingen weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>fla::ui::ViewPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Een werknemer toevoegen</translation>
    </message>
    <message>
        <source>&amp;INSZ:</source>
        <translation>&amp;INSZ:</translation>
    </message>
    <message>
        <source>yy.mm.dd-nnn.cc</source>
        <translation>jj.mm.dd-nnn.cc</translation>
    </message>
    <message>
        <source>INSZ (national register number)</source>
        <translation>INSZ (rijksregisternummer)</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>V&amp;oornaam:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language of the worker</source>
        <translation>Taal van de werknemer</translation>
    </message>
    <message>
        <source>Employed &amp;since:</source>
        <translation>In dienst &amp;sinds:</translation>
    </message>
    <message>
        <source>Start of the employment</source>
        <translation>Begin van de tewerkstelling</translation>
    </message>
    <message>
        <source>Work &amp;regime:</source>
        <translation>Arbeids&amp;regime:</translation>
    </message>
    <message>
        <source>Work regime, a fraction of full time</source>
        <translation>Arbeidsregime, een breuk van voltijds</translation>
    </message>
    <message>
        <source>1 for full time, 0,5 for half time</source>
        <translation>1 voor voltijds, 0,5 voor halftijds</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Paritair comité:</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Bewaren en &amp;volgende</translation>
    </message>
    <message>
        <source>Saves this worker and clears the form for the next one</source>
        <translation>Bewaart deze werknemer en maakt het formulier leeg voor de volgende</translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Werknemer %1 toevoegen</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Werknemer toevoegen</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Tewerkstelling toevoegen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Gesla&amp;cht:</translation>
    </message>
    <message>
        <source>Sex, for the social balance sheet</source>
        <translation>Geslacht, voor de sociale balans</translation>
    </message>
    <message>
        <source>Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS number may not tell.</source>
        <translation>Volgens het INSZ is een oneven volgnummer een man en een even volgnummer een vrouw; een BIS-nummer vermeldt het soms niet.</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkersView</name>
    <message>
        <source>Joint committee</source>
        <translation>Paritair comité</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>In dienst sinds</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>Werknemer %1 wijzigen</translation>
    </message>
    <message>
        <source>Edit employment</source>
        <translation>Tewerkstelling wijzigen</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Werknemers</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Name, INSZ or joint committee</source>
        <translation>Naam, INSZ of paritair comité</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Werknemers zoeken</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>Werknemer &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Plak een blok rijen gekopieerd uit een rekenblad: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Employments of the selected worker</source>
        <translation>Tewerkstellingen van de geselecteerde werknemer</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n worker(s)</source>
        <translation>
            <numerusform>%n werknemer plakken</numerusform>
            <numerusform>%n werknemers plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Werknemer %1 toevoegen</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Tewerkstelling toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n worker(s)</source>
        <translation>
            <numerusform>%n werknemer verwijderen</numerusform>
            <numerusform>%n werknemers verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Tewerkstelling verwijderen</translation>
    </message>
    <message>
        <source>Delete worker %1</source>
        <translation>Werknemer %1 verwijderen</translation>
    </message>
    <message>
        <source>Delete participation</source>
        <translation>Deelname verwijderen</translation>
    </message>
    <message>
        <source>Delete training right</source>
        <translation>Opleidingsrecht verwijderen</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Plakken &amp;uit Excel</translation>
    </message>
    <message>
        <source>Employments &amp;of the selected worker</source>
        <translation>Tewerkstellingen &amp;van de geselecteerde werknemer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>%1 (INSZ)</source>
        <translation>%1 (INSZ)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkspaceSource</name>
    <message>
        <source>The demo workspace %1 cannot be replaced (is it open in another window?).</source>
        <translation>De demowerkruimte %1 kan niet vervangen worden (is ze open in een ander venster?).</translation>
    </message>
</context>
<context>
    <name>fla::workercertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>De map %1 kan niet aangemaakt worden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Werkruimte niet geopend</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>fladesk-cli COMMAND --help describes one command.</source>
        <translation>fladesk-cli OPDRACHT --help beschrijft één opdracht.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]</source>
        <translation>Gebruik: fladesk-cli [--lang nl|fr|de|en] [--verbose] OPDRACHT [OPTIES]</translation>
    </message>
    <message>
        <source>--verbose also prints the program&apos;s log lines (fladesk.*) on standard error.</source>
        <translation>--verbose toont ook de logregels van het programma (fladesk.*) op de standaardfout.</translation>
    </message>
</context>
</TS>
