<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>The anomaly %1 of %2 %3 could not be stored: %4</source>
        <translation>The anomaly %1 of %2 %3 could not be stored: %4</translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.</source>
        <translation>Recognise and check INSZ, BIS, enterprise, NSSO and joint committee numbers.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
    </message>
    <message>
        <source>Numbers to check; - reads one per line from standard input.</source>
        <translation>Numbers to check; - reads one per line from standard input.</translation>
    </message>
    <message>
        <source>Give at least one number, or - to read standard input.</source>
        <translation>Give at least one number, or - to read standard input.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1: a quoted field is not closed before the end of the file.</translation>
    </message>
</context>
<context>
    <name>DemoPlatform</name>
    <message>
        <source>The demo platform cannot keep its data in %1: %2</source>
        <translation>The demo platform cannot keep its data in %1: %2</translation>
    </message>
    <message>
        <source>The demo platform cannot listen on 127.0.0.1:%1: %2</source>
        <translation>The demo platform cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>an INSZ has 11 digits</source>
        <translation>an INSZ has 11 digits</translation>
    </message>
    <message>
        <source>the check digits of the INSZ are wrong</source>
        <translation>the check digits of the INSZ are wrong</translation>
    </message>
    <message>
        <source>the INSZ holds no possible birth date (month or day)</source>
        <translation>the INSZ holds no possible birth date (month or day)</translation>
    </message>
    <message>
        <source>the INSZ sequence number 000 or 999 is never assigned</source>
        <translation>the INSZ sequence number 000 or 999 is never assigned</translation>
    </message>
    <message>
        <source>the enterprise number is not 10 digits with correct check digits</source>
        <translation>the enterprise number is not 10 digits with correct check digits</translation>
    </message>
    <message>
        <source>the NSSO number is outside its domain</source>
        <translation>the NSSO number is outside its domain</translation>
    </message>
    <message>
        <source>a joint committee is written 999, 999.99 or 999.99.99</source>
        <translation>a joint committee is written 999, 999.99 or 999.99.99</translation>
    </message>
    <message>
        <source>the NSSO number is not 9 digits</source>
        <translation>the NSSO number is not 9 digits</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>company %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>worker %1</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>employment</translation>
    </message>
    <message>
        <source>training &quot;%1&quot;</source>
        <translation>training &quot;%1&quot;</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>training right %1</source>
        <translation>training right %1</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>employment of %1</source>
        <translation>employment of %1</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>training right %1 of %2</translation>
    </message>
    <message>
        <source>training &quot;%1&quot; of %2</source>
        <translation>training &quot;%1&quot; of %2</translation>
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
        <translation>participation of %1</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; of %3</source>
        <translation>%1 in &quot;%2&quot; of %3</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Full name (family name first)</source>
        <translation>Full name (family name first)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>Cost (EUR)</translation>
    </message>
    <message>
        <source>Duration (with its unit)</source>
        <translation>Duration (with its unit)</translation>
    </message>
    <message>
        <source>Unit of the duration</source>
        <translation>Unit of the duration</translation>
    </message>
</context>
<context>
    <name>IoCommandSupport</name>
    <message numerus="yes">
        <source>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</source>
        <translation>
            <numerusform>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</numerusform>
            <numerusform>%1 line %2, %3: %4 (%n problem(s) in the CSV set)</numerusform>
        </translation>
    </message>
    <message>
        <source>Act as if today were DATE (yyyy-mm-dd).</source>
        <translation>Act as if today were DATE (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>--today needs a date such as 2026-11-28.</source>
        <translation>--today needs a date such as 2026-11-28.</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The change of %1 %2 could not be queued: %3</source>
        <translation>The change of %1 %2 could not be queued: %3</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>The %1 %2 does not exist for this employer.</translation>
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
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Work regime</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Followed</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>the INSZ is required</source>
        <translation>the INSZ is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an INSZ: 11 digits expected</source>
        <translation>&quot;%1&quot; is not an INSZ: 11 digits expected</translation>
    </message>
    <message>
        <source>a worker with INSZ %1 is already in this company</source>
        <translation>a worker with INSZ %1 is already in this company</translation>
    </message>
    <message>
        <source>the family name is required</source>
        <translation>the family name is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>&quot;%1&quot; is not a date: write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language: nl, fr, de or en</source>
        <translation>&quot;%1&quot; is not a language: nl, fr, de or en</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work regime: a fraction such as 0,8 or 80%</source>
        <translation>&quot;%1&quot; is not a work regime: a fraction such as 0,8 or 80%</translation>
    </message>
    <message>
        <source>the start of the employment is required with a work regime or joint committee</source>
        <translation>the start of the employment is required with a work regime or joint committee</translation>
    </message>
    <message>
        <source>no worker of this company has INSZ %1: add the worker first</source>
        <translation>no worker of this company has INSZ %1: add the worker first</translation>
    </message>
    <message>
        <source>the name of the training is required</source>
        <translation>the name of the training is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: a number more than 0</source>
        <translation>&quot;%1&quot; is not a duration: a number more than 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit: hours or days</source>
        <translation>&quot;%1&quot; is not a unit: hours or days</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; is not yes or no</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Print the catalogue of anomaly rules.</source>
        <translation>Print the catalogue of anomaly rules.</translation>
    </message>
    <message>
        <source>The whole catalogue as Markdown (docs/anomalies.md).</source>
        <translation>The whole catalogue as Markdown (docs/anomalies.md).</translation>
    </message>
    <message>
        <source>The catalogue&apos;s JSON.</source>
        <translation>The catalogue&apos;s JSON.</translation>
    </message>
</context>
<context>
    <name>Statements</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>No worker has rights, trainings or an employment in %1.</source>
        <translation>No worker has rights, trainings or an employment in %1.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The employer %1 cannot be deleted while it still has workers, trainings or other records.</source>
        <translation>The employer %1 cannot be deleted while it still has workers, trainings or other records.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>The workspace is busy: the change could not start.</translation>
    </message>
</context>
<context>
    <name>StorageCommand</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>The passphrase file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>The workspace file, or a team server&apos;s address postgresql://user@host/database (default: %1).</source>
        <translation>The workspace file, or a team server&apos;s address postgresql://user@host/database (default: %1).</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>fla</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The INSZ must have 11 digits.</source>
        <translation>The INSZ must have 11 digits.</translation>
    </message>
    <message>
        <source>The check digits of the INSZ are wrong.</source>
        <translation>The check digits of the INSZ are wrong.</translation>
    </message>
    <message>
        <source>The INSZ holds an impossible birth month or day.</source>
        <translation>The INSZ holds an impossible birth month or day.</translation>
    </message>
    <message>
        <source>The INSZ has sequence number 000 or 999, which is never assigned.</source>
        <translation>The INSZ has sequence number 000 or 999, which is never assigned.</translation>
    </message>
    <message>
        <source>The INSZ is not valid (%1).</source>
        <translation>The INSZ is not valid (%1).</translation>
    </message>
    <message>
        <source>The shared strings of the workbook are damaged: %1</source>
        <translation>The shared strings of the workbook are damaged: %1</translation>
    </message>
    <message>
        <source>Row %1 of the sheet has a cell beyond the last column.</source>
        <translation>Row %1 of the sheet has a cell beyond the last column.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet refers to a text that the workbook does not hold.</source>
        <translation>Row %1 of the sheet refers to a text that the workbook does not hold.</translation>
    </message>
    <message>
        <source>The sheet of the workbook is damaged (row %1): %2</source>
        <translation>The sheet of the workbook is damaged (row %1): %2</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.</source>
        <translation>This is not an Excel workbook (.xlsx): it cannot be opened as a ZIP file.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</source>
        <translation>This is not an Excel workbook (.xlsx): xl/workbook.xml is missing.</translation>
    </message>
    <message>
        <source>The workbook has no readable first sheet (%1).</source>
        <translation>The workbook has no readable first sheet (%1).</translation>
    </message>
    <message>
        <source>The workspace cannot run a query: %1</source>
        <translation>The workspace cannot run a query: %1</translation>
    </message>
    <message>
        <source>%1 cannot be saved: it has no uuid.</source>
        <translation>%1 cannot be saved: it has no uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved without an employer.</source>
        <translation>%1 cannot be saved without an employer.</translation>
    </message>
    <message>
        <source>%1 belongs to another employer than the one being edited.</source>
        <translation>%1 belongs to another employer than the one being edited.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: its uuid belongs to a record of another employer.</source>
        <translation>%1 cannot be saved: its uuid belongs to a record of another employer.</translation>
    </message>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>The workspace is busy: the change could not start.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist for this employer.</source>
        <translation>The %1 %2 does not exist for this employer.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records (participations, employments, rights) still refer to it.</source>
        <translation>%1 cannot be deleted: other records (participations, employments, rights) still refer to it.</translation>
    </message>
    <message>
        <source>The %1 records being loaded</source>
        <translation>The %1 records being loaded</translation>
    </message>
    <message>
        <source>The workbook defines more than %1 cell styles, which no spreadsheet writes.</source>
        <translation>The workbook defines more than %1 cell styles, which no spreadsheet writes.</translation>
    </message>
    <message>
        <source>The first sheet holds more cells than FLA Desk reads from a workbook (about %1 MiB of values, reached at row %2). Save the sheet as CSV, or split it.</source>
        <translation>The first sheet holds more cells than FLA Desk reads from a workbook (about %1 MiB of values, reached at row %2). Save the sheet as CSV, or split it.</translation>
    </message>
    <message>
        <source>The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.</source>
        <translation>The workbook holds %1 files; a workbook FLA Desk reads holds at most %2.</translation>
    </message>
    <message>
        <source>The workbook holds more different texts than FLA Desk reads (at most %1 texts, %2 million characters, and about %3 MiB together with the sheet&apos;s cells). Save the sheet as CSV, or split it.</source>
        <translation>The workbook holds more different texts than FLA Desk reads (at most %1 texts, %2 million characters, and about %3 MiB together with the sheet&apos;s cells). Save the sheet as CSV, or split it.</translation>
    </message>
    <message>
        <source>The row runs from line %1 to line %2.</source>
        <translation>The row runs from line %1 to line %2.</translation>
    </message>
    <message>
        <source>training plan %1</source>
        <translation>training plan %1</translation>
    </message>
    <message>
        <source>training plan %1-%2</source>
        <translation>training plan %1-%2</translation>
    </message>
    <message>
        <source>The %1 could not be stored: %2</source>
        <translation>The %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <source>Work regime</source>
        <translation>Work regime</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Size class</translation>
    </message>
    <message>
        <source>%1 (average %2 FTE, Q4 %3 – Q3 %4)</source>
        <translation>%1 (average %2 FTE, Q4 %3 – Q3 %4)</translation>
    </message>
    <message>
        <source>%1 (declared: no employment in the register in Q4 %2 – Q3 %3)</source>
        <translation>%1 (declared: no employment in the register in Q4 %2 – Q3 %3)</translation>
    </message>
    <message>
        <source>%1 (sector agreement %2)</source>
        <translation>%1 (sector agreement %2)</translation>
    </message>
    <message>
        <source>%1 (law)</source>
        <translation>%1 (law)</translation>
    </message>
    <message>
        <source>Days per FTE</source>
        <translation>Days per FTE</translation>
    </message>
    <message>
        <source>Legal right</source>
        <translation>Legal right</translation>
    </message>
    <message>
        <source>(computed)</source>
        <translation>(computed)</translation>
    </message>
    <message>
        <source>(declared)</source>
        <translation>(declared)</translation>
    </message>
    <message>
        <source>Sectoral right</source>
        <translation>Sectoral right</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Granted by the employer</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Expired when the window started</source>
        <translation>Expired when the window started</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>Five-year window</source>
        <translation>Five-year window</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>not followed</translation>
    </message>
    <message>
        <source>deducted</source>
        <translation>deducted</translation>
    </message>
    <message>
        <source>not deducted</source>
        <translation>not deducted</translation>
    </message>
    <message>
        <source>Unconfirmed (secondary sources): %1.</source>
        <translation>Unconfirmed (secondary sources): %1.</translation>
    </message>
    <message>
        <source>the history of the record %1</source>
        <translation>the history of the record %1</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; already has %2 for %3 from an earlier row; this row&apos;s %4 is not taken. Amounts count once per training.</source>
        <translation>The training &quot;%1&quot; already has %2 for %3 from an earlier row; this row&apos;s %4 is not taken. Amounts count once per training.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>The training &quot;%1&quot; is already shared %2 from an earlier row; this row&apos;s %3 is not taken.</source>
        <translation>The training &quot;%1&quot; is already shared %2 from an earlier row; this row&apos;s %3 is not taken.</translation>
    </message>
</context>
<context>
    <name>fla-sandbox</name>
    <message>
        <source>A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, an authorization page with simulated identities, a token endpoint) and the FLA API. It listens on 127.0.0.1 only.</source>
        <translation>A local FLA platform for tests and demos: an OpenID provider (discovery, JWKS, an authorization page with simulated identities, a token endpoint) and the FLA API. It listens on 127.0.0.1 only.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default 8765, the Sandbox environment&apos;s; 0: the system chooses).</source>
        <translation>Port on 127.0.0.1 (default 8765, the Sandbox environment&apos;s; 0: the system chooses).</translation>
    </message>
    <message>
        <source>Folder where the sandbox keeps its data (default: memory only).</source>
        <translation>Folder where the sandbox keeps its data (default: memory only).</translation>
    </message>
    <message>
        <source>JSON file of simulated identities (default: built in).</source>
        <translation>JSON file of simulated identities (default: built in).</translation>
    </message>
    <message>
        <source>A public client id allowed to sign in users (repeatable; default: any).</source>
        <translation>A public client id allowed to sign in users (repeatable; default: any).</translation>
    </message>
    <message>
        <source>A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). Its JWT assertions must be signed with the key of that certificate.</source>
        <translation>A machine client for certificate sign-in: ID=CERT.pem[=ENTERPRISE,...] (repeatable). Its JWT assertions must be signed with the key of that certificate.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens in seconds (default 600).</source>
        <translation>Lifetime of access tokens in seconds (default 600).</translation>
    </message>
    <message>
        <source>Identities JSON: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. The authorization page can be completed without clicking by adding identity=KEY&amp;key=eid|itsme to the authorization URL.</source>
        <translation>Identities JSON: {&quot;identities&quot;:[{&quot;key&quot;:&quot;an&quot;,&quot;ssin&quot;:&quot;...&quot;,&quot;givenName&quot;:&quot;An&quot;,&quot;familyName&quot;:&quot;Peeters&quot;,&quot;enterprises&quot;:[&quot;0123456749&quot;]}]}. The authorization page can be completed without clicking by adding identity=KEY&amp;key=eid|itsme to the authorization URL.</translation>
    </message>
    <message>
        <source>--machine-client %1: expected ID=CERT.pem with a readable file</source>
        <translation>--machine-client %1: expected ID=CERT.pem with a readable file</translation>
    </message>
    <message>
        <source>--port: not a port number: %1</source>
        <translation>--port: not a port number: %1</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>fla::AuditRepository</name>
    <message>
        <source>The audit trail holds no usable state of this record.</source>
        <translation>The audit trail holds no usable state of this record.</translation>
    </message>
    <message>
        <source>The audit entry for %1 %2 could not be written: %3</source>
        <translation>The audit entry for %1 %2 could not be written: %3</translation>
    </message>
    <message>
        <source>The record %1 is not deleted, or its history is not in this employer&apos;s audit trail.</source>
        <translation>The record %1 is not deleted, or its history is not in this employer&apos;s audit trail.</translation>
    </message>
    <message>
        <source>The audit entry of the load could not be written: %1</source>
        <translation>The audit entry of the load could not be written: %1</translation>
    </message>
    <message>
        <source>the company&apos;s audit trail</source>
        <translation>the company&apos;s audit trail</translation>
    </message>
