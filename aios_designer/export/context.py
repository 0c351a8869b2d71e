"""Everything a sheet builder needs, computed once per export."""
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..model import OperatingModel
from .labels import enum_label, label
from .raci_cells import RaciGrid, raci_grid


def reading_order(model: OperatingModel) -> list:
    """Steps in reading order of the canvas: left to right, then lane by lane."""
    lane = {r.id: i for i, r in enumerate(model.roles)}
    return sorted(model.steps,
                  key=lambda s: (s.position.x, lane.get(s.role_id, len(lane)), s.position.y))


@dataclass
class ExportContext:
    model: OperatingModel
    lang: str
    exported: date
    styles: object = None
    #: Free slots for sheet modules that want to share something (e.g. a cell address).
    shared: dict = field(default_factory=dict)
    #: Worksheet -> ``SheetRows`` while an export writes cells as XML text; None: cells are
    #: openpyxl cells (``build_workbook``).
    sheet_rows: dict | None = None

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def enum(self, value) -> str:
        return enum_label(value, self.lang)

    @cached_property
    def cut_mark(self) -> str:
        """What ends a text cut at Excel's cell limit."""
        return self.t("text.cut")

    @property
    def title(self) -> str:
        return self.model.meta.title or self.t("title.untitled")

    @cached_property
    def role_names(self) -> dict[str, str]:
        return {r.id: r.name for r in self.model.roles}

    def role_name(self, role_id: str | None) -> str:
        if role_id is None:
            return ""
        return self.role_names.get(role_id, "")

    @cached_property
    def step_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.model.steps}

    @cached_property
    def ordered_steps(self) -> list:
        return reading_order(self.model)

    @cached_property
    def raci(self) -> RaciGrid:
        return raci_grid(self.model)

    @cached_property
    def projection(self):
        """``aios.project(model)`` when the projection is available, else None."""
        try:
            from ..analysis.projection import project
        except ModuleNotFoundError:
            return None
        return project(self.model)

    @cached_property
    def findings(self) -> list:
        """``aios.check(model)`` with the export's projection and RACI (no sheet lists the
        findings; the readiness blockers need only some rules, ``readiness_findings``)."""
        from ..analysis.checks import check

        return check(self.model, projection=self.projection,
                     raci=(self.raci.derived, self.raci.effective))

    def readiness_findings(self) -> list:
        """The findings the readiness blockers read: only their rules run (the full check of
        a 50,000-step model takes seconds, these a fraction of it). Not kept: the blockers
        are (``readiness``), and a 50,000-step model has thousands of findings."""
        from ..analysis.checks import check
        from ..analysis.readiness import finding_rules

        if "findings" in self.__dict__:  # the full run is there already
            return self.findings
        return check(self.model, projection=self.projection,
                     raci=(self.raci.derived, self.raci.effective), rules=finding_rules())

    @cached_property
    def readiness(self) -> list:
        """The five production blockers (their checks run once per export)."""
        from ..analysis.readiness import readiness

        return readiness(self.model, self.readiness_findings())
