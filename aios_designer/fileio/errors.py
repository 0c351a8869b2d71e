"""The one error type for anything that cannot be read or written as an operating model."""
from pathlib import Path


class ModelFileError(Exception):
    """One clear sentence naming the file and, where known, the place in it."""

    def __init__(self, path: str | Path | None, message: str, place: str | None = None):
        # One line, always: the CLI prints it as is and the GUI shows it in a message box.
        message = " ".join(message.split())
        self.path = Path(path) if path is not None else None
        self.place = place
        self.reason = message
        name = f"'{self.path.name}'" if self.path is not None else "the model"
        where = f" ({place})" if place else ""
        super().__init__(f"{name}{where}: {message}")
