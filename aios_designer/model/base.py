"""Shared pydantic configuration and small value types.

Every number of the model has a range (README, "The `.aiosm` file"): wide enough for any
real workflow, narrow enough that no product the projection forms (volume × visits × minutes
× cost) can overflow a float. Infinity and NaN are never a value.
"""
import uuid
from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, \
    model_validator


def new_id() -> str:
    """A fresh, stable element id (uuid4 text), never derived from memory addresses."""
    return str(uuid.uuid4())


class ModelBase(BaseModel):
    """Base of every element: unknown keys are rejected, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        str_strip_whitespace=False,
        allow_inf_nan=False,
    )

    @model_validator(mode="after")
    def _share_fields_set(self):
        """An element made with all its fields given (every element of a saved file) takes
        its class's one set of field names instead of a set of its own. pydantic keeps that
        set per element; in a loaded 50,000-step model they were as large as the rest of the
        model (about 100 MB), made and only afterwards shared. A set holding every field of
        its class never changes (setting a field adds a name already in it)."""
        cls = type(self)
        full = _FULL_FIELDS_SETS.get(cls)
        if full is None:
            full = _FULL_FIELDS_SETS[cls] = set(cls.model_fields)
        fields_set = self.__pydantic_fields_set__
        if fields_set is not full and fields_set == full:
            object.__setattr__(self, "__pydantic_fields_set__", full)
        return self


#: Model class -> the set of all its field names, shared by its elements (``_share_fields_set``).
_FULL_FIELDS_SETS: dict[type, set[str]] = {}


def to_utc(moment: datetime) -> datetime:
    """The same instant as an aware UTC datetime; a naive one is taken as local time."""
    try:
        return moment.astimezone(timezone.utc)
    except (OverflowError, OSError, ValueError) as exc:  # year 1 or 9999 and an offset
        raise ValueError("the time is too far in the past or the future") from exc


Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(max_length=500)]
Text = Annotated[str, StringConstraints(max_length=100_000)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
#: Times of the model: always aware and in UTC, so any two can be compared.
UtcDatetime = Annotated[datetime, AfterValidator(to_utc)]

# Ranges of the numbers (the README's table lists them with their units).
MAX_VOLUME = 1e9            # items per month
MAX_MINUTES = 1e6           # minutes per item (handling, waiting, review): about 694 days
MAX_SECONDS = 1e6           # latency per item: about 11.6 days
MAX_HOURS = 1e5             # SLA: about 11 years
MAX_MONEY = 1e12            # amounts in the model's currency
MAX_HEADCOUNT = 1e6         # FTE of one role
MAX_COORDINATE = 1e8        # canvas position, either direction
MAX_KPI_VALUE = 1e15        # KPI figures, either sign
MAX_COUNT = 1_000_000_000   # counted rows of a pilot export

Volume = Annotated[float, Field(ge=0.0, le=MAX_VOLUME)]
Minutes = Annotated[float, Field(ge=0.0, le=MAX_MINUTES)]
Seconds = Annotated[float, Field(ge=0.0, le=MAX_SECONDS)]
Hours = Annotated[float, Field(ge=0.0, le=MAX_HOURS)]
Money = Annotated[float, Field(ge=0.0, le=MAX_MONEY)]
Headcount = Annotated[float, Field(ge=0.0, le=MAX_HEADCOUNT)]
Coordinate = Annotated[float, Field(ge=-MAX_COORDINATE, le=MAX_COORDINATE)]
KpiValue = Annotated[float, Field(ge=-MAX_KPI_VALUE, le=MAX_KPI_VALUE)]
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
