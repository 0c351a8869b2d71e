<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No findings: the workflow passes every check.</source>
        <translation>Keine Befunde: Der Workflow besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts} — double-click one to show it</source>
        <translation>{counts} – Doppelklick zeigt die Stelle</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {notes} notes — double-click one to show it</source>
        <translation>{errors} Fehler, {warnings} Warnungen, {notes} Hinweise – Doppelklick zeigt die Stelle</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>AI task</source>
        <translation>KI-Schritt</translation>
    </message>
    <message>
        <source>Human task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>System task</source>
        <translation>Systemschritt</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Always review</source>
        <translation>Immer prüfen</translation>
    </message>
    <message>
        <source>Review below threshold</source>
        <translation>Prüfen unter Schwellenwert</translation>
    </message>
    <message>
        <source>QA sample only</source>
        <translation>Nur QS-Stichprobe</translation>
    </message>
    <message>
        <source>No review</source>
        <translation>Keine Prüfung</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extrahieren</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwerfen</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Eigenes Rechenzentrum</translation>
    </message>
    <message>
        <source>EU cloud</source>
        <translation>EU-Cloud</translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation>Außerhalb der EU</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>EU-US Data Privacy Framework</source>
        <translation>EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Verbindliche interne Datenschutzvorschriften (BCR)</translation>
    </message>
    <message>
        <source>Manual export</source>
        <translation>Manueller Export</translation>
    </message>
    <message>
        <source>Scheduled file</source>
        <translation>Geplante Datei</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Event stream</source>
        <translation>Ereignisstrom</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Nacharbeit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Human role</source>
        <translation>Rolle (Person)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>External party</source>
        <translation>Externe Partei</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Öffentliche Aufgabe</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Berechtigte Interessen</translation>
    </message>
    <message>
        <source>Racial or ethnic origin</source>
        <translation>Rassische oder ethnische Herkunft</translation>
    </message>
    <message>
        <source>Political opinions</source>
        <translation>Politische Meinungen</translation>
    </message>
    <message>
        <source>Religious beliefs</source>
        <translation>Religiöse Überzeugungen</translation>
    </message>
    <message>
        <source>Trade union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>Genetic data</source>
        <translation>Genetische Daten</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische Daten</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <source>Sex life or orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>(a) Explicit consent</source>
        <translation>(a) Ausdrückliche Einwilligung</translation>
    </message>
    <message>
        <source>(b) Employment and social security law</source>
        <translation>(b) Arbeits- und Sozialrecht</translation>
    </message>
    <message>
        <source>(c) Vital interests</source>
        <translation>(c) Lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>(d) Not-for-profit body</source>
        <translation>(d) Organisation ohne Gewinnerzielungsabsicht</translation>
    </message>
    <message>
        <source>(e) Made public by the data subject</source>
        <translation>(e) Von der betroffenen Person öffentlich gemacht</translation>
    </message>
    <message>
        <source>(f) Legal claims</source>
        <translation>(f) Rechtsansprüche</translation>
    </message>
    <message>
        <source>(g) Substantial public interest</source>
        <translation>(g) Erhebliches öffentliches Interesse</translation>
    </message>
    <message>
        <source>(h) Health or social care</source>
        <translation>(h) Gesundheits- oder Sozialversorgung</translation>
    </message>
    <message>
        <source>(i) Public health</source>
        <translation>(i) Öffentliche Gesundheit</translation>
    </message>
    <message>
        <source>(j) Archiving, research, statistics</source>
        <translation>(j) Archiv, Forschung, Statistik</translation>
    </message>
