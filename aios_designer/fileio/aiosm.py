"""Reading and writing ``.aiosm`` files: versioned, deterministic, atomic."""
import gc
import json
import os
import re
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from ..model import OperatingModel
from . import migrations
from .canonical import load_canonical
from .errors import ModelFileError, os_reason_de
from .stale_temps import remove_stale_temp_files

_MB = 1024 * 1024
MAX_FILE_BYTES = 50 * _MB
MAX_NESTING = 40
_TOO_LARGE = "is larger than 50 MB, so it is not an operating model"
_TOO_LARGE_DE = "ist größer als 50 MB und damit kein Betriebsmodell"
_TOO_DEEP = "is nested far too deeply to be an operating model"
_TOO_DEEP_DE = "ist viel zu tief verschachtelt für ein Betriebsmodell"


@contextmanager
def _collector_paused():
    """Building or dumping a model makes tens of thousands of containers and no garbage
    cycles; the cyclic collector would scan the growing heap again and again (half the
    time of validating 2,000 steps). Paused for that stretch, restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def dumps_model(model: OperatingModel) -> str:
    """The file text of ``model``: same model, same text, readable in a diff."""
    document = {"format": migrations.FORMAT, "schema_version": migrations.SCHEMA_VERSION}
    with _collector_paused():
        document.update(model.model_dump(mode="json"))
        return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save_model(model: OperatingModel, path: str | Path) -> None:
    """Write atomically: temp file in the same folder, fsync, replace; keep ``NAME.bak``."""
    path = Path(path)
    if path.is_symlink():
        # Replacing the link itself would cut it off from the file it points to.
        path = path.resolve()
    remove_stale_temp_files(path)
    try:
        data = dumps_model(model).encode("utf-8")
    except ValueError as exc:  # NaN or infinity slipped into a number
        raise ModelFileError(path, "cannot be saved: a number in it is not a real value "
                                   "(NaN or infinity); the previous version on disk is "
                                   "unchanged",
                             de="kann nicht gespeichert werden: eine Zahl darin ist kein "
                                "echter Wert (NaN oder unendlich); die bisherige Fassung auf "
                                "der Festplatte ist unverändert") from exc
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            # mkstemp makes the file private (0600); keep the mode the file had, or the
            # usual one for a new file.
            os.chmod(tmp_name, _file_mode(path))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            backup = path.with_name(path.name + ".bak")
            shutil.copy2(path, tmp_name + ".bak")
            os.replace(tmp_name + ".bak", backup)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_folder(folder)
    except OSError as exc:
        raise ModelFileError(path, f"could not be saved ({exc.strerror or exc}); the previous "
                                   "version on disk is unchanged",
                             de=f"konnte nicht gespeichert werden ({os_reason_de(exc)}); "
                                "die bisherige Fassung auf der Festplatte ist unverändert",
                             ) from exc
    finally:
        if tmp_name is not None:
            for leftover in (tmp_name, tmp_name + ".bak"):
                try:
                    os.unlink(leftover)
                except OSError:
                    pass


def _read_umask() -> int:
    # The only way to read the umask is to set it; done once at import, before the GUI
    # starts threads that could create files in the moment it is 0.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_NEW_FILE_MODE = 0o666 & ~_read_umask()


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return _NEW_FILE_MODE


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def load_model(path: str | Path) -> OperatingModel:
    """Read, migrate and validate an ``.aiosm`` file; raise ``ModelFileError`` otherwise."""
    path = Path(path)
    remove_stale_temp_files(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ModelFileError(path, "is a folder, not a file", de="ist ein Ordner, keine Datei")
        if not stat.S_ISREG(info.st_mode):
            # A device or pipe never ends (/dev/zero) or blocks: refuse before reading.
            raise ModelFileError(path, "is not a regular file, so it is not an operating model",
                                 de="ist keine gewöhnliche Datei und damit kein Betriebsmodell")
        if info.st_size > MAX_FILE_BYTES:
            size, limit = f"{info.st_size / _MB:.0f}", MAX_FILE_BYTES // _MB
            raise ModelFileError(path, f"is {size} MB; operating-model files are at most "
                                       f"{limit} MB, so this is not one",
                                 de=f"ist {size} MB groß; Betriebsmodelle sind höchstens "
                                    f"{limit} MB groß, dies ist also keines")
        with open(path, "rb") as handle:
            # Bounded: the file may have grown since stat; loads_model refuses the excess.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except ModelFileError:
        raise
    except IsADirectoryError as exc:
        raise ModelFileError(path, "is a folder, not a file",
                             de="ist ein Ordner, keine Datei") from exc
    except FileNotFoundError as exc:
        raise ModelFileError(path, "does not exist", de="existiert nicht") from exc
    except OSError as exc:
        raise ModelFileError(path, f"cannot be read ({exc.strerror or exc})",
                             de=f"kann nicht gelesen werden ({os_reason_de(exc)})") from exc
    return loads_model(raw, path)


def loads_model(raw: bytes | str, path: str | Path | None = None) -> OperatingModel:
    """Parse file content; ``path`` only names the file in error messages."""
    with _collector_paused():
        return _loads_model(raw, path)


def _loads_model(raw: bytes | str, path: str | Path | None) -> OperatingModel:
    if len(raw) > MAX_FILE_BYTES:
        raise ModelFileError(path, _TOO_LARGE, de=_TOO_LARGE_DE)
    model = load_canonical(raw)  # a file as this program writes it, without the document
    if model is not None:
        return model
    return _loads_document(raw, path)


def _loads_document(raw: bytes | str, path: str | Path | None) -> OperatingModel:
    """The careful reader: parse, refuse what no model file holds, migrate, validate."""
    if isinstance(raw, bytes):  # its size was checked by _loads_model
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line, col = _line_col(raw[: exc.start])
            raise ModelFileError(path, "is not UTF-8 text, so it is not an operating model",
                                 f"line {line}, column {col}",
                                 de="ist kein UTF-8-Text und damit kein Betriebsmodell") from exc
    else:
        text = raw
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ModelFileError(path, "is empty", de="ist leer")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                              parse_constant=_no_constant, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ModelFileError(path, f"is not valid JSON ({exc.msg}); the file may be truncated "
                                   "or damaged", f"line {exc.lineno}, column {exc.colno}",
                             de=f"ist kein gültiges JSON ({_json_error_de(exc.msg)}); die "
                                "Datei ist vielleicht abgeschnitten oder beschädigt") from exc
    except _DuplicateKey as exc:
        raise ModelFileError(path, f"contains the key '{exc.key}' twice",
                             de=f"enthält den Schlüssel '{exc.key}' doppelt") from exc
    except _NonFinite as exc:
        raise ModelFileError(path, f"contains '{exc.constant}', which is not a number JSON "
                                   "allows; the file was not written by AIOS Designer",
                             de=f"enthält '{exc.constant}', eine in JSON nicht erlaubte Zahl; "
                                "die Datei stammt nicht vom AIOS Designer") from exc
    except RecursionError as exc:
        raise ModelFileError(path, _TOO_DEEP, de=_TOO_DEEP_DE) from exc
    # The decoded text is as large as the file; validation needs only the parsed document.
    del text
    if not isinstance(document, dict) or document.get("format") != migrations.FORMAT:
        raise ModelFileError(path, "is not an AIOS Designer operating model (no "
                                   f"\"format\": \"{migrations.FORMAT}\" marker)",
                             de="ist kein Betriebsmodell des AIOS Designer (die Kennung "
                                f"\"format\": \"{migrations.FORMAT}\" fehlt)")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ModelFileError(path, "has no valid schema_version", "schema_version",
                             de="hat keine gültige schema_version")
    if version > migrations.SCHEMA_VERSION:
        raise ModelFileError(path, f"was written by a newer AIOS Designer (file format version "
                                   f"{version}; this version reads up to "
                                   f"{migrations.SCHEMA_VERSION}); please update the application",
                             de=f"wurde von einem neueren AIOS Designer geschrieben "
                                f"(Dateiformat-Version {version}; diese Version liest bis "
                                f"{migrations.SCHEMA_VERSION}); bitte die Anwendung aktualisieren")
    try:
        document = migrations.migrate(document, version)
    except Exception as exc:  # noqa: BLE001 - a damaged old file can break a migration anywhere
        _refuse_deep_nesting(document, path)
        raise ModelFileError(path, f"could not be upgraded from file format version {version} "
                                   f"({type(exc).__name__}: {exc})",
                             de=f"konnte nicht von Dateiformat-Version {version} aktualisiert "
                                f"werden ({type(exc).__name__}: {exc})") from exc
    if not isinstance(document, dict):
        raise ModelFileError(path, f"could not be upgraded from file format version {version}",
                             de=f"konnte nicht von Dateiformat-Version {version} aktualisiert "
                                "werden")
    body = {k: v for k, v in document.items() if k not in ("format", "schema_version")}
    try:
        model = OperatingModel.model_validate(body)
    except ValidationError as exc:
        # Only now: a valid model is shallow by its schema, and the walk costs as much as
        # parsing. The nesting is the clearer message when it is the cause.
        _refuse_deep_nesting(document, path)
        place, message, message_de = _describe(exc)
        raise ModelFileError(path, message, place, de=message_de) from exc
    return model


#: The messages of Python's JSON parser (``JSONDecodeError.msg``), in German.
_JSON_ERRORS_DE = {
    "Expecting value": "ein Wert fehlt",
    "Expecting property name enclosed in double quotes":
        "ein Feldname in doppelten Anführungszeichen fehlt",
    "Expecting ':' delimiter": "ein ':' fehlt",
    "Expecting ',' delimiter": "ein ',' fehlt",
    "Unterminated string starting at": "ein Text in Anführungszeichen endet nicht",
    "Invalid control character at": "ein unerlaubtes Steuerzeichen",
    "Invalid \\escape": "eine ungültige Escape-Sequenz mit \\",
    "Invalid \\uXXXX escape": "eine ungültige \\uXXXX-Sequenz",
    "Extra data": "nach dem Ende folgen weitere Zeichen",
    "Illegal trailing comma before end of object": "ein überzähliges Komma vor '}'",
    "Illegal trailing comma before end of array": "ein überzähliges Komma vor ']'",
}


def _json_error_de(message: str) -> str:
    """The parser's reason in German; one the table does not know yet is never shown in
    English in a German sentence."""
    return _JSON_ERRORS_DE.get(message, "Syntaxfehler")


def describe_validation_error(exc: ValidationError) -> tuple[str | None, str]:
    """(field path, English sentence) of the first problem pydantic reports."""
    place, message, _ = _describe(exc)
    return place, message


def _describe(exc: ValidationError) -> tuple[str | None, str, str]:
    """(field path, English sentence, German sentence) of the first problem pydantic reports."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    kind, loc, ctx = first.get("type"), first.get("loc", ()), first.get("ctx", {})
    place = _format_loc(loc) or None
    given = first.get("input")
    found = (f" (found {given!r})", f" (gefunden: {_de(given)})") if isinstance(
        given, (int, float, str, bool)) and len(repr(given)) <= 60 else ("", "")
    message = first.get("msg", "is invalid")
    if kind == "value_error" and message.startswith("Value error, "):
        message = message[len("Value error, "):]
        # Cross-reference problems carry their own field path: "steps[2].role_id: ...".
        head, sep, rest = message.partition(": ")
        if sep and not place:
            place, message = head, rest
        message = message.split("; ")[0]
        en, de = message, _german_integrity(message)
    elif kind == "missing":
        en, de = "required field is missing", "Pflichtfeld fehlt"
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        kinds = ", ".join(sorted(_STEP_KINDS))
        if kind == "union_tag_invalid":
            tag = ctx.get("tag")
            en = f"unknown step kind '{tag}' (known kinds: {kinds})"
            de = f"unbekannte Schrittart '{tag}' (bekannte Arten: {kinds})"
        else:
            en = f"the step has no \"kind\" (known kinds: {kinds})"
            de = f"der Schritt hat keine Art (\"kind\"; bekannte Arten: {kinds})"
    elif kind == "string_pattern_mismatch" and "raci_overrides" in loc:
        en = (f"RACI letters must be some of R, A, C, I in that order, e.g. \"RA\" "
              f"(found {given!r})")
        de = (f"RACI-Buchstaben müssen aus R, A, C, I in dieser Reihenfolge bestehen, z. B. "
              f"\"RA\" (gefunden: {given!r})")
    elif kind == "finite_number":
        en, de = ("must be a finite number (this one is too large)",
                  _german_value_error(kind, ctx, message))
    elif kind == "extra_forbidden":
        en = "unknown field (the file may come from another program)"
        de = "unbekanntes Feld (die Datei stammt vielleicht aus einem anderen Programm)"
    else:
        en = message + found[0]
        de = _german_value_error(kind, ctx, message) + found[1]
    extra = len(errors) - 1
    if extra:
        en += f" (and {extra} more problem{'s' if extra > 1 else ''})"
        de += f" (und {extra} weitere{'s' if extra == 1 else ''} Problem{'e' if extra > 1 else ''})"
    return place, en, de


