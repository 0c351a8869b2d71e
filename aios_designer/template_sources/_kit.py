"""Small tools the template sources share: bilingual text, fixed ids, calibration from a CSV."""
import csv
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..diagram.layered import LayoutSpacing
from ..analysis.intervals import error_upper_bound
from ..model import Calibration, CalibrationPoint, Position

#: Namespace of every template id; changing it would change every id in every template.
_NAMESPACE = uuid.UUID("6f1c3a52-3f0e-5b7a-9d3e-a105de516e70")


@dataclass(frozen=True)
class Lang:
    """Picks one of the English/German pairs a source writes side by side: ``t("Ticket", "Ticket")``."""

    code: str

    def __call__(self, en: str, de: str) -> str:
        return de if self.code == "de" else en

    @property
    def de(self) -> bool:
        return self.code == "de"


class Ids:
    """Fixed ids: uuid5 of the template name and a readable key, so a rebuild gives the same file."""

    def __init__(self, template: str):
        self.template = template

    def __call__(self, key: str) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.template}/{key}"))


def pilot_calibration(csv_path: Path, start: float = 0.50, stop: float = 0.99,
                      step: float = 0.01) -> Calibration:
    """The threshold curve of a pilot export (columns ``confidence`` and ``correct``).

    auto_share = share of items with confidence >= threshold; error_rate_auto = share of
    wrong ones among those, with the counts and the 95 % upper bound; overall_error_rate =
    share of wrong ones among all. Rounded to four places so the file stays readable.
    """
    confidences: list[tuple[float, bool]] = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            confidences.append((float(row["confidence"]), row["correct"].strip() == "1"))
    total = len(confidences)
    points = []
    count = round((stop - start) / step) + 1
    for i in range(count):
        threshold = round(start + i * step, 2)
        auto = [correct for conf, correct in confidences if conf >= threshold]
        errors = sum(1 for correct in auto if not correct)
        points.append(CalibrationPoint(
            threshold=threshold,
            auto_share=round(len(auto) / total, 4),
            error_rate_auto=round(errors / len(auto), 4) if auto else None,
            n_auto=len(auto), errors_auto=errors,
            error_upper=(round(error_upper_bound(len(auto), errors), 4) if auto else None),
        ))
    wrong = sum(1 for _, correct in confidences if not correct)
    return Calibration(source=csv_path.name, rows_used=total, rows_rejected=0,
                       overall_error_rate=round(wrong / total, 4), points=points)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone.utc)


#: Offset of a step's centre from the top of its lane, for a lane with one row of steps.
LANE_Y = 60.0
#: Columns as auto-layout spaces its layers: a workflow looks as Ctrl+L would leave it, and a
#: flow between neighbouring steps has room for its label.
COLUMNS = LayoutSpacing()


def pos(column: int, y: float = LANE_Y) -> Position:
    """Position of a step centre: its column (0 = the first, as auto-layout counts its layers)
    and y within its lane."""
    return Position(x=COLUMNS.left + column * COLUMNS.column, y=float(y))


def flow_maker(ids: Ids, t: Lang, steps: dict[str, str]):
    """``flow(key, source, target, share, (en, de), kind)`` with ids and texts filled in."""
    from ..model import Flow, FlowKind

    def flow(key: str, source: str, target: str, share: float | None = None,
             condition: tuple[str, str] = ("", ""), kind: FlowKind = FlowKind.NORMAL) -> Flow:
        return Flow(id=ids(f"flow/{key}"), source_id=steps[source], target_id=steps[target],
                    share=share, condition=t(*condition), kind=kind)

    return flow


#: The EU AI Act questions a workflow without an Annex III use must answer (ids of
#: resources/compliance/ai_act.json; the Art. 6(3) questions only matter for Annex III uses).
AI_ACT_QUESTIONS = (
    "role_provider", "role_deployer",
    "art5_a", "art5_b", "art5_ba", "art5_bb", "art5_c", "art5_d", "art5_e", "art5_f", "art5_g", "art5_h",
    "annex1_safety_component",
    "annex3_1_a", "annex3_1_b", "annex3_1_c", "annex3_2_a",
    "annex3_3_a", "annex3_3_b", "annex3_3_c", "annex3_3_d", "annex3_4_a", "annex3_4_b",
    "annex3_5_a", "annex3_5_b", "annex3_5_c", "annex3_5_d",
    "annex3_6_a", "annex3_6_b", "annex3_6_c", "annex3_6_d", "annex3_6_e",
    "annex3_7_a", "annex3_7_b", "annex3_7_c", "annex3_7_d", "annex3_8_a", "annex3_8_b",
    "art50_1", "art50_2", "art50_3", "art50_4_deepfake", "art50_4_text",
    "gpai_use",
)


def ai_act_answers(yes: tuple[str, ...] = (), open_: tuple[str, ...] = ()) -> dict[str, bool]:
    """Questionnaire answers: ``yes`` answered yes, ``open_`` not answered, the rest no."""
    unknown = (set(yes) | set(open_)) - set(AI_ACT_QUESTIONS)
    if unknown:
        raise ValueError(f"unknown AI Act question ids: {sorted(unknown)}")
    return {q: q in yes for q in AI_ACT_QUESTIONS if q not in open_}