</context>
<context>
    <name>ExceptionGuard</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>Your work is safe: a recovery copy was written and the document is still open. Save it under a new name if in doubt.</source>
        <translation>Ihre Arbeit ist sicher: Eine Wiederherstellungskopie wurde geschrieben und das Dokument ist weiter geöffnet. Speichern Sie es im Zweifel unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>No work is lost: there were no unsaved changes. The document is still open.</source>
        <translation>Keine Arbeit ist verloren: Es gab keine ungespeicherten Änderungen. Das Dokument ist weiter geöffnet.</translation>
    </message>
    <message>
        <source>No recovery copy could be written. The document is still open: save it under a new name now.</source>
        <translation>Es konnte keine Wiederherstellungskopie geschrieben werden. Das Dokument ist weiter geöffnet: Speichern Sie es jetzt unter einem neuen Namen.</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Must be more than {limit}.</source>
        <translation>Muss größer als {limit} sein.</translation>
    </message>
    <message>
        <source>Must be at least {limit}.</source>
        <translation>Muss mindestens {limit} sein.</translation>
    </message>
    <message>
        <source>Must be less than {limit}.</source>
        <translation>Muss kleiner als {limit} sein.</translation>
    </message>
    <message>
        <source>Must be at most {limit}.</source>
        <translation>Darf höchstens {limit} sein.</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>Höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not calibrated (Tools → Calibrate from pilot data…)</source>
        <translation>nicht kalibriert (Werkzeuge → Aus Pilotdaten kalibrieren…)</translation>
    </message>
    <message>
        <source>{points} points from {source} ({rows} rows)</source>
        <translation>{points} Punkte aus {source} ({rows} Zeilen)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Route bends (x, y)</source>
        <translation>Knickpunkte des Verlaufs (x, y)</translation>
    </message>
    <message>
        <source>Spread of handling times (CV)</source>
        <translation>Streuung der Bearbeitungszeiten (VK)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Role (lane)</source>
        <translation>Rolle (Bahn)</translation>
    </message>
    <message>
        <source>Waiting time (min)</source>
        <translation>Wartezeit (Min.)</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Feed type</source>
        <translation>Art der Zulieferung</translation>
    </message>
    <message>
        <source>Refresh cadence</source>
        <translation>Aktualisierungsrhythmus</translation>
    </message>
    <message>
        <source>Feed owner</source>
        <translation>Verantwortlich für die Zulieferung</translation>
    </message>
    <message>
        <source>Volume per month</source>
        <translation>Menge pro Monat</translation>
    </message>
    <message>
        <source>Data protection (GDPR)</source>
        <translation>Datenschutz (DSGVO)</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie für Drittlandübermittlung</translation>
    </message>
    <message>
        <source>Cost per item</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latenz (s)</translation>
    </message>
    <message>
        <source>Expected accuracy</source>
        <translation>Erwartete Genauigkeit</translation>
    </message>
    <message>
        <source>Review policy</source>
        <translation>Prüfregel</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Prüfmodus</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>Konfidenz-Schwellenwert</translation>
    </message>
    <message>
        <source>QA sample rate</source>
        <translation>QS-Stichprobenquote</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer(in)</translation>
    </message>
    <message>
        <source>Review minutes per item</source>
        <translation>Prüfminuten pro Vorgang</translation>
    </message>
    <message>
        <source>Auto-approved share (estimate)</source>
        <translation>Anteil automatisch freigegeben (Schätzung)</translation>
    </message>
    <message>
        <source>Error rate when auto-approved (estimate)</source>
        <translation>Fehlerquote bei automatischer Freigabe (Schätzung)</translation>
    </message>
    <message>
        <source>Errors missed in review</source>
        <translation>In der Prüfung übersehene Fehler</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Datenkategorien</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Besondere Kategorien (Art. 9)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Handling time (min)</source>
        <translation>Bearbeitungszeit (Min.)</translation>
    </message>
    <message>
        <source>Four-eyes principle</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>Accepted share</source>
        <translation>Anteil angenommen</translation>
    </message>
    <message>
        <source>Edited share</source>
        <translation>Anteil bearbeitet</translation>
    </message>
    <message>
        <source>Rejected share</source>
        <translation>Anteil abgelehnt</translation>
    </message>
    <message>
        <source>Errors missed</source>
        <translation>Übersehene Fehler</translation>
    </message>
    <message>
        <source>Significant effect on a person (Art. 22)</source>
        <translation>Erhebliche Wirkung auf eine Person (Art. 22)</translation>
    </message>
    <message>
        <source>Trigger condition</source>
        <translation>Auslösebedingung</translation>
    </message>
    <message>
        <source>SLA (hours)</source>
        <translation>SLA (Stunden)</translation>
    </message>
    <message>
        <source>Escalation to</source>
        <translation>Eskalation an</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Target system</source>
        <translation>Zielsystem</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Headcount (FTE)</source>
        <translation>Kapazität (VZÄ)</translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Workflow in one sentence</source>
        <translation>Workflow in einem Satz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Exec sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Has production mandate</source>
        <translation>Hat Mandat für den Produktivbetrieb</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Prozessverantwortliche Rolle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Structure changed</source>
        <translation>Struktur geändert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Productive hours per FTE and month</source>
        <translation>Produktive Stunden pro VZÄ und Monat</translation>
    </message>
    <message>
        <source>Working days per month</source>
        <translation>Arbeitstage pro Monat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Assesses the case and can change the outcome (Art. 22)</source>
        <translation>Prüft den Fall und kann das Ergebnis ändern (Art. 22)</translation>
    </message>
    <message>
        <source>Condition (Art. 9(2))</source>
        <translation>Ausnahme (Art. 9 Abs. 2)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Operating models (*{suffix});;All files (*)</source>
        <translation>Betriebsmodelle (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Cannot create the model</source>
        <translation>Das Modell kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open operating model</source>
        <translation>Betriebsmodell öffnen</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>'{name}' no longer exists.</source>
        <translation>„{name}“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Save operating model</source>
        <translation>Betriebsmodell speichern</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{message}
Your changes are still open and unsaved.</source>
        <translation>{message}
Ihre Änderungen sind weiter geöffnet und noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>'{name}' is open read-only here; save under another name.</source>
        <translation>„{name}“ ist hier schreibgeschützt geöffnet; bitte unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Cannot reload the file</source>
        <translation>Die Datei kann nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a recovery copy, so the file was not reloaded. Save them under a new name first.</source>
        <translation>Ihre Änderungen konnten nicht als Wiederherstellungskopie aufbewahrt werden, daher wurde die Datei nicht neu geladen. Speichern Sie sie zuerst unter einem neuen Namen.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Export &amp;handbook…</source>
        <translation>&amp;Handbuch exportieren…</translation>
    </message>
    <message>
        <source>Write the operating handbook for the team (Word or PDF)</source>
        <translation>Das Betriebshandbuch für das Team schreiben (Word oder PDF)</translation>
    </message>
    <message>
        <source>Export &amp;diagram…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the workflow picture as SVG, PDF or PNG</source>
        <translation>Das Bild des Arbeitsablaufs als SVG, PDF oder PNG speichern</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new operating model from a template or empty</source>
        <translation>Neues Betriebsmodell aus einer Vorlage oder leer beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an operating model (.aiosm)</source>
        <translation>Ein Betriebsmodell öffnen (.aiosm)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the operating model</source>
        <translation>Das Betriebsmodell speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save under a new name</source>
        <translation>Unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the operating model</source>
        <translation>Das Betriebsmodell schließen</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>Arbeitsmappe &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the Excel workbook for the hand-over</source>
        <translation>Die Excel-Arbeitsmappe für die Übergabe exportieren</translation>
    </message>
    <message>
        <source>Export &amp;BPMN…</source>
        <translation>BPMN e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the workflow as BPMN 2.0 for process tools and engines</source>
        <translation>Den Arbeitsablauf als BPMN 2.0 für Prozesswerkzeuge und Workflow-Engines exportieren</translation>
    </message>
    <message>
        <source>Import BP&amp;MN…</source>
        <translation>BP&amp;MN importieren…</translation>
    </message>
    <message>
        <source>Start a new model from a BPMN 2.0 process</source>
        <translation>Ein neues Modell aus einem BPMN-2.0-Prozess beginnen</translation>
    </message>
    <message>
        <source>&amp;Import RACI from Excel…</source>
        <translation>RACI aus Excel &amp;importieren…</translation>
    </message>
    <message>
        <source>Read back a RACI sheet edited in Excel</source>
        <translation>Ein in Excel bearbeitetes RACI-Blatt einlesen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit AIOS Designer</source>
        <translation>AIOS Designer beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Cut the selected steps</source>
        <translation>Die ausgewählten Schritte ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected steps</source>
        <translation>Die ausgewählten Schritte kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste steps</source>
        <translation>Schritte einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected steps</source>
        <translation>Die ausgewählten Schritte duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected step</source>
        <translation>Den ausgewählten Schritt umbenennen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Select every step and flow</source>
        <translation>Alle Schritte und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <source>Arrange the steps left to right within their lanes</source>
        <translation>Die Schritte innerhalb ihrer Bahnen von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole workflow</source>
        <translation>Den ganzen Workflow zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen without panels, for the projector (F11 or Esc to leave)</source>
        <translation>Vollbild ohne Seitenleisten, für den Beamer (F11 oder Esc zum Verlassen)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels and toolbars back where they were at the first start</source>
        <translation>Seitenleisten und Werkzeugleisten wieder an ihren Platz vom ersten Start setzen</translation>
    </message>
    <message>
        <source>&amp;Calibrate from Pilot Data…</source>
        <translation>Aus Pilotdaten &amp;kalibrieren…</translation>
    </message>
    <message>
        <source>Fit the threshold of the selected AI step to a pilot export</source>
        <translation>Den Schwellenwert des ausgewählten KI-Schritts an einen Pilot-Export anpassen</translation>
    </message>
    <message>
        <source>&amp;AI Act Classification…</source>
        <translation>KI-&amp;Verordnung: Einstufung…</translation>
    </message>
    <message>
        <source>Answer the EU AI Act questions and record the risk class</source>
        <translation>Die Fragen der KI-Verordnung beantworten und die Risikoklasse festhalten</translation>
    </message>
    <message>
        <source>&amp;About AIOS Designer</source>
        <translation>&amp;Über AIOS Designer</translation>
    </message>
    <message>
        <source>About AIOS Designer</source>
        <translation>Über AIOS Designer</translation>
    </message>
    <message>
        <source>&amp;Data Protection (GDPR)…</source>
        <translation>&amp;Datenschutz (DSGVO)…</translation>
    </message>
    <message>
        <source>Personal data, processors, DPIA and works council in one place</source>
        <translation>Personenbezogene Daten, Auftragsverarbeiter, DSFA und Betriebsrat an einem Ort</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Steps snap to a grid when moved, so they line up</source>
        <translation>Schritte rasten beim Verschieben am Raster ein und stehen so in einer Linie</translation>
    </message>
    <message>
        <source>&amp;Legend of Flow Kinds</source>
        <translation>&amp;Legende der Flussarten</translation>
    </message>
    <message>
        <source>What the line styles of flows mean</source>
        <translation>Was die Linienarten der Flüsse bedeuten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <source>Calibrate from pilot data</source>
        <translation>Aus Pilotdaten kalibrieren</translation>
    </message>
    <message>
        <source>The workflow has no AI step to calibrate.</source>
        <translation>Der Workflow hat keinen KI-Schritt zum Kalibrieren.</translation>
    </message>
    <message>
        <source>About AIOS Designer</source>
        <translation>Über AIOS Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;AIOS Designer&lt;/b&gt;&lt;br&gt;Design the operating model of one AI workflow: human-AI workflow, review thresholds, RACI, KPIs, EU AI Act and GDPR.</source>
        <translation>&lt;b&gt;AIOS Designer&lt;/b&gt;&lt;br&gt;Das Betriebsmodell eines KI-Workflows gestalten: Zusammenarbeit von Mensch und KI, Schwellenwerte für die Prüfung, RACI, Kennzahlen, KI-Verordnung und DSGVO.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Zoom {percent} %</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Pan&amp;els</source>
        <translation>Seiten&amp;leisten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln flow(s)</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln Rolle</numerusform>
            <numerusform>%Ln Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{steps} steps · {flows} flows · {roles} roles</source>
        <translation>{steps} Schritte · {flows} Verbindungen · {roles} Rollen</translation>
    </message>
    <message>
        <source>{errors} errors · {warnings} warnings</source>
        <translation>{errors} Fehler · {warnings} Warnungen</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Step palette</source>
        <translation>Schrittpalette</translation>
    </message>
    <message>
        <source>Palette with la&amp;bels</source>
        <translation>Palette mit &amp;Beschriftung</translation>
    </message>
    <message>
        <source>{name} ({shortcut}): click to place, or drag onto the canvas</source>
        <translation>{name} ({shortcut}): klicken zum Einfügen oder auf die Zeichenfläche ziehen</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Change impact</source>
        <translation>Veränderung je Rolle</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Produktionsreife</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Set {field}</source>
        <translation>{field} ändern</translation>
    </message>
    <message>
        <source>{count} elements selected</source>
        <translation>{count} Elemente ausgewählt</translation>
    </message>
    <message>
        <source>Operating model</source>
        <translation>Betriebsmodell</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Role: {name}</source>
        <translation>Rolle: {name}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>an untitled model</source>
        <translation>einem unbenannten Modell</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>AIOS Designer was not closed properly. Unsaved changes to {name} were kept.</source>
        <translation>AIOS Designer wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an {name} wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>Recover them now, or discard them for good?</source>
        <translation>Jetzt wiederherstellen oder endgültig verwerfen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>Untitled ({title})</source>
        <translation>Unbenannt ({title})</translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>'{text}' is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Role {number}</source>
        <translation>Rolle {number}</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>VZÄ</translation>
    </message>
    <message>
        <source>Cost/h</source>
        <translation>Kosten/h</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a role (a new lane)</source>
        <translation>Eine Rolle hinzufügen (eine neue Bahn)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Die ausgewählte Rolle löschen</translation>
    </message>
    <message>
        <source>Move the lane up</source>
        <translation>Bahn nach oben</translation>
    </message>
    <message>
        <source>Move the lane down</source>
        <translation>Bahn nach unten</translation>
    </message>
    <message>
        <source>Headcount in full-time equivalents</source>
        <translation>Kapazität in Vollzeitäquivalenten</translation>
    </message>
    <message>
        <source>Fully loaded cost per productive hour</source>
        <translation>Vollkosten pro produktiver Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) in the lane of '{name}' stay in the workflow without a role. Delete the role?</source>
        <translation>
            <numerusform>%Ln Schritt in der Bahn von „{name}“ bleibt ohne Rolle im Workflow. Rolle löschen?</numerusform>
            <numerusform>%Ln Schritte in der Bahn von „{name}“ bleiben ohne Rolle im Workflow. Rolle löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} steps are in the lane of '{name}'. They stay in the workflow without a role. Delete the role?</source>
        <translation>{count} Schritte liegen in der Bahn von „{name}“. Sie bleiben ohne Rolle im Workflow. Rolle löschen?</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New operating model</source>
        <translation>Neues Betriebsmodell</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Beginnen mit:</translation>
    </message>
    <message>
        <source>Empty model</source>
        <translation>Leeres Modell</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>AI Act classification…</source>
        <translation>Einstufung KI-Verordnung…</translation>
    </message>
    <message>
        <source>Data protection…</source>
        <translation>Datenschutz…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt noch</translation>
    </message>
    <message>
        <source>Ready for production: all five blockers are cleared.</source>
        <translation>Bereit für den Produktivbetrieb: Alle fünf Blocker sind ausgeräumt.</translation>
    </message>
    <message>
        <source>Show on canvas</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>teilweise erledigt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>{green} of 5 production blockers cleared</source>
        <translation>{green} von 5 Produktionsblockern ausgeräumt</translation>
    </message>
