"""The open document: model + undo stack + path + dirty flag.

The one way to change the model in the GUI: views and panels call an intent method here,
the Document turns it into one ``ModelCommand`` on the undo stack, and announces what
changed through ``changed``. Views refresh from that announcement; nobody else mutates
the model.
"""
import contextlib
import copy
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..fileio import save_model
from ..model import (
    AiTaskStep,
    ExceptionStep,
    Flow,
    OperatingModel,
    Position,
    TriggerStep,
    normalize_raci,
)
from .analysis_cache import AnalysisCache
from .edits import (
    COLLECTIONS,
    Edit,
    InsertElement,
    Ref,
    RemoveElement,
    SetField,
    collection,
    resolve,
    set_field,
)

#: Collections whose change alters the workflow graph (the AI Act assessment depends on it).
STRUCTURAL = {"steps", "flows"}


@dataclass(frozen=True)
class Change:
    """What one command changed: element collections/singletons and element ids."""

    kinds: frozenset[str]
    ids: frozenset[str] = field(default_factory=frozenset)
    #: True when steps or flows were added or removed, or a flow re-wired.
    structural: bool = False

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


class ModelCommand(QUndoCommand):
    """A list of primitive edits applied in order and reverted in reverse order."""

    def __init__(self, document: "Document", text: str, edits: list[Edit],
                 merge_key: str | None = None, structural: bool = False):
        super().__init__(text)
        self._document = document
        self.edits = edits
        self.merge_key = merge_key
        self.structural = structural

    def redo(self) -> None:
        model = self._document.model
        for edit in self.edits:
            edit.apply(model)
        self._document._announce(self.edits, self.structural)

    def undo(self) -> None:
        model = self._document.model
        for edit in reversed(self.edits):
            edit.revert(model)
        self._document._announce(self.edits, self.structural)

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Consecutive edits of the same field (e.g. spin box steps) become one undo step.
        if not isinstance(other, ModelCommand) or other.merge_key != self.merge_key:
            return False
        if not all(isinstance(e, SetField) for e in self.edits + other.edits):
            return False
        mine = {(e.ref, e.field): e for e in self.edits}
        for edit in other.edits:
            key = (edit.ref, edit.field)
            if key in mine:
                mine[key].new = edit.new
            else:
                self.edits.append(edit)
        return True


def _tr(text: str) -> str:
    return QCoreApplication.translate("Document", text)


