"""Reading a sheet of an edited workbook back: what the RACI and the KPI import share.

A workbook that comes back from a department may be anything: an old .xls, a password-protected
file, a zip of something else, a zip bomb, a part declaring XML entities. Each is refused with
one sentence naming the file, in English and German, before openpyxl parses any XML. What can
be read is handed over as the rows of one sheet; the importers match them against the model
and report changes and problems in the shapes defined here.
"""
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

#: A real workbook of a RACI or a KPI sheet is a few MB at most; anything bigger unpacked is
#: refused.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Compound-file header: .xls files and encrypted .xlsx files start with it.
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
#: A document type declaration stands before the root element, in the first bytes of a part.
_DOCTYPE_SCAN_BYTES = 64 * 1024
_ROOT_ELEMENT = re.compile(rb"<[A-Za-z_]")

Reason = tuple[str, str]  # (English, German)

MISSING: Reason = ("does not exist", "existiert nicht")
FOLDER: Reason = ("is a folder, not an Excel workbook", "ist ein Ordner, keine Excel-Arbeitsmappe")
OLD_FORMAT: Reason = (
    "is an old-format (.xls) or password-protected workbook; save it as .xlsx without a "
    "password and import again",
    "ist eine Arbeitsmappe im alten Format (.xls) oder mit Kennwort; bitte ohne Kennwort als "
    ".xlsx speichern und erneut importieren")
NOT_XLSX: Reason = ("is not an Excel workbook (.xlsx)", "ist keine Excel-Arbeitsmappe (.xlsx)")
OTHER_ZIP: Reason = ("is a zip archive but not an Excel workbook (.xlsx)",
                     "ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (.xlsx)")
ENTITIES: Reason = (
    "contains XML entity declarations (a possible 'XML bomb'), so it was not read; save it "
    "again from Excel and retry",
    "enthält XML-Entity-Deklarationen (eine mögliche 'XML-Bombe') und wurde daher nicht "
    "gelesen; bitte in Excel neu speichern und erneut versuchen")
DAMAGED: Reason = ("is not an Excel workbook (.xlsx) or is damaged",
                   "ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt")
#: German for a parser's failure: the parser's own English words stay out of the sentence.
UNREADABLE_DE = "konnte nicht als Excel-Arbeitsmappe gelesen werden"


class SheetImportError(Exception):
    """The file cannot be imported at all; one sentence naming the file, ``str(error)`` in
    English, ``message("de")`` in German."""

    def __init__(self, path: str | Path, reason: Reason | str):
        self.path = Path(path)
        self.reason, self.reason_de = (reason, UNREADABLE_DE) if isinstance(reason, str) \
            else reason
        super().__init__(f"'{self.path.name}' {self.reason}")

    def message(self, lang: str = "en") -> str:
        return f"'{self.path.name}' {self.reason_de}" if lang == "de" else str(self)


@dataclass(frozen=True)
class SheetProblem:
    """A cell or row that could not be used: where (``"E7"``, or a name) and why."""

    where: str
    message_en: str
    message_de: str

    def message(self, lang: str = "en") -> str:
        return f"{self.where}: {self.message_de if lang == 'de' else self.message_en}"


class SheetChanges(list):
    """The changes an import found (a list) plus what could not be used (``problems``) and
    the title of the sheet they came from."""

    def __init__(self, changes=(), problems=(), sheet: str = ""):
        super().__init__(changes)
        self.problems: list[SheetProblem] = list(problems)
        self.sheet = sheet


def read_sheet_rows(path: Path, find_sheet: Callable, no_sheet: Reason, what: Reason,
                    error: type[SheetImportError] = SheetImportError) -> tuple[list[tuple], str]:
    """(values of every row, sheet title) of the sheet ``find_sheet(workbook)`` picks.

    ``no_sheet``: the reason when it picks none; ``what``: what the workbook should be, for
    the zip-bomb sentence ("a RACI workbook", "eine RACI-Arbeitsmappe"). Raises ``error``."""
    if not path.exists():
        raise error(path, MISSING)
    if path.is_dir():
        raise error(path, FOLDER)
    check_container(path, what, error)
    workbook = None
    try:
        workbook = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        sheet = find_sheet(workbook)
        if sheet is None:
            raise error(path, no_sheet)
        return list(sheet.iter_rows(values_only=True)), sheet.title
    except SheetImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means: not usable
        raise error(path, parser_reason(exc)) from exc
    finally:
        if workbook is not None:
            workbook.close()


def check_container(path: Path, what: Reason,
                    error: type[SheetImportError] = SheetImportError) -> None:
    """Refuse what is not a zip container, and zip bombs, before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        try:
            head = path.read_bytes()[:8]
        except OSError:
            head = b""
        raise error(path, OLD_FORMAT if head == OLE_SIGNATURE else NOT_XLSX) from exc
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES or len(infos) > 10_000:
        raise error(path, (f"unpacks to more than 200 MB, so it is not {what[0]}; it was not "
                           "read",
                           f"wird entpackt größer als 200 MB und ist damit keine {what[1]}; "
                           "sie wurde nicht gelesen"))
    if not any(i.filename == "[Content_Types].xml" for i in infos):
        raise error(path, OTHER_ZIP)
    if _declares_entities(path, infos):
        raise error(path, ENTITIES)


def _declares_entities(path: Path, infos) -> bool:
    """Whether an XML part declares a document type (where entities are defined). Excel never
    writes one. Checked here because openpyxl parses with lxml when that is installed, and then
    defusedxml's refusal does not apply."""
    with zipfile.ZipFile(path) as archive:
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with archive.open(info) as part:
                head = part.read(_DOCTYPE_SCAN_BYTES)
            root = _ROOT_ELEMENT.search(head)
            prolog = head[:root.start()] if root else head
            # A prolog longer than the scan (padding before a declaration) counts as one.
            if root is None and len(head) == _DOCTYPE_SCAN_BYTES or b"<!DOCTYPE" in prolog \
                    or b"<!ENTITY" in prolog:
                return True
    return False


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def parser_reason(exc: Exception) -> Reason | str:
    """Why openpyxl could not read the workbook; a bare string (English only) for a failure
    the parser alone can describe."""
    # openpyxl wraps parser errors in a ValueError; the cause tells what happened.
    for link in _chain(exc):
        if (type(link).__module__ or "").startswith("defusedxml"):
            return ENTITIES
    if isinstance(exc, InvalidFileException):
        return NOT_XLSX
    if isinstance(exc, (KeyError, zipfile.BadZipFile)):
        return DAMAGED
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"could not be read as an Excel workbook ({first_line})"