</context>
<context>
    <name>AiActDialog</name>
    <message>
        <source>AI Act classification</source>
        <translation>Einstufung KI-Verordnung</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>EU AI Act classification</source>
        <translation>Einstufung nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>High-risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <source>Limited risk (transparency, Art. 50)</source>
        <translation>Begrenztes Risiko (Transparenz, Art. 50)</translation>
    </message>
    <message>
        <source>Log retention (months)</source>
        <translation>Aufbewahrung Protokolle (Monate)</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>Minimales Risiko</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Prohibited (Art. 5)</source>
        <translation>Verboten (Art. 5)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Recorded class</source>
        <translation>Erfasste Klasse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Use the suggested rationale</source>
        <translation>Vorgeschlagene Begründung übernehmen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Date: {source}</source>
        <translation>Datum: {source}</translation>
    </message>
    <message>
        <source>Not verified against the Official Journal text.</source>
        <translation>Nicht am Amtsblatt-Text geprüft.</translation>
    </message>
    <message>
        <source>not verified against the Official Journal text</source>
        <translation>nicht am Amtsblatt-Text geprüft</translation>
    </message>
</context>
<context>
    <name>DataProtectionDialog</name>
    <message>
        <source>(none: own operation)</source>
        <translation>(keiner: eigener Betrieb)</translation>
    </message>
    <message>
        <source>(shown by the workflow)</source>
        <translation>(ergibt sich aus dem Workflow)</translation>
    </message>
    <message>
        <source>AI literacy training planned (Art. 4 AI Act)</source>
        <translation>Schulung zur KI-Kompetenz geplant (Art. 4 KI-VO)</translation>
    </message>
    <message>
        <source>AVV signed</source>
        <translation>AVV unterzeichnet</translation>
    </message>
    <message>
        <source>Add processor</source>
        <translation>Auftragsverarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Co-determination (BetrVG §87(1) Nr. 6)</source>
        <translation>Mitbestimmung (BetrVG §87 Abs. 1 Nr. 6)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>DPIA and works council</source>
        <translation>DSFA und Betriebsrat</translation>
    </message>
    <message>
        <source>Data categories (one per line)</source>
        <translation>Datenkategorien (eine je Zeile)</translation>
    </message>
    <message>
        <source>Data protection (GDPR / DSGVO)</source>
        <translation>Datenschutz (DSGVO)</translation>
    </message>
    <message>
        <source>Data protection impact assessment (WP248 criteria)</source>
        <translation>Datenschutz-Folgenabschätzung (Kriterien nach WP248)</translation>
    </message>
    <message>
        <source>Data sources and AI steps</source>
        <translation>Datenquellen und KI-Schritte</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>EU cloud</source>
        <translation>EU-Cloud</translation>
    </message>
    <message>
        <source>EU–US Data Privacy Framework</source>
        <translation>EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Edit data protection</source>
        <translation>Datenschutz bearbeiten</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Legal basis (Art. 6)</source>
        <translation>Rechtsgrundlage (Art. 6)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New processor</source>
        <translation>Neuer Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Not answered here: personal data arrive from its data source, so it counts as yes.</source>
        <translation>Hier nicht beantwortet: Personenbezogene Daten kommen aus der Datenquelle, daher gilt ja.</translation>
    </message>
    <message>
        <source>Nothing in the workflow makes staff performance observable.</source>
        <translation>Nichts im Workflow macht die Leistung von Beschäftigten beobachtbar.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Processors (AVV)</source>
        <translation>Auftragsverarbeiter (AVV)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Remove processor</source>
        <translation>Auftragsverarbeiter entfernen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Special categories (Art. 9)</source>
        <translation>Besondere Kategorien (Art. 9)</translation>
    </message>
    <message>
        <source>Staff performance becomes observable: {reasons}</source>
        <translation>Leistung der Beschäftigten wird beobachtbar: {reasons}</translation>
    </message>
    <message>
        <source>Transfer safeguard</source>
        <translation>Garantie für Drittlandübermittlung</translation>
    </message>
    <message>
        <source>Works council and AI literacy</source>
        <translation>Betriebsrat und KI-Kompetenz</translation>
    </message>
    <message>
        <source>Works council involved</source>
        <translation>Betriebsrat beteiligt</translation>
    </message>
    <message>
        <source>adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>assess from the workflow</source>
        <translation>aus dem Workflow beurteilen</translation>
    </message>
    <message>
        <source>binding corporate rules</source>
        <translation>verbindliche interne Datenschutzvorschriften (BCR)</translation>
    </message>
    <message>
        <source>biometric data</source>
        <translation>biometrische Daten</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>ethnic origin</source>
        <translation>ethnische Herkunft</translation>
    </message>
    <message>
        <source>genetic data</source>
        <translation>genetische Daten</translation>
    </message>
    <message>
        <source>health data</source>
        <translation>Gesundheitsdaten</translation>
    </message>
    <message>
        <source>legal obligation</source>
        <translation>rechtliche Verpflichtung</translation>
    </message>
    <message>
        <source>legitimate interests</source>
        <translation>berechtigte Interessen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>on premises</source>
        <translation>eigener Betrieb (On-Premises)</translation>
    </message>
    <message>
        <source>outside the EU</source>
        <translation>außerhalb der EU</translation>
    </message>
    <message>
        <source>political opinions</source>
        <translation>politische Meinungen</translation>
    </message>
    <message>
        <source>public task</source>
        <translation>öffentliche Aufgabe</translation>
    </message>
    <message>
        <source>religious or philosophical beliefs</source>
        <translation>religiöse oder weltanschauliche Überzeugungen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>sex life or sexual orientation</source>
        <translation>Sexualleben oder sexuelle Orientierung</translation>
    </message>
    <message>
        <source>standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>trade union membership</source>
        <translation>Gewerkschaftszugehörigkeit</translation>
    </message>
    <message>
        <source>vital interests</source>
        <translation>lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{count} of 9 criteria apply.</source>
        <translation>{count} von 9 Kriterien treffen zu.</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>DSFA</translation>
    </message>
    <message>
        <source>Works council and Art. 22</source>
        <translation>Betriebsrat und Art. 22</translation>
    </message>
    <message>
        <source>Condition (Art. 9(2))</source>
        <translation>Ausnahme (Art. 9 Abs. 2)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>(a) explicit consent</source>
        <translation>(a) ausdrückliche Einwilligung</translation>
    </message>
    <message>
        <source>(b) employment and social security law</source>
        <translation>(b) Arbeits- und Sozialrecht</translation>
    </message>
    <message>
        <source>(c) vital interests</source>
        <translation>(c) lebenswichtige Interessen</translation>
    </message>
    <message>
        <source>(d) not-for-profit body</source>
        <translation>(d) Organisation ohne Gewinnerzielungsabsicht</translation>
    </message>
    <message>
        <source>(e) made public by the data subject</source>
        <translation>(e) von der betroffenen Person öffentlich gemacht</translation>
    </message>
    <message>
        <source>(f) legal claims</source>
        <translation>(f) Rechtsansprüche</translation>
    </message>
    <message>
        <source>(g) substantial public interest</source>
        <translation>(g) erhebliches öffentliches Interesse</translation>
    </message>
    <message>
        <source>(h) health or social care</source>
        <translation>(h) Gesundheits- oder Sozialversorgung</translation>
    </message>
    <message>
        <source>(i) public health</source>
        <translation>(i) öffentliche Gesundheit</translation>
    </message>
    <message>
        <source>(j) archiving, research, statistics</source>
        <translation>(j) Archiv, Forschung, Statistik</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Transfer-Folgenabschätzung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>German DSK list (Art. 35(4)): a listed operation requires a DPIA</source>
        <translation>DSK-Liste (Art. 35 Abs. 4): eine gelistete Verarbeitung erfordert eine DSFA</translation>
    </message>
    <message>
        <source>Works council consented, e.g. works agreement (BetrVG §87(1) Nr. 6)</source>
        <translation>Betriebsrat hat zugestimmt, z. B. Betriebsvereinbarung (BetrVG §87 Abs. 1 Nr. 6)</translation>
    </message>
    <message>
        <source>Works council informed of the planned AI use (BetrVG §90(1) Nr. 3; Art. 26(7) AI Act)</source>
        <translation>Betriebsrat über den geplanten KI-Einsatz unterrichtet (BetrVG §90 Abs. 1 Nr. 3; Art. 26 Abs. 7 KI-VO)</translation>
    </message>
    <message>
        <source>Informing is not consent. The works council may call in an expert for AI (BetrVG §80(3)).</source>
        <translation>Unterrichtung ist keine Zustimmung. Der Betriebsrat kann eine sachverständige Person für KI hinzuziehen (BetrVG §80 Abs. 3).</translation>
    </message>
    <message>
        <source>Decisions based solely on automated processing (Art. 22 GDPR)</source>
        <translation>Ausschließlich automatisierte Entscheidungen (Art. 22 DSGVO)</translation>
    </message>
    <message>
        <source>Exception (Art. 22(2))</source>
        <translation>Ausnahme (Art. 22 Abs. 2)</translation>
    </message>
    <message>
        <source>Safeguards (Art. 22(3))</source>
        <translation>Schutzmaßnahmen (Art. 22 Abs. 3)</translation>
    </message>
    <message>
        <source>none: a person reviews every significant outcome</source>
        <translation>keine: eine Person prüft jedes erhebliche Ergebnis</translation>
    </message>
    <message>
        <source>(a) necessary for a contract</source>
        <translation>(a) für einen Vertrag erforderlich</translation>
    </message>
    <message>
        <source>(b) authorised by law</source>
        <translation>(b) durch Rechtsvorschrift zugelassen</translation>
    </message>
    <message>
        <source>(c) explicit consent</source>
        <translation>(c) ausdrückliche Einwilligung</translation>
    </message>
    <message>
        <source>On the DSK list (item {items}): a DPIA is required.</source>
        <translation>Auf der DSK-Liste (Nr. {items}): Eine DSFA ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>AI task</source>
        <translation>KI-Aufgabe</translation>
    </message>
    <message>
        <source>Human task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>System task</source>
        <translation>Systemaufgabe</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>always reviewed</source>
        <translation>immer geprüft</translation>
    </message>
    <message>
        <source>no review</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>QA sample {qa} %</source>
        <translation>QS-Stichprobe {qa} %</translation>
    </message>
    <message>
        <source>auto ≥ {threshold} · QA {qa} %</source>
        <translation>auto ≥ {threshold} · QS {qa} %</translation>
    </message>
    <message>
        <source>four-eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>SLA {hours} h</source>
        <translation>SLA {hours} h</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ohne Rolle</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Edit flow condition</source>
        <translation>Bedingung der Verbindung ändern</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>{kind} hinzufügen</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
