"""Reading and writing ``.aiosm`` files: versioned, deterministic, atomic."""
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

from pydantic import ValidationError

from ..model import OperatingModel
from . import migrations
from .errors import ModelFileError

_MB = 1024 * 1024
MAX_FILE_BYTES = 50 * _MB
MAX_NESTING = 40
_TOO_LARGE = "is larger than 50 MB, so it is not an operating model"
SUFFIX = ".aiosm"


def dumps_model(model: OperatingModel) -> str:
    """The file text of ``model``: same model, same text, readable in a diff."""
    document = {"format": migrations.FORMAT, "schema_version": migrations.SCHEMA_VERSION}
    document.update(model.model_dump(mode="json"))
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save_model(model: OperatingModel, path: str | Path) -> None:
    """Write atomically: temp file in the same folder, fsync, replace; keep ``NAME.bak``."""
    path = Path(path)
    if path.is_symlink():
        # Replacing the link itself would cut it off from the file it points to.
        path = path.resolve()
    try:
        data = dumps_model(model).encode("utf-8")
    except ValueError as exc:  # NaN or infinity slipped into a number
        raise ModelFileError(path, "cannot be saved: a number in it is not a real value "
                                   "(NaN or infinity); the previous version on disk is "
                                   "unchanged") from exc
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
                                   "version on disk is unchanged") from exc
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
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ModelFileError(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # A device or pipe never ends (/dev/zero) or blocks: refuse before reading.
            raise ModelFileError(path, "is not a regular file, so it is not an operating model")
        if info.st_size > MAX_FILE_BYTES:
            raise ModelFileError(path, f"is {info.st_size / _MB:.0f} MB; operating-model files "
                                       f"are at most {MAX_FILE_BYTES // _MB} MB, so this is not one")
        with open(path, "rb") as handle:
            # Bounded: the file may have grown since stat; loads_model refuses the excess.
            raw = handle.read(MAX_FILE_BYTES + 1)
    except ModelFileError:
        raise
    except IsADirectoryError as exc:
        raise ModelFileError(path, "is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ModelFileError(path, "does not exist") from exc
    except OSError as exc:
        raise ModelFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return loads_model(raw, path)


def loads_model(raw: bytes | str, path: str | Path | None = None) -> OperatingModel:
    """Parse file content; ``path`` only names the file in error messages."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise ModelFileError(path, _TOO_LARGE)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line, col = _line_col(raw[: exc.start])
            raise ModelFileError(path, "is not UTF-8 text, so it is not an operating model",
                                 f"line {line}, column {col}") from exc
    else:
        text = raw
        if len(text) > MAX_FILE_BYTES:
            raise ModelFileError(path, _TOO_LARGE)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ModelFileError(path, "is empty")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                              parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ModelFileError(path, f"is not valid JSON ({exc.msg}); the file may be truncated "
                                   "or damaged", f"line {exc.lineno}, column {exc.colno}") from exc
    except _DuplicateKey as exc:
        raise ModelFileError(path, f"contains the key '{exc.key}' twice") from exc
    except _NonFinite as exc:
        raise ModelFileError(path, f"contains '{exc.constant}', which is not a number JSON "
                                   "allows; the file was not written by AIOS Designer") from exc
    except RecursionError as exc:
        raise ModelFileError(path, "is nested far too deeply to be an operating model") from exc
    if not isinstance(document, dict) or document.get("format") != migrations.FORMAT:
        raise ModelFileError(path, "is not an AIOS Designer operating model (no "
                                   f"\"format\": \"{migrations.FORMAT}\" marker)")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ModelFileError(path, "has no valid schema_version", "schema_version")
    if version > migrations.SCHEMA_VERSION:
        raise ModelFileError(path, f"was written by a newer AIOS Designer (file format version "
                                   f"{version}; this version reads up to "
                                   f"{migrations.SCHEMA_VERSION}); please update the application")
    try:
        document = migrations.migrate(document, version)
    except Exception as exc:  # noqa: BLE001 - a damaged old file can break a migration anywhere
        _refuse_deep_nesting(document, path)
        raise ModelFileError(path, f"could not be upgraded from file format version {version} "
                                   f"({type(exc).__name__}: {exc})") from exc
    if not isinstance(document, dict):
        raise ModelFileError(path, f"could not be upgraded from file format version {version}")
    body = {k: v for k, v in document.items() if k not in ("format", "schema_version")}
    try:
        return OperatingModel.model_validate(body)
    except ValidationError as exc:
        # Only now: a valid model is shallow by its schema, and the walk costs as much as
        # parsing. The nesting is the clearer message when it is the cause.
        _refuse_deep_nesting(document, path)
        place, message = describe_validation_error(exc)
        raise ModelFileError(path, message, place) from exc


def describe_validation_error(exc: ValidationError) -> tuple[str | None, str]:
    """(field path, sentence) of the first problem pydantic reports."""
    first = exc.errors(include_url=False)[0]
    loc = first.get("loc", ())
    place = _format_loc(loc) or None
    message = first.get("msg", "is invalid")
    if first.get("type") == "value_error" and message.startswith("Value error, "):
        message = message[len("Value error, "):]
        # Cross-reference problems carry their own field path: "steps[2].role_id: ...".
        head, sep, rest = message.partition(": ")
        if sep and not place:
            place, message = head, rest
        message = message.split("; ")[0]
    elif first.get("type") == "missing":
        message = "required field is missing"
    elif first.get("type") in ("union_tag_invalid", "union_tag_not_found"):
        given = first.get("ctx", {}).get("tag")
        kinds = ", ".join(sorted(_STEP_KINDS))
        message = (f"unknown step kind '{given}' (known kinds: {kinds})"
                   if first.get("type") == "union_tag_invalid"
                   else f"the step has no \"kind\" (known kinds: {kinds})")
    elif first.get("type") == "string_pattern_mismatch" and "raci_overrides" in loc:
        message = (f"RACI letters must be some of R, A, C, I in that order, e.g. \"RA\" "
                   f"(found {first.get('input')!r})")
    elif first.get("type") == "extra_forbidden":
        message = "unknown field (the file may come from another program)"
    else:
        given = first.get("input")
        if isinstance(given, (int, float, str, bool)) and len(repr(given)) <= 60:
            message = f"{message} (found {given!r})"
    extra = len(exc.errors()) - 1
    if extra:
        message += f" (and {extra} more problem{'s' if extra > 1 else ''})"
    return place, message


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
        raise ModelFileError(path, "is nested far too deeply to be an operating model")


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