def _de(value) -> str:
    """A value from pydantic's report as a German sentence writes it: 0,5 (not 0.5), 0 (not
    0.0); other values as the file has them."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return str(value).replace(".", ",")


def _german_value_error(kind: str | None, ctx: dict, message: str) -> str:
    """German for the pydantic errors a hand-edited file runs into; the rest keeps pydantic's
    English text behind a German lead-in."""
    if kind == "greater_than_equal":
        return f"muss mindestens {_de(ctx.get('ge'))} sein"
    if kind == "greater_than":
        return f"muss größer als {_de(ctx.get('gt'))} sein"
    if kind == "less_than_equal":
        return f"darf höchstens {_de(ctx.get('le'))} sein"
    if kind == "less_than":
        return f"muss kleiner als {_de(ctx.get('lt'))} sein"
    if kind == "string_too_long":
        return f"darf höchstens {ctx.get('max_length')} Zeichen lang sein"
    if kind == "string_too_short":
        return f"muss mindestens {ctx.get('min_length')} Zeichen lang sein"
    if kind == "finite_number":
        return "muss eine endliche Zahl sein (diese ist zu groß)"
    if kind == "enum":
        return f"muss einer dieser Werte sein: {ctx.get('expected')}"
    if kind in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        return "muss eine Zahl sein"
    if kind in ("bool_parsing", "bool_type"):
        return "muss true oder false sein"
    if kind in ("string_type",):
        return "muss ein Text sein"
    if kind in ("list_type",):
        return "muss eine Liste sein"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return "muss ein Objekt sein"
    if kind in ("datetime_parsing", "datetime_type", "datetime_from_date_parsing", "date_parsing",
                "date_from_datetime_parsing", "date_type"):
        return "muss ein Datum im Format JJJJ-MM-TT sein"
    return "ungültiger Wert"


_INTEGRITY_DE = [
    (re.compile(r"^duplicate id '(.*)'$"), r"doppelte ID '\1'"),
    (re.compile(r"^refers to a role that does not exist \('(.*)'\)$"),
     r"verweist auf eine Rolle, die es nicht gibt ('\1')"),
    (re.compile(r"^refers to a step that does not exist \('(.*)'\)$"),
     r"verweist auf einen Schritt, den es nicht gibt ('\1')"),
    (re.compile(r"^refers to a processor that does not exist \('(.*)'\)$"),
     r"verweist auf einen Auftragsverarbeiter, den es nicht gibt ('\1')"),
    (re.compile(r"^the time is too far in the past or the future$"),
     "die Zeit liegt zu weit in der Vergangenheit oder der Zukunft"),
]


def _german_integrity(message: str) -> str:
    for pattern, german in _INTEGRITY_DE:
        if pattern.match(message):
            return pattern.sub(german, message)
    return "ungültiger Wert"


def _format_loc(loc: tuple) -> str:
    out, after_index = "", False
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif after_index and part in _STEP_KINDS:
            pass  # the discriminated-union tag pydantic inserts after a list index
        else:
            out += f".{part}" if out else str(part)
        after_index = isinstance(part, int)
    return out


_STEP_KINDS = {"trigger", "ai_task", "human_task", "review", "decision", "exception",
               "system_task", "end"}


class _DuplicateKey(Exception):
    def __init__(self, key: str):
        self.key = key


class _NonFinite(Exception):
    def __init__(self, constant: str):
        self.constant = constant


def _no_constant(constant: str):
    raise _NonFinite(constant)


_MAX_INT_DIGITS = migrations.MAX_INT_DIGITS


def _parse_int(digits: str) -> int | float:
    """An integer of the file; a huge one becomes a float (infinity beyond 1e308), so that
    validation refuses it at its field path instead of Python's int-string limit (4,300
    digits) raising a ValueError that names no place."""
    if len(digits) > _MAX_INT_DIGITS:
        return float(digits)
    return int(digits)


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _refuse_deep_nesting(document: object, path: str | Path | None) -> None:
    if _depth(document) > MAX_NESTING:
        raise ModelFileError(path, _TOO_DEEP, de=_TOO_DEEP_DE)


def _depth(node: object) -> int:
    """Nesting depth of a parsed JSON value, level by level over containers only."""
    level = [node] if isinstance(node, (dict, list)) else []
    depth = 1
    while level:
        if depth > MAX_NESTING:
            break
        below: list = []
        for container in level:
            children = container.values() if isinstance(container, dict) else container
            below.extend([c for c in children if isinstance(c, (dict, list))])
        level = below
        if level:
            depth += 1
    return depth


def _line_col(prefix: bytes) -> tuple[int, int]:
    line = prefix.count(b"\n") + 1
    col = len(prefix) - (prefix.rfind(b"\n") + 1) + 1
    return line, col
