"""The user-interface language: which one, and switching it while the app runs.

Installing or removing a translator makes Qt send ``LanguageChange`` to every widget; our
widgets answer with ``retranslate()``, so a switch needs no restart.
"""
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from ..languages import LANGUAGES, language_from_environment
from ..resources import TRANSLATIONS

SETTING = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    from_environment = language_from_environment()
    if from_environment:
        return from_environment
    # By name: comparing QLocale.Language values would build Qt's whole table of languages
    # and countries (some 800 enum members) during start-up.
    return "de" if QLocale.system().name().startswith("de") else "en"


def saved_language() -> str | None:
    value = QSettings().value(SETTING)
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue(SETTING, lang)


def choose_language(requested: str | None) -> str:
    """``--lang`` wins, then the language picked in the menu last time, then the system."""
    if requested in LANGUAGES:
        return requested
    return saved_language() or system_language()


def current_language() -> str:
    return _current


def install_language(lang: str) -> bool:
    """Make ``lang`` the UI language; returns False when its translation file is missing."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    # Number formats follow the UI language (decimal comma in German forms).
    QLocale.setDefault(QLocale("de_DE" if _current == "de" else "en_US"))
    found = False
    ours = QTranslator(app)
    # English has a catalogue too: the singular and plural forms of "%n step(s)".
    if ours.load(str(TRANSLATIONS / f"aios_{_current}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    if _current == "en":
        return True
    from PySide6.QtCore import QLibraryInfo

    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
