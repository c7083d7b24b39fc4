<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>The anomaly %1 of %2 %3 could not be stored: %4</source>
        <translation>Die Anomalie %1 von %2 %3 konnte nicht gespeichert werden: %4</translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.</source>
        <translation>ENSS-, BIS-, Unternehmens-, LSS- und Kommissionsnummern erkennen und prüfen.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Numbers to check; - reads one per line from standard input.</source>
        <translation>Zu prüfende Nummern; - liest eine pro Zeile von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Give at least one number, or - to read standard input.</source>
        <translation>Geben Sie mindestens eine Nummer an, oder - für die Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The demo platform cannot keep its data in %1: %2</source>
        <translation>Die Demo-Plattform kann ihre Daten nicht in %1 aufbewahren: %2</translation>
    </message>
    <message>
        <source>The demo platform cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Die Demo-Plattform kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an INSZ has 11 digits</source>
        <translation>eine ENSS hat 11 Ziffern</translation>
    </message>
    <message>
        <source>the check digits of the INSZ are wrong</source>
        <translation>die Prüfziffern der ENSS sind falsch</translation>
    </message>
    <message>
        <source>the INSZ holds no possible birth date (month or day)</source>
        <translation>die ENSS enthält kein mögliches Geburtsdatum (Monat oder Tag)</translation>
    </message>
    <message>
        <source>the INSZ sequence number 000 or 999 is never assigned</source>
        <translation>die laufende Nummer 000 oder 999 einer ENSS wird nie vergeben</translation>
    </message>
    <message>
        <source>the enterprise number is not 10 digits with correct check digits</source>
        <translation>die Unternehmensnummer hat keine 10 Ziffern mit richtigen Prüfziffern</translation>
    </message>
    <message>
        <source>the NSSO number is outside its domain</source>
        <translation>die LSS-Nummer liegt außerhalb ihres Bereichs</translation>
    </message>
    <message>
        <source>a joint committee is written 999, 999.99 or 999.99.99</source>
        <translation>eine paritätische Kommission schreibt man 999, 999.99 oder 999.99.99</translation>
    </message>
    <message>
        <source>the NSSO number is not 9 digits</source>
        <translation>die LSS-Nummer hat keine 9 Ziffern</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>Unternehmen %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>Arbeitnehmer %1</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>training &quot;%1&quot;</source>
        <translation>Weiterbildung „%1“</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>training right %1</source>
        <translation>Weiterbildungsanspruch %1</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>employment of %1</source>
        <translation>Beschäftigung von %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>Weiterbildungsanspruch %1 von %2</translation>
    </message>
    <message>
        <source>training &quot;%1&quot; of %2</source>
        <translation>Weiterbildung „%1“ vom %2</translation>
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
        <translation>Teilnahme von %1</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; of %3</source>
        <translation>%1 in „%2“ vom %3</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Full name (family name first)</source>
        <translation>Vollständiger Name (Familienname zuerst)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Kosten (EUR)</translation>
    </message>
    <message>
        <source>Duration (with its unit)</source>
        <translation>Dauer (mit Einheit)</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Einheit der Dauer</translation>
    </message>
</context>
<context>
    <name>IoCommandSupport</name>
    <message numerus="yes">
        <source>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</source>
        <translation>
            <numerusform>%1 Zeile %2, %3: %4 (%n Problem im CSV-Satz)</numerusform>
            <numerusform>%1 Zeile %2, %3: %4 (%n Probleme im CSV-Satz)</numerusform>
        </translation>
    </message>
    <message>
        <source>Act as if today were DATE (yyyy-mm-dd).</source>
        <translation>So tun, als wäre heute DATUM (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation>--today braucht ein Datum wie 2026-11-28.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The change of %1 %2 could not be queued: %3</source>
        <translation>Die Änderung von %1 %2 konnte nicht in die Warteschlange gestellt werden: %3</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>Das Element %1 %2 existiert für diesen Arbeitgeber nicht.</translation>
    </message>
</context>
<context>
    <name>PasteParser</name>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Arbeitsregelung</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritätische Kommission</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>the INSZ is required</source>
        <translation>die ENSS ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSZ: 11 digits expected</source>
        <translation>„%1“ ist keine ENSS: 11 Ziffern erwartet</translation>
    </message>
    <message>
        <source>a worker with INSZ %1 is already in this company</source>
        <translation>ein Arbeitnehmer mit ENSS %1 ist bereits in diesem Unternehmen</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>der Familienname ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>„%1“ ist kein Datum: schreiben Sie TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language: nl, fr, de or en</source>
        <translation>„%1“ ist keine Sprache: nl, fr, de oder en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work regime: a fraction such as 0,8 or 80%</source>
        <translation>„%1“ ist keine Arbeitsregelung: ein Bruchteil wie 0,8 oder 80%</translation>
    </message>
    <message>
        <source>the start of the employment is required with a work regime or joint committee</source>
        <translation>der Beginn der Beschäftigung ist bei einer Arbeitsregelung oder paritätischen Kommission erforderlich</translation>
    </message>
    <message>
        <source>no worker of this company has INSZ %1: add the worker first</source>
        <translation>kein Arbeitnehmer dieses Unternehmens hat die ENSS %1: fügen Sie zuerst den Arbeitnehmer hinzu</translation>
    </message>
    <message>
        <source>the name of the training is required</source>
        <translation>der Name der Weiterbildung ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: a number more than 0</source>
        <translation>„%1“ ist keine Dauer: eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit: hours or days</source>
        <translation>„%1“ ist keine Einheit: Stunden oder Tage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>„%1“ ist weder ja noch nein</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Print the catalogue of anomaly rules.</source>
        <translation>Den Katalog der Anomalieregeln ausgeben.</translation>
    </message>
    <message>
        <source>The whole catalogue as Markdown (docs/anomalies.md).</source>
        <translation>Der ganze Katalog als Markdown (docs/anomalies.md).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s JSON.</source>
        <translation>Das JSON des Katalogs.</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No worker has rights, trainings or an employment in %1.</source>
        <translation>Kein Arbeitnehmer hat %1 Ansprüche, Weiterbildungen oder eine Beschäftigung.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The employer %1 cannot be deleted while it still has workers, trainings or other records.</source>
        <translation>Der Arbeitgeber %1 kann nicht gelöscht werden, solange er noch Arbeitnehmer, Weiterbildungen oder andere Datensätze hat.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>Der Arbeitsbereich ist belegt: die Änderung konnte nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>StorageCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Die Passphrasendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrasendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The workspace file, or a team server&apos;s address postgresql://user@host/database (default: %1).</source>
        <translation>Die Arbeitsbereichsdatei oder die Adresse eines Teamservers postgresql://benutzer@host/datenbank (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fla</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The INSZ must have 11 digits.</source>
        <translation>Die ENSS muss 11 Ziffern haben.</translation>
    </message>
    <message>
        <source>The check digits of the INSZ are wrong.</source>
        <translation>Die Prüfziffern der ENSS sind falsch.</translation>
    </message>
    <message>
        <source>The INSZ holds an impossible birth month or day.</source>
        <translation>Die ENSS enthält einen unmöglichen Geburtsmonat oder -tag.</translation>
    </message>
    <message>
        <source>The INSZ has sequence number 000 or 999, which is never assigned.</source>
        <translation>Die ENSS hat die laufende Nummer 000 oder 999, die nie vergeben wird.</translation>
    </message>
    <message>
        <source>The INSZ is not valid (%1).</source>
        <translation>Die ENSS ist ungültig (%1).</translation>
    </message>
    <message>
        <source>The shared strings of the workbook are damaged: %1</source>
        <translation>Die gemeinsamen Texte der Arbeitsmappe sind beschädigt: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell beyond the last column.</source>
        <translation>Zeile %1 des Blatts hat eine Zelle hinter der letzten Spalte.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet refers to a text that the workbook does not hold.</source>
        <translation>Zeile %1 des Blatts verweist auf einen Text, den die Arbeitsmappe nicht enthält.</translation>
    </message>
    <message>
        <source>The sheet of the workbook is damaged (row %1): %2</source>
        <translation>Das Blatt der Arbeitsmappe ist beschädigt (Zeile %1): %2</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.</source>
        <translation>Das ist keine Excel-Arbeitsmappe (.xlsx): sie kann nicht als ZIP-Datei geöffnet werden.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</source>
        <translation>Das ist keine Excel-Arbeitsmappe (.xlsx): xl/workbook.xml fehlt.</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>Die Arbeitsmappe hat kein lesbares erstes Blatt (%1).</translation>
    </message>
    <message>
        <source>The workspace cannot run a query: %1</source>
        <translation>Der Arbeitsbereich kann eine Abfrage nicht ausführen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it has no uuid.</source>
        <translation>%1 kann nicht gespeichert werden: er hat keine UUID.</translation>
    </message>
    <message>
        <source>%1 cannot be saved without an employer.</source>
        <translation>%1 kann ohne Arbeitgeber nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 belongs to another employer than the one being edited.</source>
        <translation>%1 gehört zu einem anderen Arbeitgeber als dem bearbeiteten.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: its uuid belongs to a record of another employer.</source>
        <translation>%1 kann nicht gespeichert werden: seine UUID gehört zu einem Datensatz eines anderen Arbeitgebers.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>Der Arbeitsbereich ist belegt: die Änderung konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>Das Element %1 %2 existiert für diesen Arbeitgeber nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records (participations, employments, rights) still refer to it.</source>
        <translation>%1 kann nicht gelöscht werden: andere Datensätze (Teilnahmen, Beschäftigungen, Ansprüche) verweisen noch darauf.</translation>
    </message>
    <message>
        <source>The %1 records being loaded</source>
        <translation>Die zu ladenden %1-Datensätze</translation>
    </message>
    <message>
        <source>The workbook defines more than %1 cell styles, which no spreadsheet writes.</source>
        <translation>Die Arbeitsmappe definiert mehr als %1 Zellformatvorlagen, was keine Tabellenkalkulation schreibt.</translation>
    </message>
    <message>
        <source>The first sheet holds more cells than FLA Desk reads from a workbook (about %1 MiB of values, reached at row %2). Save the sheet as CSV, or split it.</source>
        <translation>Das erste Blatt enthält mehr Zellen, als FLA Desk aus einer Arbeitsmappe liest (etwa %1 MiB an Werten, erreicht in Zeile %2). Speichern Sie das Blatt als CSV oder teilen Sie es auf.</translation>
    </message>
    <message>
        <source>The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.</source>
        <translation>Die Arbeitsmappe enthält %1 Dateien; eine Arbeitsmappe, die FLA Desk liest, enthält höchstens %2.</translation>
    </message>
    <message>
        <source>The workbook holds more different texts than FLA Desk reads (at most %1 texts, %2 million characters, and about %3 MiB together with the sheet&apos;s cells). Save the sheet as CSV, or split it.</source>
        <translation>Die Arbeitsmappe enthält mehr verschiedene Texte, als FLA Desk liest (höchstens %1 Texte, %2 Millionen Zeichen und etwa %3 MiB zusammen mit den Zellen des Blatts). Speichern Sie das Blatt als CSV oder teilen Sie es auf.</translation>
    </message>
    <message>
        <source>The row runs from line %1 to line %2.</source>
        <translation>Die Zeile reicht von Zeile %1 bis Zeile %2.</translation>
    </message>
    <message>
        <source>training plan %1</source>
        <translation>Weiterbildungsplan %1</translation>
    </message>
    <message>
        <source>training plan %1-%2</source>
        <translation>Weiterbildungsplan %1-%2</translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation>Der %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Arbeitsregelung</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritätische Kommission</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <source>%1 (average %2 FTE, Q4 %3 – Q3 %4)</source>
        <translation>%1 (durchschnittlich %2 VZÄ, Q4 %3 – Q3 %4)</translation>
    </message>
    <message>
        <source>%1 (declared: no employment in the register in Q4 %2 – Q3 %3)</source>
        <translation>%1 (angegeben: keine Beschäftigung im Register in Q4 %2 – Q3 %3)</translation>
    </message>
    <message>
        <source>%1 (sector agreement %2)</source>
        <translation>%1 (Sektorabkommen %2)</translation>
    </message>
    <message>
        <source>%1 (law)</source>
        <translation>%1 (Gesetz)</translation>
    </message>
    <message>
        <source>Days per FTE</source>
        <translation>Tage je VZÄ</translation>
    </message>
    <message>
        <source>Legal right</source>
        <translation>Gesetzliches Recht</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(berechnet)</translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation>(angegeben)</translation>
    </message>
    <message>
        <source>Sectoral right</source>
        <translation>Sektorales Recht</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Vom Arbeitgeber gewährt</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Expired when the window started</source>
        <translation>Zu Beginn des Zeitraums verfallen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 Std.)</translation>
    </message>
    <message>
        <source>Five-year window</source>
        <translation>Fünfjahreszeitraum</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Weiterbildung %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>nicht besucht</translation>
    </message>
    <message>
        <source>deducted</source>
        <translation>angerechnet</translation>
    </message>
    <message>
        <source>not deducted</source>
        <translation>nicht angerechnet</translation>
    </message>
    <message>
        <source>Unconfirmed (secondary sources): %1.</source>
        <translation>Nicht bestätigt (Sekundärquellen): %1.</translation>
    </message>
    <message>
        <source>the history of the record %1</source>
        <translation>den Verlauf des Datensatzes %1</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; already has %2 for %3 from an earlier row; this row&apos;s %4 is not taken. Amounts count once per training.</source>
        <translation>Die Weiterbildung „%1“ hat bereits %2 für %3 aus einer früheren Zeile; %4 aus dieser Zeile wird nicht übernommen. Beträge zählen einmal je Weiterbildung.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; is already shared %2 from an earlier row; this row&apos;s %3 is not taken.</source>
        <translation>Die Kosten der Weiterbildung „%1“ werden bereits „%2“ verteilt (frühere Zeile); „%3“ aus dieser Zeile wird nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>fla-sandbox</name>
    <message>
        <source>A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, an authorization page with simulated identities, a token endpoint) and the FLA API. It listens on 127.0.0.1 only.</source>
        <translation>Eine lokale FLA-Plattform für Tests und Demos: ein OpenID-Anbieter (Discovery, JWKS, eine Autorisierungsseite mit simulierten Identitäten, ein Token-Endpunkt) und die FLA-API. Sie lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default 8765, the Sandbox environment&apos;s; 0: the system chooses).</source>
        <translation>Port auf 127.0.0.1 (Standard 8765, der der Sandbox-Umgebung; 0: das System wählt).</translation>
    </message>
    <message>
        <source>Folder where the sandbox keeps its data (default: memory only).</source>
        <translation>Ordner, in dem die Sandbox ihre Daten aufbewahrt (Standard: nur Speicher).</translation>
    </message>
    <message>
        <source>JSON file of simulated identities (default: built in).</source>
        <translation>JSON-Datei simulierter Identitäten (Standard: eingebaut).</translation>
    </message>
    <message>
        <source>A public client id allowed to sign in users (repeatable; default: any).</source>
        <translation>Eine öffentliche Client-ID, die Benutzer anmelden darf (wiederholbar; Standard: jede).</translation>
    </message>
    <message>
        <source>A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). Its JWT assertions must be signed with the key of that certificate.</source>
        <translation>Ein Maschinen-Client für die Zertifikatsanmeldung: ID=CERT.pem[=UNTERNEHMEN,...] (wiederholbar). Seine JWT-Assertions müssen mit dem Schlüssel dieses Zertifikats signiert sein.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 600).</source>
        <translation>Lebensdauer der Zugriffstoken in Sekunden (Standard 600).</translation>
    </message>
    <message>
        <source>Identities JSON: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. The authorization page can be completed without clicking by adding identity=KEY&amp;key=eid|itsme to the authorization URL.</source>
        <translation>JSON der Identitäten: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. Die Autorisierungsseite kann ohne Klicken abgeschlossen werden, indem identity=KEY&amp;key=eid|itsme an die Autorisierungs-URL angehängt wird.</translation>
    </message>
    <message>
        <source>--machine-client %1: expected ID=CERT.pem with a readable file</source>
        <translation>--machine-client %1: erwartet ID=CERT.pem mit einer lesbaren Datei</translation>
    </message>
    <message>
        <source>--port: not a port number: %1</source>
        <translation>--port: keine Portnummer: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>fla::AuditRepository</name>
    <message>
        <source>The audit trail holds no usable state of this record.</source>
        <translation>Das Prüfprotokoll enthält keinen brauchbaren Zustand dieses Datensatzes.</translation>
    </message>
    <message>
        <source>The audit entry for %1 %2 could not be written: %3</source>
        <translation>Der Prüfeintrag für %1 %2 konnte nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>The record %1 is not deleted, or its history is not in this employer&apos;s audit trail.</source>
        <translation>Der Datensatz %1 ist nicht gelöscht, oder sein Verlauf steht nicht im Prüfprotokoll dieses Arbeitgebers.</translation>
    </message>
    <message>
        <source>The audit entry of the load could not be written: %1</source>
        <translation>Der Prüfeintrag des Ladevorgangs konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the company&apos;s audit trail</source>
        <translation>das Änderungsprotokoll des Unternehmens</translation>
    </message>