</context>
<context>
    <name>RaciImportDialog</name>
    <message>
        <source>Import RACI from Excel</source>
        <translation>RACI aus Excel importieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Cannot import: {reason}</source>
        <translation>Import nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Cells that differ from the model: {n}. Apply takes them over as one step you can undo.</source>
        <translation>Zellen, die vom Modell abweichen: {n}. „Übernehmen“ übernimmt sie in einem Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>The sheet matches the model: nothing to take over.</source>
        <translation>Die Tabelle stimmt mit dem Modell überein: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Cells or rows that could not be used and stay as they are: {n}</source>
        <translation>Nicht verwendbare Zellen oder Zeilen, die unverändert bleiben: {n}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Edited workbook (.xlsx) exported by AIOS Designer</source>
        <translation>Bearbeitete Arbeitsmappe (.xlsx), exportiert mit AIOS Designer</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Prozessschritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Choose the workbook whose RACI sheet was edited.</source>
        <translation>Wählen Sie die Arbeitsmappe, deren RACI-Tabelle bearbeitet wurde.</translation>
    </message>
</context>
<context>
    <name>RaciPanel</name>
    <message>
        <source>Choose letters…</source>
        <translation>Buchstaben wählen…</translation>
    </message>
    <message>
        <source>Reset to derived</source>
        <translation>Auf abgeleitet zurücksetzen</translation>
    </message>
    <message>
        <source>Reset whole row to derived</source>
        <translation>Ganze Zeile auf abgeleitet zurücksetzen</translation>
    </message>
    <message>
        <source>'{text}' is not RACI: use R, A, C, I or e.g. A/R</source>
        <translation>„{text}“ ist kein RACI-Wert: R, A, C, I oder z. B. A/R verwenden</translation>
    </message>
    <message>
        <source>Steps breaking the RACI rules: {n}</source>
        <translation>Schritte, die die RACI-Regeln verletzen: {n}</translation>
    </message>
    <message>
        <source>RACI rules met</source>
        <translation>RACI-Regeln erfüllt</translation>
    </message>
    <message>
        <source>Click to cycle</source>
        <translation>Klicken zum Durchschalten</translation>
    </message>
    <message>
        <source>On: a click steps a cell through R, A, A/R, C, I and empty; double-click opens the list. Off: double-click or type to edit.</source>
        <translation>Ein: Ein Klick schaltet eine Zelle durch R, A, A/R, C, I und leer; Doppelklick öffnet die Liste. Aus: Doppelklick oder Tippen zum Bearbeiten.</translation>
    </message>
    <message>
        <source>The selected cells follow the workflow again instead of the hand-set letters</source>
        <translation>Die gewählten Zellen folgen wieder dem Arbeitsablauf statt den von Hand gesetzten Buchstaben</translation>
    </message>
    <message>
        <source>R does the work · A approves (one per step) · C consulted · I informed — &lt;i&gt;italic grey&lt;/i&gt;: derived from the workflow, &lt;b&gt;bold&lt;/b&gt;: set by hand</source>
        <translation>R führt durch · A genehmigt (eines pro Schritt) · C konsultiert · I informiert — &lt;i&gt;kursiv grau&lt;/i&gt;: aus dem Arbeitsablauf abgeleitet, &lt;b&gt;fett&lt;/b&gt;: von Hand gesetzt</translation>
    </message>
