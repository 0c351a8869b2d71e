"""Reading a model file as AIOS Designer writes it, without the parsed document in between.

The careful reader (``aiosm.loads_model``) parses the file into Python objects, with hooks
that refuse duplicate keys, NaN and Infinity and turn huge integers into floats, and then
validates that document: for a 50,000-step file the document is about as large as the model
and costs a second. A file that starts the way ``dumps_model`` writes it (the format marker,
then the current schema version, so no migration is needed) and holds none of what the hooks
refuse or convert is validated by pydantic straight from its text instead; duplicate keys are
looked for by a parse that keeps nothing (``_scan``). Whenever anything is not so, or validation fails,
``load_canonical`` returns None and the careful reader runs: every refusal, and its message,
comes from there (tests/fileio/test_canonical_load.py).
"""
import json
import math
import re
from functools import cache

from pydantic import ValidationError

from ..model import OperatingModel
from . import migrations

_PREFIX = (f'{{\n  "format": "{migrations.FORMAT}",\n'
           f'  "schema_version": {migrations.SCHEMA_VERSION},\n')
_PREFIX_BYTES = _PREFIX.encode("ascii")
_HEADER = frozenset(("format", "schema_version"))
#: Escaped surrogates: Python's parser keeps a lone one, which pydantic's would not.
_SURROGATE_TEXT = re.compile(r"\\u[dD][89abAB]")
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89abAB]")


class _Unusual(ValueError):
    """Something the careful reader refuses or converts."""


def _unique_keys(pairs: list) -> None:
    if len(dict(pairs)) != len(pairs):
        raise _Unusual("a key twice")


def _finite(text: str) -> None:
    if math.isinf(float(text)):  # 1e400: the careful reader refuses it at its field
        raise _Unusual(text)


def _short(digits: str) -> None:
    if len(digits) > migrations.MAX_INT_DIGITS:  # the careful reader turns it into a float
        raise _Unusual(digits)


def _constant(name: str) -> None:
    raise _Unusual(name)  # NaN, Infinity


def _scan(text: str) -> None:
    """Parse ``text`` for what the careful reader refuses or converts, keeping nothing."""
    json.loads(text, object_pairs_hook=_unique_keys, parse_float=_finite, parse_int=_short,
               parse_constant=_constant)


@cache
def _file_document() -> type[OperatingModel]:
    """The model with the two header fields of the file: validating the whole file text
    against it needs no copy of the text without them."""

    class FileDocument(OperatingModel):
        format: str
        schema_version: int

    return FileDocument


def load_canonical(raw: bytes | str) -> OperatingModel | None:
    """The model of ``raw`` if it is a file as AIOS Designer writes it, else None."""
    if isinstance(raw, bytes):
        if not raw.startswith(_PREFIX_BYTES) or _SURROGATE_BYTES.search(raw):
            return None
    elif not raw.startswith(_PREFIX) or _SURROGATE_TEXT.search(raw):
        return None
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        _scan(text)
        del text
        document = _file_document().model_validate_json(raw)
    except (ValueError, RecursionError, ValidationError):  # the careful reader says why
        return None
    values = document.__dict__
    for key in _HEADER:
        del values[key]
    return OperatingModel.model_construct(document.__pydantic_fields_set__ - _HEADER, **values)