</context>
<context>
    <name>fla::Backup</name>
    <message>
        <source>The snapshot %1 cannot be read.</source>
        <translation>Die Momentaufnahme %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup key could not be derived (OpenSSL).</source>
        <translation>Der Schlüssel der Sicherung konnte nicht abgeleitet werden (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>Die Sicherungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup could not be encrypted (OpenSSL).</source>
        <translation>Die Sicherung konnte nicht verschlüsselt werden (OpenSSL).</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Die Momentaufnahme konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The snapshot of the workspace %1 failed: %2</source>
        <translation>Die Momentaufnahme des Arbeitsbereichs %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: its header is incomplete.</source>
        <translation>Die Sicherung %1 ist abgeschnitten: ihr Kopf ist unvollständig.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk backup.</source>
        <translation>Die Datei %1 ist keine FLA-Desk-Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 was written in a format this version does not know (version %2).</source>
        <translation>Die Sicherung %1 wurde in einem Format geschrieben, das diese Version nicht kennt (Version %2).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: %2 bytes of %3.</source>
        <translation>Die Sicherung %1 ist abgeschnitten: %2 von %3 Bytes.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: %2 bytes more than it should have.</source>
        <translation>Die Sicherung %1 wurde verändert: %2 Bytes mehr als erwartet.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>Die Sicherung %1 ist verschlüsselt: geben Sie die Passphrase an.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters are not valid.</source>
        <translation>Die Sicherung %1 wurde verändert: ihre Schlüsselparameter sind ungültig.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1 (or its header has been altered).</source>
        <translation>Falsche Passphrase für die Sicherung %1 (oder ihr Kopf wurde verändert).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be decrypted (OpenSSL).</source>
        <translation>Die Sicherung %1 konnte nicht entschlüsselt werden (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated.</source>
        <translation>Die Sicherung %1 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered or damaged: its content does not match its authentication tag. Nothing was restored.</source>
        <translation>Die Sicherung %1 wurde verändert oder beschädigt: ihr Inhalt passt nicht zu ihrem Authentifizierungs-Tag. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Der Ordner von %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold a usable workspace: %2</source>
        <translation>Die Sicherung %1 enthält keinen brauchbaren Arbeitsbereich: %2</translation>
    </message>
    <message>
        <source>The workspace in the backup %1 is damaged: %2</source>
        <translation>Der Arbeitsbereich in der Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The current workspace %1 could not be set aside; nothing was restored.</source>
        <translation>Der aktuelle Arbeitsbereich %1 konnte nicht beiseitegelegt werden; nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1; the workspace was left as it was.</source>
        <translation>Die Sicherung konnte nicht nach %1 gelegt werden; der Arbeitsbereich blieb unverändert.</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the snapshot: %2</source>
        <translation>Neben %1 kann kein temporärer Ordner für die Momentaufnahme angelegt werden: %2</translation>
    </message>
    <message>
        <source>it cannot be opened as a database (%1)</source>
        <translation>sie kann nicht als Datenbank geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)</source>
        <translation>sie ist kein FLA-Desk-Arbeitsbereich (Schemaversion %1; diese Version kennt 1 bis %2)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (the tables %1 are missing)</source>
        <translation>sie ist kein FLA-Desk-Arbeitsbereich (die Tabellen %1 fehlen)</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing was restored.</source>
        <translation>Die Sicherung %1 wurde verändert: ihre Schlüsselparameter (scrypt N = 2^%2, r = %3, p = %4) sind nicht die, die FLA Desk schreibt (N = 2^%5, r = %6, p = %7). Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the whole file has only %3 bytes. Nothing was restored.</source>
        <translation>Die Sicherung %1 ist abgeschnitten oder beschädigt: ihr Kopf kündigt %2 Bytes Inhalt an, aber die ganze Datei hat nur %3 Bytes. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.</source>
        <translation>Die Sicherung %1 enthält keinen FLA-Desk-Arbeitsbereich: %2. Nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an empty database on a team server (--workspace postgresql://…). Nothing was restored.</source>
        <translation>Die Sicherung %1 enthält einen Team-Arbeitsbereich (einen PostgreSQL-Dump): Stellen Sie sie in eine leere Datenbank auf einem Team-Server wieder her (--workspace postgresql://…). Nichts wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>fla::BatchFileSet</name>
    <message>
        <source>Cannot open the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 certificate file.</source>
        <translation>%1 ist keine PKCS#12-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: wrong password, or it holds no private key.</source>
        <translation>Das Zertifikat %1 kann nicht geöffnet werden: falsches Passwort, oder es enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not named FI.…, so it has no FS signature file next to it.</source>
        <translation>%1 heißt nicht FI.…, daher liegt keine FS-Signaturdatei daneben.</translation>
    </message>
    <message>
        <source>The signature file %1 of %2 is missing.</source>
        <translation>Die Signaturdatei %1 zu %2 fehlt.</translation>
    </message>
    <message>
        <source>The signature file %1 cannot be read: %2</source>
        <translation>Die Signaturdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The signature file %1 is %2 bytes long: far too large for a signature (at most %3).</source>
        <translation>Die Signaturdatei %1 ist %2 Bytes lang: viel zu groß für eine Signatur (höchstens %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is not base64 text.</source>
        <translation>Die Signaturdatei %1 ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>The signature file %1 does not hold a CMS (PKCS#7) signature.</source>
        <translation>Die Signaturdatei %1 enthält keine CMS-Signatur (PKCS#7).</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The trusted certificate file %1 cannot be read (PEM expected).</source>
        <translation>Die Datei mit vertrauenswürdigen Zertifikaten %1 kann nicht gelesen werden (PEM erwartet).</translation>
    </message>
    <message>
        <source>The signature %1 does not match %2: the declaration was changed after it was signed, or the signature belongs to another file%3 (%4).</source>
        <translation>Die Signatur %1 passt nicht zu %2: die Meldung wurde nach dem Signieren geändert, oder die Signatur gehört zu einer anderen Datei%3 (%4).</translation>
    </message>
    <message>
        <source>, or its signer is not trusted by %1</source>
        <translation>, oder ihr Unterzeichner wird von %1 nicht als vertrauenswürdig anerkannt</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml</name>
    <message>
        <source>Cannot write the batch file: %1</source>
        <translation>Die Batch-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Unexpected text.</source>
        <translation>Unerwarteter Text.</translation>
    </message>
    <message>
        <source>The element is not in the namespace %1.</source>
        <translation>Das Element ist nicht im Namensraum %1.</translation>
    </message>
    <message>
        <source>This is not a batch declaration.</source>
        <translation>Das ist keine Batch-Meldung.</translation>
    </message>
    <message>
        <source>Only version 1 of the batch format can be read.</source>
        <translation>Nur Version 1 des Batch-Formats kann gelesen werden.</translation>
    </message>
    <message>
        <source>The file code must be %1.</source>
        <translation>Der Dateicode muss %1 sein.</translation>
    </message>
    <message>
        <source>The environment must be R or T.</source>
        <translation>Die Umgebung muss R oder T sein.</translation>
    </message>
    <message>
        <source>The header must come first.</source>
        <translation>Der Kopf muss zuerst kommen.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Die Unternehmensnummer %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The joint committee %1 is not valid.</source>
        <translation>Die paritätische Kommission %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The INSZ %1 is not valid.</source>
        <translation>Die ENSS %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The family name is empty.</source>
        <translation>Der Familienname ist leer.</translation>
    </message>
    <message>
        <source>The worker %1 is not a worker of this employer.</source>
        <translation>Der Arbeitnehmer %1 ist kein Arbeitnehmer dieses Arbeitgebers.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Beginndatum.</translation>
    </message>
    <message>
        <source>The training has no name.</source>
        <translation>Die Weiterbildung hat keinen Namen.</translation>
    </message>
    <message>
        <source>The element %1 is not expected here.</source>
        <translation>Das Element %1 wird hier nicht erwartet.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>Die Datei ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>The declaration needs a header and at least one employer.</source>
        <translation>Die Meldung braucht einen Kopf und mindestens einen Arbeitgeber.</translation>
    </message>
    <message>
        <source>Write the elements without a namespace prefix, in the default namespace %1.</source>
        <translation>Schreiben Sie die Elemente ohne Namensraumpräfix, im Standardnamensraum %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml::Reader</name>
    <message>
        <source>The attribute %1 is required.</source>
        <translation>Das Attribut %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>„%1“ ist keine Dezimalzahl.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed codes.</source>
        <translation>„%1“ ist keiner der zulässigen Codes.</translation>
    </message>
    <message>
        <source>The UUID %1 is used twice.</source>
        <translation>Die UUID %1 wird zweimal verwendet.</translation>
    </message>
</context>
<context>
    <name>fla::BulkLoader</name>
    <message>
        <source>The workspace is busy: the load could not start.</source>
        <translation>Der Arbeitsbereich ist belegt: das Laden konnte nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>fla::CertificateRepository</name>
    <message>
        <source>The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the workspace. Attach a smaller scan or PDF.</source>
        <translation>Die Bescheinigung %1 hat %2 Bytes: der Arbeitsbereich speichert höchstens %3 Bytes (%4 MiB). Fügen Sie einen kleineren Scan oder ein kleineres PDF bei.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be attached: participation %2 is not one of this company&apos;s.</source>
        <translation>Die Bescheinigung %1 kann nicht beigefügt werden: die Teilnahme %2 gehört nicht zu diesem Unternehmen.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>Die Bescheinigung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The certificate %1 is empty.</source>
        <translation>Die Bescheinigung %1 ist leer.</translation>
    </message>
    <message>
        <source>The certificate %1 could not be stored: %2</source>
        <translation>Die Bescheinigung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The certificates of participation %1 cannot be read: %2</source>
        <translation>Die Bescheinigungen der Teilnahme %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Certificate file %1 is not one of this company&apos;s.</source>
        <translation>Die Bescheinigungsdatei %1 gehört nicht zu diesem Unternehmen.</translation>
    </message>
</context>
<context>
    <name>fla::ChangeFeed</name>
    <message>
        <source>Changes made on other desktops cannot be followed: %1</source>
        <translation>Änderungen an anderen Arbeitsplätzen können nicht verfolgt werden: %1</translation>
    </message>
</context>
<context>
    <name>fla::CodeLabels</name>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>under 10 FTE</source>
        <translation>unter 10 VZÄ</translation>
    </message>
    <message>
        <source>10 to 19 FTE</source>
        <translation>10 bis 19 VZÄ</translation>
    </message>
    <message>
        <source>20 FTE or more</source>
        <translation>20 VZÄ oder mehr</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formell</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informell</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Gesetzlich</translation>
    </message>
    <message>
        <source>Sectoral</source>
        <translation>Sektoriell</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Vom Arbeitgeber gewährt</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formelle berufliche Weiterbildung</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Weniger formelle oder informelle berufliche Weiterbildung</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Berufliche Erstausbildung</translation>
    </message>
    <message>
        <source>As its kind says</source>
        <translation>Nach der Art</translation>
    </message>
    <message>
        <source>In proportion to the hours followed</source>
        <translation>Im Verhältnis zu den besuchten Stunden</translation>
    </message>
    <message>
        <source>Equally over the participants</source>
        <translation>Zu gleichen Teilen auf die Teilnehmer</translation>
    </message>
    <message>
        <source>Paid educational leave</source>
        <translation>Bezahlter Bildungsurlaub</translation>
    </message>
    <message>
        <source>Flemish training leave</source>
        <translation>Flämischer Bildungsurlaub</translation>
    </message>
    <message>
        <source>None (within the training right)</source>
        <translation>Keiner (im Weiterbildungsanspruch)</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>As the INSZ says</source>
        <translation>Laut ENSS</translation>
    </message>
</context>
<context>
    <name>fla::ConflictResolver</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>Arbeitnehmer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>Beschäftigung von %1 ab %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>Weiterbildung „%1“ vom %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>Teilnahme von %1 an „%2“</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>Weiterbildungsanspruch %1 von %2</translation>
    </message>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Kein Arbeitgeber %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The record %1 is no longer in the workspace.</source>
        <translation>Der Datensatz %1 ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not connected to the platform.</source>
        <translation>Nicht mit der Plattform verbunden.</translation>
    </message>
    <message>
        <source>Employers are not declared: there is no conflict to resolve.</source>
        <translation>Arbeitgeber werden nicht gemeldet: es gibt keinen Konflikt zu lösen.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The platform&apos;s version could not be fetched: %1</source>
        <translation>Die Version der Plattform konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>There is no conflict to resolve.</source>
        <translation>Es gibt keinen Konflikt zu lösen.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be queued again.</source>
        <translation>Der Arbeitsbereich ist belegt: %1 konnte nicht erneut in den Postausgang gestellt werden.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be written.</source>
        <translation>Der Arbeitsbereich ist belegt: %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fla::CsvTableReader</name>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, Trennzeichen %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: sie hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>fla::DataSetCsv</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s) where the header line has %1: it is not read.</source>
        <translation>
            <numerusform>Die Zeile hat %n Feld, wo die Kopfzeile %1 hat: Sie wird nicht gelesen.</numerusform>
            <numerusform>Die Zeile hat %n Felder, wo die Kopfzeile %1 hat: Sie wird nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>fla::FieldLabels</name>
    <message>
        <source>identifier (UUID)</source>
        <translation>Kennung (UUID)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <source>NSSO number</source>
        <translation>LSS-Nummer</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <source>joint committees</source>
        <translation>paritätische Kommissionen</translation>
    </message>
    <message>
        <source>joint committee</source>
        <translation>paritätische Kommission</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>employments</source>
        <translation>Beschäftigungen</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>work regime</source>
        <translation>Arbeitsregelung</translation>
    </message>
    <message>
        <source>collective agreement number</source>
        <translation>KAA-Nummer</translation>
    </message>
    <message>
        <source>training provider</source>
        <translation>Weiterbildungsanbieter</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>counts for the FLA</source>
        <translation>zählt für das Lernkonto</translation>
    </message>
    <message>
        <source>deducted from the right</source>
        <translation>vom Anspruch abgezogen</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>Erfassungsdatum</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>besucht</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>Bescheinigung gültig bis</translation>
    </message>
    <message>
        <source>duration of the participation</source>
        <translation>Dauer der Teilnahme</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>training credit</source>
        <translation>Weiterbildungsguthaben</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>training right</source>
        <translation>Weiterbildungsanspruch</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>jeder Datensatz</translation>
    </message>
    <message>
        <source>joint committee %1</source>
        <translation>paritätische Kommission %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>sector agreement number</source>
        <translation>Nummer des Branchenabkommens</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>financial year starts: month</source>
        <translation>Beginn des Geschäftsjahres: Monat</translation>
    </message>
    <message>
        <source>financial year starts: day</source>
        <translation>Beginn des Geschäftsjahres: Tag</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>travel and stay</source>
        <translation>Reise und Aufenthalt</translation>
    </message>
    <message>
        <source>contributions to collective funds</source>
        <translation>Beiträge an kollektive Fonds</translation>
    </message>
    <message>
        <source>subsidies received</source>
        <translation>erhaltene Zuschüsse</translation>
    </message>
    <message>
        <source>costs shared</source>
        <translation>Aufteilung der Kosten</translation>
    </message>
    <message>
        <source>training leave</source>
        <translation>Bildungsurlaub</translation>
    </message>
    <message>
        <source>trainees&apos; pay</source>
        <translation>Lohn der Teilnehmer</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>fla::FileLines</name>
    <message>
        <source>The column is missing from the header line.</source>
        <translation>Die Spalte fehlt in der Kopfzeile.</translation>
    </message>
    <message>
        <source>A quote stands where none may: a field is either quoted whole, with each quote inside it doubled, or holds no quote. The line is not read.</source>
        <translation>Ein Anführungszeichen steht, wo keines stehen darf: ein Feld steht entweder ganz in Anführungszeichen, jedes darin verdoppelt, oder enthält keines. Die Zeile wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfile</name>
    <message>
        <source>The mapping&apos;s defaultKind must be FORMAL or INFORMAL.</source>
        <translation>defaultKind der Zuordnung muss FORMAL oder INFORMAL sein.</translation>
    </message>
    <message>
        <source>The mapping&apos;s defaultLanguage must be nl, fr, de or en.</source>
        <translation>defaultLanguage der Zuordnung muss nl, fr, de oder en sein.</translation>
    </message>
    <message>
        <source>The mapping names a field that does not exist: %1. The fields are: %2.</source>
        <translation>Die Zuordnung nennt ein Feld, das es nicht gibt: %1. Die Felder sind: %2.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfiles</name>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Geben Sie der Zuordnung einen Namen.</translation>
    </message>
    <message>
        <source>Cannot save the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no mapping named %1 (looked in %2).</source>
        <translation>Es gibt keine Zuordnung namens %1 (gesucht in %2).</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON: %2</source>
        <translation>Die Zuordnung %1 ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>fla::ImportResult</name>
    <message>
        <source>%1 more rows with problems are not listed: correct the rows above (often the column mapping) and import the file again.</source>
        <translation>Weitere %1 Zeilen mit Problemen werden nicht aufgeführt: korrigieren Sie die Zeilen oben (oft die Spaltenzuordnung) und importieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>fla::Importer</name>
    <message>
        <source>The mapping expects a column &quot;%1&quot; (%2), but the table has no such column.</source>
        <translation>Die Zuordnung erwartet eine Spalte „%1“ (%2), aber die Tabelle hat keine solche Spalte.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds: %1.</source>
        <translation>Die Zuordnung sagt nicht, welche Spalte dies enthält: %1.</translation>
    </message>
    <message>
        <source>expected nl, fr, de or en.</source>
        <translation>erwartet nl, fr, de oder en.</translation>
    </message>
    <message>
        <source>expected formal or informal.</source>
        <translation>erwartet formell oder informell.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Das Enddatum %1 liegt vor dem Beginndatum %2.</translation>
    </message>
    <message>
        <source>The training starts before 1 January 2024, when the learning account began.</source>
        <translation>Die Weiterbildung beginnt vor dem 1. Januar 2024, dem Beginn des Lernkontos.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>Die Dauer muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 days do not fit in the %2 calendar days of the training.</source>
        <translation>%1 Tage passen nicht in die %2 Kalendertage der Weiterbildung.</translation>
    </message>
    <message>
        <source>%1 hours is more than 12 hours a day over %2 calendar days.</source>
        <translation>%1 Stunden sind mehr als 12 Stunden pro Tag über %2 Kalendertage.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Die abgelehnten Zeilen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Hours, Days or Duration</source>
        <translation>Stunden, Tage oder Dauer</translation>
    </message>
    <message>
        <source>The mapping names a unit column (%1) but no Duration column it would belong to.</source>
        <translation>Die Zuordnung nennt eine Einheitenspalte (%1), aber keine Spalte Dauer, zu der sie gehören würde.</translation>
    </message>
    <message>
        <source>expected M (man) or V/F (woman).</source>
        <translation>erwartet M (Mann) oder W/F (Frau).</translation>
    </message>
    <message>
        <source>expected formal, informal or initial.</source>
        <translation>erwartet formell, informell oder Erstausbildung.</translation>
    </message>
    <message>
        <source>expected BEV/CEP, VOV or none.</source>
        <translation>erwartet BEV/CEP, VOV oder kein.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>expected equally or by hours.</source>
        <translation>erwartet: gleichmäßig oder nach Stunden.</translation>
    </message>
</context>
<context>
    <name>fla::LoadableCheck</name>
    <message>
        <source>The hours in a working day must be more than 0 and at most 24.</source>
        <translation>Die Stunden eines Arbeitstages müssen mehr als 0 und höchstens 24 sein.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The work regime must be more than 0 and at most 1.</source>
        <translation>Die Arbeitsregelung muss mehr als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2999.</source>
        <translation>Das Jahr muss zwischen 1900 und 2999 liegen.</translation>
    </message>
    <message>
        <source>Its employer (%1) was refused, so it is refused too.</source>
        <translation>Sein Arbeitgeber (%1) wurde abgewiesen, daher wird auch dies abgewiesen.</translation>
    </message>
    <message>
        <source>Its employer %1 is neither in the set nor in the workspace.</source>
        <translation>Sein Arbeitgeber %1 ist weder im Satz noch im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Its worker (%1) was refused, so it is refused too.</source>
        <translation>Sein Arbeitnehmer (%1) wurde abgewiesen, daher wird auch dies abgewiesen.</translation>
    </message>
    <message>
        <source>Its worker %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Sein Arbeitnehmer %1 ist für seinen Arbeitgeber weder im Satz noch im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Its worker %1 belongs to another employer.</source>
        <translation>Sein Arbeitnehmer %1 gehört zu einem anderen Arbeitgeber.</translation>
    </message>
    <message>
        <source>Its training (%1) was refused, so it is refused too.</source>
        <translation>Seine Weiterbildung (%1) wurde abgewiesen, daher wird auch dies abgewiesen.</translation>
    </message>
    <message>
        <source>Its training %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Seine Weiterbildung %1 ist für seinen Arbeitgeber weder im Satz noch im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Its training %1 belongs to another employer.</source>
        <translation>Seine Weiterbildung %1 gehört zu einem anderen Arbeitgeber.</translation>
    </message>
</context>
<context>
    <name>fla::OutboxRepository</name>
    <message>
        <source>the queue of declarations</source>
        <translation>die Warteschlange der Meldungen</translation>
    </message>
    <message>
        <source>the declaration status of the company&apos;s records</source>
        <translation>den Meldestatus der Datensätze des Unternehmens</translation>
    </message>
</context>
<context>
    <name>fla::PlanReminder</name>
    <message>
        <source>Training plan %1: none adopted; it was due by %2 (%3).</source>
        <translation>Weiterbildungsplan %1: nicht verabschiedet; er war bis zum %2 fällig (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 was due by %3 (%4).</source>
        <translation>Weiterbildungsplan %1: %2 war bis zum %3 fällig (%4).</translation>
    </message>
    <message>
        <source>(unconfirmed rule)</source>
        <translation>(nicht bestätigte Regel)</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 Tag zu spät</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 Tage zu spät</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; send the draft for advice by %2 (%3).</source>
        <translation>Weiterbildungsplan %1: noch keiner; senden Sie den Entwurf spätestens am %2 zur Stellungnahme (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; adopt it by %2 (%3).</source>
        <translation>Weiterbildungsplan %1: noch keiner; verabschieden Sie ihn spätestens am %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 by %3 (%4).</source>
        <translation>Weiterbildungsplan %1: %2 spätestens am %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fla::PlatformArchive</name>
    <message>
        <source>Archiving %1 stopped: %2</source>
        <translation>Die Archivierung von %1 wurde abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>fla::PlatformFindings</name>
    <message>
        <source>The platform knows no such worker for this employer: declare the worker first.</source>
        <translation>Die Plattform kennt diesen Arbeitnehmer bei diesem Arbeitgeber nicht: melden Sie zuerst den Arbeitnehmer.</translation>
    </message>
    <message>
        <source>The platform knows no such training for this employer: declare the training first.</source>
        <translation>Die Plattform kennt diese Weiterbildung bei diesem Arbeitgeber nicht: melden Sie zuerst die Weiterbildung.</translation>
    </message>
    <message>
        <source>The training falls outside the worker&apos;s employment with this employer.</source>
        <translation>Die Weiterbildung liegt außerhalb der Beschäftigung des Arbeitnehmers bei diesem Arbeitgeber.</translation>
    </message>
    <message>
        <source>This UUID already names another record on the platform.</source>
        <translation>Diese UUID bezeichnet auf der Plattform bereits einen anderen Datensatz.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>The work regime must be above 0 and at most 1.</source>
        <translation>Die Arbeitsregelung muss größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>The platform keeps training rights from 2024 on.</source>
        <translation>Die Plattform führt Weiterbildungsansprüche ab 2024.</translation>
    </message>
</context>
<context>
    <name>fla::PostgresBackup</name>
    <message>
        <source>The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Das PostgreSQL-Programm %1 wurde in %2 ($FLADESK_PG_BIN) nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>Das PostgreSQL-Programm %1 ist nicht installiert, daher kann ein Team-Arbeitsbereich hier weder gesichert noch wiederhergestellt werden. Installieren Sie die PostgreSQL-Client-Programme (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the dump: %2</source>
        <translation>Neben %1 kann kein temporärer Ordner für den Dump angelegt werden: %2</translation>
    </message>
    <message>
        <source>pg_dump could not back up the team workspace %1: %2</source>
        <translation>pg_dump konnte den Team-Arbeitsbereich %1 nicht sichern: %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the dump: %1</source>
        <translation>Es kann kein temporärer Ordner für den Dump angelegt werden: %1</translation>
    </message>
    <message>
        <source>The backup %1 holds a workspace file, not a team workspace: restore it into a file (--workspace FILE), then move it onto the server with workspace copy.</source>
        <translation>Die Sicherung %1 enthält eine Arbeitsbereichsdatei, keinen Team-Arbeitsbereich: Stellen Sie sie in eine Datei wieder her (--workspace DATEI) und bringen Sie sie dann mit workspace copy auf den Server.</translation>
    </message>
    <message>
        <source>The database of %1 is not empty. Restore into a new, empty database (createdb), then point the desktops at it.</source>
        <translation>Die Datenbank von %1 ist nicht leer. Stellen Sie in eine neue, leere Datenbank wieder her (createdb) und richten Sie dann die Arbeitsplätze darauf aus.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup %1 into %2 (nothing was restored): %3</source>
        <translation>pg_restore konnte die Sicherung %1 nicht in %2 wiederherstellen (nichts wurde wiederhergestellt): %3</translation>
    </message>
</context>
<context>
    <name>fla::PostgresDriver</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation>Diese Installation kann PostgreSQL nicht erreichen: Der PostgreSQL-Treiber von Qt (QPSQL) fehlt. Installieren Sie unter Debian das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server %1 refused the user %2: the user name or the password is wrong.</source>
        <translation>Der Teamserver %1 hat den Benutzer %2 abgewiesen: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The team server %1 has no database %2. Check the address, or ask the office&apos;s administrator which database holds the workspace.</source>
        <translation>Der Teamserver %1 hat keine Datenbank %2. Prüfen Sie die Adresse oder fragen Sie den Administrator des Büros, welche Datenbank den Arbeitsbereich enthält.</translation>
    </message>
    <message>
        <source>The user %2 may not connect to the database %3 on the team server %1. Ask the office&apos;s administrator for access.</source>
        <translation>Der Benutzer %2 darf sich nicht mit der Datenbank %3 auf dem Teamserver %1 verbinden. Bitten Sie den Administrator des Büros um Zugang.</translation>
    </message>
    <message>
        <source>The secure connection to the team server %1 failed (%2). Check the server&apos;s certificate and the sslmode of the address.</source>
        <translation>Die sichere Verbindung zum Teamserver %1 ist fehlgeschlagen (%2). Prüfen Sie das Zertifikat des Servers und den sslmode der Adresse.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it is not running, or the address is wrong. Your work is not lost; try again when the server is back.</source>
        <translation>Der Teamserver %1 ist nicht erreichbar: Er läuft nicht, oder die Adresse ist falsch. Ihre Arbeit geht nicht verloren; versuchen Sie es erneut, wenn der Server wieder da ist.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The user %1 has no access to the workspace %2 yet. Ask the office&apos;s administrator to give you access to your companies (fladesk-cli team grant).</source>
        <translation>Der Benutzer %1 hat noch keinen Zugang zum Arbeitsbereich %2. Bitten Sie den Administrator des Büros, Ihnen Zugang zu Ihren Unternehmen zu geben (fladesk-cli team grant).</translation>
    </message>
    <message>
        <source>Snapshots of a PostgreSQL workspace are not available yet: back the database up with pg_dump (docs/team.md).</source>
        <translation>Momentaufnahmen eines PostgreSQL-Arbeitsbereichs sind noch nicht verfügbar: Sichern Sie die Datenbank mit pg_dump (docs/team.md).</translation>
    </message>
</context>
<context>
    <name>fla::PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host/database.</source>
        <translation>%1 ist keine PostgreSQL-Adresse: Schreiben Sie postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>The option %1 of the PostgreSQL address %2 is not known.</source>
        <translation>Die Option %1 der PostgreSQL-Adresse %2 ist unbekannt.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write postgresql://user@host/database.</source>
        <translation>Die PostgreSQL-Adresse %1 nennt keine Datenbank: Schreiben Sie postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <source>The port of the PostgreSQL address %1 is not a number from 1 to 65535.</source>
        <translation>Der Port der PostgreSQL-Adresse %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>Der sslmode %1 der PostgreSQL-Adresse %2 ist keiner von disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>fla::PullDiff</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>Arbeitnehmer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>Beschäftigung von %1 ab %2</translation>
    </message>
    <message>
        <source>training “%1” of %2, registered by a training provider</source>
        <translation>Weiterbildung „%1“ vom %2, von einem Weiterbildungsanbieter registriert</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>Weiterbildung „%1“ vom %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>Teilnahme von %1 an „%2“</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>Weiterbildungsanspruch %1 von %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: %2</source>
        <translation>%1 kann nicht von der Plattform übernommen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its worker is not in the workspace. Accept the worker as well.</source>
        <translation>%1 kann nicht von der Plattform übernommen werden: der Arbeitnehmer ist nicht im Arbeitsbereich. Übernehmen Sie auch den Arbeitnehmer.</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its training is not in the workspace. Accept the training as well.</source>
        <translation>%1 kann nicht von der Plattform übernommen werden: die Weiterbildung ist nicht im Arbeitsbereich. Übernehmen Sie auch die Weiterbildung.</translation>
    </message>
    <message>
        <source>New on the platform</source>
        <translation>Neu auf der Plattform</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Missing on the platform</source>
        <translation>Fehlt auf der Plattform</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Beschäftigungen</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Weiterbildungen</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Weiterbildungsansprüche</translation>
    </message>
    <message>
        <source>%1 is on the platform but not in the workspace.</source>
        <translation>%1 ist auf der Plattform, aber nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is in the workspace, but the platform no longer holds it.</source>
        <translation>%1 ist im Arbeitsbereich, aber die Plattform hat es nicht mehr.</translation>
    </message>
    <message>
        <source>%1: the platform has %2 “%3” where the workspace has “%4”.</source>
        <translation>%1: die Plattform hat als %2 „%3“, der Arbeitsbereich „%4“.</translation>
    </message>
    <message>
        <source>%1 has the uuid of another kind of record in the workspace; it is left out.</source>
        <translation>%1 hat die UUID eines anderen Datensatztyps im Arbeitsbereich; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>The decisions do not match the differences of this pull.</source>
        <translation>Die Entscheidungen passen nicht zu den Unterschieden dieses Abrufs.</translation>
    </message>
    <message>
        <source>The workspace is busy: the platform&apos;s data could not be written.</source>
        <translation>Der Arbeitsbereich ist belegt: die Daten der Plattform konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fla::PullService</name>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr: melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The platform&apos;s data could not be fetched: %1</source>
        <translation>Die Daten der Plattform konnten nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>fla::RecordWriter</name>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>Der Arbeitsbereich ist belegt: die Änderung konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>The change was not saved: the anomalies of what it changes could not be stored: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: die Anomalien dessen, was sie ändert, konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the anomalies of what it changes could not be stored: %2</source>
        <translation>%1 wurde nicht gespeichert: die Anomalien dessen, was es ändert, konnten nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: someone else deleted it after you opened it. Nothing was overwritten.</source>
        <translation>%1 wurde nicht gespeichert: jemand anderes hat es gelöscht, nachdem Sie es geöffnet hatten. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else created a record with the same identity meanwhile. Nothing was overwritten.</source>
        <translation>%1 wurde nicht gespeichert: jemand anderes hat inzwischen einen Datensatz mit derselben Identität angelegt. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else changed it after you opened it (you edited version %2, version %3 is saved now). Nothing was overwritten.</source>
        <translation>%1 wurde nicht gespeichert: jemand anderes hat es geändert, nachdem Sie es geöffnet hatten (Sie haben Version %2 bearbeitet, jetzt ist Version %3 gespeichert). Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>%1 was not saved: it could not be read back.</source>
        <translation>%1 wurde nicht gespeichert: es konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>fla::RowContext</name>
    <message>
        <source>%1 is empty: it is required.</source>
        <translation>%1 ist leer: es ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3</source>
        <translation>%1 „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>expected a date such as 31/12/2025.</source>
        <translation>erwartet ein Datum wie 31/12/2025.</translation>
    </message>
    <message>
        <source>expected a number such as 7,5.</source>
        <translation>erwartet eine Zahl wie 7,5.</translation>
    </message>
    <message>
        <source>expected yes or no.</source>
        <translation>erwartet ja oder nein.</translation>
    </message>
    <message>
        <source>expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min.</source>
        <translation>erwartet eine Zahl mit ihrer Einheit, etwa 1,5 Tage, 3 Stunden, 2 jours oder 90 min.</translation>
    </message>
    <message>
        <source>expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min.</source>
        <translation>erwartet eine Einheit wie Stunden, Tage, uur, dagen, heures, jours oder min.</translation>
    </message>
    <message>
        <source>its unit differs from the unit column&apos;s &quot;%1&quot;.</source>
        <translation>ihre Einheit weicht von der der Einheitenspalte ab, „%1“.</translation>
    </message>
    <message>
        <source>its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit column.</source>
        <translation>die Einheit fehlt: schreiben Sie sie zum Wert (1,5 Tage, 3 Stunden) oder ordnen Sie eine Einheitenspalte zu.</translation>
    </message>
</context>
<context>
    <name>fla::RowReader</name>
    <message>
        <source>A UUID is required.</source>
        <translation>Eine UUID ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>A date is required (yyyy-MM-dd).</source>
        <translation>Ein Datum ist erforderlich (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form yyyy-MM-dd.</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>„%1“ ist keiner der zulässigen Werte.</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceCodes</name>
    <message>
        <source>The social balance sheet&apos;s item codes cannot be read: %1</source>
        <translation>Die Postencodes der Sozialbilanz können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formelle berufliche Weiterbildung</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Weniger formelle oder informelle berufliche Weiterbildung</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Berufliche Erstausbildung</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>workers involved</source>
        <translation>beteiligte Arbeitnehmer</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>Weiterbildungsstunden</translation>
    </message>
    <message>
        <source>net cost (EUR)</source>
        <translation>Nettokosten (EUR)</translation>
    </message>
    <message>
        <source>of which gross cost (EUR)</source>
        <translation>davon Bruttokosten (EUR)</translation>
    </message>
    <message>
        <source>of which contributions to collective funds (EUR)</source>
        <translation>davon Beiträge an kollektive Fonds (EUR)</translation>
    </message>
    <message>
        <source>of which subsidies received (EUR)</source>
        <translation>davon erhaltene Zuschüsse (EUR)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>item %1 is not complete</source>
        <translation>Posten %1 ist unvollständig</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceExport</name>
    <message>
        <source>The social balance sheet was not saved in %1: %2</source>
        <translation>Die Sozialbilanz wurde nicht in %1 gespeichert: %2</translation>
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
        <translation>Der Arbeitsbereich %1 ist in einem anderen Programm geöffnet (%2, Prozess %3 auf %4). Schließen Sie ihn dort zuerst oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program. Close it there first, or open another workspace.</source>
        <translation>Der Arbeitsbereich %1 ist in einem anderen Programm geöffnet. Schließen Sie ihn dort zuerst oder öffnen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked: its folder is not writable.</source>
        <translation>Der Arbeitsbereich %1 kann nicht gesperrt werden: sein Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The workspace could not switch to write-ahead logging (journal mode is %1).</source>
        <translation>Der Arbeitsbereich konnte nicht auf Write-Ahead-Logging umschalten (Journalmodus %1).</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>Die Datei %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace.</source>
        <translation>Die Datei %1 ist kein FLA-Desk-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>fla::SyncEngine</name>
    <message numerus="yes">
        <source>Sync cancelled; %n change(s) stay in the outbox.</source>
        <translation>
            <numerusform>Synchronisierung abgebrochen; %n Änderung bleibt im Postausgang.</numerusform>
            <numerusform>Synchronisierung abgebrochen; %n Änderungen bleiben im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1); everything stays in the outbox.</source>
        <translation>Die Plattform ist nicht erreichbar (%1); alles bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>The platform did not say which employers you may act for (%1); nothing was sent.</source>
        <translation>Die Plattform hat nicht mitgeteilt, für welche Arbeitgeber Sie handeln dürfen (%1); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Not sent: the signed-in identity may not act for enterprise %1 (no mandate). Sign in as that employer or ask for a mandate.</source>
        <translation>Nicht gesendet: die angemeldete Identität darf nicht für das Unternehmen %1 handeln (kein Mandat). Melden Sie sich als dieser Arbeitgeber an oder beantragen Sie ein Mandat.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for another attempt after %1; sync again later.</source>
        <translation>
            <numerusform>%n Änderung wartet auf einen neuen Versuch nach %1; synchronisieren Sie später erneut.</numerusform>
            <numerusform>%n Änderungen warten auf einen neuen Versuch nach %1; synchronisieren Sie später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the platform refuses to let the signed-in identity act for enterprise %1 (%2).</source>
        <translation>Nicht gesendet: die Plattform lässt die angemeldete Identität nicht für das Unternehmen %1 handeln (%2).</translation>
    </message>
    <message>
        <source>Not sent: the platform does not know enterprise %1 (%2).</source>
        <translation>Nicht gesendet: die Plattform kennt das Unternehmen %1 nicht (%2).</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again, then sync.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr: melden Sie sich erneut an und synchronisieren Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>The platform could not be reached for %n change(s); they stay in the outbox: sync again later.</source>
        <translation>
            <numerusform>Die Plattform war für %n Änderung nicht erreichbar; sie bleibt im Postausgang: später erneut synchronisieren.</numerusform>
            <numerusform>Die Plattform war für %n Änderungen nicht erreichbar; sie bleiben im Postausgang: später erneut synchronisieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
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
        <translation>Der Arbeitsbereich %1 ist eine Datei auf diesem Computer: Der Zugang pro Unternehmen wird auf einem Teamserver verwaltet (ein PostgreSQL-Arbeitsbereich, docs/team.md).</translation>
    </message>
    <message>
        <source>There is no database user %1 on the team server. Create it first (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>Auf dem Teamserver gibt es keinen Datenbankbenutzer %1. Legen Sie ihn zuerst an (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The workspace has no company %1.</source>
        <translation>Der Arbeitsbereich hat kein Unternehmen %1.</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can give %1 access to %2.</source>
        <translation>Nur der Eigentümer des Arbeitsbereichs (der Administrator des Büros) kann %1 Zugang zu %2 geben.</translation>
    </message>
    <message>
        <source>%1 cannot be given access to %2: %3</source>
        <translation>%1 kann kein Zugang zu %2 gegeben werden: %3</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can take access away from %1.</source>
        <translation>Nur der Eigentümer des Arbeitsbereichs (der Administrator des Büros) kann %1 den Zugang entziehen.</translation>
    </message>
    <message>
        <source>The access of %1 cannot be taken away: %2</source>
        <translation>Der Zugang von %1 kann nicht entzogen werden: %2</translation>
    </message>
    <message>
        <source>%1 had no access to the company %2.</source>
        <translation>%1 hatte keinen Zugang zum Unternehmen %2.</translation>
    </message>
    <message>
        <source>The access list cannot be read: %1</source>
        <translation>Die Zugangsliste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database users of the team server cannot be read: %1</source>
        <translation>Die Datenbankbenutzer des Teamservers können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>fla::TrainingAccount</name>
    <message>
        <source>the sector agreement %1 (days per FTE)</source>
        <translation>das Sektorabkommen %1 (Tage je VZÄ)</translation>
    </message>
    <message>
        <source>the law&apos;s days per FTE</source>
        <translation>die gesetzlichen Tage je VZÄ</translation>
    </message>
    <message>
        <source>the five-year carry-over window</source>
        <translation>der fünfjährige Übertragungszeitraum</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlan</name>
    <message>
        <source>draft sent for advice</source>
        <translation>Entwurf zur Stellungnahme gesendet</translation>
    </message>
    <message>
        <source>advice received</source>
        <translation>Stellungnahme erhalten</translation>
    </message>
    <message>
        <source>plan adopted</source>
        <translation>Plan verabschiedet</translation>
    </message>
    <message>
        <source>anonymised copy uploaded</source>
        <translation>anonymisierte Kopie hochgeladen</translation>
    </message>
    <message>
        <source>works council</source>
        <translation>Betriebsrat</translation>
    </message>
    <message>
        <source>union delegation</source>
        <translation>Gewerkschaftsvertretung</translation>
    </message>
    <message>
        <source>the workers</source>
        <translation>die Arbeitnehmer</translation>
    </message>
    <message>
        <source>no particular group</source>
        <translation>keine besondere Gruppe</translation>
    </message>
    <message>
        <source>workers aged 50 or more</source>
        <translation>Arbeitnehmer ab 50 Jahren</translation>
    </message>
    <message>
        <source>workers with a disability</source>
        <translation>Arbeitnehmer mit Behinderung</translation>
    </message>
    <message>
        <source>non-EU nationals</source>
        <translation>Nicht-EU-Staatsangehörige</translation>
    </message>
    <message>
        <source>shortage occupations</source>
        <translation>Mangelberufe</translation>
    </message>
    <message>
        <source>gender balance</source>
        <translation>Geschlechtergleichgewicht</translation>
    </message>
    <message>
        <source>formal continuing training</source>
        <translation>formelle Weiterbildung</translation>
    </message>
    <message>
        <source>informal continuing training</source>
        <translation>informelle Weiterbildung</translation>
    </message>
    <message>
        <source>initial training</source>
        <translation>Erstausbildung</translation>
    </message>
    <message>
        <source>send the draft for advice</source>
        <translation>senden Sie den Entwurf zur Stellungnahme</translation>
    </message>
    <message>
        <source>receive the advice</source>
        <translation>holen Sie die Stellungnahme ein</translation>
    </message>
    <message>
        <source>adopt the plan</source>
        <translation>verabschieden Sie den Plan</translation>
    </message>
    <message>
        <source>upload the anonymised copy</source>
        <translation>laden Sie die anonymisierte Kopie hoch</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRepository</name>
    <message>
        <source>list of training plans</source>
        <translation>Liste der Weiterbildungspläne</translation>
    </message>
    <message>
        <source>The %1 belongs to another company.</source>
        <translation>Der %1 gehört zu einem anderen Unternehmen.</translation>
    </message>
    <message>
        <source>The %1 has no valid years.</source>
        <translation>Der %1 hat keine gültigen Jahre.</translation>
    </message>
    <message>
        <source>The %1 overlaps the %2 of this company.</source>
        <translation>Der %1 überschneidet sich mit dem %2 dieses Unternehmens.</translation>
    </message>
    <message>
        <source>planned training &quot;%1&quot; of the %2</source>
        <translation>geplante Weiterbildung „%1“ des %2</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 des %2</translation>
    </message>
    <message>
        <source>training plan</source>
        <translation>Weiterbildungsplan</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRules</name>
    <message>
        <source>The training plan&apos;s deadlines cannot be read: %1</source>
        <translation>Die Fristen des Weiterbildungsplans können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 hat kein gültiges %2</translation>
    </message>
    <message>
        <source>a deadline is not a valid day</source>
        <translation>eine Frist ist kein gültiger Tag</translation>
    </message>
</context>
<context>
    <name>fla::TrainingRightRules</name>
    <message>
        <source>The training right&apos;s figures cannot be read: %1</source>
        <translation>Die Zahlen des Weiterbildungsrechts können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an entry has no valid years</source>
        <translation>ein Eintrag hat keine gültigen Jahre</translation>
    </message>
    <message>
        <source>the entry for %1-%2 has no days per FTE for %3</source>
        <translation>der Eintrag für %1-%2 hat keine Tage je VZÄ für %3</translation>
    </message>
    <message>
        <source>the source %1 is not listed</source>
        <translation>die Quelle %1 ist nicht aufgeführt</translation>
    </message>
    <message>
        <source>no legal figures</source>
        <translation>keine gesetzlichen Zahlen</translation>
    </message>
    <message>
        <source>a sector entry has no joint committee</source>
        <translation>ein Sektoreintrag hat keine paritätische Kommission</translation>
    </message>
    <message>
        <source>no valid carry-over window</source>
        <translation>kein gültiger Übertragungszeitraum</translation>
    </message>
</context>
<context>
    <name>fla::Workspace</name>
    <message>
        <source>The folder of the workspace %1 cannot be created.</source>
        <translation>Der Ordner des Arbeitsbereichs %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace, or it is damaged (%2).</source>
        <translation>Die Datei %1 ist kein FLA-Desk-Arbeitsbereich oder sie ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this version (%4) reads schemas up to %5. Update FLA Desk to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Version von FLA Desk geschrieben (%2, Schema %3); diese Version (%4) liest Schemas bis %5. Aktualisieren Sie FLA Desk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded to schema %2 (%3): %4</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf Schema %2 aktualisiert werden (%3): %4</translation>
    </message>
    <message>
        <source>A snapshot cannot be taken inside a transaction.</source>
        <translation>Eine Momentaufnahme kann nicht innerhalb einer Transaktion erstellt werden.</translation>
    </message>
    <message>
        <source>The snapshot of the workspace into %1 failed: %2</source>
        <translation>Die Momentaufnahme des Arbeitsbereichs nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The change was cancelled because a part of it failed.</source>
        <translation>Die Änderung wurde abgebrochen, weil ein Teil davon fehlschlug.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceCopy</name>
    <message>
        <source>The table %1 is missing in the workspace %2.</source>
        <translation>Die Tabelle %1 fehlt im Arbeitsbereich %2.</translation>
    </message>
    <message>
        <source>The workspace %1 has no column %2 in its table %3: it cannot hold this copy.</source>
        <translation>Der Arbeitsbereich %1 hat keine Spalte %2 in seiner Tabelle %3: Er kann diese Kopie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>Zeile %1 der Tabelle %2 konnte nicht kopiert werden: %3</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace %1 can copy a workspace into it (the audit trail keeps the names of who made each change).</source>
        <translation>Nur der Eigentümer des Team-Arbeitsbereichs %1 kann einen Arbeitsbereich hineinkopieren (das Änderungsprotokoll behält die Namen derer, die jede Änderung vorgenommen haben).</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be prepared for the copy: %2</source>
        <translation>Das Änderungsprotokoll von %1 kann nicht für die Kopie vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or give --replace to empty it first.</source>
        <translation>Der Arbeitsbereich %1 ist nicht leer (%2 Zeilen in %3). Kopieren Sie in einen neuen, leeren Arbeitsbereich, oder geben Sie --replace an, um ihn zuerst zu leeren.</translation>
    </message>
    <message>
        <source>The copy does not match its source (rows counted and audit trail compared after copying); nothing was kept.</source>
        <translation>Die Kopie stimmt nicht mit ihrer Quelle überein (Zeilen gezählt und Änderungsprotokoll nach dem Kopieren verglichen); nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was not copied into %2: %3</source>
        <translation>Der Arbeitsbereich %1 wurde nicht nach %2 kopiert: %3</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceOutboxStore</name>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>Kein Arbeitgeber %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 %2 (deleted)</source>
        <translation>%1 %2 (gelöscht)</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>Arbeitnehmer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>Beschäftigung von %1 ab %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>Weiterbildung „%1“ vom %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>Teilnahme von %1 an „%2“</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>Weiterbildungsanspruch %1 von %2</translation>
    </message>
    <message>
        <source>The changes to declare cannot be taken: %1</source>
        <translation>Die zu meldenden Änderungen können nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Another desktop is declaring the changes of %1 (%2) now; they are left to it. Sync again when it has finished if any are still waiting.</source>
        <translation>Ein anderer Arbeitsplatz meldet gerade die Änderungen von %1 (%2); sie werden ihm überlassen. Synchronisieren Sie erneut, wenn er fertig ist, falls noch Änderungen warten.</translation>
    </message>
    <message>
        <source>The changes waiting to be declared cannot be read: %1</source>
        <translation>Die Änderungen, die auf die Meldung warten, können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost and opened again during the sync: another desktop may have taken over the companies, so nothing more was sent. What was not sent is declared by the next sync.</source>
        <translation>Die Verbindung zum Teamserver ging während der Synchronisierung verloren und wurde neu geöffnet: Ein anderer Arbeitsplatz kann die Unternehmen übernommen haben, daher wurde nichts mehr gesendet. Was nicht gesendet wurde, wird bei der nächsten Synchronisierung gemeldet.</translation>
    </message>
    <message>
        <source>A change to declare could not be read from the workspace, so nothing more was sent: %1 What was not sent is declared by the next sync.</source>
        <translation>Eine zu meldende Änderung konnte nicht aus dem Arbeitsbereich gelesen werden, daher wurde nichts mehr gesendet: %1 Was nicht gesendet wurde, wird bei der nächsten Synchronisierung gemeldet.</translation>
    </message>
</context>
<context>
    <name>fla::Xlsx</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxBudget</name>
    <message>
        <source>The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to that size. Save the sheet as CSV, or split it.</source>
        <translation>Die Arbeitsmappe entpackt sich zu mehr als %1 MiB (erreicht in %2); FLA Desk liest Arbeitsmappen bis zu dieser Größe. Speichern Sie das Blatt als CSV oder teilen Sie es auf.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no spreadsheet writes (a cell holds at most 32,767 characters).</source>
        <translation>Der Teil %1 der Arbeitsmappe enthält einen Text oder ein Tag länger als %2 KiB, was keine Tabellenkalkulation schreibt (eine Zelle enthält höchstens 32.767 Zeichen).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: it cannot be unpacked.</source>
        <translation>Der Teil %1 der Arbeitsmappe ist beschädigt: er kann nicht entpackt werden.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxTableReader</name>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel-Arbeitsmappe, Blatt %1</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty: it has no header row.</source>
        <translation>Das erste Blatt der Arbeitsmappe ist leer: es hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>fla::auth</name>
    <message>
        <source>The sign-in settings are incomplete: an issuer URL and a client id are needed.</source>
        <translation>Die Anmeldeeinstellungen sind unvollständig: eine Aussteller-URL und eine Client-ID werden benötigt.</translation>
    </message>
    <message>
        <source>The sign-in refused an address that is not https (only the local computer may use http).</source>
        <translation>Die Anmeldung lehnte eine Adresse ohne https ab (nur der lokale Computer darf http verwenden).</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check the network and try again.</source>
        <translation>Der Anmeldedienst ist nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again later.</source>
        <translation>Der Anmeldedienst hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration (discovery document) is missing or wrong.</source>
        <translation>Die Konfiguration des Anmeldedienstes (Discovery-Dokument) fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s signing keys could not be read.</source>
        <translation>Die Signaturschlüssel des Anmeldedienstes konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The app could not wait for the browser on this computer (local listener failed).</source>
        <translation>Die Anwendung konnte auf diesem Computer nicht auf den Browser warten (lokaler Empfänger fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Sign in again.</source>
        <translation>Der Browser lieferte eine Antwort, die nicht zu dieser Anmeldung gehört (State stimmt nicht). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Sign in again.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt oder abgebrochen.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>Der Browser lieferte keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in service refused to issue a token.</source>
        <translation>Der Anmeldedienst verweigerte die Ausgabe eines Tokens.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity token is malformed.</source>
        <translation>Das Identitätstoken ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The identity token is not signed with RS256.</source>
        <translation>Das Identitätstoken ist nicht mit RS256 signiert.</translation>
    </message>
    <message>
        <source>The identity token is signed with a key the service does not publish.</source>
        <translation>Das Identitätstoken ist mit einem Schlüssel signiert, den der Dienst nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Identitätstokens ist ungültig.</translation>
    </message>
    <message>
        <source>The identity token comes from another issuer.</source>
        <translation>Das Identitätstoken stammt von einem anderen Aussteller.</translation>
    </message>
    <message>
        <source>The identity token was issued for another application (audience).</source>
        <translation>Das Identitätstoken wurde für eine andere Anwendung ausgestellt (Audience).</translation>
    </message>
    <message>
        <source>The identity token has expired. Check the computer&apos;s clock and sign in again.</source>
        <translation>Das Identitätstoken ist abgelaufen. Prüfen Sie die Uhr des Computers und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>Das Identitätstoken gehört nicht zu dieser Anmeldung (Nonce stimmt nicht).</translation>
    </message>
    <message>
        <source>The certificate file could not be read.</source>
        <translation>Die Zertifikatsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: an address is required.</source>
        <translation>%1: eine Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address.</source>
        <translation>%1: „%2“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must use https (http is only allowed on this computer).</source>
        <translation>%1: „%2“ muss https verwenden (http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>clientId: a client id is required.</source>
        <translation>clientId: eine Client-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The sign-in cannot be remembered on this computer.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Die Anmeldung kann auf diesem Computer nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>fla::auth::Environment</name>
    <message>
        <source>The FLA&apos;s production platform closed on %1: the law of 14 January 2026 ended the declaration obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. Your records stay in the workspace, for the training plan, the social balance sheet and the workers&apos; training accounts.</source>
        <translation>Die Produktionsplattform des FLA ist seit dem %1 geschlossen: Das Gesetz vom 14. Januar 2026 hat die Meldepflicht aufgehoben und ihre Daten wurden vernichtet. Es wird nichts mehr dorthin gesendet oder von dort abgerufen. Ihre Datensätze bleiben im Arbeitsbereich, für den Weiterbildungsplan, die Sozialbilanz und die Weiterbildungskonten der Arbeitnehmer.</translation>
    </message>
</context>
<context>
    <name>fla::auth::LoopbackListener</name>
    <message>
        <source>Refusing to listen on %1: the sign-in listener may only use the loopback interface.</source>
        <translation>Lauschen auf %1 abgelehnt: der Anmeldeempfänger darf nur die Loopback-Schnittstelle verwenden.</translation>
    </message>
    <message>
        <source>FLA Desk sign-in</source>
        <translation>Anmeldung bei FLA Desk</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>Sie sind angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Die Anmeldung ist nicht gelungen.</translation>
    </message>
    <message>
        <source>You can close this window and return to FLA Desk.</source>
        <translation>Sie können dieses Fenster schließen und zu FLA Desk zurückkehren.</translation>
    </message>
    <message>
        <source>This sign-in has already been completed.</source>
        <translation>Diese Anmeldung ist bereits abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>fla::auth::MachineSignIn</name>
    <message>
        <source>Cannot open the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>fla::auth::OidcSignIn</name>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. Finish signing in in the browser window FLA Desk opened.</source>
        <translation>Diese Antwort gehört nicht zur laufenden Anmeldung und wurde ignoriert. Schließen Sie die Anmeldung im Browserfenster ab, das FLA Desk geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>fla::cli</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>(rejected)</source>
        <translation>(abgelehnt)</translation>
    </message>
    <message>
        <source>There is no employer with enterprise number %1.</source>
        <translation>Es gibt keinen Arbeitgeber mit der Unternehmensnummer %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Signed in as machine client %1 (%2).</source>
        <translation>Angemeldet als Maschinen-Client %1 (%2).</translation>
    </message>
    <message>
        <source>Signed in: subject %1 (%2)</source>
        <translation>Angemeldet: Subjekt %1 (%2)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Given name: %1; family name: %2</source>
        <translation>Vorname: %1; Familienname: %2</translation>
    </message>
    <message>
        <source>May act for: %1</source>
        <translation>Darf handeln für: %1</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>kein Unternehmen</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Zugriffstoken gültig bis: %1</translation>
    </message>
    <message>
        <source>sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 retried</source>
        <translation>Synchronisierung: %1/%2 erledigt · %3 angenommen · %4 mit Warnungen · %5 abgelehnt · %6 Konflikte · %7 zurückgehalten · %8 wiederholt</translation>
    </message>
    <message>
        <source>+ %1: only on the platform</source>
        <translation>+ %1: nur auf der Plattform</translation>
    </message>
    <message>
        <source>~ %1: differs from the workspace</source>
        <translation>~ %1: weicht vom Arbeitsbereich ab</translation>
    </message>
    <message>
        <source>The workspace has no company to archive.</source>
        <translation>Der Arbeitsbereich enthält kein Unternehmen zum Archivieren.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: archived, %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1: archiviert, %2 neu, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <source>%1: NOT archived: %2</source>
        <translation>%1: NICHT archiviert: %2</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived.</source>
        <translation>%1 von %2 Unternehmen archiviert.</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>rechtzeitig erledigt</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>verspätet erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Training plan %1 (consulted: %2)</source>
        <translation>Weiterbildungsplan %1 (angehört: %2)</translation>
    </message>
    <message>
        <source>step	due by	done on	state</source>
        <translation>Schritt	fällig bis	erledigt am	Stand</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(nicht bestätigt)</translation>
    </message>
    <message>
        <source>category	training	target group	risk group	workers	days each</source>
        <translation>Kategorie	Weiterbildung	Zielgruppe	Risikogruppe	Arbeitnehmer	Tage je Person</translation>
    </message>
    <message>
        <source>planned and realised	planned workers	planned days	realised workers	realised days</source>
        <translation>geplant und verwirklicht	geplante Arbeitnehmer	geplante Tage	verwirklichte Arbeitnehmer	verwirklichte Tage</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geben Sie eine gültige Unternehmensnummer an, nicht „%1“.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>Der Arbeitsbereich %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>Der Arbeitsbereich enthält keinen Arbeitgeber %1.</translation>
    </message>
    <message>
        <source>No worker with INSZ or UUID %1.</source>
        <translation>Kein Arbeitnehmer mit INSZ oder UUID %1.</translation>
    </message>
    <message>
        <source>%1 workers have this INSZ (one per employer): choose one with --employer.</source>
        <translation>%1 Arbeitnehmer haben diese INSZ (einer je Arbeitgeber): wählen Sie einen mit --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::BackupCommand</name>
    <message>
        <source>Write a consistent backup of a workspace (also while the app has it open), encrypted with a passphrase.</source>
        <translation>Eine konsistente Sicherung eines Arbeitsbereichs schreiben (auch während die Anwendung ihn geöffnet hat), mit einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file (AES-256-GCM, scrypt).</source>
        <translation>Mit der Passphrase in dieser Datei verschlüsseln (AES-256-GCM, scrypt).</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>Benennen Sie die Sicherungsdatei mit --out DATEI.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Die Datei %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Sicherung nach %1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>Write the backup unencrypted: anyone who gets the file can read every record in it.</source>
        <translation>Die Sicherung unverschlüsselt schreiben: wer die Datei erhält, kann jeden Datensatz darin lesen.</translation>
    </message>
    <message>
        <source>Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or --no-encryption to write it unencrypted.</source>
        <translation>Geben Sie an, wie die Sicherung geschützt wird: --passphrase-file F, um sie zu verschlüsseln (AES-256-GCM), oder --no-encryption, um sie unverschlüsselt zu schreiben.</translation>
    </message>
</context>
<context>
    <name>fla::cli::CertificatesCommand</name>
    <message>
        <source>Attach certificate files to a worker&apos;s trainings, list them, or export the worker&apos;s trainings with their certificates.</source>
        <translation>Bescheinigungsdateien den Weiterbildungen eines Arbeitnehmers beifügen, auflisten oder die Weiterbildungen des Arbeitnehmers mit ihren Bescheinigungen exportieren.</translation>
    </message>
    <message>
        <source>attach --participation UUID --file F (at most %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)</source>
        <translation>attach --participation UUID --file F (höchstens %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json und die Dateien, ohne INSZ)</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID.</source>
        <translation>Die INSZ oder UUID des Arbeitnehmers.</translation>
    </message>
    <message>
        <source>The participation&apos;s UUID.</source>
        <translation>Die UUID der Teilnahme.</translation>
    </message>
    <message>
        <source>The certificate file to attach.</source>
        <translation>Die beizufügende Bescheinigungsdatei.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>Der Ordner für den Export.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Geben Sie eine Aktion an: %1.</translation>
    </message>
    <message>
        <source>certificates %1: a required option is missing (see --help).</source>
        <translation>certificates %1: eine erforderliche Option fehlt (siehe --help).</translation>
    </message>
    <message>
        <source>Certificate %1 attached.</source>
        <translation>Bescheinigung %1 beigefügt.</translation>
    </message>
    <message>
        <source>participation	training	start	certificate files</source>
        <translation>Teilnahme	Weiterbildung	Beginn	Bescheinigungsdateien</translation>
    </message>
</context>
<context>
    <name>fla::cli::CompanyOptions</name>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number (required).</source>
        <translation>Die Unternehmensnummer des Arbeitgebers (erforderlich).</translation>
    </message>
</context>
<context>
    <name>fla::cli::CreditCommand</name>
    <message>
        <source>Print the training credit per worker for a year.</source>
        <translation>Das Weiterbildungsguthaben pro Arbeitnehmer für ein Jahr ausgeben.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>Der Ordner eines CSV-Satzes.</translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation>Eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>One JSON object per worker and line.</source>
        <translation>Ein JSON-Objekt pro Arbeitnehmer und Zeile.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Geben Sie entweder --csv ORDNER oder --workspace W an.</translation>
    </message>
    <message>
        <source>enterprise	worker	INSZ	legal	sectoral	employer	entitled	carried over	used	planned	remaining (days)	remaining (hours)</source>
        <translation>Unternehmen	Arbeitnehmer	ENSS	gesetzlich	sektoriell	Arbeitgeber	Anspruch	Übertrag	genutzt	geplant	Rest (Tage)	Rest (Stunden)</translation>
    </message>
    <message>
        <source>The year, from %1 to %2 (required).</source>
        <translation>Das Jahr, von %1 bis %2 (erforderlich).</translation>
    </message>
    <message>
        <source>Give the year with --year Y: %1</source>
        <translation>Geben Sie das Jahr mit --year J an: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::ExportBatchCommand</name>
    <message>
        <source>Export a declaration as a batch file set (FI, FS signature, GO).</source>
        <translation>Eine Meldung als Batch-Dateien exportieren (FI, FS-Signatur, GO).</translation>
    </message>
    <message>
        <source>The folder to write the files into.</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>Sign FI with this PKCS#12 file (key and certificate).</source>
        <translation>FI mit dieser PKCS#12-Datei signieren (Schlüssel und Zertifikat).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this file (first line); else from the environment variable FLADESK_P12_PASSWORD.</source>
        <translation>Das Passwort des Zertifikats aus dieser Datei lesen (erste Zeile); sonst aus der Umgebungsvariable FLADESK_P12_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the files for production (R), not test (T).</source>
        <translation>Die Dateien für Produktion (R) statt Test (T) benennen.</translation>
    </message>
    <message>
        <source>The sender&apos;s number in the file names (default: the employer&apos;s enterprise number).</source>
        <translation>Die Nummer des Absenders in den Dateinamen (Standard: die Unternehmensnummer des Arbeitgebers).</translation>
    </message>
    <message>
        <source>The sequence number of the day (default 1).</source>
        <translation>Die laufende Nummer des Tages (Standard 1).</translation>
    </message>
    <message>
        <source>Give --out DIR (and a --sequence between 1 and 99999).</source>
        <translation>Geben Sie --out ORDNER an (und eine --sequence zwischen 1 und 99999).</translation>
    </message>
    <message>
        <source>There is nothing to declare: no employer.</source>
        <translation>Es gibt nichts zu melden: kein Arbeitgeber.</translation>
    </message>
    <message>
        <source>The records hold several employers: choose one with --employer, or give --sender.</source>
        <translation>Die Datensätze enthalten mehrere Arbeitgeber: wählen Sie einen mit --employer oder geben Sie --sender an.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Warning: no --certificate given, so no FS signature file was written; import-batch reads the set only with --unsigned.</source>
        <translation>Warnung: kein --certificate angegeben, daher wurde keine FS-Signaturdatei geschrieben; import-batch liest den Satz nur mit --unsigned.</translation>
    </message>
</context>
<context>
    <name>fla::cli::GenerateCommand</name>
    <message>
        <source>Write a reproducible synthetic CSV set, optionally with injected anomalies.</source>
        <translation>Einen reproduzierbaren synthetischen CSV-Satz schreiben, optional mit eingefügten Anomalien.</translation>
    </message>
    <message>
        <source>Folder to write the CSV set into.</source>
        <translation>Ordner, in den der CSV-Satz geschrieben wird.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Startwert des Generators (Standard 1).</translation>
    </message>
    <message>
        <source>Number of participations (default 10000, at most 10000000).</source>
        <translation>Anzahl der Teilnahmen (Standard 10000, höchstens 10000000).</translation>
    </message>
    <message>
        <source>Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv.</source>
        <translation>Anteil (0 bis 1) ungültiger Datensätze pro Anomalieart; schreibt injected.csv.</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (yyyy-MM-dd, default 2026-06-30): later trainings are planned.</source>
        <translation>Das „Heute“ der Daten (JJJJ-MM-TT, Standard 2026-06-30): spätere Weiterbildungen sind geplant.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out ORDNER ist erforderlich.</translation>
    </message>
    <message>
        <source>--seed must be a whole number: %1</source>
        <translation>--seed muss eine ganze Zahl sein: %1</translation>
    </message>
    <message>
        <source>--participations must be a number from 0 to 10000000: %1</source>
        <translation>--participations muss eine Zahl von 0 bis 10000000 sein: %1</translation>
    </message>
    <message>
        <source>--invalid-fraction must be a number from 0 to 1: %1</source>
        <translation>--invalid-fraction muss eine Zahl von 0 bis 1 sein: %1</translation>
    </message>
    <message>
        <source>--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1</source>
        <translation>--reference-date muss ein Datum von 2024 bis 2026 sein (JJJJ-MM-TT): %1</translation>
    </message>
    <message>
        <source>Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights to %7 in %8 ms.</source>
        <translation>%1 Arbeitgeber, %2 Arbeitnehmer, %3 Beschäftigungen, %4 Weiterbildungen, %5 Teilnahmen, %6 Ansprüche nach %7 in %8 ms geschrieben.</translation>
    </message>
    <message>
        <source>Injected %1 anomalies, listed in injected.csv.</source>
        <translation>%1 Anomalien eingefügt, aufgeführt in injected.csv.</translation>
    </message>
</context>
<context>
    <name>fla::cli::HistoryCommand</name>
    <message>
        <source>Show the audit trail of one record; --restore brings a deleted record back.</source>
        <translation>Das Prüfprotokoll eines Datensatzes zeigen; --restore holt einen gelöschten Datensatz zurück.</translation>
    </message>
    <message>
        <source>One JSON object per change.</source>
        <translation>Ein JSON-Objekt pro Änderung.</translation>
    </message>
    <message>
        <source>Restore the record (deleted) to its state before the delete.</source>
        <translation>Den (gelöschten) Datensatz im Zustand vor dem Löschen wiederherstellen.</translation>
    </message>
    <message>
        <source>The record.</source>
        <translation>Der Datensatz.</translation>
    </message>
    <message>
        <source>Give the UUID of one record.</source>
        <translation>Geben Sie die UUID eines Datensatzes an.</translation>
    </message>
    <message>
        <source>The workspace holds no record %1 and no history of it.</source>
        <translation>Der Arbeitsbereich enthält keinen Datensatz %1 und keinen Verlauf davon.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportBatchCommand</name>
    <message>
        <source>Read a batch declaration file (FI) back, checking every value.</source>
        <translation>Eine Batch-Meldedatei (FI) zurücklesen und jeden Wert prüfen.</translation>
    </message>
    <message>
        <source>Only check the file; store nothing.</source>
        <translation>Nur die Datei prüfen; nichts speichern.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Die Datensätze als CSV-Satz nach ORDNER schreiben.</translation>
    </message>
    <message>
        <source>The workspace file to load the records into.</source>
        <translation>Die Arbeitsbereichsdatei, in die die Datensätze geladen werden.</translation>
    </message>
    <message>
        <source>Give one FI file.</source>
        <translation>Geben Sie eine FI-Datei an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid declaration; nothing was stored.</source>
        <translation>%1 ist keine gültige Meldung; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)</source>
        <translation>%1: %2 Arbeitgeber, %3 Arbeitnehmer, %4 Weiterbildung(en), %5 Teilnahme(n), %6 Anspruch/Ansprüche</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new, %3 changed, %4 unchanged record(s).</source>
        <translation>In %1 gespeichert: %2 neu, %3 geändert, %4 unverändert.</translation>
    </message>
    <message>
        <source>Read the declaration although it has no FS signature file (a signature that is there is always checked).</source>
        <translation>Die Meldung lesen, obwohl sie keine FS-Signaturdatei hat (eine vorhandene Signatur wird immer geprüft).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate must chain to a certificate in this PEM file.</source>
        <translation>Das Zertifikat des Unterzeichners muss auf ein Zertifikat in dieser PEM-Datei zurückführen.</translation>
    </message>
    <message>
        <source>The FI file (its FS signature is read from the same folder).</source>
        <translation>Die FI-Datei (ihre FS-Signatur wird aus demselben Ordner gelesen).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>An unsigned declaration is read only with --unsigned; nothing was stored.</source>
        <translation>Eine nicht signierte Meldung wird nur mit --unsigned gelesen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not signed: read because --unsigned was given.</source>
        <translation>Nicht signiert: gelesen, weil --unsigned angegeben wurde.</translation>
    </message>
    <message>
        <source>Signature valid, signed by: %1</source>
        <translation>Signatur gültig, signiert von: %1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not checked against a trusted authority (give --ca FILE): make sure this signer is who you expect.</source>
        <translation>Das Zertifikat des Unterzeichners wurde nicht gegen eine vertrauenswürdige Stelle geprüft (geben Sie --ca DATEI an): vergewissern Sie sich, dass dieser Unterzeichner der erwartete ist.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCommand</name>
    <message>
        <source>Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.</source>
        <translation>Eine Tabelle (CSV oder XLSX) besuchter Weiterbildungen mit einer Spaltenzuordnung importieren.</translation>
    </message>
    <message>
        <source>The column mapping: a profile name, or the path of its JSON file.</source>
        <translation>Die Spaltenzuordnung: ein Profilname oder der Pfad seiner JSON-Datei.</translation>
    </message>
    <message>
        <source>The folder of the named mappings (default: the app&apos;s own).</source>
        <translation>Der Ordner der benannten Zuordnungen (Standard: der der Anwendung).</translation>
    </message>
    <message>
        <source>Print the mapping suggested from the file&apos;s header as JSON, and stop.</source>
        <translation>Die aus der Kopfzeile vorgeschlagene Zuordnung als JSON ausgeben und aufhören.</translation>
    </message>
    <message>
        <source>Keep every row that names a worker and a training, as drafts.</source>
        <translation>Jede Zeile, die einen Arbeitnehmer und eine Weiterbildung nennt, als Entwurf behalten.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to FILE (default: next to the input, -rejected.csv).</source>
        <translation>Die abgelehnten Zeilen und ihre Gründe nach DATEI schreiben (Standard: neben der Eingabe, -rejected.csv).</translation>
    </message>
    <message>
        <source>Check the first N rows and store nothing.</source>
        <translation>Die ersten N Zeilen prüfen und nichts speichern.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Die Datensätze als CSV-Satz nach ORDNER schreiben.</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>Die Arbeitsbereichsdatei, in die importiert wird.</translation>
    </message>
    <message>
        <source>The employer (enterprise number).</source>
        <translation>Der Arbeitgeber (Unternehmensnummer).</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>Die CSV- oder XLSX-Datei.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Geben Sie eine zu importierende Datei an.</translation>
    </message>
    <message>
        <source>Give --mapping PROFILE (or --suggest to see the mapping the header suggests).</source>
        <translation>Geben Sie --mapping PROFIL an (oder --suggest für die von der Kopfzeile vorgeschlagene Zuordnung).</translation>
    </message>
    <message>
        <source>Give the employer the rows belong to: --employer NUMBER.</source>
        <translation>Geben Sie den Arbeitgeber der Zeilen an: --employer NUMMER.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>Die Unternehmensnummer %1 ist ungültig.</translation>
    </message>
    <message>
        <source>--preview needs a number of rows.</source>
        <translation>--preview braucht eine Anzahl Zeilen.</translation>
    </message>
    <message>
        <source>The workspace has no employer with enterprise number %1.</source>
        <translation>Der Arbeitsbereich hat keinen Arbeitgeber mit der Unternehmensnummer %1.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), %8 participation(s)</source>
        <translation>%1 (%2): %3 Zeile(n) gelesen, %4 angenommen, %5 abgelehnt; %6 Arbeitnehmer, %7 Weiterbildung(en), %8 Teilnahme(n)</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>Abgelehnte Zeilen und ihre Gründe: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new training(s).</source>
        <translation>In %1 gespeichert: %2 neue und %3 unveränderte Teilnahme(n), %4 neue Arbeitnehmer, %5 neue Weiterbildung(en).</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts: fix them before they are declared.</source>
        <translation>Zeilen mit blockierenden Problemen wurden als Entwurf behalten: korrigieren Sie sie vor der Meldung.</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large files).</source>
        <translation>Kein Prüfeintrag pro Datensatz (schneller bei sehr großen Dateien).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCsvCommand</name>
    <message>
        <source>Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.</source>
        <translation>Einen CSV-Satz (docs/csv-format.md) in einen Arbeitsbereich laden; erneutes Laden fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Queue the loaded records for declaration (default: they stay drafts).</source>
        <translation>Die geladenen Datensätze zur Meldung vormerken (Standard: sie bleiben Entwürfe).</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large sets).</source>
        <translation>Kein Prüfeintrag pro Datensatz (schneller bei sehr großen Sätzen).</translation>
    </message>
    <message>
        <source>The folder of the CSV set.</source>
        <translation>Der Ordner des CSV-Satzes.</translation>
    </message>
    <message>
        <source>Name the folder of the CSV set.</source>
        <translation>Nennen Sie den Ordner des CSV-Satzes.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Nichts wurde geladen: %1</translation>
    </message>
    <message>
        <source>file	inserted	updated	unchanged</source>
        <translation>Datei	eingefügt	aktualisiert	unverändert</translation>
    </message>
    <message>
        <source>%1 records from %2 in %3 s.</source>
        <translation>%1 Datensätze aus %2 in %3 s.</translation>
    </message>
    <message>
        <source>A line that cannot be read whole (a field count other than the header&apos;s, a misplaced quote, a value that is not of its form, text its field may not hold) is refused and listed with its file, line, column and why; so is a record that depends on a refused one, or on a record that is neither in the set nor in the workspace. A refused line never changes a stored record.</source>
        <translation>Eine Zeile, die nicht ganz gelesen werden kann (eine andere Feldzahl als die der Kopfzeile, ein falsch gesetztes Anführungszeichen, ein Wert, der nicht seine Form hat, ein Text, den sein Feld nicht enthalten darf), wird abgewiesen und mit Datei, Zeile, Spalte und Grund aufgeführt; ebenso ein Datensatz, der von einem abgewiesenen abhängt oder von einem, der weder im Satz noch im Arbeitsbereich ist. Eine abgewiesene Zeile ändert nie einen gespeicherten Datensatz.</translation>
    </message>
    <message>
        <source>Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace or the load failed).</source>
        <translation>Exit-Status: 0 jede Zeile wurde geladen; 3 teilweise geladen: die abgewiesenen Zeilen werden aufgeführt und jeder andere Datensatz wurde geladen; 1 Zeilen wurden abgewiesen und nichts wurde geladen (--all-or-nothing, oder nichts konnte geladen werden); 64 ein Bedienungsfehler; 70 nichts wurde geladen (der Ordner, der Arbeitsbereich oder das Laden schlug fehl).</translation>
    </message>
    <message>
        <source>Load nothing when any line is refused (default: load every other record and exit with 3).</source>
        <translation>Nichts laden, sobald eine Zeile abgewiesen wird (Standard: jeden anderen Datensatz laden und mit 3 beenden).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was loaded.</source>
        <translation>Der Ordner %1 existiert nicht: Nichts wurde geladen.</translation>
    </message>
    <message>
        <source>The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.</source>
        <translation>Der Ordner %1 enthält keine der Dateien eines CSV-Satzes (%2): Nichts wurde geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n line(s) refused.</source>
        <translation>
            <numerusform>Nichts wurde geladen: %n Zeile abgewiesen.</numerusform>
            <numerusform>Nichts wurde geladen: %n Zeilen abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(--all-or-nothing)</source>
        <translation>(--all-or-nothing)</translation>
    </message>
    <message numerus="yes">
        <source>Partly loaded: %n line(s) refused, listed on the error output; every other record was loaded.</source>
        <translation>
            <numerusform>Teilweise geladen: %n Zeile abgewiesen, in der Fehlerausgabe aufgeführt; jeder andere Datensatz wurde geladen.</numerusform>
            <numerusform>Teilweise geladen: %n Zeilen abgewiesen, in der Fehlerausgabe aufgeführt; jeder andere Datensatz wurde geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded, but the anomalies shown in the app could not be refreshed: %1</source>
        <translation>Geladen, aber die in der App gezeigten Anomalien konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::LoginCommand</name>
    <message>
        <source>Sign in (browser, or a certificate) and show who signed in</source>
        <translation>Anmelden (Browser oder Zertifikat) und zeigen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and when the access token expires, never a token. The refresh token is kept in the system keychain; --no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address.</source>
        <translation>Meldet mit OpenID Connect im Browser an (Autorisierungscode mit PKCE, Loopback-Umleitung) oder mit --certificate als Maschine mit einer JWT-Client-Assertion (RFC 7523). Zeigt, wer angemeldet ist und wann das Zugriffstoken abläuft, nie ein Token. Das Aktualisierungstoken wird im Schlüsselbund des Systems aufbewahrt; --no-keychain (oder FLADESK_NO_KEYCHAIN=1) bewahrt nichts. $BROWSER öffnet die Adresse, wenn gesetzt.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production (default: the one chosen in Settings).</source>
        <translation>sandbox, acceptance oder production (Standard: die in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <source>The OpenID provider (issuer URL).</source>
        <translation>Der OpenID-Anbieter (Aussteller-URL).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>Die Client-ID.</translation>
    </message>
    <message>
        <source>Scopes, space-separated (default: openid profile).</source>
        <translation>Bereiche, durch Leerzeichen getrennt (Standard: openid profile).</translation>
    </message>
    <message>
        <source>PKCS#12 file with the machine&apos;s key and certificate; its password is read from FLADESK_P12_PASSWORD (empty when unset).</source>
        <translation>PKCS#12-Datei mit Schlüssel und Zertifikat der Maschine; das Passwort wird aus FLADESK_P12_PASSWORD gelesen (leer, wenn nicht gesetzt).</translation>
    </message>
    <message>
        <source>The token endpoint (machine sign-in).</source>
        <translation>Der Token-Endpunkt (Maschinenanmeldung).</translation>
    </message>
    <message>
        <source>Do not remember the sign-in (nothing is stored).</source>
        <translation>Die Anmeldung nicht speichern (nichts wird aufbewahrt).</translation>
    </message>
    <message>
        <source>Only print the address to open.</source>
        <translation>Nur die zu öffnende Adresse ausgeben.</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Sekunden Wartezeit auf den Browser (Standard 300).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>--certificate needs --client-id and --token-url.</source>
        <translation>--certificate braucht --client-id und --token-url.</translation>
    </message>
    <message>
        <source>--token-url: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--token-url: „%1“ muss https verwenden (http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>--issuer: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--issuer: „%1“ muss https verwenden (http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation>Es konnte kein Browser geöffnet werden: kopieren Sie die Adresse oben in einen Browser.</translation>
    </message>
    <message>
        <source>Not remembered (--no-keychain).</source>
        <translation>Nicht gespeichert (--no-keychain).</translation>
    </message>
    <message>
        <source>Use --no-keychain to sign in without remembering it.</source>
        <translation>Verwenden Sie --no-keychain, um sich ohne Speichern anzumelden.</translation>
    </message>
    <message>
        <source>Remembered in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>fla::cli::LogoutCommand</name>
    <message>
        <source>Sign out: forget the tokens kept in the system keychain</source>
        <translation>Abmelden: die im Schlüsselbund gespeicherten Token vergessen</translation>
    </message>
    <message>
        <source>Signs out of one environment: removes the refresh token from the system keychain and the sign-in from the list. Without --subject, signs out the only sign-in of the environment; --all signs out every one.</source>
        <translation>Meldet in einer Umgebung ab: entfernt das Aktualisierungstoken aus dem Schlüsselbund und die Anmeldung aus der Liste. Ohne --subject wird die einzige Anmeldung der Umgebung abgemeldet; --all meldet alle ab.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance oder production.</translation>
    </message>
    <message>
        <source>The subject to sign out.</source>
        <translation>Das abzumeldende Subjekt.</translation>
    </message>
    <message>
        <source>Sign out every identity of the environment.</source>
        <translation>Alle Identitäten der Umgebung abmelden.</translation>
    </message>
    <message>
        <source>--environment: unknown environment &quot;%1&quot;.</source>
        <translation>--environment: unbekannte Umgebung „%1“.</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1.</source>
        <translation>Niemand ist bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Several identities are signed in to %1; name one with --subject or use --all:</source>
        <translation>Mehrere Identitäten sind bei %1 angemeldet; nennen Sie eine mit --subject oder verwenden Sie --all:</translation>
    </message>
    <message>
        <source>Signed out %1 (%2) from %3.</source>
        <translation>%1 (%2) von %3 abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2, but the keychain entry could not be removed: %3</source>
        <translation>%1 von %2 abgemeldet, aber der Schlüsselbundeintrag konnte nicht entfernt werden: %3</translation>
    </message>
</context>
<context>
    <name>fla::cli::PlatformAccess</name>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>Sandbox, Abnahme oder Produktion.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>Die Basis der FLA-API (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Read the access token from this file (else FLADESK_ACCESS_TOKEN).</source>
        <translation>Das Zugriffstoken aus dieser Datei lesen (sonst FLADESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>--environment: unknown environment %1 (sandbox, acceptance, production)</source>
        <translation>--environment: unbekannte Umgebung %1 (sandbox, acceptance, production)</translation>
    </message>
    <message>
        <source>--api-url: %1 is not an https address (plain http only on 127.0.0.1).</source>
        <translation>--api-url: %1 ist keine https-Adresse (einfaches http nur auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>--token-file: %1: %2</source>
        <translation>--token-file: %1: %2</translation>
    </message>
    <message>
        <source>Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.</source>
        <translation>Nicht angemeldet: setzen Sie FLADESK_ACCESS_TOKEN oder geben Sie --token-file an.</translation>
    </message>
</context>
<context>
    <name>fla::cli::PullCommand</name>
    <message>
        <source>Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.</source>
        <translation>Abrufen, was die FLA-Plattform für einen Arbeitgeber enthält; vergleichen oder mit --archive im Arbeitsbereich archivieren.</translation>
    </message>
    <message>
        <source>The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds for the employer (workers, employments, rights it computed, trainings registered by training providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN or --token-file.</source>
        <translation>Die Plattform vernichtet ihre Daten Ende 2026: --archive bewahrt im Arbeitsbereich eine Kopie von allem auf, was sie für den Arbeitgeber enthält (Arbeitnehmer, Beschäftigungen, von ihr berechnete Ansprüche, von Weiterbildungsanbietern erfasste Weiterbildungen, Teilnahmen). Das Zugriffstoken wird aus FLADESK_ACCESS_TOKEN oder --token-file gelesen.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance oder production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>Die Wurzel der FLA-API (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Die Unternehmensnummer des Arbeitgebers.</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Das Zugriffstoken aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Store everything the platform holds in the workspace (records that differ keep the workspace&apos;s version).</source>
        <translation>Alles, was die Plattform enthält, im Arbeitsbereich speichern (abweichende Datensätze behalten die Version des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>With --archive: records that differ take the platform&apos;s version.</source>
        <translation>Mit --archive: abweichende Datensätze übernehmen die Version der Plattform.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geben Sie eine gültige Unternehmensnummer an, nicht „%1“.</translation>
    </message>
    <message>
        <source>pulled %1 %2</source>
        <translation>abgerufen: %1 %2</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: everything below is only on the platform.</source>
        <translation>Der Arbeitsbereich hat keinen Arbeitgeber %1: alles Folgende ist nur auf der Plattform.</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>Arbeitnehmer %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment from %1</source>
        <translation>Beschäftigung ab %1</translation>
    </message>
    <message>
        <source>training “%1” of %2 (registered by a training provider)</source>
        <translation>Weiterbildung „%1“ vom %2 (von einem Weiterbildungsanbieter erfasst)</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>Weiterbildung „%1“ vom %2</translation>
    </message>
    <message>
        <source>participation %1</source>
        <translation>Teilnahme %1</translation>
    </message>
    <message>
        <source>%1 right %2 (%3 %4)</source>
        <translation>Anspruch %1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only on the platform, %7 different, %8 the same.</source>
        <translation>Plattform: %1 Arbeitnehmer, %2 Beschäftigungen, %3 Weiterbildungen, %4 Teilnahmen, %5 Ansprüche; %6 nur auf der Plattform, %7 abweichend, %8 gleich.</translation>
    </message>
    <message>
        <source>Archived into the workspace: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Im Arbeitsbereich archiviert: %1 neu, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>With --archive: every company of the workspace, one after the other, with a report per company.</source>
        <translation>Mit --archive: jedes Unternehmen des Arbeitsbereichs nacheinander, mit einem Bericht pro Unternehmen.</translation>
    </message>
    <message>
        <source>--all goes with --archive and without --employer.</source>
        <translation>--all gehört zu --archive und ohne --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RecordSourceOptions</name>
    <message>
        <source>The workspace file (default: the app&apos;s workspace).</source>
        <translation>Die Arbeitsbereichsdatei (Standard: die der Anwendung).</translation>
    </message>
    <message>
        <source>Use a CSV set folder instead of a workspace.</source>
        <translation>Einen CSV-Satz-Ordner statt eines Arbeitsbereichs verwenden.</translation>
    </message>
    <message>
        <source>Only this employer (enterprise number).</source>
        <translation>Nur dieser Arbeitgeber (Unternehmensnummer).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ResolveCommand</name>
    <message>
        <source>List the records in conflict with the platform, or resolve one: --keep-mine or --take-theirs.</source>
        <translation>Die Datensätze im Konflikt mit der Plattform auflisten oder einen lösen: --keep-mine oder --take-theirs.</translation>
    </message>
    <message>
        <source>Declare the workspace&apos;s version again; it replaces the platform&apos;s at the next sync.</source>
        <translation>Die Version des Arbeitsbereichs erneut melden; sie ersetzt die der Plattform bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Write the platform&apos;s version into the workspace; nothing is sent.</source>
        <translation>Die Version der Plattform in den Arbeitsbereich schreiben; es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The record in conflict (its uuid).</source>
        <translation>Der Datensatz im Konflikt (seine UUID).</translation>
    </message>
    <message>
        <source>Give --keep-mine or --take-theirs, not both.</source>
        <translation>Geben Sie --keep-mine oder --take-theirs an, nicht beide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>%1 record(s) in conflict.</source>
        <translation>Datensätze im Konflikt: %1.</translation>
    </message>
    <message>
        <source>No record %1 in this workspace.</source>
        <translation>Kein Datensatz %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The platform no longer holds it.</source>
        <translation>Die Plattform hat ihn nicht mehr.</translation>
    </message>
    <message>
        <source>%1: here “%2”, on the platform “%3”</source>
        <translation>%1: hier „%2“, auf der Plattform „%3“</translation>
    </message>
    <message>
        <source>Resolved: yours is declared again at the next sync.</source>
        <translation>Gelöst: Ihre Version wird bei der nächsten Synchronisierung erneut gemeldet.</translation>
    </message>
    <message>
        <source>Resolved: the platform&apos;s version is in the workspace.</source>
        <translation>Gelöst: die Version der Plattform ist im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RestoreCommand</name>
    <message>
        <source>Restore a workspace from a backup; the current workspace is kept as a copy.</source>
        <translation>Einen Arbeitsbereich aus einer Sicherung wiederherstellen; der aktuelle bleibt als Kopie erhalten.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted backup, in this file.</source>
        <translation>Die Passphrase einer verschlüsselten Sicherung, in dieser Datei.</translation>
    </message>
    <message>
        <source>The backup file (or --in FILE).</source>
        <translation>Die Sicherungsdatei (oder --in DATEI).</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Nennen Sie die wiederherzustellende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Workspace %1 restored from %2.</source>
        <translation>Arbeitsbereich %1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous workspace was kept as %1.</source>
        <translation>Der vorherige Arbeitsbereich wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RetryOptions</name>
    <message>
        <source>First retry delay in milliseconds (default 1000).</source>
        <translation>Erste Wartezeit vor einem neuen Versuch in Millisekunden (Standard 1000).</translation>
    </message>
    <message>
        <source>Stop rather than wait longer than this for a retry (seconds, default 120).</source>
        <translation>Abbrechen statt länger auf einen neuen Versuch zu warten (Sekunden, Standard 120).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ReviewPullCommand</name>
    <message>
        <source>Show how the platform&apos;s data for an employer differs from the workspace; accept or reject all of it.</source>
        <translation>Zeigen, wie sich die Daten der Plattform für einen Arbeitgeber vom Arbeitsbereich unterscheiden; alles übernehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Die Unternehmensnummer des Arbeitgebers.</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of every difference into the workspace.</source>
        <translation>Die Version der Plattform für jeden Unterschied in den Arbeitsbereich übernehmen.</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of every difference; they are not asked again until the platform&apos;s records change.</source>
        <translation>Die Version des Arbeitsbereichs für jeden Unterschied behalten; sie werden erst wieder gefragt, wenn sich die Datensätze der Plattform ändern.</translation>
    </message>
    <message>
        <source>Give --accept-all or --reject-all, not both.</source>
        <translation>Geben Sie --accept-all oder --reject-all an, nicht beide.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geben Sie eine gültige Unternehmensnummer an, nicht „%1“.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: use fladesk-cli pull --archive to take everything the platform holds for it.</source>
        <translation>Der Arbeitsbereich hat keinen Arbeitgeber %1: verwenden Sie fladesk-cli pull --archive, um alles zu übernehmen, was die Plattform für ihn hat.</translation>
    </message>
    <message>
        <source>%1 new on the platform, %2 changed fields, %3 missing on the platform; %4 the same; %5 rejected before.</source>
        <translation>Neu auf der Plattform: %1, geänderte Felder: %2, fehlend auf der Plattform: %3; gleich: %4; zuvor abgelehnt: %5.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Applied: %1 records written, %2 removed, %3 differences rejected.</source>
        <translation>Angewendet: Datensätze geschrieben: %1, entfernt: %2, Unterschiede abgelehnt: %3.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SocialBalanceCommand</name>
    <message>
        <source>Print the training block of an employer&apos;s social balance sheet for a financial year.</source>
        <translation>Gibt den Weiterbildungsteil der Sozialbilanz eines Arbeitgebers für ein Geschäftsjahr aus.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>Die Unternehmensnummer des Arbeitgebers.</translation>
    </message>
    <message>
        <source>First day of the financial year (yyyy-mm-dd), with --to.</source>
        <translation>Erster Tag des Geschäftsjahres (jjjj-mm-tt), mit --to.</translation>
    </message>
    <message>
        <source>Last day of the financial year (yyyy-mm-dd).</source>
        <translation>Letzter Tag des Geschäftsjahres (jjjj-mm-tt).</translation>
    </message>
    <message>
        <source>One JSON object with the NBB item codes as keys.</source>
        <translation>Ein JSON-Objekt mit den Postencodes der NBB als Schlüssel.</translation>
    </message>
    <message>
        <source>code;value;confirmed;description lines.</source>
        <translation>Zeilen Code;Wert;bestätigt;Beschreibung.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: geben Sie eine gültige Unternehmensnummer an, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most 24 months).</source>
        <translation>Geben Sie das Geschäftsjahr mit --year J an, oder mit --from und --to (jjjj-mm-tt, höchstens 24 Monate).</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Geben Sie --json oder --csv an, nicht beides.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>Der Arbeitsbereich enthält keinen Arbeitgeber %1.</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 (%2), %3 to %4</source>
        <translation>Sozialbilanz, Weiterbildungsteil: %1 (%2), %3 bis %4</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model.</source>
        <translation>* Der Code folgt der Nummerierung der NBB, wurde aber nicht an ihrem Modell bestätigt.</translation>
    </message>
    <message>
        <source>%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.</source>
        <translation>%1 der %2 gezählten Weiterbildungen haben keine Kosten im Register: ihre Kosten zählen als 0.</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year, their followed participations, in their category, men and women apart (the worker&apos;s stated sex, else the INSZ&apos;s), gross costs, contributions and subsidies shared over the participants as each training says. Codes not yet confirmed from the NBB&apos;s model are marked.</source>
        <translation>Aus dem Register berechnet: abgeschlossene Weiterbildungen, die im Geschäftsjahr beginnen, ihre besuchten Teilnahmen, nach Kategorie, Männer und Frauen getrennt (das angegebene Geschlecht des Arbeitnehmers, sonst das der ENSS), Bruttokosten, Beiträge und Zuschüsse auf die Teilnehmer verteilt, wie jede Weiterbildung es angibt. Noch nicht anhand des NBB-Modells bestätigte Codes werden markiert.</translation>
    </message>
    <message>
        <source>The financial year that closes in year Y (from the employer&apos;s start of the financial year).</source>
        <translation>Das Geschäftsjahr, das im Jahr Y endet (ab dem Beginn des Geschäftsjahres des Arbeitgebers).</translation>
    </message>
    <message>
        <source>Employer %1, start of the financial year: day %2 of month %3 is not a day of every year; correct it, or give --from and --to.</source>
        <translation>Arbeitgeber %1, Beginn des Geschäftsjahres: Tag %2 des Monats %3 gibt es nicht in jedem Jahr; korrigieren Sie ihn oder geben Sie --from und --to an.</translation>
    </message>
    <message>
        <source>%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they are left out of the men&apos;s and women&apos;s figures; state it on the worker: %2</source>
        <translation>Bei %1 Arbeitnehmer(n) ist kein Geschlecht angegeben und ihre ENSS nennt es nicht (BIS-Nummern): Sie fehlen in den Zahlen der Männer und Frauen; geben Sie es beim Arbeitnehmer an: %2</translation>
    </message>
    <message>
        <source>Also write the training block as a PDF document to this file.</source>
        <translation>Den Weiterbildungsteil auch als PDF-Dokument in diese Datei schreiben.</translation>
    </message>
</context>
<context>
    <name>fla::cli::StatementsCommand</name>
    <message>
        <source>Write the yearly training credit statement of each worker as PDF, in the worker&apos;s language.</source>
        <translation>Die jährliche Übersicht des Weiterbildungsguthabens jedes Arbeitnehmers als PDF schreiben, in der Sprache des Arbeitnehmers.</translation>
    </message>
    <message>
        <source>The year of the statements.</source>
        <translation>Das Jahr der Übersichten.</translation>
    </message>
    <message>
        <source>The folder to write the PDF files into.</source>
        <translation>Der Ordner, in den die PDF-Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>One PDF with every worker&apos;s statement, each on a new page.</source>
        <translation>Ein PDF mit der Übersicht jedes Arbeitnehmers, jede auf einer neuen Seite.</translation>
    </message>
    <message>
        <source>Give --year YEAR and --out DIR.</source>
        <translation>Geben Sie --year JAHR und --out ORDNER an.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SyncCommand</name>
    <message>
        <source>Declare the workspace&apos;s waiting changes to the FLA platform (exactly once).</source>
        <translation>Die wartenden Änderungen des Arbeitsbereichs an die FLA-Plattform melden (genau einmal).</translation>
    </message>
    <message>
        <source>The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from --token-file; sign in first. Interrupted syncs resume where they stopped: run the command again.</source>
        <translation>Das Zugriffstoken wird aus der Umgebungsvariable FLADESK_ACCESS_TOKEN oder aus --token-file gelesen; melden Sie sich zuerst an. Unterbrochene Synchronisierungen setzen dort fort, wo sie aufhörten: führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>sandbox (default), acceptance or production.</source>
        <translation>sandbox (Standard), acceptance oder production.</translation>
    </message>
    <message>
        <source>The FLA API root instead of the environment&apos;s (…/REST/fla/v1).</source>
        <translation>Die Wurzel der FLA-API statt der der Umgebung (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Only this employer&apos;s changes (enterprise number; repeatable).</source>
        <translation>Nur die Änderungen dieses Arbeitgebers (Unternehmensnummer; wiederholbar).</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Das Zugriffstoken aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Records per declaration (default 500).</source>
        <translation>Datensätze pro Meldung (Standard 500).</translation>
    </message>
    <message>
        <source>Declarations in flight at once (default 4).</source>
        <translation>Gleichzeitig laufende Meldungen (Standard 4).</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>Keine Fortschrittszeile.</translation>
    </message>
    <message>
        <source>The summary as one JSON object.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>--employer: no employer %1 in the workspace</source>
        <translation>--employer: kein Arbeitgeber %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Nicht gesendet: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Abgelehnt: %1 — %2</translation>
    </message>
    <message>
        <source>Conflict: %1 changed on the platform meanwhile; resolve it in the app.</source>
        <translation>Konflikt: %1 wurde inzwischen auf der Plattform geändert; lösen Sie ihn in der Anwendung.</translation>
    </message>
    <message>
        <source>Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 conflict(s); %7 not sent, %8 still waiting.</source>
        <translation>%1 von %2 Änderung(en) gemeldet: %3 angenommen, %4 mit Warnungen angenommen, %5 abgelehnt, %6 Konflikt(e); %7 nicht gesendet, %8 noch wartend.</translation>
    </message>
    <message>
        <source>Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.</source>
        <translation>Nicht angemeldet: führen Sie fladesk-cli login aus, setzen Sie FLADESK_ACCESS_TOKEN oder geben Sie --token-file an.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TeamCommand</name>
    <message>
        <source>On a team server: grant, revoke or list which staff member may work on which company.</source>
        <translation>Auf einem Teamserver: gewähren, entziehen oder auflisten, welcher Mitarbeiter an welchem Unternehmen arbeiten darf.</translation>
    </message>
    <message>
        <source>The staff member&apos;s database user (role).</source>
        <translation>Der Datenbankbenutzer (Rolle) des Mitarbeiters.</translation>
    </message>
    <message>
        <source>The company&apos;s enterprise number.</source>
        <translation>Die Unternehmensnummer des Unternehmens.</translation>
    </message>
    <message>
        <source>list: one JSON object per grant.</source>
        <translation>list: ein JSON-Objekt pro Zugang.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke oder list.</translation>
    </message>
    <message>
        <source>Say what to do: team grant, team revoke or team list.</source>
        <translation>Sagen Sie, was zu tun ist: team grant, team revoke oder team list.</translation>
    </message>
    <message>
        <source>team %1 needs --user ROLE and --employer with a valid enterprise number.</source>
        <translation>team %1 braucht --user ROLLE und --employer mit einer gültigen Unternehmensnummer.</translation>
    </message>
    <message>
        <source>The workspace has no company %1 (or you may not see it).</source>
        <translation>Der Arbeitsbereich hat kein Unternehmen %1 (oder Sie dürfen es nicht sehen).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2 (%3).</source>
        <translation>%1 darf jetzt %2 (%3) sehen und ändern.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2 (%3).</source>
        <translation>%1 sieht %2 (%3) nicht mehr.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingAccountCommand</name>
    <message>
        <source>Print a worker&apos;s individual training account for a year, or write its yearly overview as PDF.</source>
        <translation>Das individuelle Weiterbildungskonto eines Arbeitnehmers für ein Jahr anzeigen oder seine Jahresübersicht als PDF schreiben.</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID (required).</source>
        <translation>Die INSZ oder UUID des Arbeitnehmers (erforderlich).</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>Das Jahr (erforderlich).</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>Ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Write the yearly overview, in the worker&apos;s language, to this PDF file.</source>
        <translation>Die Jahresübersicht in der Sprache des Arbeitnehmers in diese PDF-Datei schreiben.</translation>
    </message>
    <message>
        <source>Give --worker INSZ and --year Y (%1 to %2).</source>
        <translation>Geben Sie --worker INSZ und --year J an (%1 bis %2).</translation>
    </message>
    <message>
        <source>The worker has no employment, right or training in %1.</source>
        <translation>Der Arbeitnehmer hat %1 keine Beschäftigung, kein Recht und keine Weiterbildung.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingPlanCommand</name>
    <message>
        <source>Keep an employer&apos;s yearly training plan: create, add, log, show, check, pdf.</source>
        <translation>Den jährlichen Weiterbildungsplan eines Arbeitgebers führen: create, add, log, show, check, pdf.</translation>
    </message>
    <message>
        <source>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out FILE</source>
        <translation>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (Exit-Code 1, wenn eine Frist verstrichen ist); pdf --year Y --out DATEI</translation>
    </message>
    <message>
        <source>A year of the plan.</source>
        <translation>Ein Jahr des Plans.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year (several years).</source>
        <translation>Das letzte Jahr des Plans (mehrere Jahre).</translation>
    </message>
    <message>
        <source>Who gives advice on the draft.</source>
        <translation>Wer zum Entwurf Stellung nimmt.</translation>
    </message>
    <message>
        <source>formal, informal or initial.</source>
        <translation>formal, informal oder initial.</translation>
    </message>
    <message>
        <source>What the training is.</source>
        <translation>Was die Weiterbildung ist.</translation>
    </message>
    <message>
        <source>For whom.</source>
        <translation>Für wen.</translation>
    </message>
    <message>
        <source>A risk group it pays attention to.</source>
        <translation>Eine Risikogruppe, die berücksichtigt wird.</translation>
    </message>
    <message>
        <source>How many workers.</source>
        <translation>Wie viele Arbeitnehmer.</translation>
    </message>
    <message>
        <source>Days per worker.</source>
        <translation>Tage je Arbeitnehmer.</translation>
    </message>
    <message>
        <source>The consultation step logged.</source>
        <translation>Der erfasste Anhörungsschritt.</translation>
    </message>
    <message>
        <source>The day of the step (yyyy-mm-dd).</source>
        <translation>Der Tag des Schritts (jjjj-mm-tt).</translation>
    </message>
    <message>
        <source>A note with the step.</source>
        <translation>Eine Notiz zum Schritt.</translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation>JSON statt Text.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Geben Sie eine Aktion an: %1.</translation>
    </message>
    <message>
        <source>training-plan %1: give the plan&apos;s year with --year Y.</source>
        <translation>training-plan %1: geben Sie das Jahr des Plans mit --year J an.</translation>
    </message>
    <message>
        <source>--consulted: works-council, union-delegation or workers, not &quot;%1&quot;.</source>
        <translation>--consulted: works-council, union-delegation oder workers, nicht „%1“.</translation>
    </message>
    <message>
        <source>Training plan %1 created for %2.</source>
        <translation>Weiterbildungsplan %1 für %2 angelegt.</translation>
    </message>
    <message>
        <source>Nothing due for the training plan of %1.</source>
        <translation>Für den Weiterbildungsplan von %1 ist nichts fällig.</translation>
    </message>
    <message>
        <source>%1 has no training plan for %2: create it with training-plan create.</source>
        <translation>%1 hat keinen Weiterbildungsplan für %2: legen Sie ihn mit training-plan create an.</translation>
    </message>
    <message>
        <source>training-plan add: give --category formal|informal|initial, --title, and --workers and --days as numbers of 0 or more (--risk-group: one of the listed groups).</source>
        <translation>training-plan add: geben Sie --category formal|informal|initial, --title sowie --workers und --days als Zahlen ab 0 an (--risk-group: eine der aufgeführten Gruppen).</translation>
    </message>
    <message>
        <source>training-plan log: give --step draft-sent|advice|adopted|uploaded and --date yyyy-mm-dd.</source>
        <translation>training-plan log: geben Sie --step draft-sent|advice|adopted|uploaded und --date jjjj-mm-tt an.</translation>
    </message>
    <message>
        <source>training-plan pdf: give --out FILE.</source>
        <translation>training-plan pdf: geben Sie --out DATEI an.</translation>
    </message>
    <message>
        <source>Training plan %1 saved.</source>
        <translation>Weiterbildungsplan %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ValidateCommand</name>
    <message>
        <source>Check a CSV set or a workspace against every anomaly rule.</source>
        <translation>Einen CSV-Satz oder Arbeitsbereich gegen jede Anomalieregel prüfen.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>Der Ordner eines CSV-Satzes.</translation>
    </message>
    <message>
        <source>A workspace file; the anomalies found are kept in it per record.</source>
        <translation>Eine Arbeitsbereichsdatei; die gefundenen Anomalien werden darin pro Datensatz aufbewahrt.</translation>
    </message>
    <message>
        <source>One JSON object per anomaly and line.</source>
        <translation>Ein JSON-Objekt pro Anomalie und Zeile.</translation>
    </message>
    <message>
        <source>Judge deadlines as on this day (yyyy-MM-dd) instead of today.</source>
        <translation>Fristen wie an diesem Tag (JJJJ-MM-TT) statt heute beurteilen.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Geben Sie entweder --csv ORDNER oder --workspace W an.</translation>
    </message>
    <message>
        <source>--today must be a date of the form yyyy-MM-dd: %1</source>
        <translation>--today muss ein Datum der Form JJJJ-MM-TT sein: %1</translation>
    </message>
    <message>
        <source>%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.</source>
        <translation>%1 Datensätze, %2 Anomalien: %3 blockierend, %4 Warnungen, %5 Informationen.</translation>
    </message>
</context>
<context>
    <name>fla::cli::WorkspaceCommand</name>
    <message>
        <source>Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either direction, and check the copy.</source>
        <translation>Einen ganzen Arbeitsbereich zwischen einer SQLite-Datei und einem Team-Server (PostgreSQL) in beide Richtungen kopieren und die Kopie prüfen.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file, or postgresql://user@host/db.</source>
        <translation>Der zu kopierende Arbeitsbereich: eine Datei oder postgresql://benutzer@host/db.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a team server.</source>
        <translation>Wohin kopieren: eine neue Datei oder eine leere Datenbank auf einem Team-Server.</translation>
    </message>
    <message>
        <source>Empty the target first when it already holds records.</source>
        <translation>Das Ziel zuerst leeren, wenn es bereits Datensätze enthält.</translation>
    </message>
    <message>
        <source>Report the check as one JSON object.</source>
        <translation>Die Prüfung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Say what to do: workspace copy --from A --to B.</source>
        <translation>Sagen Sie, was zu tun ist: workspace copy --from A --to B.</translation>
    </message>
    <message>
        <source>workspace copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>workspace copy braucht --from WORKSPACE und --to WORKSPACE.</translation>
    </message>
    <message>
        <source>There is no workspace %1 to copy.</source>
        <translation>Es gibt keinen Arbeitsbereich %1 zum Kopieren.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be copied onto itself.</source>
        <translation>Der Arbeitsbereich %1 kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.</source>
        <translation>Die Arbeitsbereiche %1 (Schema %2) und %3 (Schema %4) haben nicht dieselbe Version.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has as many rows as its source, and the audit trail (%3 entries) is identical.</source>
        <translation>%1 nach %2 kopiert: Jede Tabelle hat so viele Zeilen wie ihre Quelle, und das Änderungsprotokoll (%3 Einträge) ist identisch.</translation>
    </message>
</context>
<context>
    <name>fla::fieldrules</name>
    <message>
        <source>The text holds %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The text holds a control character (%1) at position %2: such characters are not allowed.</source>
        <translation>Der Text enthält ein Steuerzeichen (%1) an Position %2: Solche Zeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not valid in the file&apos;s encoding (shown as U+FFFD) at position %1: save the file as UTF-8.</source>
        <translation>Der Text enthält Bytes, die in der Kodierung der Datei nicht gültig sind (als U+FFFD angezeigt), an Position %1: Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 Zeichen)</translation>
    </message>
</context>
<context>
    <name>fla::postgres::StagedLoad::Private</name>
    <message>
        <source>The user %1 may not load records of the company %2: the office&apos;s administrator has not given them this company (fladesk-cli team grant).</source>
        <translation>Der Benutzer %1 darf keine Daten in das Unternehmen %2 laden: Der Administrator des Büros hat ihm dieses Unternehmen nicht zugewiesen (fladesk-cli team grant).</translation>
    </message>
</context>
<context>
    <name>fla::reports</name>
    <message>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation>Weiterbildungsplan %1</translation>
    </message>
    <message>
        <source>Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal data: workers are counted, never named.</source>
        <translation>Weiterbildungsplan des Unternehmens (Gesetz vom 3. Oktober 2022, Kapitel 9). Diese Kopie enthält keine personenbezogenen Daten: Arbeitnehmer werden gezählt, nie genannt.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <source>Joint committees</source>
        <translation>Paritätische Kommissionen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Angehört</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Anhörung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Geplante Weiterbildungen</translation>
    </message>
    <message>
        <source>No trainings planned yet.</source>
        <translation>Noch keine Weiterbildungen geplant.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risikogruppe</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Tage je Person</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Geplant und verwirklicht</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Verwirklicht</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed (resources/obligations/training-plan.json).</source>
        <translation>* Nicht bestätigt: diese Frist beruht auf einer Lesart der Regeln, die nicht bestätigt ist (resources/obligations/training-plan.json).</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 to %2</source>
        <translation>Sozialbilanz, Weiterbildungsteil: %1 bis %2</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year and their followed participations.</source>
        <translation>Aus dem Register berechnet: abgeschlossene Weiterbildungen, die im Geschäftsjahr beginnen, und ihre besuchten Teilnahmen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 trainings counted; %2 of them have no cost in the register (counted as 0).</source>
        <translation>%1 Weiterbildungen gezählt; %2 davon haben keine Kosten im Register (als 0 gezählt).</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model. Source: %1</source>
        <translation>* Der Code folgt der Nummerierung der NBB, wurde aber nicht an ihrem Modell bestätigt. Quelle: %1</translation>
    </message>
    <message>
        <source>Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the men&apos;s nor the women&apos;s figures; state it on the worker.</source>
        <translation>Geschlecht unbekannt (kein Geschlecht angegeben, und die ENSS nennt es nicht): %1. Sie fehlen in den Zahlen der Männer und der Frauen; geben Sie es beim Arbeitnehmer an.</translation>
    </message>
</context>
<context>
    <name>fla::sandbox</name>
    <message>
        <source>--issue-token: no simulated identity %1</source>
        <translation>--issue-token: keine simulierte Identität %1</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::OidcProvider</name>
    <message>
        <source>&lt;h1&gt;Unknown client&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unbekannter Client&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;The redirect URI must be a loopback http address (RFC 8252)&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Die Umleitungs-URI muss eine Loopback-http-Adresse sein (RFC 8252)&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown identity&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unbekannte Identität&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown key: choose eID or itsme&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unbekannter Schlüssel: wählen Sie eID oder itsme&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>FLA sandbox: sign in</source>
        <translation>FLA-Sandbox: anmelden</translation>
    </message>
    <message>
        <source>A simulated sign-in. Choose who you are and which key you use; you will act for the enterprises listed.</source>
        <translation>Eine simulierte Anmeldung. Wählen Sie, wer Sie sind und welchen Schlüssel Sie verwenden; Sie handeln für die aufgeführten Unternehmen.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>INSZ (synthetic)</source>
        <translation>ENSS (synthetisch)</translation>
    </message>
    <message>
        <source>May act for</source>
        <translation>Darf handeln für</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::PlatformModule</name>
    <message>
        <source>SQLite file of the FLA platform&apos;s state (default: fla-platform.sqlite in --data-dir, or memory only).</source>
        <translation>SQLite-Datei mit dem Zustand der FLA-Plattform (Standard: fla-platform.sqlite in --data-dir, oder nur Speicher).</translation>
    </message>
    <message>
        <source>Share of FLA API requests (0 to 1) that meet an injected fault (default 0).</source>
        <translation>Anteil der FLA-API-Anfragen (0 bis 1) mit einem eingefügten Fehler (Standard 0).</translation>
    </message>
    <message>
        <source>Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed without an answer, nothing done), lost (carried out and committed, then the answer is lost), or all (default).</source>
        <translation>Welche Fehler, durch Kommas getrennt: 500, 503, 429 (mit Retry-After), drop (Verbindung ohne Antwort geschlossen, nichts getan), lost (ausgeführt und festgeschrieben, dann geht die Antwort verloren) oder all (Standard).</translation>
    </message>
    <message>
        <source>Delay added to every FLA API answer, in milliseconds.</source>
        <translation>Verzögerung jeder FLA-API-Antwort in Millisekunden.</translation>
    </message>
    <message>
        <source>Seconds announced in Retry-After with 429 and 503.</source>
        <translation>In Retry-After bei 429 und 503 angekündigte Sekunden.</translation>
    </message>
    <message>
        <source>Seed of the fault dice, for reproducible runs.</source>
        <translation>Startwert des Fehlerwürfels für reproduzierbare Läufe.</translation>
    </message>
    <message>
        <source>Print an access token for the simulated identity KEY at start-up (for scripts and tests; repeatable).</source>
        <translation>Beim Start ein Zugriffstoken für die simulierte Identität SCHLÜSSEL ausgeben (für Skripte und Tests; wiederholbar).</translation>
    </message>
    <message>
        <source>Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a 503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed the work.</source>
        <translation>Fehlerinjektion: --fault-rate 0.1 --faults all lässt jede zehnte FLA-API-Anfrage mit 500, 503 oder 429 mit Retry-After, einer getrennten Verbindung oder einer nach dem Festschreiben verlorenen Antwort scheitern.</translation>
    </message>
    <message>
        <source>--fault-rate: give a number from 0 to 1, not %1</source>
        <translation>--fault-rate: geben Sie eine Zahl von 0 bis 1 an, nicht %1</translation>
    </message>
    <message>
        <source>--latency-ms: give a whole number of milliseconds, not %1</source>
        <translation>--latency-ms: geben Sie eine ganze Zahl Millisekunden an, nicht %1</translation>
    </message>
    <message>
        <source>--retry-after: give a whole number of seconds, not %1</source>
        <translation>--retry-after: geben Sie eine ganze Zahl Sekunden an, nicht %1</translation>
    </message>
    <message>
        <source>--fault-seed: give a whole number, not %1</source>
        <translation>--fault-seed: geben Sie eine ganze Zahl an, nicht %1</translation>
    </message>
    <message>
        <source>Faults for the first FLA API requests, one per request, comma-separated (none, 500, 503, 429, drop, lost), before --fault-rate applies: &quot;none,lost&quot; loses the answer to the second request.</source>
        <translation>Störungen für die ersten Anfragen an die FLA-API, eine je Anfrage, durch Kommas getrennt (none, 500, 503, 429, drop, lost), bevor --fault-rate gilt: „none,lost“ verliert die Antwort auf die zweite Anfrage.</translation>
    </message>
</context>
<context>
    <name>fla::storage</name>
    <message>
        <source>%1 cannot be saved: it refers to a record that does not exist for this employer, or other records still refer to it.</source>
        <translation>%1 kann nicht gespeichert werden: er verweist auf einen Datensatz, der für diesen Arbeitgeber nicht existiert, oder andere Datensätze verweisen noch darauf.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the worker already takes part in this training.</source>
        <translation>%1 kann nicht gespeichert werden: der Arbeitnehmer nimmt bereits an dieser Weiterbildung teil.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: another record already has this uuid.</source>
        <translation>%1 kann nicht gespeichert werden: ein anderer Datensatz hat bereits diese UUID.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 holds a value that is not allowed.</source>
        <translation>%1 kann nicht gespeichert werden: das Feld %2 enthält einen unzulässigen Wert.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 is required.</source>
        <translation>%1 kann nicht gespeichert werden: das Feld %2 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The workspace could not read %1: %2</source>
        <translation>Der Arbeitsbereich konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>the %1 records of the company</source>
        <translation>die %1-Datensätze des Unternehmens</translation>
    </message>
    <message>
        <source>the anomalies of the company</source>
        <translation>die Anomalien des Unternehmens</translation>
    </message>
    <message>
        <source>the companies of the workspace</source>
        <translation>die Unternehmen des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>fla::ui::AboutDialog</name>
    <message>
        <source>Application framework: windows, database access, network, sign-in</source>
        <translation>Anwendungsgerüst: Fenster, Datenbankzugriff, Netzwerk, Anmeldung</translation>
    </message>
    <message>
        <source>Encryption of backups, TLS connections to the platform</source>
        <translation>Verschlüsselung der Sicherungen, TLS-Verbindungen zur Plattform</translation>
    </message>
    <message>
        <source>Keeping sign-in tokens in the system keychain</source>
        <translation>Aufbewahrung der Anmeldetoken im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>Die Datenbank des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Reading spreadsheet (XLSX) files</source>
        <translation>Lesen von Tabellendateien (XLSX)</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and Qt</source>
        <translation>Komprimierung, von QuaZip und Qt verwendet</translation>
    </message>
    <message>
        <source>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself</source>
        <translation>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: von Qt selbst verwendet</translation>
    </message>
    <message>
        <source>Windows only: the C++ runtime of the Windows build</source>
        <translation>Nur Windows: die C++-Laufzeit der Windows-Version</translation>
    </message>
    <message>
        <source>Microsoft Visual C++ Redistributable licence</source>
        <translation>Lizenz von Microsoft Visual C++ Redistributable</translation>
    </message>
    <message>
        <source>About FLA Desk</source>
        <translation>Über FLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Training records and Federal Learning Account declarations for Belgian employers.&lt;/p&gt;&lt;p&gt;FLA Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Weiterbildungsregister und Meldungen an das föderale Lernkonto für belgische Arbeitgeber.&lt;/p&gt;&lt;p&gt;FLA Desk ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder ändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running on Qt %1 with %2.</source>
        <translation>Läuft mit Qt %1 und %2.</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>keine TLS-Bibliothek</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence texts are installed with FLA Desk in %1.</source>
        <translation>Die Lizenztexte sind mit FLA Desk in %1 installiert.</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomaliesView</name>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Text der Meldung</translation>
    </message>
    <message>
        <source>Search anomalies</source>
        <translation>Anomalien suchen</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Nach Schwere filtern</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>Nach Code filtern</translation>
    </message>
    <message>
        <source>Anomalies: Enter opens the record at the field</source>
        <translation>Anomalien: Eingabe öffnet den Datensatz beim Feld</translation>
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
            <numerusform>%n blockierend</numerusform>
            <numerusform>%n blockierend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>S&amp;chwere:</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomalyModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>fla::ui::ArchiveAllDialog</name>
    <message>
        <source>Archive everything from the FLA</source>
        <translation>Alles aus dem FLA archivieren</translation>
    </message>
    <message>
        <source>The FLA destroys its data on 1 January 2027. Everything it holds for your companies is copied into this workspace: workers, employments, trainings (also those registered by training providers), participations and the rights it computed. Records you changed here keep your version.</source>
        <translation>Das FLA vernichtet seine Daten am 1. Januar 2027. Alles, was es für Ihre Unternehmen bereithält, wird in diesen Arbeitsbereich kopiert: Arbeitnehmer, Beschäftigungen, Weiterbildungen (auch die von Anbietern erfassten), Teilnahmen und die von ihm berechneten Ansprüche. Datensätze, die Sie hier geändert haben, behalten Ihre Version.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Archive report per company</source>
        <translation>Archivierungsbericht pro Unternehmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Archiving %1 (%2 of %3)…</source>
        <translation>%1 wird archiviert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Fetching from the platform…</source>
        <translation>Abruf von der Plattform…</translation>
    </message>
    <message>
        <source>Archived: %1 new, %2 updated, %3 already in the workspace</source>
        <translation>Archiviert: %1 neu, %2 aktualisiert, %3 schon im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Not archived: %1</source>
        <translation>Nicht archiviert: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 companies archived, %3 not started.</source>
        <translation>Angehalten: %1 von %2 Unternehmen archiviert, %3 nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived. Those not archived say why: sign in as someone with a mandate for them, or try again.</source>
        <translation>%1 von %2 Unternehmen archiviert. Bei den nicht archivierten steht, warum: Melden Sie sich als jemand mit Mandat dafür an oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>All %1 companies archived.</source>
        <translation>Alle %1 Unternehmen archiviert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Stopping after this company…</source>
        <translation>Anhalten nach diesem Unternehmen…</translation>
    </message>
</context>
<context>
    <name>fla::ui::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Ein Unternehmen hinzufügen</translation>
    </message>
    <message>
        <source>The company whose training records you keep. An accountant adds each client company.</source>
        <translation>Das Unternehmen, dessen Weiterbildungen Sie führen. Ein Buchhalter fügt jeden Mandanten hinzu.</translation>
    </message>
    <message>
        <source>&amp;Enterprise number:</source>
        <translation>&amp;Unternehmensnummer:</translation>
    </message>
    <message>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Unternehmensnummer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language of the company</source>
        <translation>Sprache des Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>Stunden pro &amp;Tag:</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>Stunden pro Arbeitstag</translation>
    </message>
    <message>
        <source>Used to convert hours of training into days of credit</source>
        <translation>Zur Umrechnung von Weiterbildungsstunden in Guthabentage</translation>
    </message>
    <message>
        <source>NSSO employer number (optional)</source>
        <translation>LSS-Arbeitgebernummer (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Joint committees:</source>
        <translation>&amp;Paritätische Kommissionen:</translation>
    </message>
    <message>
        <source>Joint committees, separated by commas</source>
        <translation>Paritätische Kommissionen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. 200, 118</source>
        <translation>z. B. 200, 118</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enterprise number %1 is correct.</source>
        <translation>Die Unternehmensnummer %1 ist richtig.</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Unternehmen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Unternehmen %1 hinzufügen</translation>
    </message>
    <message>
        <source>N&amp;SSO number:</source>
        <translation>&amp;LSS-Nummer:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Financial &amp;year starts on day:</source>
        <translation>Geschäfts&amp;jahr beginnt am Tag:</translation>
    </message>
    <message>
        <source>First day of the financial year: day</source>
        <translation>Erster Tag des Geschäftsjahres: Tag</translation>
    </message>
    <message>
        <source>First day of the financial year: month</source>
        <translation>Erster Tag des Geschäftsjahres: Monat</translation>
    </message>
    <message>
        <source>The social balance sheet counts the trainings of each financial year</source>
        <translation>Die Sozialbilanz zählt die Weiterbildungen jedes Geschäftsjahres</translation>
    </message>
    <message>
        <source>In the month:</source>
        <translation>Im Monat:</translation>
    </message>
</context>
<context>
    <name>fla::ui::ConflictDialog</name>
    <message>
        <source>Conflict with the platform</source>
        <translation>Konflikt mit der Plattform</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>Version der Plattform</translation>
    </message>
    <message>
        <source>Your version and the platform&apos;s, field by field</source>
        <translation>Ihre Version und die der Plattform, Feld für Feld</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation>Die der &amp;Plattform nehmen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s version…</source>
        <translation>Version der Plattform wird abgerufen…</translation>
    </message>
    <message>
        <source>The conflict cannot be shown</source>
        <translation>Der Konflikt kann nicht angezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source>This record was changed on the platform after you last sent it, and in the workspace too: %n field(s) differ. Choose the version to keep.</source>
        <translation>
            <numerusform>Dieser Datensatz wurde auf der Plattform geändert, nachdem Sie ihn zuletzt gesendet haben, und auch im Arbeitsbereich: %n Feld unterscheidet sich. Wählen Sie die Version, die Sie behalten.</numerusform>
            <numerusform>Dieser Datensatz wurde auf der Plattform geändert, nachdem Sie ihn zuletzt gesendet haben, und auch im Arbeitsbereich: %n Felder unterscheiden sich. Wählen Sie die Version, die Sie behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform no longer holds this record, which you changed in the workspace. Choose whether to declare it again or to remove it here too.</source>
        <translation>Die Plattform hat diesen Datensatz nicht mehr, den Sie im Arbeitsbereich geändert haben. Wählen Sie, ob Sie ihn erneut melden oder auch hier entfernen.</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent at the next sync and replaces the platform&apos;s. Take the platform&apos;s: it replaces yours in the workspace (the change shows in the record&apos;s history) and nothing is sent.</source>
        <translation>Meine behalten: Ihre Version wird bei der nächsten Synchronisierung gesendet und ersetzt die der Plattform. Die der Plattform nehmen: sie ersetzt Ihre im Arbeitsbereich (die Änderung erscheint im Verlauf des Datensatzes) und es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Keep mine: your version is declared again at the next sync. Take the platform&apos;s: the record is removed from the workspace (you can restore it from its history).</source>
        <translation>Meine behalten: Ihre Version wird bei der nächsten Synchronisierung erneut gemeldet. Die der Plattform nehmen: der Datensatz wird aus dem Arbeitsbereich entfernt (Sie können ihn aus seinem Verlauf wiederherstellen).</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(nicht mehr auf der Plattform)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” here, “%4” on the platform.</source>
        <translation>%1 von %2 unterscheidet sich: „%3“ hier, „%4“ auf der Plattform.</translation>
    </message>
    <message>
        <source>The conflict of %1 is not resolved: %2</source>
        <translation>Der Konflikt von %1 ist nicht gelöst: %2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Zwischenzeitlich gespeichert</translation>
    </message>
    <message>
        <source>Your version and the one saved meanwhile, field by field</source>
        <translation>Ihre Version und die zwischenzeitlich gespeicherte, Feld für Feld</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Die der &amp;anderen nehmen</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(zwischenzeitlich gelöscht)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” in your version, “%4” in the one saved meanwhile.</source>
        <translation>%1 von %2 unterscheidet sich: „%3“ in Ihrer Version, „%4“ in der zwischenzeitlich gespeicherten.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</source>
        <translation>
            <numerusform>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet hatten: %n Feld unterscheidet sich. Nichts wurde überschrieben. Wählen Sie die Version, die bleiben soll.</numerusform>
            <numerusform>Jemand anderes hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet hatten: %n Felder unterscheiden sich. Nichts wurde überschrieben. Wählen Sie die Version, die bleiben soll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine: your version is saved over theirs (both show in the record&apos;s history). Take theirs: your change is dropped and theirs stays.</source>
        <translation>Meine behalten: Ihre Version wird über die der anderen gespeichert (beide stehen im Verlauf des Datensatzes). Die der anderen nehmen: Ihre Änderung wird verworfen, die andere bleibt.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Nothing was saved.</source>
        <translation>Jemand anderes hat diesen Datensatz gelöscht, nachdem Sie ihn geöffnet hatten. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Keep mine: the record is saved again, as you edited it. Take theirs: it stays deleted.</source>
        <translation>Meine behalten: der Datensatz wird so, wie Sie ihn bearbeitet haben, wieder gespeichert. Die der anderen nehmen: er bleibt gelöscht.</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Anspruch</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Rest (Stunden)</translation>
    </message>
    <message>
        <source>Used %1, more than the %2 of the right (CR-001)</source>
        <translation>%1 verbraucht, mehr als die %2 des Anspruchs (CR-001)</translation>
    </message>
    <message>
        <source>No legal right declared for this year: the right the law gives, prorated to the employment.</source>
        <translation>Für dieses Jahr ist kein gesetzlicher Anspruch erfasst: der Anspruch nach dem Gesetz, anteilig zur Beschäftigung.</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditView</name>
    <message>
        <source>Training credit</source>
        <translation>Weiterbildungsguthaben</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the credit</source>
        <translation>Jahr des Guthabens</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Worker or INSZ</source>
        <translation>Arbeitnehmer oder ENSS</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Arbeitnehmer suchen</translation>
    </message>
    <message>
        <source>Training credit per worker</source>
        <translation>Weiterbildungsguthaben pro Arbeitnehmer</translation>
    </message>
    <message>
        <source>No worker used more than the right in %1.</source>
        <translation>Kein Arbeitnehmer hat %1 mehr als den Anspruch genutzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) used more than the right in %1.</source>
        <translation>
            <numerusform>%n Arbeitnehmer hat %1 mehr als den Anspruch genutzt.</numerusform>
            <numerusform>%n Arbeitnehmer haben %1 mehr als den Anspruch genutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>fla::ui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
</context>
<context>
    <name>fla::ui::DeskApp</name>
    <message>
        <source>Demo workspace not opened</source>
        <translation>Demo-Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The demo workspace is there already, with what you entered in it. Open it as you left it, or start a fresh demo (what you entered in it is lost)?</source>
        <translation>Der Demo-Arbeitsbereich ist bereits vorhanden, mit dem, was Sie darin eingegeben haben. Öffnen Sie ihn so, wie Sie ihn verlassen haben, oder beginnen Sie eine neue Demo (was Sie darin eingegeben haben, geht verloren)?</translation>
    </message>
    <message>
        <source>&amp;Open it as I left it</source>
        <translation>So &amp;öffnen, wie ich ihn verlassen habe</translation>
    </message>
    <message>
        <source>Start a &amp;fresh demo</source>
        <translation>&amp;Neue Demo beginnen</translation>
    </message>
</context>
<context>
    <name>fla::ui::EnvironmentSettingsWidget</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Sign-in service (issuer):</source>
        <translation>Anmeldedienst (Aussteller):</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche (Scopes):</translation>
    </message>
    <message>
        <source>Certificate sign-in token URL:</source>
        <translation>Token-URL für die Anmeldung mit Zertifikat:</translation>
    </message>
    <message>
        <source>FLA API address:</source>
        <translation>Adresse der FLA-API:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>fla::ui::Format</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 Tag</numerusform>
            <numerusform>%1 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 Stunde</numerusform>
            <numerusform>%1 Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::GettingAccessDialog</name>
    <message>
        <source>Getting access</source>
        <translation>Zugang erhalten</translation>
    </message>
    <message>
        <source>FLA Desk keeps your training register on this computer; you can work without any access. To declare to the platform (or to fetch what is already there), the social security portal must know you. Four things are needed before anyone can declare:</source>
        <translation>FLA Desk speichert Ihr Weiterbildungsregister auf diesem Computer; Sie können ohne jeden Zugang arbeiten. Um an die Plattform zu melden (oder abzurufen, was dort schon ist), muss das Portal der sozialen Sicherheit Sie kennen. Vier Dinge sind nötig, bevor jemand melden kann:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The company is registered on the social security portal.&lt;/b&gt; Every employer with staff in Belgium is, through its NSSO registration. A company that has never used the portal first appoints a local administrator there.</source>
        <translation>&lt;b&gt;1. Das Unternehmen ist im Portal der sozialen Sicherheit registriert.&lt;/b&gt; Jeder Arbeitgeber mit Personal in Belgien ist es, durch seine Eintragung beim LSS. Ein Unternehmen, das das Portal noch nie genutzt hat, bestimmt dort zuerst einen lokalen Verwalter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The local administrator gives you access.&lt;/b&gt; The company&apos;s local administrator (the role &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opens Access Management on the portal, adds you by your INSZ (national register number) and gives you access to the application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;2. Der lokale Verwalter gibt Ihnen Zugang.&lt;/b&gt; Der lokale Verwalter des Unternehmens (die Rolle &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) öffnet die Zugriffsverwaltung im Portal, fügt Sie mit Ihrer ENSS (Nationalregisternummer) hinzu und gibt Ihnen Zugang zur Anwendung &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Finding out who the local administrator is.&lt;/b&gt; Ask your HR or payroll department first. Otherwise, the portal shows the local administrator of a company from its enterprise number (in Access Management, &apos;Who is my local administrator?&apos;), and the portal&apos;s Contact Center can tell you too.</source>
        <translation>&lt;b&gt;3. Wer ist der lokale Verwalter?&lt;/b&gt; Fragen Sie zuerst Ihre Personal- oder Lohnabteilung. Sonst zeigt das Portal den lokalen Verwalter eines Unternehmens anhand seiner Unternehmensnummer (in der Zugriffsverwaltung, &apos;Wer ist mein lokaler Verwalter?&apos;), und auch das Kontaktzentrum des Portals kann es Ihnen sagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Accountants and social secretariats: the mandate.&lt;/b&gt; You declare for a client company only with its mandate: the client&apos;s local administrator designates your firm as service provider for this application in Access Management, and your own firm&apos;s local administrator then gives you access for that client.</source>
        <translation>&lt;b&gt;4. Buchhalter und Sozialsekretariate: das Mandat.&lt;/b&gt; Sie melden für einen Mandanten nur mit dessen Mandat: der lokale Verwalter des Mandanten bestimmt Ihr Büro in der Zugriffsverwaltung als Dienstleister für diese Anwendung, und der lokale Verwalter Ihres eigenen Büros gibt Ihnen dann Zugang für diesen Mandanten.</translation>
    </message>
    <message>
        <source>Then sign in with your eID card, itsme or another key of the federal authentication service: FLA Desk opens your browser for it.</source>
        <translation>Melden Sie sich dann mit Ihrem eID-Ausweis, itsme oder einem anderen Schlüssel des föderalen Authentifizierungsdienstes an: FLA Desk öffnet dafür Ihren Browser.</translation>
    </message>
    <message>
        <source>Note: the obligation to register trainings in the Federal Learning Account was repealed from 1 January 2026. The platform keeps the data until 31 December 2026. The right to training and the yearly credit statement remain: keep your register here.</source>
        <translation>Hinweis: die Pflicht, Weiterbildungen im föderalen Lernkonto zu erfassen, ist seit dem 1. Januar 2026 aufgehoben. Die Plattform bewahrt die Daten bis zum 31. Dezember 2026 auf. Der Weiterbildungsanspruch und die jährliche Guthabenübersicht bleiben: führen Sie Ihr Register hier.</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Lesen auf:</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Sprache des Leitfadens</translation>
    </message>
    <message>
        <source>Getting access guide</source>
        <translation>Leitfaden Zugang erhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>fla::ui::ImportWizard</name>
    <message>
        <source>Import trainings followed</source>
        <translation>Besuchte Weiterbildungen importieren</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Welche Datei?</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) with one row per worker per training, and a header row.</source>
        <translation>Eine CSV-Datei (beliebiges Trennzeichen, UTF-8, UTF-16 oder Windows-1252) oder eine Excel-Arbeitsmappe (.xlsx) mit einer Zeile pro Arbeitnehmer und Weiterbildung und einer Kopfzeile.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The records are imported for: %1 (%2)</source>
        <translation>Die Datensätze werden importiert für: %1 (%2)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>Suggested from the column names. Check it, and save it as a profile for the next file from the same source.</source>
        <translation>Aus den Spaltennamen vorgeschlagen. Prüfen Sie die Zuordnung und speichern Sie sie als Profil für die nächste Datei aus derselben Quelle.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Als Profil speichern…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows as they would be imported, with the problems of each row.</source>
        <translation>Die ersten Zeilen, wie sie importiert würden, mit den Problemen jeder Zeile.</translation>
    </message>
    <message>
        <source>Import the valid rows only; reject the others with their reasons</source>
        <translation>Nur die gültigen Zeilen importieren; die anderen mit ihren Gründen ablehnen</translation>
    </message>
    <message>
        <source>Import every row as a draft, to be corrected before it is declared</source>
        <translation>Jede Zeile als Entwurf importieren, vor der Meldung zu korrigieren</translation>
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation>Abgelehnte Zeilen gehen nach:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read as: %1. %2 columns.</source>
        <translation>Gelesen als: %1. %2 Spalten.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>Suggested from the column names</source>
        <translation>Aus den Spaltennamen vorgeschlagen</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Name of the profile (for example the payroll package):</source>
        <translation>Name des Profils (zum Beispiel das Lohnabrechnungsprogramm):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have a blocking problem.</source>
        <translation>%1 der ersten %2 Zeilen haben ein blockierendes Problem.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 rejected.</source>
        <translation>%1 Zeilen gelesen: %2 importiert, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 workers, %2 trainings, %3 participations.</source>
        <translation>%1 Arbeitnehmer, %2 Weiterbildungen, %3 Teilnahmen.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>Die abgelehnten Zeilen und ihre Gründe stehen in %1.</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts.</source>
        <translation>Zeilen mit blockierenden Problemen wurden als Entwurf behalten.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>fla::ui::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>De&amp;mo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation>In der aktuellen Ansicht suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Add company…</source>
        <translation>Unternehmen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a company (client) to this workspace</source>
        <translation>Ein Unternehmen (Mandant) zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>Unternehmen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>Neue &amp;Weiterbildung…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Eine Weiterbildung für viele Arbeitnehmer erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate training…</source>
        <translation>Weiterbildung &amp;duplizieren…</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Eine neue Weiterbildung mit denselben Feldern und Teilnehmern (Strg+D)</translation>
    </message>
    <message>
        <source>Add &amp;worker…</source>
        <translation>&amp;Arbeitnehmer hinzufügen…</translation>
    </message>
    <message>
        <source>Add a worker with the employment (Ctrl+Shift+W)</source>
        <translation>Einen Arbeitnehmer mit Beschäftigung hinzufügen (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>Next &amp;anomaly</source>
        <translation>Nächste &amp;Anomalie</translation>
    </message>
    <message>
        <source>Go to the next anomaly and open the record at the field (F8)</source>
        <translation>Zur nächsten Anomalie gehen und den Datensatz beim Feld öffnen (F8)</translation>
    </message>
    <message>
        <source>&amp;Getting access</source>
        <translation>&amp;Zugang erhalten</translation>
    </message>
    <message>
        <source>What the social security portal requires before you can declare</source>
        <translation>Was das Portal der sozialen Sicherheit verlangt, bevor Sie melden können</translation>
    </message>
    <message>
        <source>&amp;Sign in to the platform…</source>
        <translation>Auf der Plattform &amp;anmelden…</translation>
    </message>
    <message>
        <source>&amp;About FLA Desk</source>
        <translation>&amp;Über FLA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Company switcher</source>
        <translation>Unternehmensauswahl</translation>
    </message>
    <message>
        <source>The company you work on, with its blocking anomalies and next deadline</source>
        <translation>Das Unternehmen, an dem Sie arbeiten, mit seinen blockierenden Anomalien und der nächsten Frist</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Welcome to FLA Desk</source>
        <translation>Willkommen bei FLA Desk</translation>
    </message>
    <message>
        <source>Your training register: enter trainings offline, see at once what the platform would refuse, and declare them when you are ready. Start by adding the company whose trainings you keep, or look around in a demo workspace.</source>
        <translation>Ihr Weiterbildungsregister: Erfassen Sie Weiterbildungen offline, sehen Sie sofort, was die Plattform ablehnen würde, und melden Sie sie, wenn Sie bereit sind. Fügen Sie zuerst das Unternehmen hinzu, dessen Weiterbildungen Sie führen, oder sehen Sie sich einen Demo-Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>&amp;Add a company…</source>
        <translation>&amp;Ein Unternehmen hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>Einen anderen Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Getting access to the platform</source>
        <translation>&amp;Zugang zur Plattform erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking — due %2</source>
        <translation>
            <numerusform>%1 — %n blockierend — Frist %2</numerusform>
            <numerusform>%1 — %n blockierend — Frist %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</source>
        <translation>
            <numerusform>%1, Unternehmensnummer %2: %n blockierende Anomalie; nächste Meldefrist %3</numerusform>
            <numerusform>%1, Unternehmensnummer %2: %n blockierende Anomalien; nächste Meldefrist %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>Demo workspace in memory: not saved to disk</source>
        <translation>Demo-Arbeitsbereich im Speicher: nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>No anomalies: everything can be declared.</source>
        <translation>Keine Anomalien: alles kann gemeldet werden.</translation>
    </message>
    <message>
        <source>Select the training to duplicate in the Trainings view.</source>
        <translation>Wählen Sie die zu duplizierende Weiterbildung in der Ansicht Weiterbildungen.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA-Desk-Arbeitsbereiche (*.fladesk)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk);;All files (*)</source>
        <translation>FLA-Desk-Arbeitsbereiche (*.fladesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)</source>
        <translation>Die Tabelle der aktuellen Ansicht, gefiltert und sortiert wie angezeigt, als CSV oder Excel speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore a workspace from a .fladeskbackup file into a workspace file you choose</source>
        <translation>Einen Arbeitsbereich aus einer .fladeskbackup-Datei in eine Arbeitsbereichsdatei Ihrer Wahl wiederherstellen</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — Frist %2</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Table not exported</source>
        <translation>Tabelle nicht exportiert</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; exported to %2</source>
        <translation>Tabelle „%1“ exportiert nach %2</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup);;All files (*)</source>
        <translation>FLA-Desk-Sicherungen (*.fladeskbackup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>The workspace that was at %1 is kept as %2.</source>
        <translation>Der Arbeitsbereich, der unter %1 lag, ist als %2 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking</source>
        <translation>
            <numerusform>%1 — %n blockierend</numerusform>
            <numerusform>%1 — %n blockierend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies</source>
        <translation>
            <numerusform>%1, Unternehmensnummer %2: %n blockierende Anomalie</numerusform>
            <numerusform>%1, Unternehmensnummer %2: %n blockierende Anomalien</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import trainings…</source>
        <translation>Weiterbildungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)</source>
        <translation>Die besuchten Weiterbildungen aus einer Tabelle (CSV oder Excel) in dieses Unternehmen importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Sicherung e&amp;rstellen…</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)</source>
        <translation>Eine Sicherung dieses Arbeitsbereichs in eine verschlüsselte Datei schreiben (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Add or choose the company to import into first.</source>
        <translation>Fügen Sie zuerst das Unternehmen hinzu, in das importiert wird, oder wählen Sie es.</translation>
    </message>
    <message>
        <source>Backup made: %1 (encrypted)</source>
        <translation>Sicherung erstellt: %1 (verschlüsselt)</translation>
    </message>
    <message>
        <source>Backup made: %1 (not encrypted)</source>
        <translation>Sicherung erstellt: %1 (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Unter&amp;nehmen:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>Your change of %1 was dropped: the version saved meanwhile stays.</source>
        <translation>Ihre Änderung von %1 wurde verworfen: die zwischenzeitlich gespeicherte Version bleibt.</translation>
    </message>
    <message>
        <source>Connect to a team ser&amp;ver…</source>
        <translation>Mit einem &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>Team &amp;access…</source>
        <translation>&amp;Zugriff pro Firma…</translation>
    </message>
    <message>
        <source>Which staff member may see and change which company</source>
        <translation>Welcher Mitarbeiter welche Firma sehen und ändern darf</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach the team server and are not saved yet. They are saved by themselves as soon as the server answers; if you close FLA Desk now, they are lost.</source>
        <translation>
            <numerusform>%n Änderung konnte den Teamserver nicht erreichen und ist noch nicht gespeichert. Sie wird von selbst gespeichert, sobald der Server antwortet; wenn Sie FLA Desk jetzt schließen, geht sie verloren.</numerusform>
            <numerusform>%n Änderungen konnten den Teamserver nicht erreichen und sind noch nicht gespeichert. Sie werden von selbst gespeichert, sobald der Server antwortet; wenn Sie FLA Desk jetzt schließen, gehen sie verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep FLA Desk open</source>
        <translation>FLA Desk geöffnet &amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Schließen und sie verlieren</translation>
    </message>
</context>
<context>
    <name>fla::ui::MakeBackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>A copy of the workspace %1 in one file, encrypted with a passphrase: keep the passphrase apart, without it the backup cannot be restored.</source>
        <translation>Eine Kopie des Arbeitsbereichs %1 in einer Datei, verschlüsselt mit einer Passphrase: Bewahren Sie die Passphrase getrennt auf, ohne sie kann die Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Die Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase, once more</source>
        <translation>Passphrase, noch einmal</translation>
    </message>
    <message>
        <source>&amp;Without encryption: anyone who has the file can read it</source>
        <translation>&amp;Ohne Verschlüsselung: Wer die Datei hat, kann sie lesen</translation>
    </message>
    <message>
        <source>Why the backup was not made</source>
        <translation>Warum die Sicherung nicht erstellt wurde</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup)</source>
        <translation>FLA-Desk-Sicherungen (*.fladeskbackup)</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Geben Sie die Datei an, in die die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>Give a passphrase, or tick &quot;Without encryption&quot;.</source>
        <translation>Geben Sie eine Passphrase an, oder kreuzen Sie „Ohne Verschlüsselung“ an.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation>Die Sicherung %1 wurde nicht erstellt: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipantPickerModel</name>
    <message>
        <source>takes part</source>
        <translation>nimmt teil</translation>
    </message>
    <message>
        <source>does not take part</source>
        <translation>nimmt nicht teil</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Nimmt teil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritätische Kommission</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beschäftigung</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Bescheinigung</translation>
    </message>
    <message>
        <source>JC</source>
        <translation>PK</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationPagedModel</name>
    <message>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationsView</name>
    <message>
        <source>Participations</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Worker, INSZ or training</source>
        <translation>Arbeitnehmer, ENSS oder Weiterbildung</translation>
    </message>
    <message>
        <source>Search participations</source>
        <translation>Teilnahmen suchen</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Fügen Sie einen aus einer Tabelle kopierten Zeilenblock ein: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n Teilnahme</numerusform>
            <numerusform>%n Teilnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participation(s)</source>
        <translation>
            <numerusform>%n Teilnahme einfügen</numerusform>
            <numerusform>%n Teilnahmen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Weiterbildung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add participation</source>
        <translation>Teilnahme hinzufügen</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Aus Excel &amp;einfügen</translation>
    </message>
</context>
<context>
    <name>fla::ui::PasteReportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</source>
        <translation>
            <numerusform>%n Zeile wegen der Zellen unten nicht hinzugefügt; kopieren, korrigieren und erneut einfügen.</numerusform>
            <numerusform>%n Zeilen wegen der Zellen unten nicht hinzugefügt; kopieren, korrigieren und erneut einfügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted from a spreadsheet</source>
        <translation>Aus einer Tabelle eingefügt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>Zellen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Copy the rows not added</source>
        <translation>Nicht hinzugefügte Zeilen &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the workers.</source>
        <translation>
            <numerusform>%n Datensatz zu den Arbeitnehmern hinzugefügt.</numerusform>
            <numerusform>%n Datensätze zu den Arbeitnehmern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the participations.</source>
        <translation>
            <numerusform>%n Datensatz zu den Teilnahmen hinzugefügt.</numerusform>
            <numerusform>%n Datensätze zu den Teilnahmen hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::PlatformController</name>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to the platform with eID or itsme in your browser</source>
        <translation>Auf der Plattform mit eID oder itsme im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Forget the sign-in</source>
        <translation>Die Anmeldung vergessen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Declare the company&apos;s waiting records to the platform (F9)</source>
        <translation>Die wartenden Datensätze des Unternehmens an die Plattform melden (F9)</translation>
    </message>
    <message>
        <source>Sync &amp;view</source>
        <translation>Synchronisierungsa&amp;nsicht</translation>
    </message>
    <message>
        <source>What was declared and what the platform answered (Ctrl+7)</source>
        <translation>Was gemeldet wurde und was die Plattform geantwortet hat (Strg+7)</translation>
    </message>
    <message>
        <source>&amp;Review the platform&apos;s data…</source>
        <translation>Daten der Plattform &amp;prüfen…</translation>
    </message>
    <message>
        <source>What the platform holds for the company that differs from the workspace: accept or reject each difference</source>
        <translation>Was die Plattform für das Unternehmen speichert und vom Arbeitsbereich abweicht: jede Abweichung annehmen oder ablehnen</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>Records changed both here and on the platform: keep yours or take the platform&apos;s</source>
        <translation>Datensätze, die hier und auf der Plattform geändert wurden: Ihre behalten oder die der Plattform übernehmen</translation>
    </message>
    <message>
        <source>&amp;Environment…</source>
        <translation>&amp;Umgebung…</translation>
    </message>
    <message>
        <source>Which platform to declare to: Sandbox, Acceptance or Production</source>
        <translation>An welche Plattform melden: Sandbox, Abnahme oder Produktion</translation>
    </message>
    <message>
        <source>%1 (enterprise number %2)</source>
        <translation>%1 (Unternehmensnummer %2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1: angemeldet als %2</translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation>%1: nicht angemeldet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Platform %1; may act for %2</source>
        <translation>Plattform %1; darf handeln für %2</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>kein Unternehmen</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Plattform %1</translation>
    </message>
    <message>
        <source>Getting access</source>
        <translation>Zugang erhalten</translation>
    </message>
    <message>
        <source>Sign in to declare the records of %1: %2. First time? %3 explains what the social security portal requires.</source>
        <translation>Melden Sie sich an, um die Datensätze von %1 zu melden: %2. Zum ersten Mal? %3 erklärt, was das Portal der sozialen Sicherheit verlangt.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone with a mandate for this company, or see %4.</source>
        <translation>%1 darf nicht für %2 handeln (kein Mandat): seine Datensätze werden nicht gesendet. %3 als jemand mit einem Mandat für dieses Unternehmen, oder siehe %4.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Melden Sie sich an</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Platform environment</source>
        <translation>Umgebung der Plattform</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: %1, then sync again.</source>
        <translation>Die Plattform akzeptiert Ihre Anmeldung nicht mehr: %1, dann erneut synchronisieren.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>melden Sie sich erneut an</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</source>
        <translation>
            <numerusform>%n Datensatz von %1 nicht gesendet: %2 darf nicht für dieses Unternehmen handeln. Melden Sie sich als jemand mit einem Mandat dafür an, oder siehe %3.</numerusform>
            <numerusform>%n Datensätze von %1 nicht gesendet: %2 darf nicht für dieses Unternehmen handeln. Melden Sie sich als jemand mit einem Mandat dafür an, oder siehe %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of %1 waits to be declared.</source>
        <translation>Nichts von %1 wartet darauf, gemeldet zu werden.</translation>
    </message>
    <message>
        <source>No mandate</source>
        <translation>Kein Mandat</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate). Sign in as someone with a mandate for this company.</source>
        <translation>%1 darf nicht für %2 handeln (kein Mandat). Melden Sie sich als jemand mit einem Mandat für dieses Unternehmen an.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>No record of %1 is in conflict with the platform.</source>
        <translation>Kein Datensatz von %1 steht im Konflikt mit der Plattform.</translation>
    </message>
    <message>
        <source>&amp;Archive everything from the FLA…</source>
        <translation>Alles aus &amp;dem FLA archivieren…</translation>
    </message>
    <message>
        <source>Copy what the platform holds for every company into this workspace, before the FLA&apos;s data is destroyed on 1 January 2027</source>
        <translation>Kopieren, was die Plattform für jedes Unternehmen bereithält, in diesen Arbeitsbereich, bevor die Daten des FLA am 1. Januar 2027 vernichtet werden</translation>
    </message>
    <message>
        <source>The FLA has closed</source>
        <translation>Das FLA ist geschlossen</translation>
    </message>
</context>
<context>
    <name>fla::ui::PullReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Im Arbeitsbereich</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>Auf der Plattform</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The record is removed from the workspace.</source>
        <translation>Der Datensatz wird aus dem Arbeitsbereich entfernt.</translation>
    </message>
    <message>
        <source>The platform&apos;s version goes into the workspace.</source>
        <translation>Die Version der Plattform wird in den Arbeitsbereich übernommen.</translation>
    </message>
    <message>
        <source>The workspace keeps its version; this difference is not asked again until the platform&apos;s record changes.</source>
        <translation>Der Arbeitsbereich behält seine Version; dieser Unterschied wird erst wieder gefragt, wenn sich der Datensatz der Plattform ändert.</translation>
    </message>
    <message>
        <source>Nothing changes; this difference is asked again next time.</source>
        <translation>Nichts ändert sich; dieser Unterschied wird beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>ganzer Datensatz</translation>
    </message>
    <message>
        <source>(not in the workspace)</source>
        <translation>(nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(nicht mehr auf der Plattform)</translation>
    </message>
    <message>
        <source>Accept (remove)</source>
        <translation>Übernehmen (entfernen)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>There is no such employer in this workspace.</source>
        <translation>Dieser Arbeitgeber ist nicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Differences with the platform</source>
        <translation>Unterschiede zur Plattform</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Show which changes</source>
        <translation>Welche Änderungen anzeigen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Show which records</source>
        <translation>Welche Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Differences between the workspace and the platform</source>
        <translation>Unterschiede zwischen dem Arbeitsbereich und der Plattform</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of the selected rows into the workspace</source>
        <translation>Die Version der Plattform für die ausgewählten Zeilen in den Arbeitsbereich übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of the selected rows</source>
        <translation>Die Version des Arbeitsbereichs für die ausgewählten Zeilen behalten</translation>
    </message>
    <message>
        <source>Accept a&amp;ll shown</source>
        <translation>A&amp;lle angezeigten übernehmen</translation>
    </message>
    <message>
        <source>Reject all sho&amp;wn</source>
        <translation>Alle angezeigten able&amp;hnen</translation>
    </message>
    <message>
        <source>A&amp;pply decisions</source>
        <translation>Entscheidungen an&amp;wenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fetching what the platform holds for %1…</source>
        <translation>Abruf dessen, was die Plattform für %1 hat…</translation>
    </message>
    <message>
        <source>The workspace holds the same as the platform for %1.</source>
        <translation>Der Arbeitsbereich enthält für %1 dasselbe wie die Plattform.</translation>
    </message>
    <message numerus="yes">
        <source>The platform holds %n difference(s) with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</source>
        <translation>
            <numerusform>Die Plattform hat %n Unterschied zum Arbeitsbereich für %1. Übernehmen Sie eine Zeile, um die Version der Plattform zu übernehmen, lehnen Sie sie ab, um die des Arbeitsbereichs zu behalten; nichts ändert sich, bevor Sie anwenden.</numerusform>
            <numerusform>Die Plattform hat %n Unterschiede zum Arbeitsbereich für %1. Übernehmen Sie eine Zeile, um die Version der Plattform zu übernehmen, lehnen Sie sie ab, um die des Arbeitsbereichs zu behalten; nichts ändert sich, bevor Sie anwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) you rejected before are not shown: the platform has not changed them since.</source>
        <translation>
            <numerusform>%n Unterschied, den Sie zuvor abgelehnt haben, wird nicht angezeigt: die Plattform hat ihn seitdem nicht geändert.</numerusform>
            <numerusform>%n Unterschiede, die Sie zuvor abgelehnt haben, werden nicht angezeigt: die Plattform hat sie seitdem nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to accept, %2 to reject, %3 undecided</source>
        <translation>%1 zu übernehmen, %2 abzulehnen, %3 offen</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.</source>
        <translation>Die Sicherung %1 ist verschlüsselt. Geben Sie ihre Passphrase und die Arbeitsbereichsdatei an, in die sie wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup %1 into.</source>
        <translation>Geben Sie die Arbeitsbereichsdatei an, in die die Sicherung %1 wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Workspace file to restore into</source>
        <translation>Arbeitsbereichsdatei für die Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Arbeitsbereichsdatei wählen</translation>
    </message>
    <message>
        <source>Why the backup was not restored</source>
        <translation>Warum die Sicherung nicht wiederhergestellt wurde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Wiederherstellen &amp;in:</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Wiederherstellen in</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA-Desk-Arbeitsbereiche (*.fladesk)</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup into.</source>
        <translation>Geben Sie die Arbeitsbereichsdatei für die Wiederherstellung an.</translation>
    </message>
    <message>
        <source>%1 is the workspace open now: choose another file. Restoring never replaces the workspace you are working in.</source>
        <translation>%1 ist der gerade geöffnete Arbeitsbereich: Wählen Sie eine andere Datei. Eine Wiederherstellung ersetzt nie den Arbeitsbereich, in dem Sie arbeiten.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>Die Sicherung ist verschlüsselt: Geben Sie ihre Passphrase an.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2</source>
        <translation>Die Sicherung %1 wurde nicht wiederhergestellt: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::RightsView</name>
    <message>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Edit training right</source>
        <translation>Weiterbildungsanspruch bearbeiten</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Weiterbildungsansprüche</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Worker, INSZ or year</source>
        <translation>Arbeitnehmer, ENSS oder Jahr</translation>
    </message>
    <message>
        <source>Search training rights</source>
        <translation>Weiterbildungsansprüche suchen</translation>
    </message>
</context>
<context>
    <name>fla::ui::SaveWhenServerBack</name>
    <message>
        <source>The team server cannot be reached; your changes to %1 are kept. They will be saved when it is back (or press Save again).</source>
        <translation>Der Teamserver ist nicht erreichbar; Ihre Änderungen an %1 bleiben erhalten. Sie werden gespeichert, sobald er wieder da ist (oder drücken Sie erneut auf Speichern).</translation>
    </message>
</context>
<context>
    <name>fla::ui::Session</name>
    <message>
        <source>Keep my version of %1</source>
        <translation>Meine Version von %1 behalten</translation>
    </message>
    <message>
        <source>The team server cannot be reached; your change to %1 is kept. It will be saved when the server is back.</source>
        <translation>Der Teamserver ist nicht erreichbar; Ihre Änderung an %1 bleibt erhalten. Sie wird gespeichert, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>Saved now that the team server is back: %1</source>
        <translation>Gespeichert, nun da der Teamserver wieder da ist: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: %1, %2.</source>
        <translation>Datumsangaben und Zahlen folgen der Sprache: %1, %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>fla::ui::SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, kopieren Sie diesen Link in Ihren Browser:</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Anmeldung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Connecting to the sign-in service…</source>
        <translation>Verbindung zum Anmeldedienst…</translation>
    </message>
    <message>
        <source>Sign in with eID or itsme in your browser, then return here.</source>
        <translation>Melden Sie sich im Browser mit eID oder itsme an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into a browser to sign in:</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie diesen Link in einen Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into your browser.</source>
        <translation>Der Link ist in der Zwischenablage. Fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
    <message>
        <source>First time? Your company must give you access on the social security portal: &lt;a href=&quot;access:&quot;&gt;Getting access&lt;/a&gt;.</source>
        <translation>Zum ersten Mal? Ihr Unternehmen muss Ihnen auf dem Portal der sozialen Sicherheit Zugang geben: &lt;a href=&quot;access:&quot;&gt;Zugang erhalten&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>fla::ui::SocialBalanceView</name>
    <message>
        <source>Social balance sheet: training block</source>
        <translation>Sozialbilanz: Weiterbildungsteil</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>&amp;Geschäftsjahr:</translation>
    </message>
    <message>
        <source>Financial year of the social balance sheet</source>
        <translation>Geschäftsjahr der Sozialbilanz</translation>
    </message>
    <message>
        <source>The training block of the social balance sheet</source>
        <translation>Der Weiterbildungsteil der Sozialbilanz</translation>
    </message>
    <message>
        <source>Workers whose sex is unknown</source>
        <translation>Arbeitnehmer mit unbekanntem Geschlecht</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>One line per NBB item code, as fladesk-cli social-balance --csv writes it</source>
        <translation>Eine Zeile je Postencode der NBB, wie fladesk-cli social-balance --csv sie schreibt</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>The training block as a document</source>
        <translation>Der Weiterbildungsteil als Dokument</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1, not closed yet</source>
        <translation>%1, noch nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Code (men)</source>
        <translation>Code (Männer)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>Code (women)</source>
        <translation>Code (Frauen)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Status des Codes</translation>
    </message>
    <message>
        <source>Workers whose sex is neither stated nor told by the INSZ: in neither code</source>
        <translation>Arbeitnehmer, deren Geschlecht weder angegeben ist noch aus der ENSS hervorgeht: in keinem der beiden Codes</translation>
    </message>
    <message>
        <source>Men, women and sex unknown</source>
        <translation>Männer, Frauen und Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>%1: the start of the financial year, day %2 of month %3, is not a day of every year; correct it with Company &gt; Edit company.</source>
        <translation>%1: Der Beginn des Geschäftsjahres, Tag %2 des Monats %3, ist nicht in jedem Jahr ein Tag; korrigieren Sie ihn mit Unternehmen &gt; Unternehmen bearbeiten.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the year, with followed participations).</source>
        <translation>%1, Geschäftsjahr %2: %3 bis %4. %5 Weiterbildungen gezählt (abgeschlossen, im Jahr begonnen, mit besuchten Teilnahmen).</translation>
    </message>
    <message>
        <source>%1 of them have no cost in the register: their cost counts as 0.</source>
        <translation>%1 davon haben keine Kosten im Register: Ihre Kosten zählen als 0.</translation>
    </message>
    <message>
        <source>Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it (BIS numbers). They are in neither the men&apos;s nor the women&apos;s figures. Press Enter on a worker to state it:</source>
        <translation>Geschlecht unbekannt bei %1 Arbeitnehmer(n): kein Geschlecht angegeben, und die ENSS nennt es nicht (BIS-Nummern). Sie fehlen in den Zahlen der Männer und der Frauen. Drücken Sie die Eingabetaste bei einem Arbeitnehmer, um es anzugeben:</translation>
    </message>
    <message>
        <source>social-balance-%1</source>
        <translation>sozialbilanz-%1</translation>
    </message>
    <message>
        <source>Save the social balance sheet</source>
        <translation>Die Sozialbilanz speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Social balance</source>
        <translation>Sozialbilanz</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>nicht bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::StorageDataSource</name>
    <message>
        <source>The platform refused it: %1</source>
        <translation>Die Plattform hat es abgelehnt: %1</translation>
    </message>
    <message>
        <source>The platform notes: %1</source>
        <translation>Die Plattform merkt an: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the team server cannot be reached (%2)</source>
        <translation>%1 wurde nicht gespeichert: Der Teamserver ist nicht erreichbar (%2)</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncStatusModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Changed on the platform meanwhile: open the record to choose which version to keep.</source>
        <translation>Inzwischen auf der Plattform geändert: öffnen Sie den Datensatz, um zu wählen, welche Version bleibt.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>der Datensatz</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the platform said</source>
        <translation>Antwort der Plattform</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, Feld %2: %3</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Your changes stay in the outbox.</source>
        <translation>Offline: die Plattform ist nicht erreichbar. Ihre Änderungen bleiben im Postausgang.</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Declare to the platform</source>
        <translation>An die Plattform melden</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send the company&apos;s changes to the platform (F9)</source>
        <translation>Die Änderungen des Unternehmens an die Plattform senden (F9)</translation>
    </message>
    <message>
        <source>Records and the platform&apos;s answer: Enter opens a refused record at the field</source>
        <translation>Datensätze und die Antwort der Plattform: Eingabe öffnet einen abgelehnten Datensatz beim Feld</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3</source>
        <translation>%1 von %2 erledigt: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln angenommen</numerusform>
            <numerusform>%Ln angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln mit Warnungen</numerusform>
            <numerusform>%Ln mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retried</source>
        <translation>
            <numerusform>%Ln wiederholt</numerusform>
            <numerusform>%Ln wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Which records the table shows</source>
        <translation>Welche Datensätze die Tabelle zeigt</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Refused and conflicts</source>
        <translation>Abgelehnt und Konflikte</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Mit Warnungen angenommen</translation>
    </message>
    <message>
        <source>Waiting or sent</source>
        <translation>Wartend oder gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamAccessDialog</name>
    <message>
        <source>Team access</source>
        <translation>Zugriff pro Firma</translation>
    </message>
    <message>
        <source>Each staff member logs in to the team server as a database user of their own and sees only the companies ticked for them. A tick is given or taken away at once.</source>
        <translation>Jeder Mitarbeiter meldet sich am Teamserver als eigener Datenbankbenutzer an und sieht nur die für ihn angehakten Firmen. Ein Haken wird sofort gegeben oder entzogen.</translation>
    </message>
    <message>
        <source>&amp;Staff member (database user):</source>
        <translation>&amp;Mitarbeiter (Datenbankbenutzer):</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Companies they may see and change (Space ticks):</source>
        <translation>&amp;Firmen, die er sehen und ändern darf (Leertaste hakt an):</translation>
    </message>
    <message>
        <source>Companies of the staff member</source>
        <translation>Firmen des Mitarbeiters</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The team server has no staff member&apos;s database user yet. Create one first (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Der Teamserver hat noch keinen Datenbankbenutzer für einen Mitarbeiter. Legen Sie zuerst einen an (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 darf jetzt %2 sehen und ändern.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2.</source>
        <translation>%1 sieht %2 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamServerDialog</name>
    <message>
        <source>Why the connection failed</source>
        <translation>Warum die Verbindung fehlschlug</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Mit einem Teamserver verbinden</translation>
    </message>
    <message>
        <source>Your office&apos;s shared workspace on its PostgreSQL server. Ask the office&apos;s administrator for these details; the password is kept in the system keychain.</source>
        <translation>Der gemeinsame Arbeitsbereich Ihres Büros auf seinem PostgreSQL-Server. Fragen Sie die Administration des Büros nach diesen Angaben; das Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servername oder -adresse</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Verschlüsselt, Zertifikat und Name des Servers geprüft (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Verschlüsselt, Server nicht geprüft (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Verschlüsselt, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted: only on this computer (disable)</source>
        <translation>Nicht verschlüsselt: nur auf diesem Computer (disable)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate file</source>
        <translation>Die CA-Zertifikatsdatei des Büros</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbinde&amp;n</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Büros</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA certificate file: the server&apos;s certificate is checked against it.</source>
        <translation>Wählen Sie die CA-Zertifikatsdatei des Büros: das Zertifikat des Servers wird damit geprüft.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Geben Sie den Server, die Datenbank und den Benutzer an.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingAccountView</name>
    <message>
        <source>Save the yearly overview</source>
        <translation>Jahresübersicht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Training account</source>
        <translation>Weiterbildungskonto</translation>
    </message>
    <message>
        <source>Individual training account</source>
        <translation>Individuelles Weiterbildungskonto</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>Arbeitneh&amp;mer:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Worker of the training account</source>
        <translation>Arbeitnehmer des Weiterbildungskontos</translation>
    </message>
    <message>
        <source>Year of the training account</source>
        <translation>Jahr des Weiterbildungskontos</translation>
    </message>
    <message>
        <source>Save the yearly &amp;overview (PDF)…</source>
        <translation>Jahres&amp;übersicht speichern (PDF)…</translation>
    </message>
    <message>
        <source>The worker&apos;s training account</source>
        <translation>Das Weiterbildungskonto des Arbeitnehmers</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>This company has no workers yet.</source>
        <translation>Dieses Unternehmen hat noch keine Arbeitnehmer.</translation>
    </message>
    <message>
        <source>No employment, right or training in %1.</source>
        <translation>%1 keine Beschäftigung, kein Recht und keine Weiterbildung.</translation>
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
        <translation>Eine Weiterbildung im bezahlten Bildungsurlaub oder flämischen Bildungsurlaub liegt außerhalb des individuellen Weiterbildungsanspruchs: Sie verbraucht nichts davon.</translation>
    </message>
    <message>
        <source>Costs and social &amp;balance sheet</source>
        <translation>K&amp;osten und Sozialbilanz</translation>
    </message>
    <message>
        <source>The trainees&apos; gross pay and social charges for the hours of the training</source>
        <translation>Bruttolohn und Sozialabgaben der Teilnehmer für die Stunden der Weiterbildung</translation>
    </message>
    <message>
        <source>Left to its kind, a formal training counts as formal continuing training and an informal one as informal continuing training</source>
        <translation>Nach der Art zählt eine formelle Weiterbildung als formelle berufliche Weiterbildung und eine informelle als informelle berufliche Weiterbildung</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>Neue Weiterbildung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Duplicate training</source>
        <translation>Weiterbildung duplizieren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Beginndatum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>En&amp;ddatum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Counts for the learning account</source>
        <translation>Zählt für das &amp;Lernkonto</translation>
    </message>
    <message>
        <source>&amp;Deducted from the training right</source>
        <translation>Vom &amp;Weiterbildungsanspruch abgezogen</translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation>Name der Weiterbildung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. First aid at work</source>
        <translation>z. B. Erste Hilfe im Betrieb</translation>
    </message>
    <message>
        <source>Formal: a teacher, a group, a separate room, course material. Informal: everything else, such as coaching, learning on the job, workshops, conferences.</source>
        <translation>Formell: eine Lehrkraft, eine Gruppe, ein eigener Raum, Kursmaterial. Informell: alles andere, wie Coaching, Lernen am Arbeitsplatz, Workshops, Konferenzen.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <source>Name or INSZ</source>
        <translation>Name oder ENSS</translation>
    </message>
    <message>
        <source>Search participants by name or INSZ</source>
        <translation>Teilnehmer nach Name oder ENSS suchen</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Paritätische Kommission:</translation>
    </message>
    <message>
        <source>Filter by joint committee</source>
        <translation>Nach paritätischer Kommission filtern</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>Bes&amp;chäftigung:</translation>
    </message>
    <message>
        <source>Filter by employment status</source>
        <translation>Nach Beschäftigungsstatus filtern</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Workers who take part: Space ticks or unticks the current worker</source>
        <translation>Teilnehmende Arbeitnehmer: die Leertaste hakt den aktuellen Arbeitnehmer an oder ab</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Alle an&amp;gezeigten auswählen</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Keinen auswählen</translation>
    </message>
    <message>
        <source>&amp;Paste INSZ list</source>
        <translation>ENSS-Liste &amp;einfügen</translation>
    </message>
    <message>
        <source>Selects the workers whose INSZ are on the clipboard, for example a column copied from a spreadsheet</source>
        <translation>Wählt die Arbeitnehmer aus, deren ENSS in der Zwischenablage steht, zum Beispiel eine aus einer Tabelle kopierte Spalte</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>„%1“ ist kein Datum: schreiben Sie TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>Anomalies of this training</source>
        <translation>Anomalien dieser Weiterbildung</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workers take part</source>
        <translation>
            <numerusform>%n von %1 Arbeitnehmern nimmt teil</numerusform>
            <numerusform>%n von %1 Arbeitnehmern nehmen teil</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste INSZ list</source>
        <translation>ENSS-Liste einfügen</translation>
    </message>
    <message>
        <source>No worker of this company has these INSZ; they were not selected:
%1</source>
        <translation>Kein Arbeitnehmer dieses Unternehmens hat diese ENSS; sie wurden nicht ausgewählt:
%1</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Weiterbildung nicht gespeichert</translation>
    </message>
    <message>
        <source>This training cannot be saved yet:
%1</source>
        <translation>Diese Weiterbildung kann noch nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>Weiterbildung %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Enter training %1 for %n worker(s)</source>
        <translation>
            <numerusform>Weiterbildung %1 für %n Arbeitnehmer erfassen</numerusform>
            <numerusform>Weiterbildung %1 für %n Arbeitnehmer erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Weiterbildung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Re&amp;gistered on:</source>
        <translation>Erfasst a&amp;m:</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Erfassungsdatum</translation>
    </message>
    <message>
        <source>The day the training was entered; the quarterly deadline is judged on it</source>
        <translation>Der Tag, an dem die Weiterbildung eingegeben wurde; die Quartalsfrist wird daran gemessen</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>E&amp;inheit:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros</source>
        <translation>„%1“ ist kein Betrag in Euro</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingPlanView</name>
    <message>
        <source>done on time</source>
        <translation>rechtzeitig erledigt</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>verspätet erledigt</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Weiterbildungsplan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the training plan</source>
        <translation>Jahr des Weiterbildungsplans</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Neuer P&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Add planned training…</source>
        <translation>Geplante Weiterbildung hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Log a step…</source>
        <translation>Schritt &amp;erfassen…</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Geplante Weiterbildungen</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Geplant und verwirklicht</translation>
    </message>
    <message>
        <source>Consultation steps and their deadlines</source>
        <translation>Anhörungsschritte und ihre Fristen</translation>
    </message>
    <message>
        <source>Planned and realised trainings</source>
        <translation>Geplante und verwirklichte Weiterbildungen</translation>
    </message>
    <message>
        <source>Nothing due for the training plan.</source>
        <translation>Für den Weiterbildungsplan ist nichts fällig.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risikogruppe</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Tage je Person</translation>
    </message>
    <message>
        <source>Planned workers</source>
        <translation>Geplante Arbeitnehmer</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Geplante Tage</translation>
    </message>
    <message>
        <source>Realised workers</source>
        <translation>Verwirklichte Arbeitnehmer</translation>
    </message>
    <message>
        <source>Realised days</source>
        <translation>Verwirklichte Tage</translation>
    </message>
    <message>
        <source>No training plan covers %1.</source>
        <translation>Kein Weiterbildungsplan deckt %1 ab.</translation>
    </message>
    <message>
        <source>Training plan %1, consulted: %2</source>
        <translation>Weiterbildungsplan %1, angehört: %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(nicht bestätigt)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>New training plan</source>
        <translation>Neuer Weiterbildungsplan</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>Erstes Jahr:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Letztes Jahr:</translation>
    </message>
    <message>
        <source>&amp;Consulted:</source>
        <translation>&amp;Angehört:</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>Geplante Weiterbildung</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Weiterbildung:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Risk group:</source>
        <translation>&amp;Risikogruppe:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Arbeitnehmer:</translation>
    </message>
    <message>
        <source>&amp;Days each:</source>
        <translation>&amp;Tage je Person:</translation>
    </message>
    <message>
        <source>The planned training needs a name (field Training).</source>
        <translation>Die geplante Weiterbildung braucht einen Namen (Feld Weiterbildung).</translation>
    </message>
    <message>
        <source>Log a consultation step</source>
        <translation>Anhörungsschritt erfassen</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Change the selected planned training (Enter)</source>
        <translation>Die gewählte geplante Weiterbildung ändern (Eingabe)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected planned training (Delete)</source>
        <translation>Die gewählte geplante Weiterbildung entfernen (Entf)</translation>
    </message>
    <message>
        <source>The planned training &quot;%1&quot; is not in the plan shown.</source>
        <translation>Die geplante Weiterbildung „%1“ ist nicht im angezeigten Plan.</translation>
    </message>
    <message>
        <source>That planned training is not in the plan shown.</source>
        <translation>Diese geplante Weiterbildung ist nicht im angezeigten Plan.</translation>
    </message>
    <message>
        <source>Remove the planned training &quot;%1&quot; from the plan?</source>
        <translation>Die geplante Weiterbildung „%1“ aus dem Plan entfernen?</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingsView</name>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>ENSS</translation>
    </message>
    <message>
        <source>Edit participation</source>
        <translation>Teilnahme bearbeiten</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Weiterbildungen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, provider or date</source>
        <translation>Name, Anbieter oder Datum</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Weiterbildungen suchen</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>Neue &amp;Weiterbildung…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Eine Weiterbildung für viele Arbeitnehmer erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>Eine neue Weiterbildung mit denselben Feldern und Teilnehmern (Strg+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Trainings: Enter opens the selected training</source>
        <translation>Weiterbildungen: Eingabe öffnet die ausgewählte Weiterbildung</translation>
    </message>
    <message>
        <source>P&amp;articipants of the selected training</source>
        <translation>T&amp;eilnehmer der ausgewählten Weiterbildung</translation>
    </message>
    <message>
        <source>Participants of the selected training</source>
        <translation>Teilnehmer der ausgewählten Weiterbildung</translation>
    </message>
    <message>
        <source>Delete training %1</source>
        <translation>Weiterbildung %1 löschen</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
</context>
<context>
    <name>fla::ui::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>What you entered in this form is not saved yet. Discard it?</source>
        <translation>Was Sie in dieses Formular eingegeben haben, ist noch nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
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
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Einen Arbeitnehmer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;INSZ:</source>
        <translation>&amp;ENSS:</translation>
    </message>
    <message>
        <source>yy.mm.dd-nnn.cc</source>
        <translation>JJ.MM.TT-nnn.cc</translation>
    </message>
    <message>
        <source>INSZ (national register number)</source>
        <translation>ENSS (Nationalregisternummer)</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Familienname:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language of the worker</source>
        <translation>Sprache des Arbeitnehmers</translation>
    </message>
    <message>
        <source>Employed &amp;since:</source>
        <translation>&amp;Beschäftigt seit:</translation>
    </message>
    <message>
        <source>Start of the employment</source>
        <translation>Beginn der Beschäftigung</translation>
    </message>
    <message>
        <source>Work &amp;regime:</source>
        <translation>Arbeits&amp;regelung:</translation>
    </message>
    <message>
        <source>Work regime, a fraction of full time</source>
        <translation>Arbeitsregelung, ein Bruchteil von Vollzeit</translation>
    </message>
    <message>
        <source>1 for full time, 0,5 for half time</source>
        <translation>1 für Vollzeit, 0,5 für Halbzeit</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Paritätische Kommission:</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Paritätische Kommission</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Speichern und &amp;nächster</translation>
    </message>
    <message>
        <source>Saves this worker and clears the form for the next one</source>
        <translation>Speichert diesen Arbeitnehmer und leert das Formular für den nächsten</translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Arbeitnehmer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Arbeitnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Beschäftigung hinzufügen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Ges&amp;chlecht:</translation>
    </message>
    <message>
        <source>Sex, for the social balance sheet</source>
        <translation>Geschlecht, für die Sozialbilanz</translation>
    </message>
    <message>
        <source>Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS number may not tell.</source>
        <translation>Laut ENSS ist eine ungerade laufende Nummer ein Mann und eine gerade eine Frau; eine BIS-Nummer nennt es nicht immer.</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkersView</name>
    <message>
        <source>Joint committee</source>
        <translation>Paritätische Kommission</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>Beschäftigt seit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>Arbeitnehmer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit employment</source>
        <translation>Beschäftigung bearbeiten</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbeitnehmer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Name, INSZ or joint committee</source>
        <translation>Name, ENSS oder paritätische Kommission</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Arbeitnehmer suchen</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>A&amp;rbeitnehmer hinzufügen…</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Fügen Sie einen aus einer Tabelle kopierten Zeilenblock ein: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Employments of the selected worker</source>
        <translation>Beschäftigungen des ausgewählten Arbeitnehmers</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n worker(s)</source>
        <translation>
            <numerusform>%n Arbeitnehmer einfügen</numerusform>
            <numerusform>%n Arbeitnehmer einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Arbeitnehmer %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Beschäftigung hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n worker(s)</source>
        <translation>
            <numerusform>%n Arbeitnehmer löschen</numerusform>
            <numerusform>%n Arbeitnehmer löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Beschäftigung löschen</translation>
    </message>
    <message>
        <source>Delete worker %1</source>
        <translation>Arbeitnehmer %1 löschen</translation>
    </message>
    <message>
        <source>Delete participation</source>
        <translation>Teilnahme löschen</translation>
    </message>
    <message>
        <source>Delete training right</source>
        <translation>Weiterbildungsanspruch löschen</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Aus Excel &amp;einfügen</translation>
    </message>
    <message>
        <source>Employments &amp;of the selected worker</source>
        <translation>Bes&amp;chäftigungen des ausgewählten Arbeitnehmers</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>%1 (INSZ)</source>
        <translation>%1 (ENSS)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkspaceSource</name>
    <message>
        <source>The demo workspace %1 cannot be replaced (is it open in another window?).</source>
        <translation>Der Demo-Arbeitsbereich %1 kann nicht ersetzt werden (ist er in einem anderen Fenster geöffnet?).</translation>
    </message>
</context>
<context>
    <name>fla::workercertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Arbeitsbereich nicht geöffnet</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>fladesk-cli COMMAND --help describes one command.</source>
        <translation>fladesk-cli BEFEHL --help beschreibt einen Befehl.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]</source>
        <translation>Aufruf: fladesk-cli [--lang nl|fr|de|en] [--verbose] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>--verbose also prints the program&apos;s log lines (fladesk.*) on standard error.</source>
        <translation>--verbose gibt auch die Protokollzeilen des Programms (fladesk.*) auf der Standardfehlerausgabe aus.</translation>
    </message>
</context>
</TS>