</context>
<context>
    <name>RaciTableModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no A</source>
        <translation>kein A</translation>
    </message>
    <message>
        <source>several A</source>
        <translation>mehrere A</translation>
    </message>
    <message>
        <source>no R</source>
        <translation>kein R</translation>
    </message>
    <message>
        <source>several R</source>
        <translation>mehrere R</translation>
    </message>
    <message>
        <source>Set by hand (the workflow gives: {letters})</source>
        <translation>Von Hand gesetzt (der Arbeitsablauf ergibt: {letters})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Derived from the workflow</source>
        <translation>Aus dem Arbeitsablauf abgeleitet</translation>
    </message>
    <message>
        <source>Each step needs exactly one A and at least one R; more than one R is a warning.</source>
        <translation>Jeder Schritt braucht genau ein A und mindestens ein R; mehr als ein R ist eine Warnung.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>(unnamed step)</source>
        <translation>(Schritt ohne Namen)</translation>
    </message>
    <message>
        <source>Reset RACI to derived</source>
        <translation>RACI auf abgeleitet zurücksetzen</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Operating model</source>
        <translation>Betriebsmodell</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The workbook could not be written.
{reason}</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden.
{reason}</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Auto share</source>
        <translation>Auto-Anteil</translation>
    </message>
    <message>
        <source>Error, auto (%)</source>
        <translation>Fehler, auto (%)</translation>
    </message>
    <message>
        <source>Blue: share of items auto-approved at a threshold. Red: error rate among the auto-approved items (shaded: up to its 95 % upper bound).</source>
        <translation>Blau: Anteil der bei einem Schwellenwert automatisch freigegebenen Vorgänge. Rot: Fehlerquote unter den automatisch freigegebenen (schattiert: bis zur 95-%-Obergrenze).</translation>
    </message>
    <message>
        <source>AI step:</source>
        <translation>KI-Schritt:</translation>
    </message>
    <message>
        <source>Calibrate from pilot data…</source>
        <translation>Mit Pilotdaten kalibrieren…</translation>
    </message>
    <message>
        <source>Auto-approved</source>
        <translation>Automatisch freigegeben</translation>
    </message>
    <message>
        <source>Reviewed per month</source>
        <translation>Geprüft pro Monat</translation>
    </message>
    <message>
        <source>Review and QA hours per month</source>
        <translation>Prüf- und QS-Stunden pro Monat</translation>
    </message>
    <message>
        <source>Reviewer roles: FTE (utilisation)</source>
        <translation>Prüferrollen: VZÄ (Auslastung)</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>Residual error rate</source>
        <translation>Restfehlerquote</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Auto-approved share</source>
        <translation>Anteil automatisch freigegeben</translation>
    </message>
    <message>
        <source>Error among auto-approved (%)</source>
        <translation>Fehler unter automatisch freigegebenen (%)</translation>
    </message>
    <message>
        <source>Set review threshold</source>
        <translation>Schwellenwert für Prüfung setzen</translation>
    </message>
    <message>
        <source>Every item is reviewed (policy "always"): the threshold has no effect.</source>
        <translation>Jeder Vorgang wird geprüft (Regel „immer“): Der Schwellenwert wirkt nicht.</translation>
    </message>
    <message>
        <source>Only a QA sample is checked (policy "sample only"): the threshold has no effect.</source>
        <translation>Nur eine QS-Stichprobe wird geprüft (Regel „nur Stichprobe“): Der Schwellenwert wirkt nicht.</translation>
    </message>
    <message>
        <source>No human review (policy "none"): the threshold has no effect.</source>
        <translation>Keine menschliche Prüfung (Regel „keine“): Der Schwellenwert wirkt nicht.</translation>
    </message>
    <message>
        <source>The workflow has no AI step yet.</source>
        <translation>Der Workflow hat noch keinen KI-Schritt.</translation>
    </message>
    <message>
        <source>Curve from {source} ({rows} items). Dashed line: the threshold in the model.</source>
        <translation>Kurve aus {source} ({rows} Vorgänge). Gestrichelt: der Schwellenwert im Modell.</translation>
    </message>
    <message>
        <source>No pilot calibration yet: the estimate of {share} auto-approved is used at any threshold. Calibrate to see the curve.</source>
        <translation>Noch keine Kalibrierung mit Pilotdaten: Bei jedem Schwellenwert gilt die Schätzung von {share} automatischer Freigabe. Kalibrieren Sie, um die Kurve zu sehen.</translation>
    </message>
    <message>
        <source>model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Residual error, conservative (95 % bound)</source>
        <translation>Restfehler, vorsichtig (Obergrenze 95 %)</translation>
    </message>
    <message>
        <source>Curve from {source} ({rows} items). Dashed line: the threshold in the model. Shaded: up to the 95 % upper bound of the error among auto-approved items.</source>
        <translation>Kurve aus {source} ({rows} Vorgänge). Gestrichelt: der Schwellenwert im Modell. Schattiert: bis zur Obergrenze (95 %) des Fehlers unter den automatisch freigegebenen.</translation>
    </message>
    <message>
        <source>Wait for a reviewer (Erlang C, P(wait))</source>
        <translation>Wartezeit auf Prüfer (Erlang C, P(Warten))</translation>
    </message>
    <message>
        <source>Cycle time incl. queue waits</source>
        <translation>Durchlaufzeit inkl. Wartezeiten</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>unbounded (≥ 100 % load)</source>
        <translation>unbegrenzt (≥ 100 % Auslastung)</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Business case</source>
        <translation>Wirtschaftlichkeit</translation>
    </message>
    <message>
        <source>Team KPIs</source>
        <translation>Team-Kennzahlen</translation>
    </message>
    <message>
        <source>Add the four baseline metrics</source>
        <translation>Die vier Basiskennzahlen hinzufügen</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Add team KPI</source>
        <translation>Team-Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove team KPI</source>
        <translation>Team-Kennzahl entfernen</translation>
    </message>
    <message>
        <source>One-off investment</source>
        <translation>Einmalige Investition</translation>
    </message>
    <message>
        <source>Monthly run cost</source>
        <translation>Monatliche Betriebskosten</translation>
    </message>
    <message>
        <source>Cost per unit, baseline</source>
        <translation>Kosten pro Vorgang, Ausgangswert</translation>
    </message>
    <message>
        <source>Cost per unit, projected</source>
        <translation>Kosten pro Vorgang, Hochrechnung</translation>
    </message>
    <message>
        <source>Monthly saving</source>
        <translation>Monatliche Einsparung</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Amortisation (Monate)</translation>
    </message>
    <message>
        <source>ROI after 12 months</source>
        <translation>ROI nach 12 Monaten</translation>
    </message>
    <message>
        <source>ROI after 36 months</source>
        <translation>ROI nach 36 Monaten</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Cost per unit</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>Edit business case</source>
        <translation>Wirtschaftlichkeit bearbeiten</translation>
    </message>
    <message>
        <source>items per person per day</source>
        <translation>Vorgänge pro Person und Tag</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Baseline metric</source>
        <translation>Basiskennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser wenn</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Messzeitraum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Hochrechnung</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>Kennzahl vorher</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>Kennzahl nachher</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Kennzahl bearbeiten</translation>
    </message>
    <message>
        <source>Edit team KPI</source>
        <translation>Team-Kennzahl bearbeiten</translation>
    </message>
    <message>
        <source>Add baseline metrics</source>
        <translation>Basiskennzahlen hinzufügen</translation>
    </message>
    <message>
        <source>Add a role first: a team KPI belongs to a role.</source>
        <translation>Legen Sie zuerst eine Rolle an: Eine Team-Kennzahl gehört zu einer Rolle.</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>From the projection of the workflow (read-only)</source>
        <translation>Aus der Hochrechnung des Workflows (nur lesbar)</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>Nicht übernommen: {reason}</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Day 30 measured on</source>
        <translation>Tag 30 gemessen am</translation>
    </message>
    <message>
        <source>Day 90 measured on</source>
        <translation>Tag 90 gemessen am</translation>
    </message>
    <message>
        <source>Latest measured</source>
        <translation>Zuletzt gemessen</translation>
    </message>
    <message>
        <source>Δ baseline</source>
        <translation>Δ Ausgangswert</translation>
    </message>
    <message>
        <source>Δ baseline (%)</source>
        <translation>Δ Ausgangswert (%)</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Produktivstart</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Actual figures use the latest measured cost per unit (day 90, else day 30). Savings are on workload cost: real only where the freed hours are redeployed or the team shrinks.</source>
        <translation>Ist-Werte beruhen auf den zuletzt gemessenen Kosten pro Vorgang (Tag 90, sonst Tag 30). Einsparungen beziehen sich auf die Arbeitslast-Kosten: real nur, wo frei werdende Stunden anders eingesetzt werden oder das Team kleiner wird.</translation>
    </message>
    <message>
        <source>Computed from the measured values (read-only)</source>
        <translation>Aus den Messwerten berechnet (schreibgeschützt)</translation>
    </message>
    <message>
        <source>day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>„{text}“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Pilot export (.csv or .xlsx)</source>
        <translation>Pilot-Export (.csv oder .xlsx)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Confidence column:</source>
        <translation>Spalte Konfidenz:</translation>
    </message>
    <message>
        <source>correct yes/no in</source>
        <translation>richtig ja/nein in</translation>
    </message>
    <message>
        <source>true label equals predicted label</source>
        <translation>wahres Label gleich vorhergesagtem Label</translation>
    </message>
    <message>
        <source>Correctness:</source>
        <translation>Korrektheit:</translation>
    </message>
    <message>
        <source>Highest acceptable error among auto-approved:</source>
        <translation>Höchste zulässige Fehlerquote der automatisch freigegebenen:</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Pilot export</source>
        <translation>Pilot-Export</translation>
    </message>
    <message>
        <source>Pilot exports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Pilot-Exporte (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Calibrate threshold</source>
        <translation>Schwellenwert kalibrieren</translation>
    </message>
    <message>
        <source>auto-approved</source>
        <translation>automatisch freigegeben</translation>
    </message>
    <message>
        <source>error among auto-approved</source>
        <translation>Fehler unter automatisch freigegebenen</translation>
    </message>
    <message>
        <source>Also set the threshold to the recommendation</source>
        <translation>Schwellenwert auch auf die Empfehlung setzen</translation>
    </message>
    <message>
        <source>Choose the pilot export: one row per item with the model's confidence and whether it was right.</source>
        <translation>Wählen Sie den Pilot-Export: eine Zeile pro Vorgang mit der Konfidenz des Modells und ob es richtig lag.</translation>
    </message>
    <message>
        <source>Calibrate “{name}” from pilot data</source>
        <translation>„{name}“ mit Pilotdaten kalibrieren</translation>
    </message>
    <message>
        <source>  {reason}: {count} (rows {rows})</source>
        <translation>  {reason}: {count} (Zeilen {rows})</translation>
    </message>
    <message>
        <source>No threshold keeps the error among auto-approved items at or below {limit}.</source>
        <translation>Kein Schwellenwert hält die Fehlerquote der automatisch freigegebenen Vorgänge bei höchstens {limit}.</translation>
    </message>
    <message>
        <source>Recommended threshold {threshold}: {auto} of the items are auto-approved with {error} errors among them; {review} go to review.</source>
        <translation>Empfohlener Schwellenwert {threshold}: {auto} der Vorgänge werden automatisch freigegeben, davon {error} fehlerhaft; {review} gehen in die Prüfung.</translation>
    </message>
    <message>
        <source>Also set the threshold to {threshold}</source>
        <translation>Schwellenwert auch auf {threshold} setzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) used, {rejected} rejected.</source>
        <translation>
            <numerusform>%Ln Zeile verwendet, {rejected} verworfen.</numerusform>
            <numerusform>%Ln Zeilen verwendet, {rejected} verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} rows used, {rejected} rejected.</source>
        <translation>{used} Zeilen verwendet, {rejected} verworfen.</translation>
    </message>
    <message>
        <source>95 % upper bound of the error</source>
        <translation>Obergrenze 95 % des Fehlers</translation>
    </message>
    <message>
        <source>No recommendation: the pilot is too small. No threshold has at least {n} auto-approved items, and on fewer the error rate says too little.</source>
        <translation>Keine Empfehlung: die Pilotdaten sind zu klein. Kein Schwellenwert hat mindestens {n} automatisch freigegebene Vorgänge, und bei weniger sagt die Fehlerquote zu wenig.</translation>
    </message>
    <message>
        <source>No threshold keeps the 95 % upper bound of the error among auto-approved items at or below {limit}.</source>
        <translation>Kein Schwellenwert hält die Obergrenze (95 %) des Fehlers unter den automatisch freigegebenen bei höchstens {limit}.</translation>
    </message>
    <message>
        <source>Recommended threshold {threshold}: {auto} of the items ({n}) are auto-approved with {error} errors among them (95 % upper bound {upper}); {review} go to review.</source>
        <translation>Empfohlener Schwellenwert {threshold}: {auto} der Vorgänge ({n}) werden automatisch freigegeben, mit {error} Fehlern darunter (Obergrenze 95 %: {upper}); {review} gehen in die Prüfung.</translation>
    </message>
    <message>
        <source>By the measured rate alone it would be {threshold}; the upper bound keeps the limit even if the pilot was lucky.</source>
        <translation>Nach dem Messwert allein wäre es {threshold}; die Obergrenze hält das Limit auch dann, wenn der Pilot Glück hatte.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Edit properties</source>
        <translation>Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Move role</source>
        <translation>Rolle verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit RACI</source>
        <translation>RACI bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>FlowItem</name>
    <message>
        <source>Adjust flow route</source>
        <translation>Verlauf der Verbindung anpassen</translation>
    </message>
