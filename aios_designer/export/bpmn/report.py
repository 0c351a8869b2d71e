"""What a BPMN import could not take over as it was: one line per element, in both languages."""
from dataclasses import dataclass


@dataclass(frozen=True)
class ImportNote:
    #: The element's id in the BPMN file ("" for the file as a whole).
    element_id: str
    #: Its BPMN type, e.g. "dataObjectReference", "parallelGateway".
    element_type: str
    #: What was done with it, English and German.
    action_en: str
    action_de: str

    def message(self, lang: str = "en") -> str:
        action = self.action_de if lang == "de" else self.action_en
        where = f"{self.element_type} '{self.element_id}'" if self.element_id else self.element_type
        return f"{where}: {action}"


class BpmnImportError(Exception):
    """The file cannot be imported at all: one sentence naming the file."""

    def __init__(self, name: str, en: str, de: str):
        self.name, self.en, self.de = name, en, de
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return f"'{self.name}' {self.de if lang == 'de' else self.en}"
