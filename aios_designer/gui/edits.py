"""Reversible primitive edits of an ``OperatingModel`` (no Qt).

Every undoable command is a list of these. Each records the old value it replaces, so undo
restores the model exactly, and elements are addressed by id, never by memory address.
"""
import copy
from dataclasses import dataclass
from typing import Any

from ..model import OperatingModel

#: Collections of elements with ids, addressed as "steps", "compliance.processors", ...
COLLECTIONS = ("roles", "steps", "flows", "kpis", "team_kpis", "compliance.processors",
               "monitoring.metrics")
#: Single objects without ids.
SINGLETONS = ("meta", "settings", "business_case", "compliance", "monitoring")

#: An element reference: ("steps", step_id), ("meta",), ("compliance.processors", id), ...
Ref = tuple


def resolve_path(root: Any, dotted: str) -> Any:
    for part in dotted.split(".") if dotted else ():
        root = getattr(root, part)
    return root


def collection(model: OperatingModel, name: str) -> list:
    return resolve_path(model, name)


def resolve(model: OperatingModel, ref: Ref) -> Any:
    """The object ``ref`` points at; KeyError when it no longer exists."""
    if len(ref) == 1:
        return resolve_path(model, ref[0])
    name, element_id = ref
    for element in collection(model, name):
        if element.id == element_id:
            return element
    raise KeyError(f"{name} has no element {element_id!r}")


def kind_of(ref: Ref) -> str:
    return ref[0]


class Edit:
    kind: str = ""
    ids: tuple[str, ...] = ()

    def apply(self, model: OperatingModel) -> None:
        raise NotImplementedError

    def revert(self, model: OperatingModel) -> None:
        raise NotImplementedError


@dataclass
class SetField(Edit):
    """Set ``field`` (dotted, e.g. "review.threshold") on the object ``ref`` points at."""

    ref: Ref
    field: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:  # type: ignore[override]
        return kind_of(self.ref)

    @property
    def ids(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.ref[1],) if len(self.ref) == 2 else ()

    def _set(self, model: OperatingModel, value: Any) -> None:
        head, _, last = self.field.rpartition(".")
        owner = resolve_path(resolve(model, self.ref), head)
        setattr(owner, last, copy.deepcopy(value))

    def apply(self, model: OperatingModel) -> None:
        self._set(model, self.new)

    def revert(self, model: OperatingModel) -> None:
        self._set(model, self.old)


@dataclass
class _ElementEdit(Edit):
    """Insert or remove one element of a collection at a recorded index."""

    collection: str
    index: int
    element: Any

    @property
    def kind(self) -> str:  # type: ignore[override]
        return self.collection

    @property
    def ids(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.element.id,)

    def _insert(self, model: OperatingModel) -> None:
        collection(model, self.collection).insert(self.index, self.element)

    def _remove(self, model: OperatingModel) -> None:
        removed = collection(model, self.collection).pop(self.index)
        assert removed.id == self.element.id, "edit applied out of order"


class InsertElement(_ElementEdit):
    def apply(self, model: OperatingModel) -> None:
        self._insert(model)

    def revert(self, model: OperatingModel) -> None:
        self._remove(model)


class RemoveElement(_ElementEdit):
    def apply(self, model: OperatingModel) -> None:
        self._remove(model)

    def revert(self, model: OperatingModel) -> None:
        self._insert(model)


def set_field(model: OperatingModel, ref: Ref, field: str, value: Any) -> SetField:
    """A ``SetField`` edit, validated now: a bad value raises ``ValueError`` before any change."""
    target = resolve(model, ref)
    head, _, last = field.rpartition(".")
    owner = resolve_path(target, head)
    if last not in type(owner).model_fields:
        raise ValueError(f"{type(owner).__name__} has no field {last!r}")
    trial = owner.model_copy(deep=True)
    setattr(trial, last, copy.deepcopy(value))  # pydantic validates the assignment here
    validated = getattr(trial, last)
    return SetField(ref, field, copy.deepcopy(getattr(owner, last)), validated)