</context>
<context>
    <name>BpmnExchange</name>
    <message>
        <source>Operating model</source>
        <translation>Betriebsmodell</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>BPMN exportieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 process (*.bpmn)</source>
        <translation>BPMN-2.0-Prozess (*.bpmn)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The BPMN file could not be written.
{reason}</source>
        <translation>Die BPMN-Datei konnte nicht geschrieben werden.
{reason}</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>BPMN import report</source>
        <translation>BPMN-Importbericht</translation>
    </message>
    <message>
        <source>{count} element(s) of {name} were not taken over as they were:</source>
        <translation>{count} Element(e) aus {name} wurden nicht unverändert übernommen:</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Die Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>BPMN importieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 process (*.bpmn *.xml)</source>
        <translation>BPMN-2.0-Prozess (*.bpmn *.xml)</translation>
    </message>
</context>
<context>
    <name>SimulationPanel</name>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export workbook with results…</source>
        <translation>Arbeitsmappe mit Ergebnissen exportieren…</translation>
    </message>
    <message>
        <source>Exception step</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>SLA (h)</source>
        <translation>SLA (h)</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Simulates items through the workflow and the role pools to show percentiles of the cycle time, waits per role and the odds of missing each exception's SLA. Same seed, same figures.</source>
        <translation>Simuliert Vorgänge durch den Ablauf und die Rollen, um Perzentile der Durchlaufzeit, Wartezeiten je Rolle und die Wahrscheinlichkeit zu zeigen, die SLA einer Ausnahme zu verfehlen. Gleicher Startwert, gleiche Zahlen.</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere…</translation>
    </message>
    <message>
        <source>The simulation could not run: {reason}</source>
        <translation>Die Simulation konnte nicht laufen: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The model has changed since this run: simulate again for current figures.</source>
        <translation>Das Modell hat sich seit diesem Lauf geändert: für aktuelle Zahlen erneut simulieren.</translation>
    </message>
    <message>
        <source> (95 % interval of the mean {low} – {high})</source>
        <translation> (95-%-Intervall des Mittels {low} – {high})</translation>
    </message>
    <message>
        <source>{items} items in {reps} × {days} days. Cycle time in productive hours: mean {mean}{interval}; median {p50}, 90 % within {p90}, 95 % within {p95}.</source>
        <translation>{items} Vorgänge in {reps} × {days} Tagen. Durchlaufzeit in produktiven Stunden: Mittel {mean}{interval}; Median {p50}, 90 % innerhalb {p90}, 95 % innerhalb {p95}.</translation>
    </message>
    <message>
        <source>Cycle time (h)</source>
        <translation>Durchlaufzeit (h)</translation>
    </message>
    <message>
        <source>Items (%)</source>
        <translation>Vorgänge (%)</translation>
    </message>
    <message>
        <source>Wait for {role}: mean {wait} h, P90 {p90} h</source>
        <translation>Wartezeit bei {role}: Mittel {wait} h, P90 {p90} h</translation>
    </message>
    <message>
        <source>Wait (h)</source>
        <translation>Wartezeit (h)</translation>
    </message>
    <message>
        <source>Visits (%)</source>
        <translation>Besuche (%)</translation>
    </message>
    <message>
        <source>Export workbook with results</source>
        <translation>Arbeitsmappe mit Ergebnissen exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Written to {path} (sheet “Simulation”).</source>
        <translation>Geschrieben nach {path} (Blatt „Simulation“).</translation>
    </message>
