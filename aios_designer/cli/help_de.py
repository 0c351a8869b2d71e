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
