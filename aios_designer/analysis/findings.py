"""Findings of the model checks: stable rule id, severity, message in English and German."""
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    #: Stable identifier, e.g. "AIOS-G001"; documented in README and never reused.
    rule: str
    severity: Severity
    message_en: str
    message_de: str
    #: Ids of the steps, flows or roles the finding is about (for selection on the canvas).
    elements: tuple[str, ...] = field(default_factory=tuple)

    def message(self, lang: str = "en") -> str:
        return self.message_de if lang == "de" else self.message_en

    def to_json(self, lang: str = "en") -> dict:
        return {"rule": self.rule, "severity": str(self.severity), "message": self.message(lang),
                "elements": list(self.elements)}

    @property
    def sort_key(self) -> tuple:
        return (_SEVERITY_ORDER[self.severity], self.rule, self.elements)