</context>
<context>
    <name>MonitoringPanel</name>
    <message>
        <source>Metric</source>
        <translation>Kennwert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Alert below</source>
        <translation>Alarm unter</translation>
    </message>
    <message>
        <source>Alert above</source>
        <translation>Alarm über</translation>
    </message>
    <message>
        <source>Action on alert</source>
        <translation>Maßnahme bei Alarm</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Suggest plan</source>
        <translation>Plan vorschlagen</translation>
    </message>
    <message>
        <source>Add the metrics the workflow implies and the plan lacks: auto-approved share, acceptance and QA error of each AI step, share and SLA breaches of each exception route, feed freshness and rejected inputs of each trigger, feedback of each role</source>
        <translation>Die Kennwerte ergänzen, die der Arbeitsablauf nahelegt und die im Plan fehlen: Anteil automatisch freigegeben, Übernahmequote und QS-Fehlerquote jedes KI-Schritts, Anteil und SLA-Verletzungen jedes Ausnahmewegs, Aktualität und abgewiesene Eingänge jedes Auslösers, Rückmeldung jeder Rolle</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Kennwert hinzufügen</translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation>Kennwert entfernen</translation>
    </message>
    <message>
        <source>auto-approved share</source>
        <translation>Anteil automatisch freigegeben</translation>
    </message>
    <message>
        <source>acceptance rate</source>
        <translation>Übernahmequote</translation>
    </message>
    <message>
        <source>edit rate</source>
        <translation>Änderungsquote</translation>
    </message>
    <message>
        <source>override rate</source>
        <translation>Übersteuerungsquote</translation>
    </message>
    <message>
        <source>QA-sample error rate</source>
        <translation>Fehlerquote QS-Stichprobe</translation>
    </message>
    <message>
        <source>exception share</source>
        <translation>Ausnahmequote</translation>
    </message>
    <message>
        <source>SLA breach rate</source>
        <translation>SLA-Verletzungsquote</translation>
    </message>
    <message>
        <source>rejected inputs</source>
        <translation>abgewiesene Eingänge</translation>
    </message>
    <message>
        <source>feed freshness</source>
        <translation>Aktualität der Lieferung</translation>
    </message>
    <message>
        <source>user feedback</source>
        <translation>Rückmeldung der Nutzenden</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigener Kennwert</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Role: {name}</source>
        <translation>Rolle: {name}</translation>
    </message>
    <message>
        <source>No monitoring plan yet: “Suggest plan” derives one from the workflow.</source>
        <translation>Noch kein Überwachungsplan: „Plan vorschlagen“ leitet einen aus dem Arbeitsablauf ab.</translation>
    </message>
    <message>
        <source>The plan watches every AI step and exception route.</source>
        <translation>Der Plan überwacht jeden KI-Schritt und jeden Ausnahmeweg.</translation>
    </message>
    <message>
        <source>Edit monitoring metric</source>
        <translation>Überwachungskennwert bearbeiten</translation>
    </message>
    <message>
        <source>the lower alert limit must not lie above the upper one</source>
        <translation>die untere Alarmgrenze darf nicht über der oberen liegen</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>Nicht übernommen: {reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“{text}” is outside 0–100 %: a share cannot be that.</source>
        <translation>„{text}“ liegt außerhalb von 0–100 %: Das kann kein Anteil sein.</translation>
    </message>
    <message>
        <source>The plan already has every suggested metric.</source>
        <translation>Der Plan enthält bereits alle vorgeschlagenen Kennwerte.</translation>
    </message>
    <message>
        <source>Suggest monitoring plan</source>
        <translation>Überwachungsplan vorschlagen</translation>
    </message>
    <message>
        <source>Add monitoring metric</source>
        <translation>Überwachungskennwert hinzufügen</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neuer Kennwert</translation>
    </message>
    <message>
        <source>Remove monitoring metric</source>
        <translation>Überwachungskennwert entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln gap(s) in the plan: see Checks.</source>
        <translation>
            <numerusform>%Ln Lücke im Plan: siehe Befunde.</numerusform>
            <numerusform>%Ln Lücken im Plan: siehe Befunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Workflow</source>
        <translation>Arbeitsablauf</translation>
    </message>
    <message>
        <source>SVG vector picture (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The diagram could not be written.
{reason}</source>
        <translation>Das Diagramm konnte nicht geschrieben werden.
{reason}</translation>
    </message>
</context>
<context>
    <name>ChangeImpactPanel</name>
    <message>
        <source>No person or team has a role in the workflow yet.</source>
        <translation>Noch keine Person und kein Team hat eine Rolle im Arbeitsablauf.</translation>
    </message>
    <message>
        <source>{hours} h/month · {fte} FTE workload · {staff} FTE staffed</source>
        <translation>{hours} h/Monat · {fte} VZÄ Arbeitslast · {staff} VZÄ besetzt</translation>
    </message>
    <message>
        <source>{n} items/month</source>
        <translation>{n} Vorgänge/Monat</translation>
    </message>
    <message>
        <source>{n} h/month</source>
        <translation>{n} h/Monat</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No task of its own in the workflow.</source>
        <translation>Keine eigene Aufgabe im Arbeitsablauf.</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Team KPI</source>
        <translation>Team-Kennzahl</translation>
    </message>
    <message>
        <source>No team KPI yet (KPIs panel, Team KPIs).</source>
        <translation>Noch keine Team-Kennzahl (Kennzahlen, Team-Kennzahlen).</translation>
    </message>
    <message>
        <source>Training before go-live</source>
        <translation>Schulung vor dem Produktivstart</translation>
    </message>
</context>
<context>
    <name>HandbookExport</name>
    <message>
        <source>Operating handbook</source>
        <translation>Betriebshandbuch</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export handbook</source>
        <translation>Handbuch exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The handbook could not be written.
{reason}</source>
        <translation>Das Handbuch konnte nicht geschrieben werden.
{reason}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>AIOS Designer was not closed properly. Unsaved changes to these models were kept:</source>
        <translation>AIOS Designer wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an diesen Modellen wurden aufbewahrt:</translation>
    </message>
    <message>
        <source>{name} — changes of {time}</source>
        <translation>{name} – Änderungen vom {time}</translation>
    </message>
    <message>
        <source>Recover opens each ticked model in a window of its own, unsaved. Discard deletes the ticked copies for good. Later keeps them for the next start.</source>
        <translation>Wiederherstellen öffnet jedes angehakte Modell ungespeichert in einem eigenen Fenster. Verwerfen löscht die angehakten Kopien endgültig. Später bewahrt sie für den nächsten Start auf.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskDialog</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>'{name}' was changed by another program since it was opened or saved here.</source>
        <translation>„{name}“ wurde von einem anderen Programm geändert, seit die Datei hier geöffnet oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>Reload shows the version on disk; your changes are kept as a recovery copy, offered at the next start. Overwrite saves your version over the other one. Save As saves your version under a new name and leaves the other as it is.</source>
        <translation>Neu laden zeigt die Fassung auf der Festplatte; Ihre Änderungen werden als Wiederherstellungskopie aufbewahrt und beim nächsten Start angeboten. Überschreiben speichert Ihre Fassung über die andere. Speichern unter speichert Ihre Fassung unter einem neuen Namen und lässt die andere, wie sie ist.</translation>
    </message>
    <message>
        <source>Reload shows the version on disk (you have no unsaved changes). Overwrite saves the version shown here over the other one. Save As saves it under a new name.</source>
        <translation>Neu laden zeigt die Fassung auf der Festplatte (Sie haben keine ungespeicherten Änderungen). Überschreiben speichert die hier gezeigte Fassung über die andere. Speichern unter speichert sie unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>Nothing has been saved yet.</source>
        <translation>Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>OpenElsewhereDialog</name>
    <message>
        <source>File already open</source>
        <translation>Datei bereits geöffnet</translation>
    </message>
    <message>
        <source>'{name}' is already open in another AIOS Designer window (process {pids}).</source>
        <translation>„{name}“ ist bereits in einem anderen Fenster des AIOS Designer geöffnet (Prozess {pids}).</translation>
    </message>
    <message>
        <source>That window has unsaved changes to it. </source>
        <translation>Jenes Fenster hat ungespeicherte Änderungen daran. </translation>
    </message>
    <message>
        <source>Open it read-only to look without the risk of two versions overwriting each other; Save then asks for a new name.</source>
        <translation>Schreibgeschützt öffnen, um sie anzusehen, ohne dass sich zwei Fassungen gegenseitig überschreiben; Speichern fragt dann nach einem neuen Namen.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open for Editing</source>
        <translation>Zum Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FlowKinds</name>
    <message>
        <source>An item leaves the regular path to exception handling (e.g. the AI is unavailable or unsure).</source>
        <translation>Ein Vorgang verlässt den regulären Weg zur Ausnahmebehandlung (z. B. die KI ist nicht verfügbar oder unsicher).</translation>
    </message>
    <message>
        <source>Flow kind</source>
        <translation>Art des Flusses</translation>
    </message>
    <message>
        <source>Flow kinds</source>
        <translation>Arten von Flüssen</translation>
    </message>
    <message>
        <source>Legend of flow kinds…</source>
        <translation>Legende der Flussarten…</translation>
    </message>
    <message>
        <source>Right-click a flow on the canvas to change its kind.</source>
        <translation>Rechtsklick auf einen Fluss im Diagramm ändert seine Art.</translation>
    </message>
    <message>
        <source>Set flow kind to {kind}</source>
        <translation>Flussart auf {kind} setzen</translation>
    </message>
    <message>
        <source>The case goes up to a role with more authority (e.g. the SLA is missed).</source>
        <translation>Der Fall geht an eine Rolle mit mehr Befugnis (z. B. wenn die SLA verfehlt wird).</translation>
    </message>
    <message>
        <source>The item goes back to an earlier step to be done again.</source>
        <translation>Der Vorgang geht zur Nacharbeit an einen früheren Schritt zurück.</translation>
    </message>
    <message>
        <source>The regular path of an item.</source>
        <translation>Der reguläre Weg eines Vorgangs.</translation>
    </message>
</context>
</TS>
