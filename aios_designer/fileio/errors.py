"""The one error type for anything that cannot be read or written as an operating model."""
import errno
import re
from pathlib import Path


class ModelFileError(Exception):
    """One clear sentence naming the file and, where known, the place in it.

    ``str(error)`` is English; ``error.message("de")`` gives the German sentence, for the
    CLI's ``--lang de`` and the German user interface.
    """

    def __init__(self, path: str | Path | None, message: str, place: str | None = None,
                 de: str | None = None):
        # One line, always: the CLI prints it as is and the GUI shows it in a message box.
        message = " ".join(message.split())
        self.path = Path(path) if path is not None else None
        self.place = place
        self.reason = message
        self.reason_de = " ".join(de.split()) if de else None
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        german = lang == "de"
        if self.path is not None:
            name = f"'{self.path.name}'"
        else:
            name = "das Modell" if german else "the model"
        place = self.place
        if place and german:
            place = re.sub(r"^line (\d+), column (\d+)$", r"Zeile \1, Spalte \2", place)
        where = f" ({place})" if place else ""
        reason = self.reason_de if german and self.reason_de else self.reason
        return f"{name}{where}: {reason}"


#: The operating system's reasons (its own text is English), in German.
_OS_ERRORS_DE = {
    errno.EACCES: "keine Berechtigung", errno.EPERM: "keine Berechtigung",
    errno.ENOSPC: "kein Platz mehr auf dem Datenträger",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.EROFS: "das Laufwerk ist schreibgeschützt",
    errno.ENOENT: "Datei oder Ordner nicht gefunden",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EISDIR: "das ist ein Ordner",
    errno.ENAMETOOLONG: "der Dateiname ist zu lang",
    errno.EIO: "Ein-/Ausgabefehler des Datenträgers",
    errno.EBUSY: "die Datei ist in Benutzung",
}


def os_reason_de(exc: OSError) -> str:
    """Why an operation failed, in German (``exc.strerror`` is the system's English)."""
    return _OS_ERRORS_DE.get(exc.errno, f"Fehler des Betriebssystems Nr. {exc.errno}"
                             if exc.errno else "Fehler des Betriebssystems")