</context>
<context>
    <name>fla::Backup</name>
    <message>
        <source>The snapshot %1 cannot be read.</source>
        <translation>The snapshot %1 cannot be read.</translation>
    </message>
    <message>
        <source>The backup key could not be derived (OpenSSL).</source>
        <translation>The backup key could not be derived (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written: %2</source>
        <translation>The backup file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The backup could not be encrypted (OpenSSL).</source>
        <translation>The backup could not be encrypted (OpenSSL).</translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>The snapshot could not be read: %1</translation>
    </message>
    <message>
        <source>The snapshot of the workspace %1 failed: %2</source>
        <translation>The snapshot of the workspace %1 failed: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>The backup %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: its header is incomplete.</source>
        <translation>The backup %1 is truncated: its header is incomplete.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk backup.</source>
        <translation>The file %1 is not an FLA Desk backup.</translation>
    </message>
    <message>
        <source>The backup %1 was written in a format this version does not know (version %2).</source>
        <translation>The backup %1 was written in a format this version does not know (version %2).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated: %2 bytes of %3.</source>
        <translation>The backup %1 is truncated: %2 bytes of %3.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: %2 bytes more than it should have.</source>
        <translation>The backup %1 has been altered: %2 bytes more than it should have.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>The backup %1 is encrypted: give its passphrase.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters are not valid.</source>
        <translation>The backup %1 has been altered: its key parameters are not valid.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup %1 (or its header has been altered).</source>
        <translation>Wrong passphrase for the backup %1 (or its header has been altered).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be decrypted (OpenSSL).</source>
        <translation>The backup %1 could not be decrypted (OpenSSL).</translation>
    </message>
    <message>
        <source>The backup %1 is truncated.</source>
        <translation>The backup %1 is truncated.</translation>
    </message>
    <message>
        <source>The backup %1 has been altered or damaged: its content does not match its authentication tag. Nothing was restored.</source>
        <translation>The backup %1 has been altered or damaged: its content does not match its authentication tag. Nothing was restored.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>The folder of %1 cannot be created.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold a usable workspace: %2</source>
        <translation>The backup %1 does not hold a usable workspace: %2</translation>
    </message>
    <message>
        <source>The workspace in the backup %1 is damaged: %2</source>
        <translation>The workspace in the backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The current workspace %1 could not be set aside; nothing was restored.</source>
        <translation>The current workspace %1 could not be set aside; nothing was restored.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1; the workspace was left as it was.</source>
        <translation>The backup could not be put in place at %1; the workspace was left as it was.</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the snapshot: %2</source>
        <translation>No temporary folder can be made next to %1 for the snapshot: %2</translation>
    </message>
    <message>
        <source>it cannot be opened as a database (%1)</source>
        <translation>it cannot be opened as a database (%1)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)</source>
        <translation>it is not an FLA Desk workspace (schema version %1; this version knows 1 to %2)</translation>
    </message>
    <message>
        <source>it is not an FLA Desk workspace (the tables %1 are missing)</source>
        <translation>it is not an FLA Desk workspace (the tables %1 are missing)</translation>
    </message>
    <message>
        <source>The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing was restored.</source>
        <translation>The backup %1 has been altered: its key parameters (scrypt N = 2^%2, r = %3, p = %4) are not the ones FLA Desk writes (N = 2^%5, r = %6, p = %7). Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the whole file has only %3 bytes. Nothing was restored.</source>
        <translation>The backup %1 is truncated or damaged: its header announces %2 bytes of content, but the whole file has only %3 bytes. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.</source>
        <translation>The backup %1 does not hold an FLA Desk workspace: %2. Nothing was restored.</translation>
    </message>
    <message>
        <source>The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an empty database on a team server (--workspace postgresql://…). Nothing was restored.</source>
        <translation>The backup %1 holds a team workspace (a PostgreSQL dump): restore it into an empty database on a team server (--workspace postgresql://…). Nothing was restored.</translation>
    </message>
</context>
<context>
    <name>fla::BatchFileSet</name>
    <message>
        <source>Cannot open the certificate %1: %2</source>
        <translation>Cannot open the certificate %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 certificate file.</source>
        <translation>%1 is not a PKCS#12 certificate file.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: wrong password, or it holds no private key.</source>
        <translation>The certificate %1 cannot be opened: wrong password, or it holds no private key.</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>Signing failed: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>%1 is not named FI.…, so it has no FS signature file next to it.</source>
        <translation>%1 is not named FI.…, so it has no FS signature file next to it.</translation>
    </message>
    <message>
        <source>The signature file %1 of %2 is missing.</source>
        <translation>The signature file %1 of %2 is missing.</translation>
    </message>
    <message>
        <source>The signature file %1 cannot be read: %2</source>
        <translation>The signature file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The signature file %1 is %2 bytes long: far too large for a signature (at most %3).</source>
        <translation>The signature file %1 is %2 bytes long: far too large for a signature (at most %3).</translation>
    </message>
    <message>
        <source>The signature file %1 is not base64 text.</source>
        <translation>The signature file %1 is not base64 text.</translation>
    </message>
    <message>
        <source>The signature file %1 does not hold a CMS (PKCS#7) signature.</source>
        <translation>The signature file %1 does not hold a CMS (PKCS#7) signature.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>The trusted certificate file %1 cannot be read (PEM expected).</source>
        <translation>The trusted certificate file %1 cannot be read (PEM expected).</translation>
    </message>
    <message>
        <source>The signature %1 does not match %2: the declaration was changed after it was signed, or the signature belongs to another file%3 (%4).</source>
        <translation>The signature %1 does not match %2: the declaration was changed after it was signed, or the signature belongs to another file%3 (%4).</translation>
    </message>
    <message>
        <source>, or its signer is not trusted by %1</source>
        <translation>, or its signer is not trusted by %1</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml</name>
    <message>
        <source>Cannot write the batch file: %1</source>
        <translation>Cannot write the batch file: %1</translation>
    </message>
    <message>
        <source>Unexpected text.</source>
        <translation>Unexpected text.</translation>
    </message>
    <message>
        <source>The element is not in the namespace %1.</source>
        <translation>The element is not in the namespace %1.</translation>
    </message>
    <message>
        <source>This is not a batch declaration.</source>
        <translation>This is not a batch declaration.</translation>
    </message>
    <message>
        <source>Only version 1 of the batch format can be read.</source>
        <translation>Only version 1 of the batch format can be read.</translation>
    </message>
    <message>
        <source>The file code must be %1.</source>
        <translation>The file code must be %1.</translation>
    </message>
    <message>
        <source>The environment must be R or T.</source>
        <translation>The environment must be R or T.</translation>
    </message>
    <message>
        <source>The header must come first.</source>
        <translation>The header must come first.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>The enterprise number %1 is not valid.</translation>
    </message>
    <message>
        <source>The joint committee %1 is not valid.</source>
        <translation>The joint committee %1 is not valid.</translation>
    </message>
    <message>
        <source>The INSZ %1 is not valid.</source>
        <translation>The INSZ %1 is not valid.</translation>
    </message>
    <message>
        <source>The family name is empty.</source>
        <translation>The family name is empty.</translation>
    </message>
    <message>
        <source>The worker %1 is not a worker of this employer.</source>
        <translation>The worker %1 is not a worker of this employer.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>The training has no name.</source>
        <translation>The training has no name.</translation>
    </message>
    <message>
        <source>The element %1 is not expected here.</source>
        <translation>The element %1 is not expected here.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1</source>
        <translation>The file is not well-formed XML: %1</translation>
    </message>
    <message>
        <source>The declaration needs a header and at least one employer.</source>
        <translation>The declaration needs a header and at least one employer.</translation>
    </message>
    <message>
        <source>Write the elements without a namespace prefix, in the default namespace %1.</source>
        <translation>Write the elements without a namespace prefix, in the default namespace %1.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
</context>
<context>
    <name>fla::BatchXml::Reader</name>
    <message>
        <source>The attribute %1 is required.</source>
        <translation>The attribute %1 is required.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; is not a UUID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; is not a date (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal number.</source>
        <translation>&quot;%1&quot; is not a decimal number.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1 is out of range.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; is not true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed codes.</source>
        <translation>&quot;%1&quot; is not one of the allowed codes.</translation>
    </message>
    <message>
        <source>The UUID %1 is used twice.</source>
        <translation>The UUID %1 is used twice.</translation>
    </message>
</context>
<context>
    <name>fla::BulkLoader</name>
    <message>
        <source>The workspace is busy: the load could not start.</source>
        <translation>The workspace is busy: the load could not start.</translation>
    </message>
</context>
<context>
    <name>fla::CertificateRepository</name>
    <message>
        <source>The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the workspace. Attach a smaller scan or PDF.</source>
        <translation>The certificate %1 is %2 bytes: at most %3 bytes (%4 MiB) can be kept in the workspace. Attach a smaller scan or PDF.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be attached: participation %2 is not one of this company&apos;s.</source>
        <translation>The certificate %1 cannot be attached: participation %2 is not one of this company&apos;s.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: %2</source>
        <translation>The certificate %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The certificate %1 is empty.</source>
        <translation>The certificate %1 is empty.</translation>
    </message>
    <message>
        <source>The certificate %1 could not be stored: %2</source>
        <translation>The certificate %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>The certificates of participation %1 cannot be read: %2</source>
        <translation>The certificates of participation %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Certificate file %1 is not one of this company&apos;s.</source>
        <translation>Certificate file %1 is not one of this company&apos;s.</translation>
    </message>
</context>
<context>
    <name>fla::ChangeFeed</name>
    <message>
        <source>Changes made on other desktops cannot be followed: %1</source>
        <translation>Changes made on other desktops cannot be followed: %1</translation>
    </message>
</context>
<context>
    <name>fla::CodeLabels</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>under 10 FTE</source>
        <translation>under 10 FTE</translation>
    </message>
    <message>
        <source>10 to 19 FTE</source>
        <translation>10 to 19 FTE</translation>
    </message>
    <message>
        <source>20 FTE or more</source>
        <translation>20 FTE or more</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Sectoral</source>
        <translation>Sectoral</translation>
    </message>
    <message>
        <source>Granted by the employer</source>
        <translation>Granted by the employer</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formal continuing training</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Informal continuing training</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Initial training</translation>
    </message>
    <message>
        <source>As its kind says</source>
        <translation>As its kind says</translation>
    </message>
    <message>
        <source>In proportion to the hours followed</source>
        <translation>In proportion to the hours followed</translation>
    </message>
    <message>
        <source>Equally over the participants</source>
        <translation>Equally over the participants</translation>
    </message>
    <message>
        <source>Paid educational leave</source>
        <translation>Paid educational leave</translation>
    </message>
    <message>
        <source>Flemish training leave</source>
        <translation>Flemish training leave</translation>
    </message>
    <message>
        <source>None (within the training right)</source>
        <translation>None (within the training right)</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>As the INSZ says</source>
        <translation>As the INSZ says</translation>
    </message>
</context>
<context>
    <name>fla::ConflictResolver</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>worker %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>employment of %1 from %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>training “%1” of %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation of %1 in “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>training right %1 of %2</translation>
    </message>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>No employer %1 in this workspace.</translation>
    </message>
    <message>
        <source>The record %1 is no longer in the workspace.</source>
        <translation>The record %1 is no longer in the workspace.</translation>
    </message>
    <message>
        <source>Not connected to the platform.</source>
        <translation>Not connected to the platform.</translation>
    </message>
    <message>
        <source>Employers are not declared: there is no conflict to resolve.</source>
        <translation>Employers are not declared: there is no conflict to resolve.</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>The platform no longer accepts your sign-in: sign in again.</translation>
    </message>
    <message>
        <source>The platform&apos;s version could not be fetched: %1</source>
        <translation>The platform&apos;s version could not be fetched: %1</translation>
    </message>
    <message>
        <source>There is no conflict to resolve.</source>
        <translation>There is no conflict to resolve.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be queued again.</source>
        <translation>The workspace is busy: %1 could not be queued again.</translation>
    </message>
    <message>
        <source>The workspace is busy: %1 could not be written.</source>
        <translation>The workspace is busy: %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>fla::CsvTableReader</name>
    <message>
        <source>CSV, %1, delimiter %2</source>
        <translation>CSV, %1, delimiter %2</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>The file is empty: it has no header line.</translation>
    </message>
</context>
<context>
    <name>fla::DataSetCsv</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s) where the header line has %1: it is not read.</source>
        <translation>
            <numerusform>The line has %n field where the header line has %1: it is not read.</numerusform>
            <numerusform>The line has %n fields where the header line has %1: it is not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
</context>
<context>
    <name>fla::FieldLabels</name>
    <message>
        <source>identifier (UUID)</source>
        <translation>identifier (UUID)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>enterprise number</source>
        <translation>enterprise number</translation>
    </message>
    <message>
        <source>NSSO number</source>
        <translation>NSSO number</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>hours per day</translation>
    </message>
    <message>
        <source>size class</source>
        <translation>size class</translation>
    </message>
    <message>
        <source>joint committees</source>
        <translation>joint committees</translation>
    </message>
    <message>
        <source>joint committee</source>
        <translation>joint committee</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>employments</source>
        <translation>employments</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>work regime</source>
        <translation>work regime</translation>
    </message>
    <message>
        <source>collective agreement number</source>
        <translation>collective agreement number</translation>
    </message>
    <message>
        <source>training provider</source>
        <translation>training provider</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>counts for the FLA</source>
        <translation>counts for the FLA</translation>
    </message>
    <message>
        <source>deducted from the right</source>
        <translation>deducted from the right</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financing</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>registration date</source>
        <translation>registration date</translation>
    </message>
    <message>
        <source>followed</source>
        <translation>followed</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>certificate valid until</source>
        <translation>certificate valid until</translation>
    </message>
    <message>
        <source>duration of the participation</source>
        <translation>duration of the participation</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <source>training credit</source>
        <translation>training credit</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>employment</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>training right</source>
        <translation>training right</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>any record</source>
        <translation>any record</translation>
    </message>
    <message>
        <source>joint committee %1</source>
        <translation>joint committee %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>sector agreement number</source>
        <translation>sector agreement number</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blocking</translation>
    </message>
    <message>
        <source>financial year starts: month</source>
        <translation>financial year starts: month</translation>
    </message>
    <message>
        <source>financial year starts: day</source>
        <translation>financial year starts: day</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>travel and stay</source>
        <translation>travel and stay</translation>
    </message>
    <message>
        <source>contributions to collective funds</source>
        <translation>contributions to collective funds</translation>
    </message>
    <message>
        <source>subsidies received</source>
        <translation>subsidies received</translation>
    </message>
    <message>
        <source>costs shared</source>
        <translation>costs shared</translation>
    </message>
    <message>
        <source>training leave</source>
        <translation>training leave</translation>
    </message>
    <message>
        <source>trainees&apos; pay</source>
        <translation>trainees&apos; pay</translation>
    </message>
</context>
<context>
    <name>fla::FieldText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>fla::FileLines</name>
    <message>
        <source>The column is missing from the header line.</source>
        <translation>The column is missing from the header line.</translation>
    </message>
    <message>
        <source>A quote stands where none may: a field is either quoted whole, with each quote inside it doubled, or holds no quote. The line is not read.</source>
        <translation>A quote stands where none may: a field is either quoted whole, with each quote inside it doubled, or holds no quote. The line is not read.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfile</name>
    <message>
        <source>The mapping&apos;s defaultKind must be FORMAL or INFORMAL.</source>
        <translation>The mapping&apos;s defaultKind must be FORMAL or INFORMAL.</translation>
    </message>
    <message>
        <source>The mapping&apos;s defaultLanguage must be nl, fr, de or en.</source>
        <translation>The mapping&apos;s defaultLanguage must be nl, fr, de or en.</translation>
    </message>
    <message>
        <source>The mapping names a field that does not exist: %1. The fields are: %2.</source>
        <translation>The mapping names a field that does not exist: %1. The fields are: %2.</translation>
    </message>
</context>
<context>
    <name>fla::ImportProfiles</name>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Give the mapping a name.</translation>
    </message>
    <message>
        <source>Cannot save the mapping %1: %2</source>
        <translation>Cannot save the mapping %1: %2</translation>
    </message>
    <message>
        <source>There is no mapping named %1 (looked in %2).</source>
        <translation>There is no mapping named %1 (looked in %2).</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON: %2</source>
        <translation>The mapping %1 is not valid JSON: %2</translation>
    </message>
</context>
<context>
    <name>fla::ImportResult</name>
    <message>
        <source>%1 more rows with problems are not listed: correct the rows above (often the column mapping) and import the file again.</source>
        <translation>%1 more rows with problems are not listed: correct the rows above (often the column mapping) and import the file again.</translation>
    </message>
</context>
<context>
    <name>fla::Importer</name>
    <message>
        <source>The mapping expects a column &quot;%1&quot; (%2), but the table has no such column.</source>
        <translation>The mapping expects a column &quot;%1&quot; (%2), but the table has no such column.</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds: %1.</source>
        <translation>The mapping does not say which column holds: %1.</translation>
    </message>
    <message>
        <source>expected nl, fr, de or en.</source>
        <translation>expected nl, fr, de or en.</translation>
    </message>
    <message>
        <source>expected formal or informal.</source>
        <translation>expected formal or informal.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>The end date %1 is before the start date %2.</translation>
    </message>
    <message>
        <source>The training starts before 1 January 2024, when the learning account began.</source>
        <translation>The training starts before 1 January 2024, when the learning account began.</translation>
    </message>
    <message>
        <source>The duration must be more than zero.</source>
        <translation>The duration must be more than zero.</translation>
    </message>
    <message>
        <source>%1 days do not fit in the %2 calendar days of the training.</source>
        <translation>%1 days do not fit in the %2 calendar days of the training.</translation>
    </message>
    <message>
        <source>%1 hours is more than 12 hours a day over %2 calendar days.</source>
        <translation>%1 hours is more than 12 hours a day over %2 calendar days.</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1: %2</source>
        <translation>Cannot write the rejected rows to %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Hours, Days or Duration</source>
        <translation>Hours, Days or Duration</translation>
    </message>
    <message>
        <source>The mapping names a unit column (%1) but no Duration column it would belong to.</source>
        <translation>The mapping names a unit column (%1) but no Duration column it would belong to.</translation>
    </message>
    <message>
        <source>expected M (man) or V/F (woman).</source>
        <translation>expected M (man) or V/F (woman).</translation>
    </message>
    <message>
        <source>expected formal, informal or initial.</source>
        <translation>expected formal, informal or initial.</translation>
    </message>
    <message>
        <source>expected BEV/CEP, VOV or none.</source>
        <translation>expected BEV/CEP, VOV or none.</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>an amount cannot be negative.</translation>
    </message>
    <message>
        <source>expected equally or by hours.</source>
        <translation>expected equally or by hours.</translation>
    </message>
</context>
<context>
    <name>fla::LoadableCheck</name>
    <message>
        <source>The hours in a working day must be more than 0 and at most 24.</source>
        <translation>The hours in a working day must be more than 0 and at most 24.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>A cost cannot be negative.</translation>
    </message>
    <message>
        <source>The work regime must be more than 0 and at most 1.</source>
        <translation>The work regime must be more than 0 and at most 1.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2999.</source>
        <translation>The year must be from 1900 to 2999.</translation>
    </message>
    <message>
        <source>Its employer (%1) was refused, so it is refused too.</source>
        <translation>Its employer (%1) was refused, so it is refused too.</translation>
    </message>
    <message>
        <source>Its employer %1 is neither in the set nor in the workspace.</source>
        <translation>Its employer %1 is neither in the set nor in the workspace.</translation>
    </message>
    <message>
        <source>Its worker (%1) was refused, so it is refused too.</source>
        <translation>Its worker (%1) was refused, so it is refused too.</translation>
    </message>
    <message>
        <source>Its worker %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Its worker %1 is neither in the set nor in the workspace for its employer.</translation>
    </message>
    <message>
        <source>Its worker %1 belongs to another employer.</source>
        <translation>Its worker %1 belongs to another employer.</translation>
    </message>
    <message>
        <source>Its training (%1) was refused, so it is refused too.</source>
        <translation>Its training (%1) was refused, so it is refused too.</translation>
    </message>
    <message>
        <source>Its training %1 is neither in the set nor in the workspace for its employer.</source>
        <translation>Its training %1 is neither in the set nor in the workspace for its employer.</translation>
    </message>
    <message>
        <source>Its training %1 belongs to another employer.</source>
        <translation>Its training %1 belongs to another employer.</translation>
    </message>
</context>
<context>
    <name>fla::OutboxRepository</name>
    <message>
        <source>the queue of declarations</source>
        <translation>the queue of declarations</translation>
    </message>
    <message>
        <source>the declaration status of the company&apos;s records</source>
        <translation>the declaration status of the company&apos;s records</translation>
    </message>
</context>
<context>
    <name>fla::PlanReminder</name>
    <message>
        <source>Training plan %1: none adopted; it was due by %2 (%3).</source>
        <translation>Training plan %1: none adopted; it was due by %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 was due by %3 (%4).</source>
        <translation>Training plan %1: %2 was due by %3 (%4).</translation>
    </message>
    <message>
        <source>(unconfirmed rule)</source>
        <translation>(unconfirmed rule)</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 day late</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; send the draft for advice by %2 (%3).</source>
        <translation>Training plan %1: none yet; send the draft for advice by %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: none yet; adopt it by %2 (%3).</source>
        <translation>Training plan %1: none yet; adopt it by %2 (%3).</translation>
    </message>
    <message>
        <source>Training plan %1: %2 by %3 (%4).</source>
        <translation>Training plan %1: %2 by %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fla::PlatformArchive</name>
    <message>
        <source>Archiving %1 stopped: %2</source>
        <translation>Archiving %1 stopped: %2</translation>
    </message>
</context>
<context>
    <name>fla::PlatformFindings</name>
    <message>
        <source>The platform knows no such worker for this employer: declare the worker first.</source>
        <translation>The platform knows no such worker for this employer: declare the worker first.</translation>
    </message>
    <message>
        <source>The platform knows no such training for this employer: declare the training first.</source>
        <translation>The platform knows no such training for this employer: declare the training first.</translation>
    </message>
    <message>
        <source>The training falls outside the worker&apos;s employment with this employer.</source>
        <translation>The training falls outside the worker&apos;s employment with this employer.</translation>
    </message>
    <message>
        <source>This UUID already names another record on the platform.</source>
        <translation>This UUID already names another record on the platform.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>The work regime must be above 0 and at most 1.</source>
        <translation>The work regime must be above 0 and at most 1.</translation>
    </message>
    <message>
        <source>The platform keeps training rights from 2024 on.</source>
        <translation>The platform keeps training rights from 2024 on.</translation>
    </message>
</context>
<context>
    <name>fla::PostgresBackup</name>
    <message>
        <source>The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>The PostgreSQL program %1 was not found in %2 ($FLADESK_PG_BIN). Install the PostgreSQL client programs (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).</source>
        <translation>The PostgreSQL program %1 is not installed, so a team workspace cannot be backed up or restored here. Install the PostgreSQL client programs (Debian: postgresql-client-15).</translation>
    </message>
    <message>
        <source>No temporary folder can be made next to %1 for the dump: %2</source>
        <translation>No temporary folder can be made next to %1 for the dump: %2</translation>
    </message>
    <message>
        <source>pg_dump could not back up the team workspace %1: %2</source>
        <translation>pg_dump could not back up the team workspace %1: %2</translation>
    </message>
    <message>
        <source>No temporary folder can be made for the dump: %1</source>
        <translation>No temporary folder can be made for the dump: %1</translation>
    </message>
    <message>
        <source>The backup %1 holds a workspace file, not a team workspace: restore it into a file (--workspace FILE), then move it onto the server with workspace copy.</source>
        <translation>The backup %1 holds a workspace file, not a team workspace: restore it into a file (--workspace FILE), then move it onto the server with workspace copy.</translation>
    </message>
    <message>
        <source>The database of %1 is not empty. Restore into a new, empty database (createdb), then point the desktops at it.</source>
        <translation>The database of %1 is not empty. Restore into a new, empty database (createdb), then point the desktops at it.</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup %1 into %2 (nothing was restored): %3</source>
        <translation>pg_restore could not restore the backup %1 into %2 (nothing was restored): %3</translation>
    </message>
</context>
<context>
    <name>fla::PostgresDriver</name>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</source>
        <translation>This installation cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver (QPSQL) is missing. On Debian, install the package libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>The team server %1 refused the user %2: the user name or the password is wrong.</source>
        <translation>The team server %1 refused the user %2: the user name or the password is wrong.</translation>
    </message>
    <message>
        <source>The team server %1 has no database %2. Check the address, or ask the office&apos;s administrator which database holds the workspace.</source>
        <translation>The team server %1 has no database %2. Check the address, or ask the office&apos;s administrator which database holds the workspace.</translation>
    </message>
    <message>
        <source>The user %2 may not connect to the database %3 on the team server %1. Ask the office&apos;s administrator for access.</source>
        <translation>The user %2 may not connect to the database %3 on the team server %1. Ask the office&apos;s administrator for access.</translation>
    </message>
    <message>
        <source>The secure connection to the team server %1 failed (%2). Check the server&apos;s certificate and the sslmode of the address.</source>
        <translation>The secure connection to the team server %1 failed (%2). Check the server&apos;s certificate and the sslmode of the address.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it is not running, or the address is wrong. Your work is not lost; try again when the server is back.</source>
        <translation>The team server %1 cannot be reached: it is not running, or the address is wrong. Your work is not lost; try again when the server is back.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>The workspace %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The user %1 has no access to the workspace %2 yet. Ask the office&apos;s administrator to give you access to your companies (fladesk-cli team grant).</source>
        <translation>The user %1 has no access to the workspace %2 yet. Ask the office&apos;s administrator to give you access to your companies (fladesk-cli team grant).</translation>
    </message>
    <message>
        <source>Snapshots of a PostgreSQL workspace are not available yet: back the database up with pg_dump (docs/team.md).</source>
        <translation>Snapshots of a PostgreSQL workspace are not available yet: back the database up with pg_dump (docs/team.md).</translation>
    </message>
</context>
<context>
    <name>fla::PostgresLocation</name>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host/database.</source>
        <translation>%1 is not a PostgreSQL address: write postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The option %1 of the PostgreSQL address %2 is not known.</source>
        <translation>The option %1 of the PostgreSQL address %2 is not known.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write postgresql://user@host/database.</source>
        <translation>The PostgreSQL address %1 names no database: write postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>The port of the PostgreSQL address %1 is not a number from 1 to 65535.</source>
        <translation>The port of the PostgreSQL address %1 is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>The sslmode %1 of the PostgreSQL address %2 is not one of disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
</context>
<context>
    <name>fla::PullDiff</name>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>worker %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>employment of %1 from %2</translation>
    </message>
    <message>
        <source>training “%1” of %2, registered by a training provider</source>
        <translation>training “%1” of %2, registered by a training provider</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>training “%1” of %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation of %1 in “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>training right %1 of %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: %2</source>
        <translation>%1 cannot be taken from the platform: %2</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its worker is not in the workspace. Accept the worker as well.</source>
        <translation>%1 cannot be taken from the platform: its worker is not in the workspace. Accept the worker as well.</translation>
    </message>
    <message>
        <source>%1 cannot be taken from the platform: its training is not in the workspace. Accept the training as well.</source>
        <translation>%1 cannot be taken from the platform: its training is not in the workspace. Accept the training as well.</translation>
    </message>
    <message>
        <source>New on the platform</source>
        <translation>New on the platform</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Missing on the platform</source>
        <translation>Missing on the platform</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Employments</source>
        <translation>Employments</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participations</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Training rights</translation>
    </message>
    <message>
        <source>%1 is on the platform but not in the workspace.</source>
        <translation>%1 is on the platform but not in the workspace.</translation>
    </message>
    <message>
        <source>%1 is in the workspace, but the platform no longer holds it.</source>
        <translation>%1 is in the workspace, but the platform no longer holds it.</translation>
    </message>
    <message>
        <source>%1: the platform has %2 “%3” where the workspace has “%4”.</source>
        <translation>%1: the platform has %2 “%3” where the workspace has “%4”.</translation>
    </message>
    <message>
        <source>%1 has the uuid of another kind of record in the workspace; it is left out.</source>
        <translation>%1 has the uuid of another kind of record in the workspace; it is left out.</translation>
    </message>
    <message>
        <source>The decisions do not match the differences of this pull.</source>
        <translation>The decisions do not match the differences of this pull.</translation>
    </message>
    <message>
        <source>The workspace is busy: the platform&apos;s data could not be written.</source>
        <translation>The workspace is busy: the platform&apos;s data could not be written.</translation>
    </message>
</context>
<context>
    <name>fla::PullService</name>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again.</source>
        <translation>The platform no longer accepts your sign-in: sign in again.</translation>
    </message>
    <message>
        <source>The platform&apos;s data could not be fetched: %1</source>
        <translation>The platform&apos;s data could not be fetched: %1</translation>
    </message>
</context>
<context>
    <name>fla::RecordWriter</name>
    <message>
        <source>The workspace is busy: the change could not start.</source>
        <translation>The workspace is busy: the change could not start.</translation>
    </message>
    <message>
        <source>The change was not saved: the anomalies of what it changes could not be stored: %1</source>
        <translation>The change was not saved: the anomalies of what it changes could not be stored: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the anomalies of what it changes could not be stored: %2</source>
        <translation>%1 was not saved: the anomalies of what it changes could not be stored: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record(s)</numerusform>
            <numerusform>%n record(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not saved: someone else deleted it after you opened it. Nothing was overwritten.</source>
        <translation>%1 was not saved: someone else deleted it after you opened it. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else created a record with the same identity meanwhile. Nothing was overwritten.</source>
        <translation>%1 was not saved: someone else created a record with the same identity meanwhile. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>%1 was not saved: someone else changed it after you opened it (you edited version %2, version %3 is saved now). Nothing was overwritten.</source>
        <translation>%1 was not saved: someone else changed it after you opened it (you edited version %2, version %3 is saved now). Nothing was overwritten.</translation>
    </message>
    <message>
        <source>%1 was not saved: it could not be read back.</source>
        <translation>%1 was not saved: it could not be read back.</translation>
    </message>
</context>
<context>
    <name>fla::RowContext</name>
    <message>
        <source>%1 is empty: it is required.</source>
        <translation>%1 is empty: it is required.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; cannot be read: %3</source>
        <translation>%1 &quot;%2&quot; cannot be read: %3</translation>
    </message>
    <message>
        <source>expected a date such as 31/12/2025.</source>
        <translation>expected a date such as 31/12/2025.</translation>
    </message>
    <message>
        <source>expected a number such as 7,5.</source>
        <translation>expected a number such as 7,5.</translation>
    </message>
    <message>
        <source>expected yes or no.</source>
        <translation>expected yes or no.</translation>
    </message>
    <message>
        <source>expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min.</source>
        <translation>expected a number and its unit, such as 1,5 dagen, 3 uur, 2 jours or 90 min.</translation>
    </message>
    <message>
        <source>expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min.</source>
        <translation>expected a unit such as uur, dagen, heures, jours, Stunden, Tage or min.</translation>
    </message>
    <message>
        <source>its unit differs from the unit column&apos;s &quot;%1&quot;.</source>
        <translation>its unit differs from the unit column&apos;s &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit column.</source>
        <translation>its unit is not given: write it in the value (1,5 dagen, 3 uur) or map a unit column.</translation>
    </message>
</context>
<context>
    <name>fla::RowReader</name>
    <message>
        <source>A UUID is required.</source>
        <translation>A UUID is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>&quot;%1&quot; is not a UUID.</translation>
    </message>
    <message>
        <source>A date is required (yyyy-MM-dd).</source>
        <translation>A date is required (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form yyyy-MM-dd.</source>
        <translation>&quot;%1&quot; is not a date of the form yyyy-MM-dd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>&quot;%1&quot; is not true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>&quot;%1&quot; is not one of the allowed values.</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceCodes</name>
    <message>
        <source>The social balance sheet&apos;s item codes cannot be read: %1</source>
        <translation>The social balance sheet&apos;s item codes cannot be read: %1</translation>
    </message>
    <message>
        <source>Formal continuing training</source>
        <translation>Formal continuing training</translation>
    </message>
    <message>
        <source>Informal continuing training</source>
        <translation>Informal continuing training</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Initial training</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>workers involved</source>
        <translation>workers involved</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>hours of training</translation>
    </message>
    <message>
        <source>net cost (EUR)</source>
        <translation>net cost (EUR)</translation>
    </message>
    <message>
        <source>of which gross cost (EUR)</source>
        <translation>of which gross cost (EUR)</translation>
    </message>
    <message>
        <source>of which contributions to collective funds (EUR)</source>
        <translation>of which contributions to collective funds (EUR)</translation>
    </message>
    <message>
        <source>of which subsidies received (EUR)</source>
        <translation>of which subsidies received (EUR)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>item %1 is not complete</source>
        <translation>item %1 is not complete</translation>
    </message>
</context>
<context>
    <name>fla::SocialBalanceExport</name>
    <message>
        <source>The social balance sheet was not saved in %1: %2</source>
        <translation>The social balance sheet was not saved in %1: %2</translation>
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
        <translation>The workspace %1 is open in another program (%2, process %3 on %4). Close it there first, or open another workspace.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program. Close it there first, or open another workspace.</source>
        <translation>The workspace %1 is open in another program. Close it there first, or open another workspace.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked: its folder is not writable.</source>
        <translation>The workspace %1 cannot be locked: its folder is not writable.</translation>
    </message>
    <message>
        <source>The workspace could not switch to write-ahead logging (journal mode is %1).</source>
        <translation>The workspace could not switch to write-ahead logging (journal mode is %1).</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>The file %1 already exists.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>The workspace %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace.</source>
        <translation>The file %1 is not an FLA Desk workspace.</translation>
    </message>
</context>
<context>
    <name>fla::SyncEngine</name>
    <message numerus="yes">
        <source>Sync cancelled; %n change(s) stay in the outbox.</source>
        <translation>
            <numerusform>Sync cancelled; %n change(s) stay in the outbox.</numerusform>
            <numerusform>Sync cancelled; %n change(s) stay in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1); everything stays in the outbox.</source>
        <translation>The platform cannot be reached (%1); everything stays in the outbox.</translation>
    </message>
    <message>
        <source>The platform did not say which employers you may act for (%1); nothing was sent.</source>
        <translation>The platform did not say which employers you may act for (%1); nothing was sent.</translation>
    </message>
    <message>
        <source>Not sent: the signed-in identity may not act for enterprise %1 (no mandate). Sign in as that employer or ask for a mandate.</source>
        <translation>Not sent: the signed-in identity may not act for enterprise %1 (no mandate). Sign in as that employer or ask for a mandate.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for another attempt after %1; sync again later.</source>
        <translation>
            <numerusform>%n change(s) wait for another attempt after %1; sync again later.</numerusform>
            <numerusform>%n change(s) wait for another attempt after %1; sync again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the platform refuses to let the signed-in identity act for enterprise %1 (%2).</source>
        <translation>Not sent: the platform refuses to let the signed-in identity act for enterprise %1 (%2).</translation>
    </message>
    <message>
        <source>Not sent: the platform does not know enterprise %1 (%2).</source>
        <translation>Not sent: the platform does not know enterprise %1 (%2).</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: sign in again, then sync.</source>
        <translation>The platform no longer accepts your sign-in: sign in again, then sync.</translation>
    </message>
    <message numerus="yes">
        <source>The platform could not be reached for %n change(s); they stay in the outbox: sync again later.</source>
        <translation>
            <numerusform>The platform could not be reached for %n change; it stays in the outbox: sync again later.</numerusform>
            <numerusform>The platform could not be reached for %n changes; they stay in the outbox: sync again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::TableReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
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
        <translation>The workspace %1 is a file on this computer: access per company is managed on a team server (a PostgreSQL workspace, docs/team.md).</translation>
    </message>
    <message>
        <source>There is no database user %1 on the team server. Create it first (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</source>
        <translation>There is no database user %1 on the team server. Create it first (docs/team.md): CREATE ROLE %1 LOGIN PASSWORD &apos;…&apos;;</translation>
    </message>
    <message>
        <source>The workspace has no company %1.</source>
        <translation>The workspace has no company %1.</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can give %1 access to %2.</source>
        <translation>Only the owner of the workspace (the office&apos;s administrator) can give %1 access to %2.</translation>
    </message>
    <message>
        <source>%1 cannot be given access to %2: %3</source>
        <translation>%1 cannot be given access to %2: %3</translation>
    </message>
    <message>
        <source>Only the owner of the workspace (the office&apos;s administrator) can take access away from %1.</source>
        <translation>Only the owner of the workspace (the office&apos;s administrator) can take access away from %1.</translation>
    </message>
    <message>
        <source>The access of %1 cannot be taken away: %2</source>
        <translation>The access of %1 cannot be taken away: %2</translation>
    </message>
    <message>
        <source>%1 had no access to the company %2.</source>
        <translation>%1 had no access to the company %2.</translation>
    </message>
    <message>
        <source>The access list cannot be read: %1</source>
        <translation>The access list cannot be read: %1</translation>
    </message>
    <message>
        <source>The database users of the team server cannot be read: %1</source>
        <translation>The database users of the team server cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>fla::TrainingAccount</name>
    <message>
        <source>the sector agreement %1 (days per FTE)</source>
        <translation>the sector agreement %1 (days per FTE)</translation>
    </message>
    <message>
        <source>the law&apos;s days per FTE</source>
        <translation>the law&apos;s days per FTE</translation>
    </message>
    <message>
        <source>the five-year carry-over window</source>
        <translation>the five-year carry-over window</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlan</name>
    <message>
        <source>draft sent for advice</source>
        <translation>draft sent for advice</translation>
    </message>
    <message>
        <source>advice received</source>
        <translation>advice received</translation>
    </message>
    <message>
        <source>plan adopted</source>
        <translation>plan adopted</translation>
    </message>
    <message>
        <source>anonymised copy uploaded</source>
        <translation>anonymised copy uploaded</translation>
    </message>
    <message>
        <source>works council</source>
        <translation>works council</translation>
    </message>
    <message>
        <source>union delegation</source>
        <translation>union delegation</translation>
    </message>
    <message>
        <source>the workers</source>
        <translation>the workers</translation>
    </message>
    <message>
        <source>no particular group</source>
        <translation>no particular group</translation>
    </message>
    <message>
        <source>workers aged 50 or more</source>
        <translation>workers aged 50 or more</translation>
    </message>
    <message>
        <source>workers with a disability</source>
        <translation>workers with a disability</translation>
    </message>
    <message>
        <source>non-EU nationals</source>
        <translation>non-EU nationals</translation>
    </message>
    <message>
        <source>shortage occupations</source>
        <translation>shortage occupations</translation>
    </message>
    <message>
        <source>gender balance</source>
        <translation>gender balance</translation>
    </message>
    <message>
        <source>formal continuing training</source>
        <translation>formal continuing training</translation>
    </message>
    <message>
        <source>informal continuing training</source>
        <translation>informal continuing training</translation>
    </message>
    <message>
        <source>initial training</source>
        <translation>initial training</translation>
    </message>
    <message>
        <source>send the draft for advice</source>
        <translation>send the draft for advice</translation>
    </message>
    <message>
        <source>receive the advice</source>
        <translation>receive the advice</translation>
    </message>
    <message>
        <source>adopt the plan</source>
        <translation>adopt the plan</translation>
    </message>
    <message>
        <source>upload the anonymised copy</source>
        <translation>upload the anonymised copy</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRepository</name>
    <message>
        <source>list of training plans</source>
        <translation>list of training plans</translation>
    </message>
    <message>
        <source>The %1 belongs to another company.</source>
        <translation>The %1 belongs to another company.</translation>
    </message>
    <message>
        <source>The %1 has no valid years.</source>
        <translation>The %1 has no valid years.</translation>
    </message>
    <message>
        <source>The %1 overlaps the %2 of this company.</source>
        <translation>The %1 overlaps the %2 of this company.</translation>
    </message>
    <message>
        <source>planned training &quot;%1&quot; of the %2</source>
        <translation>planned training &quot;%1&quot; of the %2</translation>
    </message>
    <message>
        <source>%1 of the %2</source>
        <translation>%1 of the %2</translation>
    </message>
    <message>
        <source>training plan</source>
        <translation>training plan</translation>
    </message>
</context>
<context>
    <name>fla::TrainingPlanRules</name>
    <message>
        <source>The training plan&apos;s deadlines cannot be read: %1</source>
        <translation>The training plan&apos;s deadlines cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 has no valid %2</source>
        <translation>%1 has no valid %2</translation>
    </message>
    <message>
        <source>a deadline is not a valid day</source>
        <translation>a deadline is not a valid day</translation>
    </message>
</context>
<context>
    <name>fla::TrainingRightRules</name>
    <message>
        <source>The training right&apos;s figures cannot be read: %1</source>
        <translation>The training right&apos;s figures cannot be read: %1</translation>
    </message>
    <message>
        <source>an entry has no valid years</source>
        <translation>an entry has no valid years</translation>
    </message>
    <message>
        <source>the entry for %1-%2 has no days per FTE for %3</source>
        <translation>the entry for %1-%2 has no days per FTE for %3</translation>
    </message>
    <message>
        <source>the source %1 is not listed</source>
        <translation>the source %1 is not listed</translation>
    </message>
    <message>
        <source>no legal figures</source>
        <translation>no legal figures</translation>
    </message>
    <message>
        <source>a sector entry has no joint committee</source>
        <translation>a sector entry has no joint committee</translation>
    </message>
    <message>
        <source>no valid carry-over window</source>
        <translation>no valid carry-over window</translation>
    </message>
</context>
<context>
    <name>fla::Workspace</name>
    <message>
        <source>The folder of the workspace %1 cannot be created.</source>
        <translation>The folder of the workspace %1 cannot be created.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>The workspace %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an FLA Desk workspace, or it is damaged (%2).</source>
        <translation>The file %1 is not an FLA Desk workspace, or it is damaged (%2).</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this version (%4) reads schemas up to %5. Update FLA Desk to open it.</source>
        <translation>The workspace %1 was written by a newer version of FLA Desk (%2, schema %3); this version (%4) reads schemas up to %5. Update FLA Desk to open it.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded: %2</source>
        <translation>The workspace %1 cannot be upgraded: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be upgraded to schema %2 (%3): %4</source>
        <translation>The workspace %1 cannot be upgraded to schema %2 (%3): %4</translation>
    </message>
    <message>
        <source>A snapshot cannot be taken inside a transaction.</source>
        <translation>A snapshot cannot be taken inside a transaction.</translation>
    </message>
    <message>
        <source>The snapshot of the workspace into %1 failed: %2</source>
        <translation>The snapshot of the workspace into %1 failed: %2</translation>
    </message>
    <message>
        <source>The change was cancelled because a part of it failed.</source>
        <translation>The change was cancelled because a part of it failed.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceCopy</name>
    <message>
        <source>The table %1 is missing in the workspace %2.</source>
        <translation>The table %1 is missing in the workspace %2.</translation>
    </message>
    <message>
        <source>The workspace %1 has no column %2 in its table %3: it cannot hold this copy.</source>
        <translation>The workspace %1 has no column %2 in its table %3: it cannot hold this copy.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>Row %1 of the table %2 could not be copied: %3</translation>
    </message>
    <message>
        <source>Only the owner of the team workspace %1 can copy a workspace into it (the audit trail keeps the names of who made each change).</source>
        <translation>Only the owner of the team workspace %1 can copy a workspace into it (the audit trail keeps the names of who made each change).</translation>
    </message>
    <message>
        <source>The audit trail of %1 cannot be prepared for the copy: %2</source>
        <translation>The audit trail of %1 cannot be prepared for the copy: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or give --replace to empty it first.</source>
        <translation>The workspace %1 is not empty (%2 rows in %3). Copy into a new, empty workspace, or give --replace to empty it first.</translation>
    </message>
    <message>
        <source>The copy does not match its source (rows counted and audit trail compared after copying); nothing was kept.</source>
        <translation>The copy does not match its source (rows counted and audit trail compared after copying); nothing was kept.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>The workspace %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be written: %2</source>
        <translation>The workspace %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was not copied into %2: %3</source>
        <translation>The workspace %1 was not copied into %2: %3</translation>
    </message>
</context>
<context>
    <name>fla::WorkspaceOutboxStore</name>
    <message>
        <source>No employer %1 in this workspace.</source>
        <translation>No employer %1 in this workspace.</translation>
    </message>
    <message>
        <source>%1 %2 (deleted)</source>
        <translation>%1 %2 (deleted)</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>worker %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment of %1 from %2</source>
        <translation>employment of %1 from %2</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>training “%1” of %2</translation>
    </message>
    <message>
        <source>participation of %1 in “%2”</source>
        <translation>participation of %1 in “%2”</translation>
    </message>
    <message>
        <source>training right %1 of %2</source>
        <translation>training right %1 of %2</translation>
    </message>
    <message>
        <source>The changes to declare cannot be taken: %1</source>
        <translation>The changes to declare cannot be taken: %1</translation>
    </message>
    <message>
        <source>Another desktop is declaring the changes of %1 (%2) now; they are left to it. Sync again when it has finished if any are still waiting.</source>
        <translation>Another desktop is declaring the changes of %1 (%2) now; they are left to it. Sync again when it has finished if any are still waiting.</translation>
    </message>
    <message>
        <source>The changes waiting to be declared cannot be read: %1</source>
        <translation>The changes waiting to be declared cannot be read: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost and opened again during the sync: another desktop may have taken over the companies, so nothing more was sent. What was not sent is declared by the next sync.</source>
        <translation>The connection to the team server was lost and opened again during the sync: another desktop may have taken over the companies, so nothing more was sent. What was not sent is declared by the next sync.</translation>
    </message>
    <message>
        <source>A change to declare could not be read from the workspace, so nothing more was sent: %1 What was not sent is declared by the next sync.</source>
        <translation>A change to declare could not be read from the workspace, so nothing more was sent: %1 What was not sent is declared by the next sync.</translation>
    </message>
</context>
<context>
    <name>fla::Xlsx</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxBudget</name>
    <message>
        <source>The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to that size. Save the sheet as CSV, or split it.</source>
        <translation>The workbook unpacks to more than %1 MiB (reached in %2); FLA Desk reads workbooks up to that size. Save the sheet as CSV, or split it.</translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no spreadsheet writes (a cell holds at most 32,767 characters).</source>
        <translation>The part %1 of the workbook holds a text or a tag longer than %2 KiB, which no spreadsheet writes (a cell holds at most 32,767 characters).</translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: it cannot be unpacked.</source>
        <translation>The part %1 of the workbook is damaged: it cannot be unpacked.</translation>
    </message>
</context>
<context>
    <name>fla::XlsxTableReader</name>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel workbook, sheet %1</translation>
    </message>
    <message>
        <source>The first sheet of the workbook is empty: it has no header row.</source>
        <translation>The first sheet of the workbook is empty: it has no header row.</translation>
    </message>
</context>
<context>
    <name>fla::auth</name>
    <message>
        <source>The sign-in settings are incomplete: an issuer URL and a client id are needed.</source>
        <translation>The sign-in settings are incomplete: an issuer URL and a client id are needed.</translation>
    </message>
    <message>
        <source>The sign-in refused an address that is not https (only the local computer may use http).</source>
        <translation>The sign-in refused an address that is not https (only the local computer may use http).</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached. Check the network and try again.</source>
        <translation>The sign-in service could not be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The sign-in service did not answer in time. Try again later.</source>
        <translation>The sign-in service did not answer in time. Try again later.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s configuration (discovery document) is missing or wrong.</source>
        <translation>The sign-in service&apos;s configuration (discovery document) is missing or wrong.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s signing keys could not be read.</source>
        <translation>The sign-in service&apos;s signing keys could not be read.</translation>
    </message>
    <message>
        <source>The app could not wait for the browser on this computer (local listener failed).</source>
        <translation>The app could not wait for the browser on this computer (local listener failed).</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in (state mismatch). Sign in again.</source>
        <translation>The browser returned an answer that does not belong to this sign-in (state mismatch). Sign in again.</translation>
    </message>
    <message>
        <source>No answer came back from the browser in time. Sign in again.</source>
        <translation>No answer came back from the browser in time. Sign in again.</translation>
    </message>
    <message>
        <source>The sign-in was refused or cancelled in the browser.</source>
        <translation>The sign-in was refused or cancelled in the browser.</translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
        <translation>The browser returned no authorization code.</translation>
    </message>
    <message>
        <source>The sign-in service refused to issue a token.</source>
        <translation>The sign-in service refused to issue a token.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Sign in again.</source>
        <translation>The sign-in has expired or was revoked. Sign in again.</translation>
    </message>
    <message>
        <source>The identity token is malformed.</source>
        <translation>The identity token is malformed.</translation>
    </message>
    <message>
        <source>The identity token is not signed with RS256.</source>
        <translation>The identity token is not signed with RS256.</translation>
    </message>
    <message>
        <source>The identity token is signed with a key the service does not publish.</source>
        <translation>The identity token is signed with a key the service does not publish.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>The identity token&apos;s signature is not valid.</translation>
    </message>
    <message>
        <source>The identity token comes from another issuer.</source>
        <translation>The identity token comes from another issuer.</translation>
    </message>
    <message>
        <source>The identity token was issued for another application (audience).</source>
        <translation>The identity token was issued for another application (audience).</translation>
    </message>
    <message>
        <source>The identity token has expired. Check the computer&apos;s clock and sign in again.</source>
        <translation>The identity token has expired. Check the computer&apos;s clock and sign in again.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (nonce mismatch).</source>
        <translation>The identity token does not belong to this sign-in (nonce mismatch).</translation>
    </message>
    <message>
        <source>The certificate file could not be read.</source>
        <translation>The certificate file could not be read.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>The sign-in was cancelled.</translation>
    </message>
    <message>
        <source>%1: an address is required.</source>
        <translation>%1: an address is required.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid address.</source>
        <translation>%1: &quot;%2&quot; is not a valid address.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must use https (http is only allowed on this computer).</source>
        <translation>%1: &quot;%2&quot; must use https (http is only allowed on this computer).</translation>
    </message>
    <message>
        <source>clientId: a client id is required.</source>
        <translation>clientId: a client id is required.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The sign-in cannot be remembered on this computer.</source>
        <translation>The system keychain is not available (%1). The sign-in cannot be remembered on this computer.</translation>
    </message>
</context>
<context>
    <name>fla::auth::Environment</name>
    <message>
        <source>The FLA&apos;s production platform closed on %1: the law of 14 January 2026 ended the declaration obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. Your records stay in the workspace, for the training plan, the social balance sheet and the workers&apos; training accounts.</source>
        <translation>The FLA&apos;s production platform closed on %1: the law of 14 January 2026 ended the declaration obligation and its data was destroyed. Nothing is sent to it or fetched from it any more. Your records stay in the workspace, for the training plan, the social balance sheet and the workers&apos; training accounts.</translation>
    </message>
</context>
<context>
    <name>fla::auth::LoopbackListener</name>
    <message>
        <source>Refusing to listen on %1: the sign-in listener may only use the loopback interface.</source>
        <translation>Refusing to listen on %1: the sign-in listener may only use the loopback interface.</translation>
    </message>
    <message>
        <source>FLA Desk sign-in</source>
        <translation>FLA Desk sign-in</translation>
    </message>
    <message>
        <source>You are signed in.</source>
        <translation>You are signed in.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>The sign-in did not succeed.</translation>
    </message>
    <message>
        <source>You can close this window and return to FLA Desk.</source>
        <translation>You can close this window and return to FLA Desk.</translation>
    </message>
    <message>
        <source>This sign-in has already been completed.</source>
        <translation>This sign-in has already been completed.</translation>
    </message>
</context>
<context>
    <name>fla::auth::MachineSignIn</name>
    <message>
        <source>Cannot open the certificate file %1: %2</source>
        <translation>Cannot open the certificate file %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Cannot read the certificate file %1: %2</translation>
    </message>
</context>
<context>
    <name>fla::auth::OidcSignIn</name>
    <message>
        <source>This answer does not belong to the sign-in in progress and was ignored. Finish signing in in the browser window FLA Desk opened.</source>
        <translation>This answer does not belong to the sign-in in progress and was ignored. Finish signing in in the browser window FLA Desk opened.</translation>
    </message>
</context>
<context>
    <name>fla::cli</name>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>(rejected)</source>
        <translation>(rejected)</translation>
    </message>
    <message>
        <source>There is no employer with enterprise number %1.</source>
        <translation>There is no employer with enterprise number %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>There is no workspace at %1.</translation>
    </message>
    <message>
        <source>Signed in as machine client %1 (%2).</source>
        <translation>Signed in as machine client %1 (%2).</translation>
    </message>
    <message>
        <source>Signed in: subject %1 (%2)</source>
        <translation>Signed in: subject %1 (%2)</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Given name: %1; family name: %2</source>
        <translation>Given name: %1; family name: %2</translation>
    </message>
    <message>
        <source>May act for: %1</source>
        <translation>May act for: %1</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>no enterprise</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Access token valid until: %1</translation>
    </message>
    <message>
        <source>sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 retried</source>
        <translation>sync: %1/%2 done · %3 accepted · %4 with warnings · %5 refused · %6 conflicts · %7 held · %8 retried</translation>
    </message>
    <message>
        <source>+ %1: only on the platform</source>
        <translation>+ %1: only on the platform</translation>
    </message>
    <message>
        <source>~ %1: differs from the workspace</source>
        <translation>~ %1: differs from the workspace</translation>
    </message>
    <message>
        <source>The workspace has no company to archive.</source>
        <translation>The workspace has no company to archive.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>%1: archived, %2 new, %3 updated, %4 unchanged.</source>
        <translation>%1: archived, %2 new, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>%1: NOT archived: %2</source>
        <translation>%1: NOT archived: %2</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived.</source>
        <translation>%1 of %2 companies archived.</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employer</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>done on time</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Training plan %1 (consulted: %2)</source>
        <translation>Training plan %1 (consulted: %2)</translation>
    </message>
    <message>
        <source>step	due by	done on	state</source>
        <translation>step	due by	done on	state</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(unconfirmed)</translation>
    </message>
    <message>
        <source>category	training	target group	risk group	workers	days each</source>
        <translation>category	training	target group	risk group	workers	days each</translation>
    </message>
    <message>
        <source>planned and realised	planned workers	planned days	realised workers	realised days</source>
        <translation>planned and realised	planned workers	planned days	realised workers	realised days</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: give a valid enterprise number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>The workspace %1 does not exist.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>The workspace has no employer %1.</translation>
    </message>
    <message>
        <source>No worker with INSZ or UUID %1.</source>
        <translation>No worker with INSZ or UUID %1.</translation>
    </message>
    <message>
        <source>%1 workers have this INSZ (one per employer): choose one with --employer.</source>
        <translation>%1 workers have this INSZ (one per employer): choose one with --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::BackupCommand</name>
    <message>
        <source>Write a consistent backup of a workspace (also while the app has it open), encrypted with a passphrase.</source>
        <translation>Write a consistent backup of a workspace (also while the app has it open), encrypted with a passphrase.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>Encrypt with the passphrase in this file (AES-256-GCM, scrypt).</source>
        <translation>Encrypt with the passphrase in this file (AES-256-GCM, scrypt).</translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation>Name the backup file with --out FILE.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>The file %1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Backup written to %1 (%2).</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>Write the backup unencrypted: anyone who gets the file can read every record in it.</source>
        <translation>Write the backup unencrypted: anyone who gets the file can read every record in it.</translation>
    </message>
    <message>
        <source>Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or --no-encryption to write it unencrypted.</source>
        <translation>Say how to protect the backup: --passphrase-file F to encrypt it (AES-256-GCM), or --no-encryption to write it unencrypted.</translation>
    </message>
</context>
<context>
    <name>fla::cli::CertificatesCommand</name>
    <message>
        <source>Attach certificate files to a worker&apos;s trainings, list them, or export the worker&apos;s trainings with their certificates.</source>
        <translation>Attach certificate files to a worker&apos;s trainings, list them, or export the worker&apos;s trainings with their certificates.</translation>
    </message>
    <message>
        <source>attach --participation UUID --file F (at most %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)</source>
        <translation>attach --participation UUID --file F (at most %1 MiB)
list --worker INSZ
export --worker INSZ --out DIR (trainings.csv, trainings.json and the files, no INSZ)</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID.</source>
        <translation>The worker&apos;s INSZ or UUID.</translation>
    </message>
    <message>
        <source>The participation&apos;s UUID.</source>
        <translation>The participation&apos;s UUID.</translation>
    </message>
    <message>
        <source>The certificate file to attach.</source>
        <translation>The certificate file to attach.</translation>
    </message>
    <message>
        <source>The folder to export into.</source>
        <translation>The folder to export into.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Give one action: %1.</translation>
    </message>
    <message>
        <source>certificates %1: a required option is missing (see --help).</source>
        <translation>certificates %1: a required option is missing (see --help).</translation>
    </message>
    <message>
        <source>Certificate %1 attached.</source>
        <translation>Certificate %1 attached.</translation>
    </message>
    <message>
        <source>participation	training	start	certificate files</source>
        <translation>participation	training	start	certificate files</translation>
    </message>
</context>
<context>
    <name>fla::cli::CompanyOptions</name>
    <message>
        <source>The workspace file.</source>
        <translation>The workspace file.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number (required).</source>
        <translation>The employer&apos;s enterprise number (required).</translation>
    </message>
</context>
<context>
    <name>fla::cli::CreditCommand</name>
    <message>
        <source>Print the training credit per worker for a year.</source>
        <translation>Print the training credit per worker for a year.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>The folder of a CSV set.</translation>
    </message>
    <message>
        <source>A workspace file.</source>
        <translation>A workspace file.</translation>
    </message>
    <message>
        <source>One JSON object per worker and line.</source>
        <translation>One JSON object per worker and line.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Give either --csv DIR or --workspace W.</translation>
    </message>
    <message>
        <source>enterprise	worker	INSZ	legal	sectoral	employer	entitled	carried over	used	planned	remaining (days)	remaining (hours)</source>
        <translation>enterprise	worker	INSZ	legal	sectoral	employer	entitled	carried over	used	planned	remaining (days)	remaining (hours)</translation>
    </message>
    <message>
        <source>The year, from %1 to %2 (required).</source>
        <translation>The year, from %1 to %2 (required).</translation>
    </message>
    <message>
        <source>Give the year with --year Y: %1</source>
        <translation>Give the year with --year Y: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::ExportBatchCommand</name>
    <message>
        <source>Export a declaration as a batch file set (FI, FS signature, GO).</source>
        <translation>Export a declaration as a batch file set (FI, FS signature, GO).</translation>
    </message>
    <message>
        <source>The folder to write the files into.</source>
        <translation>The folder to write the files into.</translation>
    </message>
    <message>
        <source>Sign FI with this PKCS#12 file (key and certificate).</source>
        <translation>Sign FI with this PKCS#12 file (key and certificate).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password from this file (first line); else from the environment variable FLADESK_P12_PASSWORD.</source>
        <translation>Read the certificate&apos;s password from this file (first line); else from the environment variable FLADESK_P12_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the files for production (R), not test (T).</source>
        <translation>Name the files for production (R), not test (T).</translation>
    </message>
    <message>
        <source>The sender&apos;s number in the file names (default: the employer&apos;s enterprise number).</source>
        <translation>The sender&apos;s number in the file names (default: the employer&apos;s enterprise number).</translation>
    </message>
    <message>
        <source>The sequence number of the day (default 1).</source>
        <translation>The sequence number of the day (default 1).</translation>
    </message>
    <message>
        <source>Give --out DIR (and a --sequence between 1 and 99999).</source>
        <translation>Give --out DIR (and a --sequence between 1 and 99999).</translation>
    </message>
    <message>
        <source>There is nothing to declare: no employer.</source>
        <translation>There is nothing to declare: no employer.</translation>
    </message>
    <message>
        <source>The records hold several employers: choose one with --employer, or give --sender.</source>
        <translation>The records hold several employers: choose one with --employer, or give --sender.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>Warning: no --certificate given, so no FS signature file was written; import-batch reads the set only with --unsigned.</source>
        <translation>Warning: no --certificate given, so no FS signature file was written; import-batch reads the set only with --unsigned.</translation>
    </message>
</context>
<context>
    <name>fla::cli::GenerateCommand</name>
    <message>
        <source>Write a reproducible synthetic CSV set, optionally with injected anomalies.</source>
        <translation>Write a reproducible synthetic CSV set, optionally with injected anomalies.</translation>
    </message>
    <message>
        <source>Folder to write the CSV set into.</source>
        <translation>Folder to write the CSV set into.</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed of the generator (default 1).</translation>
    </message>
    <message>
        <source>Number of participations (default 10000, at most 10000000).</source>
        <translation>Number of participations (default 10000, at most 10000000).</translation>
    </message>
    <message>
        <source>Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv.</source>
        <translation>Fraction (0 to 1) of invalid records to add for each anomaly kind; writes injected.csv.</translation>
    </message>
    <message>
        <source>The data&apos;s &quot;today&quot; (yyyy-MM-dd, default 2026-06-30): later trainings are planned.</source>
        <translation>The data&apos;s &quot;today&quot; (yyyy-MM-dd, default 2026-06-30): later trainings are planned.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR is required.</translation>
    </message>
    <message>
        <source>--seed must be a whole number: %1</source>
        <translation>--seed must be a whole number: %1</translation>
    </message>
    <message>
        <source>--participations must be a number from 0 to 10000000: %1</source>
        <translation>--participations must be a number from 0 to 10000000: %1</translation>
    </message>
    <message>
        <source>--invalid-fraction must be a number from 0 to 1: %1</source>
        <translation>--invalid-fraction must be a number from 0 to 1: %1</translation>
    </message>
    <message>
        <source>--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1</source>
        <translation>--reference-date must be a date in 2024 to 2026 (yyyy-MM-dd): %1</translation>
    </message>
    <message>
        <source>Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights to %7 in %8 ms.</source>
        <translation>Wrote %1 employers, %2 workers, %3 employments, %4 trainings, %5 participations, %6 rights to %7 in %8 ms.</translation>
    </message>
    <message>
        <source>Injected %1 anomalies, listed in injected.csv.</source>
        <translation>Injected %1 anomalies, listed in injected.csv.</translation>
    </message>
</context>
<context>
    <name>fla::cli::HistoryCommand</name>
    <message>
        <source>Show the audit trail of one record; --restore brings a deleted record back.</source>
        <translation>Show the audit trail of one record; --restore brings a deleted record back.</translation>
    </message>
    <message>
        <source>One JSON object per change.</source>
        <translation>One JSON object per change.</translation>
    </message>
    <message>
        <source>Restore the record (deleted) to its state before the delete.</source>
        <translation>Restore the record (deleted) to its state before the delete.</translation>
    </message>
    <message>
        <source>The record.</source>
        <translation>The record.</translation>
    </message>
    <message>
        <source>Give the UUID of one record.</source>
        <translation>Give the UUID of one record.</translation>
    </message>
    <message>
        <source>The workspace holds no record %1 and no history of it.</source>
        <translation>The workspace holds no record %1 and no history of it.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportBatchCommand</name>
    <message>
        <source>Read a batch declaration file (FI) back, checking every value.</source>
        <translation>Read a batch declaration file (FI) back, checking every value.</translation>
    </message>
    <message>
        <source>Only check the file; store nothing.</source>
        <translation>Only check the file; store nothing.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Write the records as a CSV set into DIR.</translation>
    </message>
    <message>
        <source>The workspace file to load the records into.</source>
        <translation>The workspace file to load the records into.</translation>
    </message>
    <message>
        <source>Give one FI file.</source>
        <translation>Give one FI file.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid declaration; nothing was stored.</source>
        <translation>%1 is not a valid declaration; nothing was stored.</translation>
    </message>
    <message>
        <source>%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)</source>
        <translation>%1: %2 employer(s), %3 worker(s), %4 training(s), %5 participation(s), %6 right(s)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new, %3 changed, %4 unchanged record(s).</source>
        <translation>Stored in %1: %2 new, %3 changed, %4 unchanged record(s).</translation>
    </message>
    <message>
        <source>Read the declaration although it has no FS signature file (a signature that is there is always checked).</source>
        <translation>Read the declaration although it has no FS signature file (a signature that is there is always checked).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate must chain to a certificate in this PEM file.</source>
        <translation>The signer&apos;s certificate must chain to a certificate in this PEM file.</translation>
    </message>
    <message>
        <source>The FI file (its FS signature is read from the same folder).</source>
        <translation>The FI file (its FS signature is read from the same folder).</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>Cannot open %1: there is no such file.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Nothing was stored.</translation>
    </message>
    <message>
        <source>An unsigned declaration is read only with --unsigned; nothing was stored.</source>
        <translation>An unsigned declaration is read only with --unsigned; nothing was stored.</translation>
    </message>
    <message>
        <source>Not signed: read because --unsigned was given.</source>
        <translation>Not signed: read because --unsigned was given.</translation>
    </message>
    <message>
        <source>Signature valid, signed by: %1</source>
        <translation>Signature valid, signed by: %1</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not checked against a trusted authority (give --ca FILE): make sure this signer is who you expect.</source>
        <translation>The signer&apos;s certificate was not checked against a trusted authority (give --ca FILE): make sure this signer is who you expect.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCommand</name>
    <message>
        <source>Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.</source>
        <translation>Import a spreadsheet (CSV or XLSX) of trainings followed, with a column mapping.</translation>
    </message>
    <message>
        <source>The column mapping: a profile name, or the path of its JSON file.</source>
        <translation>The column mapping: a profile name, or the path of its JSON file.</translation>
    </message>
    <message>
        <source>The folder of the named mappings (default: the app&apos;s own).</source>
        <translation>The folder of the named mappings (default: the app&apos;s own).</translation>
    </message>
    <message>
        <source>Print the mapping suggested from the file&apos;s header as JSON, and stop.</source>
        <translation>Print the mapping suggested from the file&apos;s header as JSON, and stop.</translation>
    </message>
    <message>
        <source>Keep every row that names a worker and a training, as drafts.</source>
        <translation>Keep every row that names a worker and a training, as drafts.</translation>
    </message>
    <message>
        <source>Write the rejected rows and their reasons to FILE (default: next to the input, -rejected.csv).</source>
        <translation>Write the rejected rows and their reasons to FILE (default: next to the input, -rejected.csv).</translation>
    </message>
    <message>
        <source>Check the first N rows and store nothing.</source>
        <translation>Check the first N rows and store nothing.</translation>
    </message>
    <message>
        <source>Write the records as a CSV set into DIR.</source>
        <translation>Write the records as a CSV set into DIR.</translation>
    </message>
    <message>
        <source>The workspace file to import into.</source>
        <translation>The workspace file to import into.</translation>
    </message>
    <message>
        <source>The employer (enterprise number).</source>
        <translation>The employer (enterprise number).</translation>
    </message>
    <message>
        <source>The CSV or XLSX file.</source>
        <translation>The CSV or XLSX file.</translation>
    </message>
    <message>
        <source>Give one file to import.</source>
        <translation>Give one file to import.</translation>
    </message>
    <message>
        <source>Give --mapping PROFILE (or --suggest to see the mapping the header suggests).</source>
        <translation>Give --mapping PROFILE (or --suggest to see the mapping the header suggests).</translation>
    </message>
    <message>
        <source>Give the employer the rows belong to: --employer NUMBER.</source>
        <translation>Give the employer the rows belong to: --employer NUMBER.</translation>
    </message>
    <message>
        <source>The enterprise number %1 is not valid.</source>
        <translation>The enterprise number %1 is not valid.</translation>
    </message>
    <message>
        <source>--preview needs a number of rows.</source>
        <translation>--preview needs a number of rows.</translation>
    </message>
    <message>
        <source>The workspace has no employer with enterprise number %1.</source>
        <translation>The workspace has no employer with enterprise number %1.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), %8 participation(s)</source>
        <translation>%1 (%2): %3 row(s) read, %4 accepted, %5 rejected; %6 worker(s), %7 training(s), %8 participation(s)</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>Rejected rows and their reasons: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new training(s).</source>
        <translation>Stored in %1: %2 new and %3 unchanged participation(s), %4 new worker(s), %5 new training(s).</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts: fix them before they are declared.</source>
        <translation>Rows with blocking problems were kept as drafts: fix them before they are declared.</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large files).</source>
        <translation>No audit entry per record (faster for very large files).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ImportCsvCommand</name>
    <message>
        <source>Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.</source>
        <translation>Load a CSV set (docs/csv-format.md) into a workspace; loading it again adds nothing.</translation>
    </message>
    <message>
        <source>Queue the loaded records for declaration (default: they stay drafts).</source>
        <translation>Queue the loaded records for declaration (default: they stay drafts).</translation>
    </message>
    <message>
        <source>No audit entry per record (faster for very large sets).</source>
        <translation>No audit entry per record (faster for very large sets).</translation>
    </message>
    <message>
        <source>The folder of the CSV set.</source>
        <translation>The folder of the CSV set.</translation>
    </message>
    <message>
        <source>Name the folder of the CSV set.</source>
        <translation>Name the folder of the CSV set.</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1</source>
        <translation>Nothing was loaded: %1</translation>
    </message>
    <message>
        <source>file	inserted	updated	unchanged</source>
        <translation>file	inserted	updated	unchanged</translation>
    </message>
    <message>
        <source>%1 records from %2 in %3 s.</source>
        <translation>%1 records from %2 in %3 s.</translation>
    </message>
    <message>
        <source>A line that cannot be read whole (a field count other than the header&apos;s, a misplaced quote, a value that is not of its form, text its field may not hold) is refused and listed with its file, line, column and why; so is a record that depends on a refused one, or on a record that is neither in the set nor in the workspace. A refused line never changes a stored record.</source>
        <translation>A line that cannot be read whole (a field count other than the header&apos;s, a misplaced quote, a value that is not of its form, text its field may not hold) is refused and listed with its file, line, column and why; so is a record that depends on a refused one, or on a record that is neither in the set nor in the workspace. A refused line never changes a stored record.</translation>
    </message>
    <message>
        <source>Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace or the load failed).</source>
        <translation>Exit status: 0 every line was loaded; 3 partly loaded: the refused lines are listed and every other record was loaded; 1 lines were refused and nothing was loaded (--all-or-nothing, or nothing could be loaded); 64 a usage error; 70 nothing was loaded (the folder, the workspace or the load failed).</translation>
    </message>
    <message>
        <source>Load nothing when any line is refused (default: load every other record and exit with 3).</source>
        <translation>Load nothing when any line is refused (default: load every other record and exit with 3).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was loaded.</source>
        <translation>The folder %1 does not exist: nothing was loaded.</translation>
    </message>
    <message>
        <source>The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.</source>
        <translation>The folder %1 holds none of the files of a CSV set (%2): nothing was loaded.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was loaded: %n line(s) refused.</source>
        <translation>
            <numerusform>Nothing was loaded: %n line refused.</numerusform>
            <numerusform>Nothing was loaded: %n lines refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>(--all-or-nothing)</source>
        <translation>(--all-or-nothing)</translation>
    </message>
    <message numerus="yes">
        <source>Partly loaded: %n line(s) refused, listed on the error output; every other record was loaded.</source>
        <translation>
            <numerusform>Partly loaded: %n line refused, listed on the error output; every other record was loaded.</numerusform>
            <numerusform>Partly loaded: %n lines refused, listed on the error output; every other record was loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded, but the anomalies shown in the app could not be refreshed: %1</source>
        <translation>Loaded, but the anomalies shown in the app could not be refreshed: %1</translation>
    </message>
</context>
<context>
    <name>fla::cli::LoginCommand</name>
    <message>
        <source>Sign in (browser, or a certificate) and show who signed in</source>
        <translation>Sign in (browser, or a certificate) and show who signed in</translation>
    </message>
    <message>
        <source>Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and when the access token expires, never a token. The refresh token is kept in the system keychain; --no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address.</source>
        <translation>Signs in with OpenID Connect in the browser (authorization code with PKCE, loopback redirect), or, with --certificate, as a machine with a JWT client assertion (RFC 7523). Prints who signed in and when the access token expires, never a token. The refresh token is kept in the system keychain; --no-keychain (or FLADESK_NO_KEYCHAIN=1) keeps nothing. $BROWSER, when set, opens the address.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production (default: the one chosen in Settings).</source>
        <translation>sandbox, acceptance or production (default: the one chosen in Settings).</translation>
    </message>
    <message>
        <source>The OpenID provider (issuer URL).</source>
        <translation>The OpenID provider (issuer URL).</translation>
    </message>
    <message>
        <source>The client id.</source>
        <translation>The client id.</translation>
    </message>
    <message>
        <source>Scopes, space-separated (default: openid profile).</source>
        <translation>Scopes, space-separated (default: openid profile).</translation>
    </message>
    <message>
        <source>PKCS#12 file with the machine&apos;s key and certificate; its password is read from FLADESK_P12_PASSWORD (empty when unset).</source>
        <translation>PKCS#12 file with the machine&apos;s key and certificate; its password is read from FLADESK_P12_PASSWORD (empty when unset).</translation>
    </message>
    <message>
        <source>The token endpoint (machine sign-in).</source>
        <translation>The token endpoint (machine sign-in).</translation>
    </message>
    <message>
        <source>Do not remember the sign-in (nothing is stored).</source>
        <translation>Do not remember the sign-in (nothing is stored).</translation>
    </message>
    <message>
        <source>Only print the address to open.</source>
        <translation>Only print the address to open.</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Seconds to wait for the browser (default 300).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>--certificate needs --client-id and --token-url.</source>
        <translation>--certificate needs --client-id and --token-url.</translation>
    </message>
    <message>
        <source>--token-url: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--token-url: &quot;%1&quot; must use https (http is only allowed on this computer).</translation>
    </message>
    <message>
        <source>--issuer: &quot;%1&quot; must use https (http is only allowed on this computer).</source>
        <translation>--issuer: &quot;%1&quot; must use https (http is only allowed on this computer).</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Open this address in a browser to sign in:</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address above into one.</source>
        <translation>No browser could be opened: copy the address above into one.</translation>
    </message>
    <message>
        <source>Not remembered (--no-keychain).</source>
        <translation>Not remembered (--no-keychain).</translation>
    </message>
    <message>
        <source>Use --no-keychain to sign in without remembering it.</source>
        <translation>Use --no-keychain to sign in without remembering it.</translation>
    </message>
    <message>
        <source>Remembered in the system keychain.</source>
        <translation>Remembered in the system keychain.</translation>
    </message>
</context>
<context>
    <name>fla::cli::LogoutCommand</name>
    <message>
        <source>Sign out: forget the tokens kept in the system keychain</source>
        <translation>Sign out: forget the tokens kept in the system keychain</translation>
    </message>
    <message>
        <source>Signs out of one environment: removes the refresh token from the system keychain and the sign-in from the list. Without --subject, signs out the only sign-in of the environment; --all signs out every one.</source>
        <translation>Signs out of one environment: removes the refresh token from the system keychain and the sign-in from the list. Without --subject, signs out the only sign-in of the environment; --all signs out every one.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance or production.</translation>
    </message>
    <message>
        <source>The subject to sign out.</source>
        <translation>The subject to sign out.</translation>
    </message>
    <message>
        <source>Sign out every identity of the environment.</source>
        <translation>Sign out every identity of the environment.</translation>
    </message>
    <message>
        <source>--environment: unknown environment &quot;%1&quot;.</source>
        <translation>--environment: unknown environment &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1.</source>
        <translation>Nobody is signed in to %1.</translation>
    </message>
    <message>
        <source>Several identities are signed in to %1; name one with --subject or use --all:</source>
        <translation>Several identities are signed in to %1; name one with --subject or use --all:</translation>
    </message>
    <message>
        <source>Signed out %1 (%2) from %3.</source>
        <translation>Signed out %1 (%2) from %3.</translation>
    </message>
    <message>
        <source>Signed out %1 from %2, but the keychain entry could not be removed: %3</source>
        <translation>Signed out %1 from %2, but the keychain entry could not be removed: %3</translation>
    </message>
</context>
<context>
    <name>fla::cli::PlatformAccess</name>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance or production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>The FLA API root (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Read the access token from this file (else FLADESK_ACCESS_TOKEN).</source>
        <translation>Read the access token from this file (else FLADESK_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>--environment: unknown environment %1 (sandbox, acceptance, production)</source>
        <translation>--environment: unknown environment %1 (sandbox, acceptance, production)</translation>
    </message>
    <message>
        <source>--api-url: %1 is not an https address (plain http only on 127.0.0.1).</source>
        <translation>--api-url: %1 is not an https address (plain http only on 127.0.0.1).</translation>
    </message>
    <message>
        <source>--token-file: %1: %2</source>
        <translation>--token-file: %1: %2</translation>
    </message>
    <message>
        <source>Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.</source>
        <translation>Not signed in: set FLADESK_ACCESS_TOKEN or give --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::PullCommand</name>
    <message>
        <source>Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.</source>
        <translation>Fetch what the FLA platform holds for an employer; compare, or --archive it into the workspace.</translation>
    </message>
    <message>
        <source>The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds for the employer (workers, employments, rights it computed, trainings registered by training providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN or --token-file.</source>
        <translation>The platform destroys its data at the end of 2026: --archive keeps a copy of everything it holds for the employer (workers, employments, rights it computed, trainings registered by training providers, participations) in the workspace. The access token is read from FLADESK_ACCESS_TOKEN or --token-file.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>The workspace file.</translation>
    </message>
    <message>
        <source>sandbox, acceptance or production.</source>
        <translation>sandbox, acceptance or production.</translation>
    </message>
    <message>
        <source>The FLA API root (…/REST/fla/v1).</source>
        <translation>The FLA API root (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>The employer&apos;s enterprise number.</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Read the access token from this file.</translation>
    </message>
    <message>
        <source>Store everything the platform holds in the workspace (records that differ keep the workspace&apos;s version).</source>
        <translation>Store everything the platform holds in the workspace (records that differ keep the workspace&apos;s version).</translation>
    </message>
    <message>
        <source>With --archive: records that differ take the platform&apos;s version.</source>
        <translation>With --archive: records that differ take the platform&apos;s version.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: give a valid enterprise number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pulled %1 %2</source>
        <translation>pulled %1 %2</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: everything below is only on the platform.</source>
        <translation>The workspace has no employer %1: everything below is only on the platform.</translation>
    </message>
    <message>
        <source>worker %1 %2 (%3)</source>
        <translation>worker %1 %2 (%3)</translation>
    </message>
    <message>
        <source>employment from %1</source>
        <translation>employment from %1</translation>
    </message>
    <message>
        <source>training “%1” of %2 (registered by a training provider)</source>
        <translation>training “%1” of %2 (registered by a training provider)</translation>
    </message>
    <message>
        <source>training “%1” of %2</source>
        <translation>training “%1” of %2</translation>
    </message>
    <message>
        <source>participation %1</source>
        <translation>participation %1</translation>
    </message>
    <message>
        <source>%1 right %2 (%3 %4)</source>
        <translation>%1 right %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only on the platform, %7 different, %8 the same.</source>
        <translation>Platform: %1 workers, %2 employments, %3 trainings, %4 participations, %5 rights; %6 only on the platform, %7 different, %8 the same.</translation>
    </message>
    <message>
        <source>Archived into the workspace: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Archived into the workspace: %1 new, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>With --archive: every company of the workspace, one after the other, with a report per company.</source>
        <translation>With --archive: every company of the workspace, one after the other, with a report per company.</translation>
    </message>
    <message>
        <source>--all goes with --archive and without --employer.</source>
        <translation>--all goes with --archive and without --employer.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RecordSourceOptions</name>
    <message>
        <source>The workspace file (default: the app&apos;s workspace).</source>
        <translation>The workspace file (default: the app&apos;s workspace).</translation>
    </message>
    <message>
        <source>Use a CSV set folder instead of a workspace.</source>
        <translation>Use a CSV set folder instead of a workspace.</translation>
    </message>
    <message>
        <source>Only this employer (enterprise number).</source>
        <translation>Only this employer (enterprise number).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ResolveCommand</name>
    <message>
        <source>List the records in conflict with the platform, or resolve one: --keep-mine or --take-theirs.</source>
        <translation>List the records in conflict with the platform, or resolve one: --keep-mine or --take-theirs.</translation>
    </message>
    <message>
        <source>Declare the workspace&apos;s version again; it replaces the platform&apos;s at the next sync.</source>
        <translation>Declare the workspace&apos;s version again; it replaces the platform&apos;s at the next sync.</translation>
    </message>
    <message>
        <source>Write the platform&apos;s version into the workspace; nothing is sent.</source>
        <translation>Write the platform&apos;s version into the workspace; nothing is sent.</translation>
    </message>
    <message>
        <source>The record in conflict (its uuid).</source>
        <translation>The record in conflict (its uuid).</translation>
    </message>
    <message>
        <source>Give --keep-mine or --take-theirs, not both.</source>
        <translation>Give --keep-mine or --take-theirs, not both.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a uuid.</source>
        <translation>&quot;%1&quot; is not a uuid.</translation>
    </message>
    <message>
        <source>%1 record(s) in conflict.</source>
        <translation>%1 record(s) in conflict.</translation>
    </message>
    <message>
        <source>No record %1 in this workspace.</source>
        <translation>No record %1 in this workspace.</translation>
    </message>
    <message>
        <source>The platform no longer holds it.</source>
        <translation>The platform no longer holds it.</translation>
    </message>
    <message>
        <source>%1: here “%2”, on the platform “%3”</source>
        <translation>%1: here “%2”, on the platform “%3”</translation>
    </message>
    <message>
        <source>Resolved: yours is declared again at the next sync.</source>
        <translation>Resolved: yours is declared again at the next sync.</translation>
    </message>
    <message>
        <source>Resolved: the platform&apos;s version is in the workspace.</source>
        <translation>Resolved: the platform&apos;s version is in the workspace.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RestoreCommand</name>
    <message>
        <source>Restore a workspace from a backup; the current workspace is kept as a copy.</source>
        <translation>Restore a workspace from a backup; the current workspace is kept as a copy.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>The passphrase of an encrypted backup, in this file.</source>
        <translation>The passphrase of an encrypted backup, in this file.</translation>
    </message>
    <message>
        <source>The backup file (or --in FILE).</source>
        <translation>The backup file (or --in FILE).</translation>
    </message>
    <message>
        <source>Name the backup file to restore.</source>
        <translation>Name the backup file to restore.</translation>
    </message>
    <message>
        <source>Workspace %1 restored from %2.</source>
        <translation>Workspace %1 restored from %2.</translation>
    </message>
    <message>
        <source>The previous workspace was kept as %1.</source>
        <translation>The previous workspace was kept as %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::RetryOptions</name>
    <message>
        <source>First retry delay in milliseconds (default 1000).</source>
        <translation>First retry delay in milliseconds (default 1000).</translation>
    </message>
    <message>
        <source>Stop rather than wait longer than this for a retry (seconds, default 120).</source>
        <translation>Stop rather than wait longer than this for a retry (seconds, default 120).</translation>
    </message>
</context>
<context>
    <name>fla::cli::ReviewPullCommand</name>
    <message>
        <source>Show how the platform&apos;s data for an employer differs from the workspace; accept or reject all of it.</source>
        <translation>Show how the platform&apos;s data for an employer differs from the workspace; accept or reject all of it.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>The employer&apos;s enterprise number.</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of every difference into the workspace.</source>
        <translation>Take the platform&apos;s version of every difference into the workspace.</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of every difference; they are not asked again until the platform&apos;s records change.</source>
        <translation>Keep the workspace&apos;s version of every difference; they are not asked again until the platform&apos;s records change.</translation>
    </message>
    <message>
        <source>Give --accept-all or --reject-all, not both.</source>
        <translation>Give --accept-all or --reject-all, not both.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: give a valid enterprise number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1: use fladesk-cli pull --archive to take everything the platform holds for it.</source>
        <translation>The workspace has no employer %1: use fladesk-cli pull --archive to take everything the platform holds for it.</translation>
    </message>
    <message>
        <source>%1 new on the platform, %2 changed fields, %3 missing on the platform; %4 the same; %5 rejected before.</source>
        <translation>%1 new on the platform, %2 changed fields, %3 missing on the platform; %4 the same; %5 rejected before.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Applied: %1 records written, %2 removed, %3 differences rejected.</source>
        <translation>Applied: %1 records written, %2 removed, %3 differences rejected.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SocialBalanceCommand</name>
    <message>
        <source>Print the training block of an employer&apos;s social balance sheet for a financial year.</source>
        <translation>Print the training block of an employer&apos;s social balance sheet for a financial year.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>The workspace file.</translation>
    </message>
    <message>
        <source>The employer&apos;s enterprise number.</source>
        <translation>The employer&apos;s enterprise number.</translation>
    </message>
    <message>
        <source>First day of the financial year (yyyy-mm-dd), with --to.</source>
        <translation>First day of the financial year (yyyy-mm-dd), with --to.</translation>
    </message>
    <message>
        <source>Last day of the financial year (yyyy-mm-dd).</source>
        <translation>Last day of the financial year (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>One JSON object with the NBB item codes as keys.</source>
        <translation>One JSON object with the NBB item codes as keys.</translation>
    </message>
    <message>
        <source>code;value;confirmed;description lines.</source>
        <translation>code;value;confirmed;description lines.</translation>
    </message>
    <message>
        <source>--employer: give a valid enterprise number, not &quot;%1&quot;.</source>
        <translation>--employer: give a valid enterprise number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most 24 months).</source>
        <translation>Give the financial year with --year Y, or with --from and --to (yyyy-mm-dd, at most 24 months).</translation>
    </message>
    <message>
        <source>Give --json or --csv, not both.</source>
        <translation>Give --json or --csv, not both.</translation>
    </message>
    <message>
        <source>The workspace has no employer %1.</source>
        <translation>The workspace has no employer %1.</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 (%2), %3 to %4</source>
        <translation>Social balance sheet, training block: %1 (%2), %3 to %4</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model.</source>
        <translation>* The code follows the NBB&apos;s numbering but was not confirmed from its model.</translation>
    </message>
    <message>
        <source>%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.</source>
        <translation>%1 of the %2 trainings counted have no cost in the register: their cost counts as 0.</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year, their followed participations, in their category, men and women apart (the worker&apos;s stated sex, else the INSZ&apos;s), gross costs, contributions and subsidies shared over the participants as each training says. Codes not yet confirmed from the NBB&apos;s model are marked.</source>
        <translation>Computed from the register: completed trainings that start in the financial year, their followed participations, in their category, men and women apart (the worker&apos;s stated sex, else the INSZ&apos;s), gross costs, contributions and subsidies shared over the participants as each training says. Codes not yet confirmed from the NBB&apos;s model are marked.</translation>
    </message>
    <message>
        <source>The financial year that closes in year Y (from the employer&apos;s start of the financial year).</source>
        <translation>The financial year that closes in year Y (from the employer&apos;s start of the financial year).</translation>
    </message>
    <message>
        <source>Employer %1, start of the financial year: day %2 of month %3 is not a day of every year; correct it, or give --from and --to.</source>
        <translation>Employer %1, start of the financial year: day %2 of month %3 is not a day of every year; correct it, or give --from and --to.</translation>
    </message>
    <message>
        <source>%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they are left out of the men&apos;s and women&apos;s figures; state it on the worker: %2</source>
        <translation>%1 worker(s) have no sex stated and their INSZ does not tell it (BIS numbers): they are left out of the men&apos;s and women&apos;s figures; state it on the worker: %2</translation>
    </message>
    <message>
        <source>Also write the training block as a PDF document to this file.</source>
        <translation>Also write the training block as a PDF document to this file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::StatementsCommand</name>
    <message>
        <source>Write the yearly training credit statement of each worker as PDF, in the worker&apos;s language.</source>
        <translation>Write the yearly training credit statement of each worker as PDF, in the worker&apos;s language.</translation>
    </message>
    <message>
        <source>The year of the statements.</source>
        <translation>The year of the statements.</translation>
    </message>
    <message>
        <source>The folder to write the PDF files into.</source>
        <translation>The folder to write the PDF files into.</translation>
    </message>
    <message>
        <source>One PDF with every worker&apos;s statement, each on a new page.</source>
        <translation>One PDF with every worker&apos;s statement, each on a new page.</translation>
    </message>
    <message>
        <source>Give --year YEAR and --out DIR.</source>
        <translation>Give --year YEAR and --out DIR.</translation>
    </message>
</context>
<context>
    <name>fla::cli::SyncCommand</name>
    <message>
        <source>Declare the workspace&apos;s waiting changes to the FLA platform (exactly once).</source>
        <translation>Declare the workspace&apos;s waiting changes to the FLA platform (exactly once).</translation>
    </message>
    <message>
        <source>The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from --token-file; sign in first. Interrupted syncs resume where they stopped: run the command again.</source>
        <translation>The access token is read from the environment variable FLADESK_ACCESS_TOKEN or from --token-file; sign in first. Interrupted syncs resume where they stopped: run the command again.</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>The workspace file.</translation>
    </message>
    <message>
        <source>sandbox (default), acceptance or production.</source>
        <translation>sandbox (default), acceptance or production.</translation>
    </message>
    <message>
        <source>The FLA API root instead of the environment&apos;s (…/REST/fla/v1).</source>
        <translation>The FLA API root instead of the environment&apos;s (…/REST/fla/v1).</translation>
    </message>
    <message>
        <source>Only this employer&apos;s changes (enterprise number; repeatable).</source>
        <translation>Only this employer&apos;s changes (enterprise number; repeatable).</translation>
    </message>
    <message>
        <source>Read the access token from this file.</source>
        <translation>Read the access token from this file.</translation>
    </message>
    <message>
        <source>Records per declaration (default 500).</source>
        <translation>Records per declaration (default 500).</translation>
    </message>
    <message>
        <source>Declarations in flight at once (default 4).</source>
        <translation>Declarations in flight at once (default 4).</translation>
    </message>
    <message>
        <source>No progress line.</source>
        <translation>No progress line.</translation>
    </message>
    <message>
        <source>The summary as one JSON object.</source>
        <translation>The summary as one JSON object.</translation>
    </message>
    <message>
        <source>--employer: no employer %1 in the workspace</source>
        <translation>--employer: no employer %1 in the workspace</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Not sent: %1 — %2</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Refused: %1 — %2</translation>
    </message>
    <message>
        <source>Conflict: %1 changed on the platform meanwhile; resolve it in the app.</source>
        <translation>Conflict: %1 changed on the platform meanwhile; resolve it in the app.</translation>
    </message>
    <message>
        <source>Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 conflict(s); %7 not sent, %8 still waiting.</source>
        <translation>Declared %1 of %2 change(s): %3 accepted, %4 accepted with warnings, %5 refused, %6 conflict(s); %7 not sent, %8 still waiting.</translation>
    </message>
    <message>
        <source>Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.</source>
        <translation>Not signed in: run fladesk-cli login, or set FLADESK_ACCESS_TOKEN, or give --token-file.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TeamCommand</name>
    <message>
        <source>On a team server: grant, revoke or list which staff member may work on which company.</source>
        <translation>On a team server: grant, revoke or list which staff member may work on which company.</translation>
    </message>
    <message>
        <source>The staff member&apos;s database user (role).</source>
        <translation>The staff member&apos;s database user (role).</translation>
    </message>
    <message>
        <source>The company&apos;s enterprise number.</source>
        <translation>The company&apos;s enterprise number.</translation>
    </message>
    <message>
        <source>list: one JSON object per grant.</source>
        <translation>list: one JSON object per grant.</translation>
    </message>
    <message>
        <source>grant, revoke or list.</source>
        <translation>grant, revoke or list.</translation>
    </message>
    <message>
        <source>Say what to do: team grant, team revoke or team list.</source>
        <translation>Say what to do: team grant, team revoke or team list.</translation>
    </message>
    <message>
        <source>team %1 needs --user ROLE and --employer with a valid enterprise number.</source>
        <translation>team %1 needs --user ROLE and --employer with a valid enterprise number.</translation>
    </message>
    <message>
        <source>The workspace has no company %1 (or you may not see it).</source>
        <translation>The workspace has no company %1 (or you may not see it).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2 (%3).</source>
        <translation>%1 may now see and change %2 (%3).</translation>
    </message>
    <message>
        <source>%1 no longer sees %2 (%3).</source>
        <translation>%1 no longer sees %2 (%3).</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingAccountCommand</name>
    <message>
        <source>Print a worker&apos;s individual training account for a year, or write its yearly overview as PDF.</source>
        <translation>Print a worker&apos;s individual training account for a year, or write its yearly overview as PDF.</translation>
    </message>
    <message>
        <source>The worker&apos;s INSZ or UUID (required).</source>
        <translation>The worker&apos;s INSZ or UUID (required).</translation>
    </message>
    <message>
        <source>The year (required).</source>
        <translation>The year (required).</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>One JSON object.</translation>
    </message>
    <message>
        <source>Write the yearly overview, in the worker&apos;s language, to this PDF file.</source>
        <translation>Write the yearly overview, in the worker&apos;s language, to this PDF file.</translation>
    </message>
    <message>
        <source>Give --worker INSZ and --year Y (%1 to %2).</source>
        <translation>Give --worker INSZ and --year Y (%1 to %2).</translation>
    </message>
    <message>
        <source>The worker has no employment, right or training in %1.</source>
        <translation>The worker has no employment, right or training in %1.</translation>
    </message>
</context>
<context>
    <name>fla::cli::TrainingPlanCommand</name>
    <message>
        <source>Keep an employer&apos;s yearly training plan: create, add, log, show, check, pdf.</source>
        <translation>Keep an employer&apos;s yearly training plan: create, add, log, show, check, pdf.</translation>
    </message>
    <message>
        <source>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out FILE</source>
        <translation>create --year Y [--last-year Y2] [--consulted works-council|union-delegation|workers]
add --year Y --category formal|informal|initial --title T [--target-group G] [--risk-group age-50-plus|disability|non-eu-nationals|shortage-occupations|gender] [--workers N] [--days D]
log --year Y --step draft-sent|advice|adopted|uploaded --date yyyy-mm-dd [--note TEXT]
show --year Y [--json]; check [--json] (exit 1 when a deadline has passed); pdf --year Y --out FILE</translation>
    </message>
    <message>
        <source>A year of the plan.</source>
        <translation>A year of the plan.</translation>
    </message>
    <message>
        <source>The plan&apos;s last year (several years).</source>
        <translation>The plan&apos;s last year (several years).</translation>
    </message>
    <message>
        <source>Who gives advice on the draft.</source>
        <translation>Who gives advice on the draft.</translation>
    </message>
    <message>
        <source>formal, informal or initial.</source>
        <translation>formal, informal or initial.</translation>
    </message>
    <message>
        <source>What the training is.</source>
        <translation>What the training is.</translation>
    </message>
    <message>
        <source>For whom.</source>
        <translation>For whom.</translation>
    </message>
    <message>
        <source>A risk group it pays attention to.</source>
        <translation>A risk group it pays attention to.</translation>
    </message>
    <message>
        <source>How many workers.</source>
        <translation>How many workers.</translation>
    </message>
    <message>
        <source>Days per worker.</source>
        <translation>Days per worker.</translation>
    </message>
    <message>
        <source>The consultation step logged.</source>
        <translation>The consultation step logged.</translation>
    </message>
    <message>
        <source>The day of the step (yyyy-mm-dd).</source>
        <translation>The day of the step (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>A note with the step.</source>
        <translation>A note with the step.</translation>
    </message>
    <message>
        <source>JSON instead of text.</source>
        <translation>JSON instead of text.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>Give one action: %1.</source>
        <translation>Give one action: %1.</translation>
    </message>
    <message>
        <source>training-plan %1: give the plan&apos;s year with --year Y.</source>
        <translation>training-plan %1: give the plan&apos;s year with --year Y.</translation>
    </message>
    <message>
        <source>--consulted: works-council, union-delegation or workers, not &quot;%1&quot;.</source>
        <translation>--consulted: works-council, union-delegation or workers, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Training plan %1 created for %2.</source>
        <translation>Training plan %1 created for %2.</translation>
    </message>
    <message>
        <source>Nothing due for the training plan of %1.</source>
        <translation>Nothing due for the training plan of %1.</translation>
    </message>
    <message>
        <source>%1 has no training plan for %2: create it with training-plan create.</source>
        <translation>%1 has no training plan for %2: create it with training-plan create.</translation>
    </message>
    <message>
        <source>training-plan add: give --category formal|informal|initial, --title, and --workers and --days as numbers of 0 or more (--risk-group: one of the listed groups).</source>
        <translation>training-plan add: give --category formal|informal|initial, --title, and --workers and --days as numbers of 0 or more (--risk-group: one of the listed groups).</translation>
    </message>
    <message>
        <source>training-plan log: give --step draft-sent|advice|adopted|uploaded and --date yyyy-mm-dd.</source>
        <translation>training-plan log: give --step draft-sent|advice|adopted|uploaded and --date yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>training-plan pdf: give --out FILE.</source>
        <translation>training-plan pdf: give --out FILE.</translation>
    </message>
    <message>
        <source>Training plan %1 saved.</source>
        <translation>Training plan %1 saved.</translation>
    </message>
</context>
<context>
    <name>fla::cli::ValidateCommand</name>
    <message>
        <source>Check a CSV set or a workspace against every anomaly rule.</source>
        <translation>Check a CSV set or a workspace against every anomaly rule.</translation>
    </message>
    <message>
        <source>The folder of a CSV set.</source>
        <translation>The folder of a CSV set.</translation>
    </message>
    <message>
        <source>A workspace file; the anomalies found are kept in it per record.</source>
        <translation>A workspace file; the anomalies found are kept in it per record.</translation>
    </message>
    <message>
        <source>One JSON object per anomaly and line.</source>
        <translation>One JSON object per anomaly and line.</translation>
    </message>
    <message>
        <source>Judge deadlines as on this day (yyyy-MM-dd) instead of today.</source>
        <translation>Judge deadlines as on this day (yyyy-MM-dd) instead of today.</translation>
    </message>
    <message>
        <source>Give either --csv DIR or --workspace W.</source>
        <translation>Give either --csv DIR or --workspace W.</translation>
    </message>
    <message>
        <source>--today must be a date of the form yyyy-MM-dd: %1</source>
        <translation>--today must be a date of the form yyyy-MM-dd: %1</translation>
    </message>
    <message>
        <source>%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.</source>
        <translation>%1 records, %2 anomalies: %3 blocking, %4 warnings, %5 information.</translation>
    </message>
</context>
<context>
    <name>fla::cli::WorkspaceCommand</name>
    <message>
        <source>Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either direction, and check the copy.</source>
        <translation>Copy a whole workspace between a SQLite file and a team server (PostgreSQL), in either direction, and check the copy.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file, or postgresql://user@host/db.</source>
        <translation>The workspace to copy: a file, or postgresql://user@host/db.</translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty database on a team server.</source>
        <translation>Where to copy it: a new file, or an empty database on a team server.</translation>
    </message>
    <message>
        <source>Empty the target first when it already holds records.</source>
        <translation>Empty the target first when it already holds records.</translation>
    </message>
    <message>
        <source>Report the check as one JSON object.</source>
        <translation>Report the check as one JSON object.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Say what to do: workspace copy --from A --to B.</source>
        <translation>Say what to do: workspace copy --from A --to B.</translation>
    </message>
    <message>
        <source>workspace copy needs --from WORKSPACE and --to WORKSPACE.</source>
        <translation>workspace copy needs --from WORKSPACE and --to WORKSPACE.</translation>
    </message>
    <message>
        <source>There is no workspace %1 to copy.</source>
        <translation>There is no workspace %1 to copy.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be copied onto itself.</source>
        <translation>The workspace %1 cannot be copied onto itself.</translation>
    </message>
    <message>
        <source>The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.</source>
        <translation>The workspaces %1 (schema %2) and %3 (schema %4) are not at the same version.</translation>
    </message>
    <message>
        <source>Copied %1 into %2: every table has as many rows as its source, and the audit trail (%3 entries) is identical.</source>
        <translation>Copied %1 into %2: every table has as many rows as its source, and the audit trail (%3 entries) is identical.</translation>
    </message>
</context>
<context>
    <name>fla::fieldrules</name>
    <message>
        <source>The text holds %1 characters; at most %2 are allowed.</source>
        <translation>The text holds %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>The text holds a control character (%1) at position %2: such characters are not allowed.</source>
        <translation>The text holds a control character (%1) at position %2: such characters are not allowed.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not valid in the file&apos;s encoding (shown as U+FFFD) at position %1: save the file as UTF-8.</source>
        <translation>The text holds bytes that are not valid in the file&apos;s encoding (shown as U+FFFD) at position %1: save the file as UTF-8.</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 characters)</translation>
    </message>
</context>
<context>
    <name>fla::postgres::StagedLoad::Private</name>
    <message>
        <source>The user %1 may not load records of the company %2: the office&apos;s administrator has not given them this company (fladesk-cli team grant).</source>
        <translation>The user %1 may not load records of the company %2: the office&apos;s administrator has not given them this company (fladesk-cli team grant).</translation>
    </message>
</context>
<context>
    <name>fla::reports</name>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation>Training plan %1</translation>
    </message>
    <message>
        <source>Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal data: workers are counted, never named.</source>
        <translation>Training plan of the company (law of 3 October 2022, chapter 9). This copy holds no personal data: workers are counted, never named.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>Joint committees</source>
        <translation>Joint committees</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Drawn up on</source>
        <translation>Drawn up on</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Planned trainings</translation>
    </message>
    <message>
        <source>No trainings planned yet.</source>
        <translation>No trainings planned yet.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risk group</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Days each</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Planned and realised</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>workers</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realised</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed (resources/obligations/training-plan.json).</source>
        <translation>* Unconfirmed: this deadline rests on a reading of the rules that is not confirmed (resources/obligations/training-plan.json).</translation>
    </message>
    <message>
        <source>Social balance sheet, training block: %1 to %2</source>
        <translation>Social balance sheet, training block: %1 to %2</translation>
    </message>
    <message>
        <source>Computed from the register: completed trainings that start in the financial year and their followed participations.</source>
        <translation>Computed from the register: completed trainings that start in the financial year and their followed participations.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sex unknown</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 trainings counted; %2 of them have no cost in the register (counted as 0).</source>
        <translation>%1 trainings counted; %2 of them have no cost in the register (counted as 0).</translation>
    </message>
    <message>
        <source>* The code follows the NBB&apos;s numbering but was not confirmed from its model. Source: %1</source>
        <translation>* The code follows the NBB&apos;s numbering but was not confirmed from its model. Source: %1</translation>
    </message>
    <message>
        <source>Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the men&apos;s nor the women&apos;s figures; state it on the worker.</source>
        <translation>Sex unknown (no sex stated, and the INSZ does not tell it): %1. They are in neither the men&apos;s nor the women&apos;s figures; state it on the worker.</translation>
    </message>
</context>
<context>
    <name>fla::sandbox</name>
    <message>
        <source>--issue-token: no simulated identity %1</source>
        <translation>--issue-token: no simulated identity %1</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::OidcProvider</name>
    <message>
        <source>&lt;h1&gt;Unknown client&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unknown client&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;The redirect URI must be a loopback http address (RFC 8252)&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;The redirect URI must be a loopback http address (RFC 8252)&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown identity&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unknown identity&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Unknown key: choose eID or itsme&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Unknown key: choose eID or itsme&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Sign in with %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>FLA sandbox: sign in</source>
        <translation>FLA sandbox: sign in</translation>
    </message>
    <message>
        <source>A simulated sign-in. Choose who you are and which key you use; you will act for the enterprises listed.</source>
        <translation>A simulated sign-in. Choose who you are and which key you use; you will act for the enterprises listed.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>INSZ (synthetic)</source>
        <translation>INSZ (synthetic)</translation>
    </message>
    <message>
        <source>May act for</source>
        <translation>May act for</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>fla::sandbox::PlatformModule</name>
    <message>
        <source>SQLite file of the FLA platform&apos;s state (default: fla-platform.sqlite in --data-dir, or memory only).</source>
        <translation>SQLite file of the FLA platform&apos;s state (default: fla-platform.sqlite in --data-dir, or memory only).</translation>
    </message>
    <message>
        <source>Share of FLA API requests (0 to 1) that meet an injected fault (default 0).</source>
        <translation>Share of FLA API requests (0 to 1) that meet an injected fault (default 0).</translation>
    </message>
    <message>
        <source>Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed without an answer, nothing done), lost (carried out and committed, then the answer is lost), or all (default).</source>
        <translation>Which faults, comma-separated: 500, 503, 429 (with Retry-After), drop (connection closed without an answer, nothing done), lost (carried out and committed, then the answer is lost), or all (default).</translation>
    </message>
    <message>
        <source>Delay added to every FLA API answer, in milliseconds.</source>
        <translation>Delay added to every FLA API answer, in milliseconds.</translation>
    </message>
    <message>
        <source>Seconds announced in Retry-After with 429 and 503.</source>
        <translation>Seconds announced in Retry-After with 429 and 503.</translation>
    </message>
    <message>
        <source>Seed of the fault dice, for reproducible runs.</source>
        <translation>Seed of the fault dice, for reproducible runs.</translation>
    </message>
    <message>
        <source>Print an access token for the simulated identity KEY at start-up (for scripts and tests; repeatable).</source>
        <translation>Print an access token for the simulated identity KEY at start-up (for scripts and tests; repeatable).</translation>
    </message>
    <message>
        <source>Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a 503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed the work.</source>
        <translation>Fault injection: --fault-rate 0.1 --faults all makes one FLA API request in ten fail with a 500, a 503 or a 429 with Retry-After, a dropped connection, or an answer lost after the platform committed the work.</translation>
    </message>
    <message>
        <source>--fault-rate: give a number from 0 to 1, not %1</source>
        <translation>--fault-rate: give a number from 0 to 1, not %1</translation>
    </message>
    <message>
        <source>--latency-ms: give a whole number of milliseconds, not %1</source>
        <translation>--latency-ms: give a whole number of milliseconds, not %1</translation>
    </message>
    <message>
        <source>--retry-after: give a whole number of seconds, not %1</source>
        <translation>--retry-after: give a whole number of seconds, not %1</translation>
    </message>
    <message>
        <source>--fault-seed: give a whole number, not %1</source>
        <translation>--fault-seed: give a whole number, not %1</translation>
    </message>
    <message>
        <source>Faults for the first FLA API requests, one per request, comma-separated (none, 500, 503, 429, drop, lost), before --fault-rate applies: &quot;none,lost&quot; loses the answer to the second request.</source>
        <translation>Faults for the first FLA API requests, one per request, comma-separated (none, 500, 503, 429, drop, lost), before --fault-rate applies: &quot;none,lost&quot; loses the answer to the second request.</translation>
    </message>
</context>
<context>
    <name>fla::storage</name>
    <message>
        <source>%1 cannot be saved: it refers to a record that does not exist for this employer, or other records still refer to it.</source>
        <translation>%1 cannot be saved: it refers to a record that does not exist for this employer, or other records still refer to it.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the worker already takes part in this training.</source>
        <translation>%1 cannot be saved: the worker already takes part in this training.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: another record already has this uuid.</source>
        <translation>%1 cannot be saved: another record already has this uuid.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 holds a value that is not allowed.</source>
        <translation>%1 cannot be saved: the field %2 holds a value that is not allowed.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: the field %2 is required.</source>
        <translation>%1 cannot be saved: the field %2 is required.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 cannot be saved: %2</translation>
    </message>
    <message>
        <source>The workspace could not read %1: %2</source>
        <translation>The workspace could not read %1: %2</translation>
    </message>
    <message>
        <source>the %1 records of the company</source>
        <translation>the %1 records of the company</translation>
    </message>
    <message>
        <source>the anomalies of the company</source>
        <translation>the anomalies of the company</translation>
    </message>
    <message>
        <source>the companies of the workspace</source>
        <translation>the companies of the workspace</translation>
    </message>
</context>
<context>
    <name>fla::ui::AboutDialog</name>
    <message>
        <source>Application framework: windows, database access, network, sign-in</source>
        <translation>Application framework: windows, database access, network, sign-in</translation>
    </message>
    <message>
        <source>Encryption of backups, TLS connections to the platform</source>
        <translation>Encryption of backups, TLS connections to the platform</translation>
    </message>
    <message>
        <source>Keeping sign-in tokens in the system keychain</source>
        <translation>Keeping sign-in tokens in the system keychain</translation>
    </message>
    <message>
        <source>The workspace database</source>
        <translation>The workspace database</translation>
    </message>
    <message>
        <source>Reading spreadsheet (XLSX) files</source>
        <translation>Reading spreadsheet (XLSX) files</translation>
    </message>
    <message>
        <source>Compression, used by QuaZip and Qt</source>
        <translation>Compression, used by QuaZip and Qt</translation>
    </message>
    <message>
        <source>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself</source>
        <translation>PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself</translation>
    </message>
    <message>
        <source>Windows only: the C++ runtime of the Windows build</source>
        <translation>Windows only: the C++ runtime of the Windows build</translation>
    </message>
    <message>
        <source>Microsoft Visual C++ Redistributable licence</source>
        <translation>Microsoft Visual C++ Redistributable licence</translation>
    </message>
    <message>
        <source>About FLA Desk</source>
        <translation>About FLA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Training records and Federal Learning Account declarations for Belgian employers.&lt;/p&gt;&lt;p&gt;FLA Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;&lt;p&gt;Training records and Federal Learning Account declarations for Belgian employers.&lt;/p&gt;&lt;p&gt;FLA Desk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Running on Qt %1 with %2.</source>
        <translation>Running on Qt %1 with %2.</translation>
    </message>
    <message>
        <source>no TLS library</source>
        <translation>no TLS library</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>The licence texts are installed with FLA Desk in %1.</source>
        <translation>The licence texts are installed with FLA Desk in %1.</translation>
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
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Text of the message</translation>
    </message>
    <message>
        <source>Search anomalies</source>
        <translation>Search anomalies</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filter by severity</translation>
    </message>
    <message>
        <source>Filter by code</source>
        <translation>Filter by code</translation>
    </message>
    <message>
        <source>Anomalies: Enter opens the record at the field</source>
        <translation>Anomalies: Enter opens the record at the field</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>%1, %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blocking</numerusform>
            <numerusform>%n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Sever&amp;ity:</source>
        <translation>Sever&amp;ity:</translation>
    </message>
</context>
<context>
    <name>fla::ui::AnomalyModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
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
        <translation>Field</translation>
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
        <translation>Archive everything from the FLA</translation>
    </message>
    <message>
        <source>The FLA destroys its data on 1 January 2027. Everything it holds for your companies is copied into this workspace: workers, employments, trainings (also those registered by training providers), participations and the rights it computed. Records you changed here keep your version.</source>
        <translation>The FLA destroys its data on 1 January 2027. Everything it holds for your companies is copied into this workspace: workers, employments, trainings (also those registered by training providers), participations and the rights it computed. Records you changed here keep your version.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Archive report per company</source>
        <translation>Archive report per company</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Archiving %1 (%2 of %3)…</source>
        <translation>Archiving %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Fetching from the platform…</source>
        <translation>Fetching from the platform…</translation>
    </message>
    <message>
        <source>Archived: %1 new, %2 updated, %3 already in the workspace</source>
        <translation>Archived: %1 new, %2 updated, %3 already in the workspace</translation>
    </message>
    <message>
        <source>Not archived: %1</source>
        <translation>Not archived: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 companies archived, %3 not started.</source>
        <translation>Stopped: %1 of %2 companies archived, %3 not started.</translation>
    </message>
    <message>
        <source>%1 of %2 companies archived. Those not archived say why: sign in as someone with a mandate for them, or try again.</source>
        <translation>%1 of %2 companies archived. Those not archived say why: sign in as someone with a mandate for them, or try again.</translation>
    </message>
    <message>
        <source>All %1 companies archived.</source>
        <translation>All %1 companies archived.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Stopping after this company…</source>
        <translation>Stopping after this company…</translation>
    </message>
</context>
<context>
    <name>fla::ui::CompanyDialog</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Add a company</source>
        <translation>Add a company</translation>
    </message>
    <message>
        <source>The company whose training records you keep. An accountant adds each client company.</source>
        <translation>The company whose training records you keep. An accountant adds each client company.</translation>
    </message>
    <message>
        <source>&amp;Enterprise number:</source>
        <translation>&amp;Enterprise number:</translation>
    </message>
    <message>
        <source>0123.456.749</source>
        <translation>0123.456.749</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Enterprise number</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the company</source>
        <translation>Language of the company</translation>
    </message>
    <message>
        <source>&amp;Hours per day:</source>
        <translation>&amp;Hours per day:</translation>
    </message>
    <message>
        <source>Hours per working day</source>
        <translation>Hours per working day</translation>
    </message>
    <message>
        <source>Used to convert hours of training into days of credit</source>
        <translation>Used to convert hours of training into days of credit</translation>
    </message>
    <message>
        <source>NSSO employer number (optional)</source>
        <translation>NSSO employer number (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Joint committees:</source>
        <translation>&amp;Joint committees:</translation>
    </message>
    <message>
        <source>Joint committees, separated by commas</source>
        <translation>Joint committees, separated by commas</translation>
    </message>
    <message>
        <source>e.g. 200, 118</source>
        <translation>e.g. 200, 118</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enterprise number %1 is correct.</source>
        <translation>Enterprise number %1 is correct.</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Edit company %1</translation>
    </message>
    <message>
        <source>Add company %1</source>
        <translation>Add company %1</translation>
    </message>
    <message>
        <source>N&amp;SSO number:</source>
        <translation>N&amp;SSO number:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Financial &amp;year starts on day:</source>
        <translation>Financial &amp;year starts on day:</translation>
    </message>
    <message>
        <source>First day of the financial year: day</source>
        <translation>First day of the financial year: day</translation>
    </message>
    <message>
        <source>First day of the financial year: month</source>
        <translation>First day of the financial year: month</translation>
    </message>
    <message>
        <source>The social balance sheet counts the trainings of each financial year</source>
        <translation>The social balance sheet counts the trainings of each financial year</translation>
    </message>
    <message>
        <source>In the month:</source>
        <translation>In the month:</translation>
    </message>
</context>
<context>
    <name>fla::ui::ConflictDialog</name>
    <message>
        <source>Conflict with the platform</source>
        <translation>Conflict with the platform</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>The platform&apos;s version</translation>
    </message>
    <message>
        <source>Your version and the platform&apos;s, field by field</source>
        <translation>Your version and the platform&apos;s, field by field</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s</source>
        <translation>&amp;Take the platform&apos;s</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Fetching the platform&apos;s version…</source>
        <translation>Fetching the platform&apos;s version…</translation>
    </message>
    <message>
        <source>The conflict cannot be shown</source>
        <translation>The conflict cannot be shown</translation>
    </message>
    <message numerus="yes">
        <source>This record was changed on the platform after you last sent it, and in the workspace too: %n field(s) differ. Choose the version to keep.</source>
        <translation>
            <numerusform>This record was changed on the platform after you last sent it, and in the workspace too: %n field differs. Choose the version to keep.</numerusform>
            <numerusform>This record was changed on the platform after you last sent it, and in the workspace too: %n fields differ. Choose the version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform no longer holds this record, which you changed in the workspace. Choose whether to declare it again or to remove it here too.</source>
        <translation>The platform no longer holds this record, which you changed in the workspace. Choose whether to declare it again or to remove it here too.</translation>
    </message>
    <message>
        <source>Keep mine: your version is sent at the next sync and replaces the platform&apos;s. Take the platform&apos;s: it replaces yours in the workspace (the change shows in the record&apos;s history) and nothing is sent.</source>
        <translation>Keep mine: your version is sent at the next sync and replaces the platform&apos;s. Take the platform&apos;s: it replaces yours in the workspace (the change shows in the record&apos;s history) and nothing is sent.</translation>
    </message>
    <message>
        <source>Keep mine: your version is declared again at the next sync. Take the platform&apos;s: the record is removed from the workspace (you can restore it from its history).</source>
        <translation>Keep mine: your version is declared again at the next sync. Take the platform&apos;s: the record is removed from the workspace (you can restore it from its history).</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(no longer on the platform)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” here, “%4” on the platform.</source>
        <translation>%1 of %2 differs: “%3” here, “%4” on the platform.</translation>
    </message>
    <message>
        <source>The conflict of %1 is not resolved: %2</source>
        <translation>The conflict of %1 is not resolved: %2</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Your version and the one saved meanwhile, field by field</source>
        <translation>Your version and the one saved meanwhile, field by field</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <source>(deleted meanwhile)</source>
        <translation>(deleted meanwhile)</translation>
    </message>
    <message>
        <source>%1 of %2 differs: “%3” in your version, “%4” in the one saved meanwhile.</source>
        <translation>%1 of %2 differs: “%3” in your version, “%4” in the one saved meanwhile.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</source>
        <translation>
            <numerusform>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</numerusform>
            <numerusform>Someone else saved this record after you opened it: %n field(s) differ. Nothing was overwritten. Choose the version to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep mine: your version is saved over theirs (both show in the record&apos;s history). Take theirs: your change is dropped and theirs stays.</source>
        <translation>Keep mine: your version is saved over theirs (both show in the record&apos;s history). Take theirs: your change is dropped and theirs stays.</translation>
    </message>
    <message>
        <source>Someone else deleted this record after you opened it. Nothing was saved.</source>
        <translation>Someone else deleted this record after you opened it. Nothing was saved.</translation>
    </message>
    <message>
        <source>Keep mine: the record is saved again, as you edited it. Take theirs: it stays deleted.</source>
        <translation>Keep mine: the record is saved again, as you edited it. Take theirs: it stays deleted.</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Remaining (hours)</translation>
    </message>
    <message>
        <source>Used %1, more than the %2 of the right (CR-001)</source>
        <translation>Used %1, more than the %2 of the right (CR-001)</translation>
    </message>
    <message>
        <source>No legal right declared for this year: the right the law gives, prorated to the employment.</source>
        <translation>No legal right declared for this year: the right the law gives, prorated to the employment.</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
</context>
<context>
    <name>fla::ui::CreditView</name>
    <message>
        <source>Training credit</source>
        <translation>Training credit</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year of the credit</source>
        <translation>Year of the credit</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Worker or INSZ</source>
        <translation>Worker or INSZ</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Search workers</translation>
    </message>
    <message>
        <source>Training credit per worker</source>
        <translation>Training credit per worker</translation>
    </message>
    <message>
        <source>No worker used more than the right in %1.</source>
        <translation>No worker used more than the right in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) used more than the right in %1.</source>
        <translation>
            <numerusform>%n worker(s) used more than the right in %1.</numerusform>
            <numerusform>%n worker(s) used more than the right in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>fla::ui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>fla::ui::DeskApp</name>
    <message>
        <source>Demo workspace not opened</source>
        <translation>Demo workspace not opened</translation>
    </message>
    <message>
        <source>Workspace not opened</source>
        <translation>Workspace not opened</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>The demo workspace is there already, with what you entered in it. Open it as you left it, or start a fresh demo (what you entered in it is lost)?</source>
        <translation>The demo workspace is there already, with what you entered in it. Open it as you left it, or start a fresh demo (what you entered in it is lost)?</translation>
    </message>
    <message>
        <source>&amp;Open it as I left it</source>
        <translation>&amp;Open it as I left it</translation>
    </message>
    <message>
        <source>Start a &amp;fresh demo</source>
        <translation>Start a &amp;fresh demo</translation>
    </message>
</context>
<context>
    <name>fla::ui::EnvironmentSettingsWidget</name>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Sign-in service (issuer):</source>
        <translation>Sign-in service (issuer):</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client id:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Certificate sign-in token URL:</source>
        <translation>Certificate sign-in token URL:</translation>
    </message>
    <message>
        <source>FLA API address:</source>
        <translation>FLA API address:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>fla::ui::Format</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 day</numerusform>
            <numerusform>%1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation>
            <numerusform>%1 hour</numerusform>
            <numerusform>%1 hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fla::ui::GettingAccessDialog</name>
    <message>
        <source>Getting access</source>
        <translation>Getting access</translation>
    </message>
    <message>
        <source>FLA Desk keeps your training register on this computer; you can work without any access. To declare to the platform (or to fetch what is already there), the social security portal must know you. Four things are needed before anyone can declare:</source>
        <translation>FLA Desk keeps your training register on this computer; you can work without any access. To declare to the platform (or to fetch what is already there), the social security portal must know you. Four things are needed before anyone can declare:</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. The company is registered on the social security portal.&lt;/b&gt; Every employer with staff in Belgium is, through its NSSO registration. A company that has never used the portal first appoints a local administrator there.</source>
        <translation>&lt;b&gt;1. The company is registered on the social security portal.&lt;/b&gt; Every employer with staff in Belgium is, through its NSSO registration. A company that has never used the portal first appoints a local administrator there.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. The local administrator gives you access.&lt;/b&gt; The company&apos;s local administrator (the role &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opens Access Management on the portal, adds you by your INSZ (national register number) and gives you access to the application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;2. The local administrator gives you access.&lt;/b&gt; The company&apos;s local administrator (the role &apos;Werkgever RSZ&apos; / &apos;Employeur ONSS&apos;) opens Access Management on the portal, adds you by your INSZ (national register number) and gives you access to the application &lt;i&gt;CareerPro Federal Learning Account&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Finding out who the local administrator is.&lt;/b&gt; Ask your HR or payroll department first. Otherwise, the portal shows the local administrator of a company from its enterprise number (in Access Management, &apos;Who is my local administrator?&apos;), and the portal&apos;s Contact Center can tell you too.</source>
        <translation>&lt;b&gt;3. Finding out who the local administrator is.&lt;/b&gt; Ask your HR or payroll department first. Otherwise, the portal shows the local administrator of a company from its enterprise number (in Access Management, &apos;Who is my local administrator?&apos;), and the portal&apos;s Contact Center can tell you too.</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Accountants and social secretariats: the mandate.&lt;/b&gt; You declare for a client company only with its mandate: the client&apos;s local administrator designates your firm as service provider for this application in Access Management, and your own firm&apos;s local administrator then gives you access for that client.</source>
        <translation>&lt;b&gt;4. Accountants and social secretariats: the mandate.&lt;/b&gt; You declare for a client company only with its mandate: the client&apos;s local administrator designates your firm as service provider for this application in Access Management, and your own firm&apos;s local administrator then gives you access for that client.</translation>
    </message>
    <message>
        <source>Then sign in with your eID card, itsme or another key of the federal authentication service: FLA Desk opens your browser for it.</source>
        <translation>Then sign in with your eID card, itsme or another key of the federal authentication service: FLA Desk opens your browser for it.</translation>
    </message>
    <message>
        <source>Note: the obligation to register trainings in the Federal Learning Account was repealed from 1 January 2026. The platform keeps the data until 31 December 2026. The right to training and the yearly credit statement remain: keep your register here.</source>
        <translation>Note: the obligation to register trainings in the Federal Learning Account was repealed from 1 January 2026. The platform keeps the data until 31 December 2026. The right to training and the yearly credit statement remain: keep your register here.</translation>
    </message>
    <message>
        <source>&amp;Read in:</source>
        <translation>&amp;Read in:</translation>
    </message>
    <message>
        <source>Language of the guide</source>
        <translation>Language of the guide</translation>
    </message>
    <message>
        <source>Getting access guide</source>
        <translation>Getting access guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>fla::ui::ImportWizard</name>
    <message>
        <source>Import trainings followed</source>
        <translation>Import trainings followed</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Which file?</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) with one row per worker per training, and a header row.</source>
        <translation>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel workbook (.xlsx) with one row per worker per training, and a header row.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>The records are imported for: %1 (%2)</source>
        <translation>The records are imported for: %1 (%2)</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <source>Suggested from the column names. Check it, and save it as a profile for the next file from the same source.</source>
        <translation>Suggested from the column names. Check it, and save it as a profile for the next file from the same source.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Save as profile…</source>
        <translation>Save as profile…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they would be imported, with the problems of each row.</source>
        <translation>The first rows as they would be imported, with the problems of each row.</translation>
    </message>
    <message>
        <source>Import the valid rows only; reject the others with their reasons</source>
        <translation>Import the valid rows only; reject the others with their reasons</translation>
    </message>
    <message>
        <source>Import every row as a draft, to be corrected before it is declared</source>
        <translation>Import every row as a draft, to be corrected before it is declared</translation>
    </message>
    <message>
        <source>Rejected rows go to:</source>
        <translation>Rejected rows go to:</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Read as: %1. %2 columns.</source>
        <translation>Read as: %1. %2 columns.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>Suggested from the column names</source>
        <translation>Suggested from the column names</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Save as profile</translation>
    </message>
    <message>
        <source>Name of the profile (for example the payroll package):</source>
        <translation>Name of the profile (for example the payroll package):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows have a blocking problem.</source>
        <translation>%1 of the first %2 rows have a blocking problem.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 imported, %3 rejected.</source>
        <translation>%1 rows read: %2 imported, %3 rejected.</translation>
    </message>
    <message>
        <source>%1 workers, %2 trainings, %3 participations.</source>
        <translation>%1 workers, %2 trainings, %3 participations.</translation>
    </message>
    <message>
        <source>The rejected rows and their reasons are in %1.</source>
        <translation>The rejected rows and their reasons are in %1.</translation>
    </message>
    <message>
        <source>Rows with blocking problems were kept as drafts.</source>
        <translation>Rows with blocking problems were kept as drafts.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>fla::ui::MainWindow</name>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search in the current view (Ctrl+F)</source>
        <translation>Search in the current view (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Add company…</source>
        <translation>&amp;Add company…</translation>
    </message>
    <message>
        <source>Add a company (client) to this workspace</source>
        <translation>Add a company (client) to this workspace</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>&amp;Edit company…</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Enter one training for many workers (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Duplicate training…</source>
        <translation>&amp;Duplicate training…</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>A new training with the same fields and participants (Ctrl+D)</translation>
    </message>
    <message>
        <source>Add &amp;worker…</source>
        <translation>Add &amp;worker…</translation>
    </message>
    <message>
        <source>Add a worker with the employment (Ctrl+Shift+W)</source>
        <translation>Add a worker with the employment (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Next &amp;anomaly</source>
        <translation>Next &amp;anomaly</translation>
    </message>
    <message>
        <source>Go to the next anomaly and open the record at the field (F8)</source>
        <translation>Go to the next anomaly and open the record at the field (F8)</translation>
    </message>
    <message>
        <source>&amp;Getting access</source>
        <translation>&amp;Getting access</translation>
    </message>
    <message>
        <source>What the social security portal requires before you can declare</source>
        <translation>What the social security portal requires before you can declare</translation>
    </message>
    <message>
        <source>&amp;Sign in to the platform…</source>
        <translation>&amp;Sign in to the platform…</translation>
    </message>
    <message>
        <source>&amp;About FLA Desk</source>
        <translation>&amp;About FLA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Company switcher</source>
        <translation>Company switcher</translation>
    </message>
    <message>
        <source>The company you work on, with its blocking anomalies and next deadline</source>
        <translation>The company you work on, with its blocking anomalies and next deadline</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Welcome to FLA Desk</source>
        <translation>Welcome to FLA Desk</translation>
    </message>
    <message>
        <source>Your training register: enter trainings offline, see at once what the platform would refuse, and declare them when you are ready. Start by adding the company whose trainings you keep, or look around in a demo workspace.</source>
        <translation>Your training register: enter trainings offline, see at once what the platform would refuse, and declare them when you are ready. Start by adding the company whose trainings you keep, or look around in a demo workspace.</translation>
    </message>
    <message>
        <source>&amp;Add a company…</source>
        <translation>&amp;Add a company…</translation>
    </message>
    <message>
        <source>&amp;Open another workspace…</source>
        <translation>&amp;Open another workspace…</translation>
    </message>
    <message>
        <source>&amp;Getting access to the platform</source>
        <translation>&amp;Getting access to the platform</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking — due %2</source>
        <translation>
            <numerusform>%1 — %n blocking — due %2</numerusform>
            <numerusform>%1 — %n blocking — due %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</source>
        <translation>
            <numerusform>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</numerusform>
            <numerusform>%1, enterprise number %2: %n blocking anomalies; next declaration deadline %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Every change is saved at once.</translation>
    </message>
    <message>
        <source>Demo workspace in memory: not saved to disk</source>
        <translation>Demo workspace in memory: not saved to disk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>No anomalies: everything can be declared.</source>
        <translation>No anomalies: everything can be declared.</translation>
    </message>
    <message>
        <source>Select the training to duplicate in the Trainings view.</source>
        <translation>Select the training to duplicate in the Trainings view.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA Desk workspaces (*.fladesk)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk);;All files (*)</source>
        <translation>FLA Desk workspaces (*.fladesk);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Export table…</translation>
    </message>
    <message>
        <source>Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)</source>
        <translation>Save the table of the current view, as filtered and sorted, as CSV or Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Restore a workspace from a .fladeskbackup file into a workspace file you choose</source>
        <translation>Restore a workspace from a .fladeskbackup file into a workspace file you choose</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — due %2</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Table not exported</source>
        <translation>Table not exported</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; exported to %2</source>
        <translation>Table &quot;%1&quot; exported to %2</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup);;All files (*)</source>
        <translation>FLA Desk backups (*.fladeskbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The workspace that was at %1 is kept as %2.</source>
        <translation>The workspace that was at %1 is kept as %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n blocking</source>
        <translation>
            <numerusform>%1 — %n blocking</numerusform>
            <numerusform>%1 — %n blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, enterprise number %2: %n blocking anomalies</source>
        <translation>
            <numerusform>%1, enterprise number %2: %n blocking anomalies</numerusform>
            <numerusform>%1, enterprise number %2: %n blocking anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import trainings…</source>
        <translation>&amp;Import trainings…</translation>
    </message>
    <message>
        <source>Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)</source>
        <translation>Import the trainings followed from a spreadsheet (CSV or Excel) into this company (Ctrl+I)</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Make a &amp;backup…</translation>
    </message>
    <message>
        <source>Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)</source>
        <translation>Write a backup of this workspace to one encrypted file (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Add or choose the company to import into first.</source>
        <translation>Add or choose the company to import into first.</translation>
    </message>
    <message>
        <source>Backup made: %1 (encrypted)</source>
        <translation>Backup made: %1 (encrypted)</translation>
    </message>
    <message>
        <source>Backup made: %1 (not encrypted)</source>
        <translation>Backup made: %1 (not encrypted)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Co&amp;mpany:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Your change of %1 was dropped: the version saved meanwhile stays.</source>
        <translation>Your change of %1 was dropped: the version saved meanwhile stays.</translation>
    </message>
    <message>
        <source>Connect to a team ser&amp;ver…</source>
        <translation>Connect to a team ser&amp;ver…</translation>
    </message>
    <message>
        <source>Team &amp;access…</source>
        <translation>Team &amp;access…</translation>
    </message>
    <message>
        <source>Which staff member may see and change which company</source>
        <translation>Which staff member may see and change which company</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Changes not saved yet</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not reach the team server and are not saved yet. They are saved by themselves as soon as the server answers; if you close FLA Desk now, they are lost.</source>
        <translation>
            <numerusform>%n change could not reach the team server and is not saved yet. It is saved by itself as soon as the server answers; if you close FLA Desk now, it is lost.</numerusform>
            <numerusform>%n changes could not reach the team server and are not saved yet. They are saved by themselves as soon as the server answers; if you close FLA Desk now, they are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep FLA Desk open</source>
        <translation>&amp;Keep FLA Desk open</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Close and lose them</translation>
    </message>
</context>
<context>
    <name>fla::ui::MakeBackupDialog</name>
    <message>
        <source>Make a backup</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>A copy of the workspace %1 in one file, encrypted with a passphrase: keep the passphrase apart, without it the backup cannot be restored.</source>
        <translation>A copy of the workspace %1 in one file, encrypted with a passphrase: keep the passphrase apart, without it the backup cannot be restored.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase, once more</source>
        <translation>Passphrase, once more</translation>
    </message>
    <message>
        <source>&amp;Without encryption: anyone who has the file can read it</source>
        <translation>&amp;Without encryption: anyone who has the file can read it</translation>
    </message>
    <message>
        <source>Why the backup was not made</source>
        <translation>Why the backup was not made</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Make backup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Save as:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>FLA Desk backups (*.fladeskbackup)</source>
        <translation>FLA Desk backups (*.fladeskbackup)</translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation>Give the file to write the backup to.</translation>
    </message>
    <message>
        <source>Give a passphrase, or tick &quot;Without encryption&quot;.</source>
        <translation>Give a passphrase, or tick &quot;Without encryption&quot;.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>The two passphrases differ: type the same passphrase twice.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2</source>
        <translation>The backup %1 was not made: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipantPickerModel</name>
    <message>
        <source>takes part</source>
        <translation>takes part</translation>
    </message>
    <message>
        <source>does not take part</source>
        <translation>does not take part</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Followed</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>JC</source>
        <translation>JC</translation>
    </message>
</context>
<context>
    <name>fla::ui::ParticipationPagedModel</name>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
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
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Worker, INSZ or training</source>
        <translation>Worker, INSZ or training</translation>
    </message>
    <message>
        <source>Search participations</source>
        <translation>Search participations</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Paste a block of rows copied from a spreadsheet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participation(s)</source>
        <translation>
            <numerusform>%n participation(s)</numerusform>
            <numerusform>%n participation(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participation(s)</source>
        <translation>
            <numerusform>Paste %n participation(s)</numerusform>
            <numerusform>Paste %n participation(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Add training %1</translation>
    </message>
    <message>
        <source>Add participation</source>
        <translation>Add participation</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Pas&amp;te from Excel</translation>
    </message>
</context>
<context>
    <name>fla::ui::PasteReportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row(s) read.</numerusform>
            <numerusform>%n row(s) read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</source>
        <translation>
            <numerusform>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</numerusform>
            <numerusform>%n row(s) not added because of the cells below; copy them, correct them and paste them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted from a spreadsheet</source>
        <translation>Pasted from a spreadsheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cells that could not be read</source>
        <translation>Cells that could not be read</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Copy the rows not added</source>
        <translation>&amp;Copy the rows not added</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the workers.</source>
        <translation>
            <numerusform>%n record added to the workers.</numerusform>
            <numerusform>%n records added to the workers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added to the participations.</source>
        <translation>
            <numerusform>%n record added to the participations.</numerusform>
            <numerusform>%n records added to the participations.</numerusform>
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
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign in to the platform with eID or itsme in your browser</source>
        <translation>Sign in to the platform with eID or itsme in your browser</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the sign-in</source>
        <translation>Forget the sign-in</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Declare the company&apos;s waiting records to the platform (F9)</source>
        <translation>Declare the company&apos;s waiting records to the platform (F9)</translation>
    </message>
    <message>
        <source>Sync &amp;view</source>
        <translation>Sync &amp;view</translation>
    </message>
    <message>
        <source>What was declared and what the platform answered (Ctrl+7)</source>
        <translation>What was declared and what the platform answered (Ctrl+7)</translation>
    </message>
    <message>
        <source>&amp;Review the platform&apos;s data…</source>
        <translation>&amp;Review the platform&apos;s data…</translation>
    </message>
    <message>
        <source>What the platform holds for the company that differs from the workspace: accept or reject each difference</source>
        <translation>What the platform holds for the company that differs from the workspace: accept or reject each difference</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolve &amp;conflicts…</translation>
    </message>
    <message>
        <source>Records changed both here and on the platform: keep yours or take the platform&apos;s</source>
        <translation>Records changed both here and on the platform: keep yours or take the platform&apos;s</translation>
    </message>
    <message>
        <source>&amp;Environment…</source>
        <translation>&amp;Environment…</translation>
    </message>
    <message>
        <source>Which platform to declare to: Sandbox, Acceptance or Production</source>
        <translation>Which platform to declare to: Sandbox, Acceptance or Production</translation>
    </message>
    <message>
        <source>%1 (enterprise number %2)</source>
        <translation>%1 (enterprise number %2)</translation>
    </message>
    <message>
        <source>%1: signed in as %2</source>
        <translation>%1: signed in as %2</translation>
    </message>
    <message>
        <source>%1: not signed in</source>
        <translation>%1: not signed in</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Platform %1; may act for %2</source>
        <translation>Platform %1; may act for %2</translation>
    </message>
    <message>
        <source>no enterprise</source>
        <translation>no enterprise</translation>
    </message>
    <message>
        <source>Platform %1</source>
        <translation>Platform %1</translation>
    </message>
    <message>
        <source>Getting access</source>
        <translation>Getting access</translation>
    </message>
    <message>
        <source>Sign in to declare the records of %1: %2. First time? %3 explains what the social security portal requires.</source>
        <translation>Sign in to declare the records of %1: %2. First time? %3 explains what the social security portal requires.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone with a mandate for this company, or see %4.</source>
        <translation>%1 may not act for %2 (no mandate): its records will not be sent. %3 as someone with a mandate for this company, or see %4.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>Platform environment</source>
        <translation>Platform environment</translation>
    </message>
    <message>
        <source>The platform no longer accepts your sign-in: %1, then sync again.</source>
        <translation>The platform no longer accepts your sign-in: %1, then sync again.</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>sign in</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</source>
        <translation>
            <numerusform>%n record of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</numerusform>
            <numerusform>%n records of %1 not sent: %2 may not act for this enterprise. Sign in as someone with a mandate for it, or see %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of %1 waits to be declared.</source>
        <translation>Nothing of %1 waits to be declared.</translation>
    </message>
    <message>
        <source>No mandate</source>
        <translation>No mandate</translation>
    </message>
    <message>
        <source>%1 may not act for %2 (no mandate). Sign in as someone with a mandate for this company.</source>
        <translation>%1 may not act for %2 (no mandate). Sign in as someone with a mandate for this company.</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <source>No record of %1 is in conflict with the platform.</source>
        <translation>No record of %1 is in conflict with the platform.</translation>
    </message>
    <message>
        <source>&amp;Archive everything from the FLA…</source>
        <translation>&amp;Archive everything from the FLA…</translation>
    </message>
    <message>
        <source>Copy what the platform holds for every company into this workspace, before the FLA&apos;s data is destroyed on 1 January 2027</source>
        <translation>Copy what the platform holds for every company into this workspace, before the FLA&apos;s data is destroyed on 1 January 2027</translation>
    </message>
    <message>
        <source>The FLA has closed</source>
        <translation>The FLA has closed</translation>
    </message>
</context>
<context>
    <name>fla::ui::PullReviewDialog</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>In the workspace</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>On the platform</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>The record is removed from the workspace.</source>
        <translation>The record is removed from the workspace.</translation>
    </message>
    <message>
        <source>The platform&apos;s version goes into the workspace.</source>
        <translation>The platform&apos;s version goes into the workspace.</translation>
    </message>
    <message>
        <source>The workspace keeps its version; this difference is not asked again until the platform&apos;s record changes.</source>
        <translation>The workspace keeps its version; this difference is not asked again until the platform&apos;s record changes.</translation>
    </message>
    <message>
        <source>Nothing changes; this difference is asked again next time.</source>
        <translation>Nothing changes; this difference is asked again next time.</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>whole record</translation>
    </message>
    <message>
        <source>(not in the workspace)</source>
        <translation>(not in the workspace)</translation>
    </message>
    <message>
        <source>(no longer on the platform)</source>
        <translation>(no longer on the platform)</translation>
    </message>
    <message>
        <source>Accept (remove)</source>
        <translation>Accept (remove)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>There is no such employer in this workspace.</source>
        <translation>There is no such employer in this workspace.</translation>
    </message>
    <message>
        <source>Differences with the platform</source>
        <translation>Differences with the platform</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Show which changes</source>
        <translation>Show which changes</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Show which records</source>
        <translation>Show which records</translation>
    </message>
    <message>
        <source>Differences between the workspace and the platform</source>
        <translation>Differences between the workspace and the platform</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Take the platform&apos;s version of the selected rows into the workspace</source>
        <translation>Take the platform&apos;s version of the selected rows into the workspace</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s version of the selected rows</source>
        <translation>Keep the workspace&apos;s version of the selected rows</translation>
    </message>
    <message>
        <source>Accept a&amp;ll shown</source>
        <translation>Accept a&amp;ll shown</translation>
    </message>
    <message>
        <source>Reject all sho&amp;wn</source>
        <translation>Reject all sho&amp;wn</translation>
    </message>
    <message>
        <source>A&amp;pply decisions</source>
        <translation>A&amp;pply decisions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fetching what the platform holds for %1…</source>
        <translation>Fetching what the platform holds for %1…</translation>
    </message>
    <message>
        <source>The workspace holds the same as the platform for %1.</source>
        <translation>The workspace holds the same as the platform for %1.</translation>
    </message>
    <message numerus="yes">
        <source>The platform holds %n difference(s) with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</source>
        <translation>
            <numerusform>The platform holds %n difference with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</numerusform>
            <numerusform>The platform holds %n differences with the workspace for %1. Accept a row to take the platform&apos;s version, reject it to keep the workspace&apos;s; nothing changes until you apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) you rejected before are not shown: the platform has not changed them since.</source>
        <translation>
            <numerusform>%n difference you rejected before is not shown: the platform has not changed it since.</numerusform>
            <numerusform>%n differences you rejected before are not shown: the platform has not changed them since.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to accept, %2 to reject, %3 undecided</source>
        <translation>%1 to accept, %2 to reject, %3 undecided</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.</source>
        <translation>The backup %1 is encrypted. Give its passphrase and the workspace file to restore it into.</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup %1 into.</source>
        <translation>Give the workspace file to restore the backup %1 into.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Workspace file to restore into</source>
        <translation>Workspace file to restore into</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>Choose the workspace file</translation>
    </message>
    <message>
        <source>Why the backup was not restored</source>
        <translation>Why the backup was not restored</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Restore &amp;into:</source>
        <translation>Restore &amp;into:</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restore into</translation>
    </message>
    <message>
        <source>FLA Desk workspaces (*.fladesk)</source>
        <translation>FLA Desk workspaces (*.fladesk)</translation>
    </message>
    <message>
        <source>Give the workspace file to restore the backup into.</source>
        <translation>Give the workspace file to restore the backup into.</translation>
    </message>
    <message>
        <source>%1 is the workspace open now: choose another file. Restoring never replaces the workspace you are working in.</source>
        <translation>%1 is the workspace open now: choose another file. Restoring never replaces the workspace you are working in.</translation>
    </message>
    <message>
        <source>The backup is encrypted: give its passphrase.</source>
        <translation>The backup is encrypted: give its passphrase.</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2</source>
        <translation>The backup %1 was not restored: %2</translation>
    </message>
</context>
<context>
    <name>fla::ui::RightsView</name>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Edit training right</source>
        <translation>Edit training right</translation>
    </message>
    <message>
        <source>Training rights</source>
        <translation>Training rights</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Worker, INSZ or year</source>
        <translation>Worker, INSZ or year</translation>
    </message>
    <message>
        <source>Search training rights</source>
        <translation>Search training rights</translation>
    </message>
</context>
<context>
    <name>fla::ui::SaveWhenServerBack</name>
    <message>
        <source>The team server cannot be reached; your changes to %1 are kept. They will be saved when it is back (or press Save again).</source>
        <translation>The team server cannot be reached; your changes to %1 are kept. They will be saved when it is back (or press Save again).</translation>
    </message>
</context>
<context>
    <name>fla::ui::Session</name>
    <message>
        <source>Keep my version of %1</source>
        <translation>Keep my version of %1</translation>
    </message>
    <message>
        <source>The team server cannot be reached; your change to %1 is kept. It will be saved when the server is back.</source>
        <translation>The team server cannot be reached; your change to %1 is kept. It will be saved when the server is back.</translation>
    </message>
    <message>
        <source>Saved now that the team server is back: %1</source>
        <translation>Saved now that the team server is back: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language: %1, %2.</source>
        <translation>Dates and numbers follow the language: %1, %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>fla::ui::SignInDialog</name>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>If no browser window opened, copy this link into your browser:</source>
        <translation>If no browser window opened, copy this link into your browser:</translation>
    </message>
    <message>
        <source>Preparing the sign-in…</source>
        <translation>Preparing the sign-in…</translation>
    </message>
    <message>
        <source>Connecting to the sign-in service…</source>
        <translation>Connecting to the sign-in service…</translation>
    </message>
    <message>
        <source>Sign in with eID or itsme in your browser, then return here.</source>
        <translation>Sign in with eID or itsme in your browser, then return here.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this link into a browser to sign in:</source>
        <translation>No browser could be opened. Copy this link into a browser to sign in:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Waiting for you to sign in in the browser…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>The link is on the clipboard. Paste it into your browser.</source>
        <translation>The link is on the clipboard. Paste it into your browser.</translation>
    </message>
    <message>
        <source>First time? Your company must give you access on the social security portal: &lt;a href=&quot;access:&quot;&gt;Getting access&lt;/a&gt;.</source>
        <translation>First time? Your company must give you access on the social security portal: &lt;a href=&quot;access:&quot;&gt;Getting access&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>fla::ui::SocialBalanceView</name>
    <message>
        <source>Social balance sheet: training block</source>
        <translation>Social balance sheet: training block</translation>
    </message>
    <message>
        <source>Financial &amp;year:</source>
        <translation>Financial &amp;year:</translation>
    </message>
    <message>
        <source>Financial year of the social balance sheet</source>
        <translation>Financial year of the social balance sheet</translation>
    </message>
    <message>
        <source>The training block of the social balance sheet</source>
        <translation>The training block of the social balance sheet</translation>
    </message>
    <message>
        <source>Workers whose sex is unknown</source>
        <translation>Workers whose sex is unknown</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Save as C&amp;SV…</translation>
    </message>
    <message>
        <source>One line per NBB item code, as fladesk-cli social-balance --csv writes it</source>
        <translation>One line per NBB item code, as fladesk-cli social-balance --csv writes it</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>The training block as a document</source>
        <translation>The training block as a document</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>%1, not closed yet</source>
        <translation>%1, not closed yet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Code (men)</source>
        <translation>Code (men)</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Code (women)</source>
        <translation>Code (women)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Sex unknown</source>
        <translation>Sex unknown</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Code status</source>
        <translation>Code status</translation>
    </message>
    <message>
        <source>Workers whose sex is neither stated nor told by the INSZ: in neither code</source>
        <translation>Workers whose sex is neither stated nor told by the INSZ: in neither code</translation>
    </message>
    <message>
        <source>Men, women and sex unknown</source>
        <translation>Men, women and sex unknown</translation>
    </message>
    <message>
        <source>%1: the start of the financial year, day %2 of month %3, is not a day of every year; correct it with Company &gt; Edit company.</source>
        <translation>%1: the start of the financial year, day %2 of month %3, is not a day of every year; correct it with Company &gt; Edit company.</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the year, with followed participations).</source>
        <translation>%1, financial year %2: %3 to %4. %5 trainings counted (completed, started in the year, with followed participations).</translation>
    </message>
    <message>
        <source>%1 of them have no cost in the register: their cost counts as 0.</source>
        <translation>%1 of them have no cost in the register: their cost counts as 0.</translation>
    </message>
    <message>
        <source>Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it (BIS numbers). They are in neither the men&apos;s nor the women&apos;s figures. Press Enter on a worker to state it:</source>
        <translation>Sex unknown for %1 worker(s): no sex stated, and the INSZ does not tell it (BIS numbers). They are in neither the men&apos;s nor the women&apos;s figures. Press Enter on a worker to state it:</translation>
    </message>
    <message>
        <source>social-balance-%1</source>
        <translation>social-balance-%1</translation>
    </message>
    <message>
        <source>Save the social balance sheet</source>
        <translation>Save the social balance sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Social balance</source>
        <translation>Social balance</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>not confirmed: %1</translation>
    </message>
</context>
<context>
    <name>fla::ui::StorageDataSource</name>
    <message>
        <source>The platform refused it: %1</source>
        <translation>The platform refused it: %1</translation>
    </message>
    <message>
        <source>The platform notes: %1</source>
        <translation>The platform notes: %1</translation>
    </message>
    <message>
        <source>%1 was not saved: the team server cannot be reached (%2)</source>
        <translation>%1 was not saved: the team server cannot be reached (%2)</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncStatusModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Accepted with warnings</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Changed on the platform meanwhile: open the record to choose which version to keep.</source>
        <translation>Changed on the platform meanwhile: open the record to choose which version to keep.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the platform said</source>
        <translation>What the platform said</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, field %2: %3</translation>
    </message>
</context>
<context>
    <name>fla::ui::SyncView</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Offline: the platform cannot be reached. Your changes stay in the outbox.</source>
        <translation>Offline: the platform cannot be reached. Your changes stay in the outbox.</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Declare to the platform</source>
        <translation>Declare to the platform</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send the company&apos;s changes to the platform (F9)</source>
        <translation>Send the company&apos;s changes to the platform (F9)</translation>
    </message>
    <message>
        <source>Records and the platform&apos;s answer: Enter opens a refused record at the field</source>
        <translation>Records and the platform&apos;s answer: Enter opens a refused record at the field</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3</source>
        <translation>%1 of %2 done: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with warnings</source>
        <translation>
            <numerusform>%Ln with warnings</numerusform>
            <numerusform>%Ln with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln retried</source>
        <translation>
            <numerusform>%Ln retried</numerusform>
            <numerusform>%Ln retried</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Which records the table shows</source>
        <translation>Which records the table shows</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Refused and conflicts</source>
        <translation>Refused and conflicts</translation>
    </message>
    <message>
        <source>Accepted with warnings</source>
        <translation>Accepted with warnings</translation>
    </message>
    <message>
        <source>Waiting or sent</source>
        <translation>Waiting or sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamAccessDialog</name>
    <message>
        <source>Team access</source>
        <translation>Team access</translation>
    </message>
    <message>
        <source>Each staff member logs in to the team server as a database user of their own and sees only the companies ticked for them. A tick is given or taken away at once.</source>
        <translation>Each staff member logs in to the team server as a database user of their own and sees only the companies ticked for them. A tick is given or taken away at once.</translation>
    </message>
    <message>
        <source>&amp;Staff member (database user):</source>
        <translation>&amp;Staff member (database user):</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>&amp;Companies they may see and change (Space ticks):</source>
        <translation>&amp;Companies they may see and change (Space ticks):</translation>
    </message>
    <message>
        <source>Companies of the staff member</source>
        <translation>Companies of the staff member</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The team server has no staff member&apos;s database user yet. Create one first (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>The team server has no staff member&apos;s database user yet. Create one first (docs/team.md: CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>%1 may now see and change %2.</source>
        <translation>%1 may now see and change %2.</translation>
    </message>
    <message>
        <source>%1 no longer sees %2.</source>
        <translation>%1 no longer sees %2.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TeamServerDialog</name>
    <message>
        <source>Why the connection failed</source>
        <translation>Why the connection failed</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Connect to a team server</translation>
    </message>
    <message>
        <source>Your office&apos;s shared workspace on its PostgreSQL server. Ask the office&apos;s administrator for these details; the password is kept in the system keychain.</source>
        <translation>Your office&apos;s shared workspace on its PostgreSQL server. Ask the office&apos;s administrator for these details; the password is kept in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Server name or address</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Encrypted, the server&apos;s certificate and name checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Encrypted, the server&apos;s certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the server not checked (require)</source>
        <translation>Encrypted, the server not checked (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted: only on this computer (disable)</source>
        <translation>Not encrypted: only on this computer (disable)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate file</source>
        <translation>The office&apos;s CA certificate file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>The office&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the office&apos;s CA certificate file: the server&apos;s certificate is checked against it.</source>
        <translation>Choose the office&apos;s CA certificate file: the server&apos;s certificate is checked against it.</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingAccountView</name>
    <message>
        <source>Save the yearly overview</source>
        <translation>Save the yearly overview</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Training account</source>
        <translation>Training account</translation>
    </message>
    <message>
        <source>Individual training account</source>
        <translation>Individual training account</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Worker of the training account</source>
        <translation>Worker of the training account</translation>
    </message>
    <message>
        <source>Year of the training account</source>
        <translation>Year of the training account</translation>
    </message>
    <message>
        <source>Save the yearly &amp;overview (PDF)…</source>
        <translation>Save the yearly &amp;overview (PDF)…</translation>
    </message>
    <message>
        <source>The worker&apos;s training account</source>
        <translation>The worker&apos;s training account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>This company has no workers yet.</source>
        <translation>This company has no workers yet.</translation>
    </message>
    <message>
        <source>No employment, right or training in %1.</source>
        <translation>No employment, right or training in %1.</translation>
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
        <translation>A training under paid educational leave or Flemish training leave is outside the individual training right: it uses none of it.</translation>
    </message>
    <message>
        <source>Costs and social &amp;balance sheet</source>
        <translation>Costs and social &amp;balance sheet</translation>
    </message>
    <message>
        <source>The trainees&apos; gross pay and social charges for the hours of the training</source>
        <translation>The trainees&apos; gross pay and social charges for the hours of the training</translation>
    </message>
    <message>
        <source>Left to its kind, a formal training counts as formal continuing training and an informal one as informal continuing training</source>
        <translation>Left to its kind, a formal training counts as formal continuing training and an informal one as informal continuing training</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Duplicate training</source>
        <translation>Duplicate training</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rovider:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Counts for the learning account</source>
        <translation>&amp;Counts for the learning account</translation>
    </message>
    <message>
        <source>&amp;Deducted from the training right</source>
        <translation>&amp;Deducted from the training right</translation>
    </message>
    <message>
        <source>Name of the training</source>
        <translation>Name of the training</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. First aid at work</source>
        <translation>e.g. First aid at work</translation>
    </message>
    <message>
        <source>Formal: a teacher, a group, a separate room, course material. Informal: everything else, such as coaching, learning on the job, workshops, conferences.</source>
        <translation>Formal: a teacher, a group, a separate room, course material. Informal: everything else, such as coaching, learning on the job, workshops, conferences.</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Name or INSZ</source>
        <translation>Name or INSZ</translation>
    </message>
    <message>
        <source>Search participants by name or INSZ</source>
        <translation>Search participants by name or INSZ</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Joint committee:</translation>
    </message>
    <message>
        <source>Filter by joint committee</source>
        <translation>Filter by joint committee</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>E&amp;mployment:</translation>
    </message>
    <message>
        <source>Filter by employment status</source>
        <translation>Filter by employment status</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Workers who take part: Space ticks or unticks the current worker</source>
        <translation>Workers who take part: Space ticks or unticks the current worker</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Select n&amp;one</translation>
    </message>
    <message>
        <source>&amp;Paste INSZ list</source>
        <translation>&amp;Paste INSZ list</translation>
    </message>
    <message>
        <source>Selects the workers whose INSZ are on the clipboard, for example a column copied from a spreadsheet</source>
        <translation>Selects the workers whose INSZ are on the clipboard, for example a column copied from a spreadsheet</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write dd/mm/yyyy</source>
        <translation>&quot;%1&quot; is not a date: write dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Anomalies of this training</source>
        <translation>Anomalies of this training</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 workers take part</source>
        <translation>
            <numerusform>%n of %1 workers take part</numerusform>
            <numerusform>%n of %1 workers take part</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste INSZ list</source>
        <translation>Paste INSZ list</translation>
    </message>
    <message>
        <source>No worker of this company has these INSZ; they were not selected:
%1</source>
        <translation>No worker of this company has these INSZ; they were not selected:
%1</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Training not saved</translation>
    </message>
    <message>
        <source>This training cannot be saved yet:
%1</source>
        <translation>This training cannot be saved yet:
%1</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>Edit training %1</translation>
    </message>
    <message numerus="yes">
        <source>Enter training %1 for %n worker(s)</source>
        <translation>
            <numerusform>Enter training %1 for %n worker(s)</numerusform>
            <numerusform>Enter training %1 for %n worker(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Add training %1</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Re&amp;gistered on:</source>
        <translation>Re&amp;gistered on:</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>The day the training was entered; the quarterly deadline is judged on it</source>
        <translation>The day the training was entered; the quarterly deadline is judged on it</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>Un&amp;it:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros</source>
        <translation>&quot;%1&quot; is not an amount in euros</translation>
    </message>
</context>
<context>
    <name>fla::ui::TrainingPlanView</name>
    <message>
        <source>done on time</source>
        <translation>done on time</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>done late</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Training plan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year of the training plan</source>
        <translation>Year of the training plan</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;Add planned training…</source>
        <translation>&amp;Add planned training…</translation>
    </message>
    <message>
        <source>&amp;Log a step…</source>
        <translation>&amp;Log a step…</translation>
    </message>
    <message>
        <source>Planned trainings</source>
        <translation>Planned trainings</translation>
    </message>
    <message>
        <source>Planned and realised</source>
        <translation>Planned and realised</translation>
    </message>
    <message>
        <source>Consultation steps and their deadlines</source>
        <translation>Consultation steps and their deadlines</translation>
    </message>
    <message>
        <source>Planned and realised trainings</source>
        <translation>Planned and realised trainings</translation>
    </message>
    <message>
        <source>Nothing due for the training plan.</source>
        <translation>Nothing due for the training plan.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Risk group</source>
        <translation>Risk group</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Days each</source>
        <translation>Days each</translation>
    </message>
    <message>
        <source>Planned workers</source>
        <translation>Planned workers</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Planned days</translation>
    </message>
    <message>
        <source>Realised workers</source>
        <translation>Realised workers</translation>
    </message>
    <message>
        <source>Realised days</source>
        <translation>Realised days</translation>
    </message>
    <message>
        <source>No training plan covers %1.</source>
        <translation>No training plan covers %1.</translation>
    </message>
    <message>
        <source>Training plan %1, consulted: %2</source>
        <translation>Training plan %1, consulted: %2</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(unconfirmed)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>New training plan</source>
        <translation>New training plan</translation>
    </message>
    <message>
        <source>First year:</source>
        <translation>First year:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>&amp;Last year:</translation>
    </message>
    <message>
        <source>&amp;Consulted:</source>
        <translation>&amp;Consulted:</translation>
    </message>
    <message>
        <source>Planned training</source>
        <translation>Planned training</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Risk group:</source>
        <translation>&amp;Risk group:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>&amp;Days each:</source>
        <translation>&amp;Days each:</translation>
    </message>
    <message>
        <source>The planned training needs a name (field Training).</source>
        <translation>The planned training needs a name (field Training).</translation>
    </message>
    <message>
        <source>Log a consultation step</source>
        <translation>Log a consultation step</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Change the selected planned training (Enter)</source>
        <translation>Change the selected planned training (Enter)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Rem&amp;ove</translation>
    </message>
    <message>
        <source>Remove the selected planned training (Delete)</source>
        <translation>Remove the selected planned training (Delete)</translation>
    </message>
    <message>
        <source>The planned training &quot;%1&quot; is not in the plan shown.</source>
        <translation>The planned training &quot;%1&quot; is not in the plan shown.</translation>
    </message>
    <message>
        <source>That planned training is not in the plan shown.</source>
        <translation>That planned training is not in the plan shown.</translation>
    </message>
    <message>
        <source>Remove the planned training &quot;%1&quot; from the plan?</source>
        <translation>Remove the planned training &quot;%1&quot; from the plan?</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ge…</translation>
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
        <translation>Worker</translation>
    </message>
    <message>
        <source>INSZ</source>
        <translation>INSZ</translation>
    </message>
    <message>
        <source>Edit participation</source>
        <translation>Edit participation</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, provider or date</source>
        <translation>Name, provider or date</translation>
    </message>
    <message>
        <source>Search trainings</source>
        <translation>Search trainings</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <source>Enter one training for many workers (Ctrl+N)</source>
        <translation>Enter one training for many workers (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>A new training with the same fields and participants (Ctrl+D)</source>
        <translation>A new training with the same fields and participants (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Trainings: Enter opens the selected training</source>
        <translation>Trainings: Enter opens the selected training</translation>
    </message>
    <message>
        <source>P&amp;articipants of the selected training</source>
        <translation>P&amp;articipants of the selected training</translation>
    </message>
    <message>
        <source>Participants of the selected training</source>
        <translation>Participants of the selected training</translation>
    </message>
    <message>
        <source>Delete training %1</source>
        <translation>Delete training %1</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
</context>
<context>
    <name>fla::ui::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>What you entered in this form is not saved yet. Discard it?</source>
        <translation>What you entered in this form is not saved yet. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>fla::ui::ViewPage</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkerDialog</name>
    <message>
        <source>Add a worker</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <source>&amp;INSZ:</source>
        <translation>&amp;INSZ:</translation>
    </message>
    <message>
        <source>yy.mm.dd-nnn.cc</source>
        <translation>yy.mm.dd-nnn.cc</translation>
    </message>
    <message>
        <source>INSZ (national register number)</source>
        <translation>INSZ (national register number)</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the worker</source>
        <translation>Language of the worker</translation>
    </message>
    <message>
        <source>Employed &amp;since:</source>
        <translation>Employed &amp;since:</translation>
    </message>
    <message>
        <source>Start of the employment</source>
        <translation>Start of the employment</translation>
    </message>
    <message>
        <source>Work &amp;regime:</source>
        <translation>Work &amp;regime:</translation>
    </message>
    <message>
        <source>Work regime, a fraction of full time</source>
        <translation>Work regime, a fraction of full time</translation>
    </message>
    <message>
        <source>1 for full time, 0,5 for half time</source>
        <translation>1 for full time, 0,5 for half time</translation>
    </message>
    <message>
        <source>&amp;Joint committee:</source>
        <translation>&amp;Joint committee:</translation>
    </message>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Save and &amp;next</translation>
    </message>
    <message>
        <source>Saves this worker and clears the form for the next one</source>
        <translation>Saves this worker and clears the form for the next one</translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Add worker %1</translation>
    </message>
    <message>
        <source>Add worker</source>
        <translation>Add worker</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Add employment</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Sex, for the social balance sheet</source>
        <translation>Sex, for the social balance sheet</translation>
    </message>
    <message>
        <source>Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS number may not tell.</source>
        <translation>Left to the INSZ, an odd sequence number is a man and an even one a woman; a BIS number may not tell.</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkersView</name>
    <message>
        <source>Joint committee</source>
        <translation>Joint committee</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>Employed since</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Edit worker %1</source>
        <translation>Edit worker %1</translation>
    </message>
    <message>
        <source>Edit employment</source>
        <translation>Edit employment</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, INSZ or joint committee</source>
        <translation>Name, INSZ or joint committee</translation>
    </message>
    <message>
        <source>Search workers</source>
        <translation>Search workers</translation>
    </message>
    <message>
        <source>&amp;Add worker…</source>
        <translation>&amp;Add worker…</translation>
    </message>
    <message>
        <source>Paste a block of rows copied from a spreadsheet: %1</source>
        <translation>Paste a block of rows copied from a spreadsheet: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Employments of the selected worker</source>
        <translation>Employments of the selected worker</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n worker(s)</source>
        <translation>
            <numerusform>Paste %n worker(s)</numerusform>
            <numerusform>Paste %n worker(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add worker %1</source>
        <translation>Add worker %1</translation>
    </message>
    <message>
        <source>Add employment</source>
        <translation>Add employment</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n worker(s)</source>
        <translation>
            <numerusform>Delete %n worker(s)</numerusform>
            <numerusform>Delete %n worker(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete employment</source>
        <translation>Delete employment</translation>
    </message>
    <message>
        <source>Delete worker %1</source>
        <translation>Delete worker %1</translation>
    </message>
    <message>
        <source>Delete participation</source>
        <translation>Delete participation</translation>
    </message>
    <message>
        <source>Delete training right</source>
        <translation>Delete training right</translation>
    </message>
    <message>
        <source>Pas&amp;te from Excel</source>
        <translation>Pas&amp;te from Excel</translation>
    </message>
    <message>
        <source>Employments &amp;of the selected worker</source>
        <translation>Employments &amp;of the selected worker</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>%1 (INSZ)</source>
        <translation>%1 (INSZ)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>fla::ui::WorkspaceSource</name>
    <message>
        <source>The demo workspace %1 cannot be replaced (is it open in another window?).</source>
        <translation>The demo workspace %1 cannot be replaced (is it open in another window?).</translation>
    </message>
</context>
<context>
    <name>fla::workercertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workspace not opened</source>
        <translation>Workspace not opened</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>fladesk-cli COMMAND --help describes one command.</source>
        <translation>fladesk-cli COMMAND --help describes one command.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]</source>
        <translation>Usage: fladesk-cli [--lang nl|fr|de|en] [--verbose] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>--verbose also prints the program&apos;s log lines (fladesk.*) on standard error.</source>
        <translation>--verbose also prints the program&apos;s log lines (fladesk.*) on standard error.</translation>
    </message>
</context>
</TS>