class Document(QObject):
    #: Undo steps kept. Each keeps what it changed (a whole step for an added or deleted one),
    #: so an unlimited history grows with every edit of a long workshop; the oldest steps go
    #: first. 500 is far more than anyone undoes in one go.
    UNDO_LIMIT = 500

    changed = Signal(object)  # Change
    model_replaced = Signal()
    dirty_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None

    def __init__(self, model: OperatingModel | None = None, path: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._model = model if model is not None else OperatingModel()
        self._path = Path(path) if path else None
        #: A model that exists on no disk yet (from a template or a recovery file) needs saving
        #: even before the first edit.
        self._unsaved_origin = False
        #: Advances with every change of the model, before it is announced.
        self.revision = 0
        #: Findings, projection and readiness of the current model, computed once per revision.
        self.analysis = AnalysisCache(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(self.UNDO_LIMIT)  # only possible while it is empty
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    # -- state -----------------------------------------------------------------------------
    @property
    def model(self) -> OperatingModel:
        return self._model

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_dirty(self) -> bool:
        return self._unsaved_origin or not self.undo_stack.isClean()

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(self._unsaved_origin or not clean)

    def replace_model(self, model: OperatingModel, path: Path | None = None,
                      dirty: bool = False) -> None:
        """Show another model (open, new, recover): the undo history starts afresh."""
        self._unsaved_origin = dirty
        self.undo_stack.clear()
        self._model = model
        self.revision += 1
        self._set_path(path)
        self.model_replaced.emit()
        self.dirty_changed.emit(self.is_dirty)

    def save(self, path: Path | None = None) -> Path:
        """Save (atomically) to ``path`` or the current path; raises ``ModelFileError``."""
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name given")
        previous = self._model.meta.modified
        self._model.meta.modified = datetime.now(timezone.utc).replace(microsecond=0)
        try:
            save_model(self._model, target)
        except Exception:
            self._model.meta.modified = previous
            raise
        self._set_path(target)
        self._unsaved_origin = False
        self.undo_stack.setClean()
        self.dirty_changed.emit(False)
        return target

    def _set_path(self, path: Path | None) -> None:
        path = Path(path) if path else None
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    # -- plumbing --------------------------------------------------------------------------
    def push_edits(self, text: str, edits: list[Edit], merge_key: str | None = None) -> bool:
        """Push one command; returns False (and pushes nothing) when there is nothing to do."""
        edits = [e for e in edits if not (isinstance(e, SetField) and e.old == e.new)]
        if not edits:
            return False
        structural = any(
            isinstance(e, (InsertElement, RemoveElement)) and e.collection in STRUCTURAL
            or isinstance(e, SetField) and e.ref[0] == "flows" and e.field in ("source_id",
                                                                               "target_id")
            for e in edits)
        if structural:
            now = datetime.now(timezone.utc).replace(microsecond=0)
            edits.append(SetField(("meta",), "structure_changed",
                                  self._model.meta.structure_changed, now))
        self.undo_stack.push(ModelCommand(self, text, edits, merge_key, structural))
        return True

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several intents into one undo step."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def _announce(self, edits: list[Edit], structural: bool) -> None:
        kinds = frozenset(e.kind for e in edits)
        ids = frozenset(i for e in edits for i in e.ids)
        self.revision += 1
        self.changed.emit(Change(kinds, ids, structural))

    # -- intents ---------------------------------------------------------------------------
    def set_fields(self, ref: Ref, values: dict[str, Any], text: str | None = None,
                   merge_key: str | None = None) -> bool:
        """Set fields of one element; raises ``ValueError`` for an invalid value (no change)."""
        edits = [set_field(self._model, ref, name, value) for name, value in values.items()]
        return self.push_edits(text or _tr("Edit properties"), edits, merge_key)

    def add_elements(self, text: str, roles: Iterable = (), steps: Iterable = (),
                     flows: Iterable = (), kpis: Iterable = (), team_kpis: Iterable = (),
                     processors: Iterable = (), metrics: Iterable = ()) -> bool:
        edits: list[Edit] = []
        for name, elements in (("roles", roles), ("steps", steps), ("flows", flows),
                               ("kpis", kpis), ("team_kpis", team_kpis),
                               ("compliance.processors", processors),
                               ("monitoring.metrics", metrics)):
            size = len(collection(self._model, name))
            for offset, element in enumerate(elements):
                edits.append(InsertElement(name, size + offset, element))
        self._check_new_ids(edits)
        return self.push_edits(text, edits)

    def insert_role(self, role, index: int, text: str | None = None) -> bool:
        index = max(0, min(index, len(self._model.roles)))
        return self.push_edits(text or _tr("Add role"), [InsertElement("roles", index, role)])

    def move_role(self, role_id: str, new_index: int) -> bool:
        roles = self._model.roles
        old_index = next(i for i, r in enumerate(roles) if r.id == role_id)
        new_index = max(0, min(new_index, len(roles) - 1))
        if new_index == old_index:
            return False
        role = roles[old_index]
        return self.push_edits(_tr("Move role"), [RemoveElement("roles", old_index, role),
                                                  InsertElement("roles", new_index, role)])

    def move_steps(self, moves: dict[str, tuple[float, float, str | None]],
                   text: str | None = None, reset_routes: Iterable[str] = ()) -> bool:
        """Move steps to (x, y-in-lane, lane role id) in one undo step; the flows named in
        ``reset_routes`` lose their adjusted route in the same step."""
        edits: list[Edit] = [set_field(self._model, ("flows", flow_id), "waypoints", [])
                             for flow_id in reset_routes]
        for step_id, (x, y, role_id) in moves.items():
            step = resolve(self._model, ("steps", step_id))
            new_position = Position(x=x, y=y)
            if step.position != new_position:
                edits.append(SetField(("steps", step_id), "position",
                                      copy.deepcopy(step.position), new_position))
            if step.role_id != role_id:
                edits.append(set_field(self._model, ("steps", step_id), "role_id", role_id))
        return self.push_edits(text or _tr("Move"), edits)

    def set_raci_cell(self, step_id: str, role_id: str, letters: str | None) -> bool:
        """Override one RACI cell (letters like "A/R") or reset it to derived (None)."""
        step = resolve(self._model, ("steps", step_id))
        overrides = dict(step.raci_overrides)
        if letters is None:
            overrides.pop(role_id, None)
        else:
            overrides[role_id] = normalize_raci(letters)
        return self.set_fields(("steps", step_id), {"raci_overrides": overrides},
                               _tr("Edit RACI"))

    def remove_elements(self, ids: Iterable[str], text: str | None = None) -> bool:
        """Remove elements by id; flows of removed steps and references to removed roles go
        with them, all in one undo step."""
        ids = set(ids)
        model = self._model
        step_ids = {s.id for s in model.steps if s.id in ids}
        role_ids = {r.id for r in model.roles if r.id in ids}
        processor_ids = {p.id for p in model.compliance.processors if p.id in ids}
        flow_ids = {f.id for f in model.flows
                    if f.id in ids or f.source_id in step_ids or f.target_id in step_ids}
        edits: list[Edit] = []
        edits += self._reference_clearing_edits(role_ids, processor_ids, step_ids)
        doomed = {"flows": flow_ids, "steps": step_ids, "roles": role_ids,
                  "compliance.processors": processor_ids,
                  "kpis": {k.id for k in model.kpis if k.id in ids},
                  "team_kpis": {t.id for t in model.team_kpis
                                if t.id in ids or t.role_id in role_ids},
                  # A metric about a removed step or role has nothing left to watch.
                  "monitoring.metrics": {m.id for m in model.monitoring.metrics
                                         if m.id in ids or m.step_id in step_ids
                                         or m.role_id in role_ids}}
        for name in ("flows", "team_kpis", "kpis", "monitoring.metrics", "steps", "roles",
                     "compliance.processors"):
            items = collection(model, name)
            # Remove from the back so the recorded indexes stay valid in order.
            for index in range(len(items) - 1, -1, -1):
                if items[index].id in doomed[name]:
                    edits.append(RemoveElement(name, index, items[index]))
        return self.push_edits(text or _tr("Delete"), edits)

    def _reference_clearing_edits(self, role_ids: set[str], processor_ids: set[str],
                                  step_ids: set[str]) -> list[Edit]:
        if not role_ids and not processor_ids:
            return []
        model = self._model
        edits: list[Edit] = []
        if model.meta.process_owner_role_id in role_ids:
            edits.append(SetField(("meta",), "process_owner_role_id",
                                  model.meta.process_owner_role_id, None))
        for step in model.steps:
            if step.id in step_ids:
                continue
            ref = ("steps", step.id)
            if step.role_id in role_ids:
                edits.append(SetField(ref, "role_id", step.role_id, None))
            stale = [r for r in step.raci_overrides if r in role_ids]
            if stale:
                kept = {k: v for k, v in step.raci_overrides.items() if k not in role_ids}
                edits.append(SetField(ref, "raci_overrides", dict(step.raci_overrides), kept))
            if isinstance(step, TriggerStep) and step.feed_owner_role_id in role_ids:
                edits.append(SetField(ref, "feed_owner_role_id", step.feed_owner_role_id, None))
            if isinstance(step, AiTaskStep):
                if step.review.reviewer_role_id in role_ids:
                    edits.append(SetField(ref, "review.reviewer_role_id",
                                          step.review.reviewer_role_id, None))
                if step.processor_id in processor_ids:
                    edits.append(SetField(ref, "processor_id", step.processor_id, None))
            if isinstance(step, ExceptionStep) and step.escalation_role_id in role_ids:
                edits.append(SetField(ref, "escalation_role_id", step.escalation_role_id, None))
        for metric in model.monitoring.metrics:
            if metric.owner_role_id in role_ids and metric.role_id not in role_ids:
                edits.append(SetField(("monitoring.metrics", metric.id), "owner_role_id",
                                      metric.owner_role_id, None))
        return edits

    def _check_new_ids(self, edits: list[Edit]) -> None:
        existing = {e.id for name in COLLECTIONS for e in collection(self._model, name)}
        for edit in edits:
            if isinstance(edit, InsertElement):
                if edit.element.id in existing:
                    raise ValueError(f"an element with id {edit.element.id!r} already exists")
                existing.add(edit.element.id)

    def connect_steps(self, source_id: str, target_id: str, **fields: Any) -> Flow | None:
        """Add a flow; returns it, or None when the connection is not allowed."""
        if source_id == target_id:
            return None
        source = resolve(self._model, ("steps", source_id))
        target = resolve(self._model, ("steps", target_id))
        if "kind" not in fields:
            from .flow_kinds import default_kind

            fields["kind"] = default_kind(source.kind, target.kind)
        flow = Flow(source_id=source_id, target_id=target_id, **fields)
        self.add_elements(_tr("Connect"), flows=[flow])
        return flow
