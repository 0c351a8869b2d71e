"""``--help`` in German (``--lang de``): argparse writes its help in English only, so the
parser's texts are swapped for these before the help is printed.

Keyed by the English text: a command adds its German here next to its English ``help=``.
"""
import argparse

HELP_DE = {
    # argparse's own words
    "positional arguments": "Argumente",
    "options": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    # aios-designer
    "Design the operating model of one AI workflow.":
        "Das Betriebsmodell eines KI-Workflows gestalten.",
    "Open the AIOS Designer window.": "Das Fenster des AIOS Designer öffnen.",
    "language of messages and the user interface (default: system)":
        "Sprache der Meldungen und der Oberfläche (Standard: System)",
    "operating-model file (.aiosm) to open": "Betriebsmodell-Datei (.aiosm), die geöffnet wird",
    "start a new, untitled model from a bundled template":
        "ein neues, unbenanntes Modell aus einer mitgelieferten Vorlage beginnen",
    # commands
    "list the bundled templates (use one with: aios-designer new --template NAME OUT)":
        "die mitgelieferten Vorlagen auflisten (verwenden mit: aios-designer new --template "
        "NAME OUT)",
    "create a new operating-model file from a bundled template":
        "eine neue Betriebsmodell-Datei aus einer mitgelieferten Vorlage anlegen",
    "check an operating model and list its findings":
        "ein Betriebsmodell prüfen und seine Befunde auflisten",
    "project volumes, hours and FTE per role, cost per unit, cycle time and residual error":
        "Volumen, Stunden und VZÄ je Rolle, Kosten pro Vorgang, Durchlaufzeit und "
        "Restfehlerquote hochrechnen",
    "calibrate an AI step's review threshold on pilot data (CSV or XLSX)":
        "den Prüf-Schwellenwert eines KI-Schritts an Pilotdaten kalibrieren (CSV oder XLSX)",
    "export the operating model (Excel workbook)": "das Betriebsmodell exportieren "
                                                   "(Excel-Arbeitsmappe)",
    "take over the RACI sheet of an edited workbook":
        "die RACI-Tabelle einer bearbeiteten Arbeitsmappe übernehmen",
    "render the main window with FILE open to a PNG image (no display needed)":
        "das Hauptfenster mit der geöffneten Datei FILE als PNG-Bild ausgeben (ohne "
        "Bildschirm)",
    # arguments
    "print name, languages, title and scope of each template as JSON":
        "Name, Sprachen, Titel und Umfang jeder Vorlage als JSON ausgeben",
    "template name (see: aios-designer templates)": "Name der Vorlage (siehe: aios-designer "
                                                    "templates)",
    "overwrite OUT if it exists (the old file is kept as OUT.bak)":
        "OUT überschreiben, falls vorhanden (die alte Datei bleibt als OUT.bak erhalten)",
    "the .aiosm file to create": "die anzulegende .aiosm-Datei",
    "operating-model file (.aiosm)": "Betriebsmodell-Datei (.aiosm)",
    "print the findings as JSON instead of text": "die Befunde als JSON statt als Text "
                                                  "ausgeben",
    "print the projection as JSON": "die Hochrechnung als JSON ausgeben",
    "the AI step, by id or name": "der KI-Schritt, über ID oder Namen",
    "pilot export (.csv or .xlsx) with confidence and correctness":
        "Pilot-Export (.csv oder .xlsx) mit Konfidenz und Korrektheit",
    "highest acceptable error rate among auto-approved items (default 0.02)":
        "höchste zulässige Fehlerquote der automatisch freigegebenen Vorgänge (Standard 0.02)",
    "column with the confidence (default: detected by its header)":
        "Spalte mit der Konfidenz (Standard: an der Überschrift erkannt)",
    "column with correct yes/no (default: detected by its header)":
        "Spalte mit richtig ja/nein (Standard: an der Überschrift erkannt)",
    "with --predicted-label-column: correct = labels equal":
        "mit --predicted-label-column: richtig = Labels gleich",
    "print the result as JSON": "das Ergebnis als JSON ausgeben",
    "store the curve in FILE (previous version kept as FILE.bak)":
        "die Kurve in FILE speichern (die bisherige Fassung bleibt als FILE.bak erhalten)",
    "with --save: also set the step's threshold to the recommendation":
        "mit --save: auch den Schwellenwert des Schritts auf die Empfehlung setzen",
    "write the Excel workbook to OUT (.xlsx)": "die Excel-Arbeitsmappe nach OUT (.xlsx) "
                                               "schreiben",
    "operating-model file (.aiosm) to update": "Betriebsmodell-Datei (.aiosm), die "
                                               "aktualisiert wird",
    "the edited workbook (.xlsx) with the RACI sheet":
        "die bearbeitete Arbeitsmappe (.xlsx) mit der RACI-Tabelle",
    "only list the changes and problems, do not save":
        "nur die Änderungen und Probleme auflisten, nicht speichern",
    "where to write the PNG image": "wohin das PNG-Bild geschrieben wird",
    "window size in pixels (default 1600x900)": "Fenstergröße in Pixeln (Standard 1600x900)",
    # commands added later
    "The diagram's words follow the model's language unless --lang is given.":
        "Die Wörter im Diagramm folgen der Sprache des Modells, außer --lang ist angegeben.",
    "The handbook is written in the model's language unless --lang is given.":
        "Das Handbuch wird in der Sprache des Modells geschrieben, außer --lang ist angegeben.",
    'the KPI table (baseline, target, projected, measured) and the business case':
        'die Kennzahlentabelle (Ausgangswert, Ziel, Hochrechnung, Messwerte) und die Wirtschaftlichkeit',
    'simulate the workflow: cycle-time percentiles, waits per role, SLA breach odds':
        'den Arbeitsablauf simulieren: Perzentile der Durchlaufzeit, Wartezeiten je Rolle, Wahrscheinlichkeit von SLA-Verletzungen',
    'export the operating model (Excel workbook, BPMN 2.0)':
        'das Betriebsmodell exportieren (Excel-Arbeitsmappe, BPMN 2.0)',
    'create an operating model from a BPMN 2.0 file':
        'ein Betriebsmodell aus einer BPMN-2.0-Datei anlegen',
    'take over measured KPI values and dates from an edited workbook':
        'gemessene Kennzahlwerte und Daten aus einer bearbeiteten Arbeitsmappe übernehmen',
    'print the monitoring plan (--suggest: the plan derived from the model)':
        'den Überwachungsplan ausgeben (--suggest: den aus dem Modell abgeleiteten Plan)',
    'write the workflow diagram as SVG, PDF or PNG (no display needed)':
        'das Diagramm des Arbeitsablaufs als SVG, PDF oder PNG schreiben (ohne Bildschirm)',
    'write the operating handbook for the team as DOCX and/or PDF':
        'das Betriebshandbuch für das Team als DOCX und/oder PDF schreiben',
    'print the geometry of the diagram (lanes, steps, flow routes, labels) in scene coordinates':
        'die Geometrie des Diagramms (Bahnen, Schritte, Verbindungswege, Beschriftungen) in Szenenkoordinaten ausgeben',
    'recommend by the one-sided 95 %% upper bound of the error among auto-approved items (default) or by the measured rate':
        'nach der einseitigen 95-%%-Obergrenze des Fehlers unter den automatisch freigegebenen Vorgängen empfehlen (Standard) oder nach der gemessenen Quote',
    'write FILE even while an AIOS Designer window has it open with unsaved changes':
        'FILE auch dann schreiben, wenn ein Fenster des AIOS Designer sie mit ungespeicherten Änderungen geöffnet hat',
    'print the KPIs and the business case as JSON':
        'die Kennzahlen und die Wirtschaftlichkeit als JSON ausgeben',
    'simulated days per replication (default 90)':
        'simulierte Tage je Wiederholung (Standard 90)',
    'independent replications (default 20)':
        'unabhängige Wiederholungen (Standard 20)',
    'random seed: the same seed gives the same figures (default 1)':
        'Startwert des Zufalls: derselbe Startwert ergibt dieselben Zahlen (Standard 1)',
    'also write the hand-over workbook with a Simulation sheet':
        'auch die Arbeitsmappe für die Übergabe mit einer Tabelle Simulation schreiben',
    'write the workflow as BPMN 2.0 with diagram to OUT (.bpmn)':
        'den Arbeitsablauf als BPMN 2.0 mit Diagramm nach OUT (.bpmn) schreiben',
    'the BPMN 2.0 file to import':
        'die BPMN-2.0-Datei, die importiert wird',
    'the operating-model file to create':
        'die Betriebsmodell-Datei, die angelegt wird',
    'the edited workbook (.xlsx) with the KPIs sheet':
        'die bearbeitete Arbeitsmappe (.xlsx) mit der Tabelle Kennzahlen',
    'print the plan derived from the model instead of the stored one':
        'den aus dem Modell abgeleiteten Plan statt des gespeicherten ausgeben',
    'print the plan as JSON':
        'den Plan als JSON ausgeben',
    'the picture: OUT.svg, OUT.pdf or OUT.png':
        'das Bild: OUT.svg, OUT.pdf oder OUT.png',
    'PNG pixels per canvas unit (default 2; 0.1 to 10)':
        'PNG-Pixel je Einheit der Zeichenfläche (Standard 2; 0,1 bis 10)',
    'write the Word document':
        'das Word-Dokument schreiben',
    'write the PDF':
        'das PDF schreiben',
    'apply auto-layout first (the file is not changed without --save)':
        'zuerst automatisch anordnen (die Datei ändert sich nur mit --save)',
    'print the geometry as JSON':
        'die Geometrie als JSON ausgeben',
    'with --auto: write the new layout into FILE':
        'mit --auto: die neue Anordnung in FILE schreiben',
}


class _GermanUsage(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix or "Aufruf: ")


def germanize(parser: argparse.ArgumentParser) -> list[str]:
    """Put the German texts into ``parser`` and its sub-command parsers; returns the English
    texts that have no German here (shown as they are)."""
    missing: list[str] = []

    def german(text):
        if text in (None, argparse.SUPPRESS):
            return text
        if text not in HELP_DE:
            missing.append(text)
            return text
        return HELP_DE[text]

    def walk(p: argparse.ArgumentParser) -> None:
        p.formatter_class = _GermanUsage
        p.description = german(p.description)
        p.epilog = german(p.epilog)
        for group in p._action_groups:
            group.title = german(group.title)
        for action in p._actions:
            action.help = german(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = german(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(parser)
    return missing
