"""Review rules sheet: the auto-approved share and its error rate are the projection's."""
import io

import pytest
from openpyxl import load_workbook

from aios_designer.analysis.projection import project
from aios_designer.export.workbook import build_workbook
from aios_designer.model import Calibration, CalibrationPoint, ReviewPolicy

from .models import support_model


def _sheet_figures(model) -> tuple[float | None, float | None, str]:
    buffer = io.BytesIO()
    build_workbook(model, "en").save(buffer)
    ws = load_workbook(buffer)["Review rules"]
    headings = [c.value for c in ws[4]]
    row = [c.value for c in ws[5]]
    return (row[headings.index("Auto-approved share")],
            row[headings.index("Error rate among auto-approved")],
            row[headings.index("Source of figures")])


def _gapped_calibration() -> Calibration:
    # The middle point has no error rate: the projection interpolates between its
    # neighbours (an earlier copy of the curve in the sheet took the lower point's value).
    return Calibration(source="pilot.csv", overall_error_rate=0.1, points=[
        CalibrationPoint(threshold=0.7, auto_share=0.8, error_rate_auto=0.06),
        CalibrationPoint(threshold=0.8, auto_share=0.7, error_rate_auto=None),
        CalibrationPoint(threshold=0.9, auto_share=0.5, error_rate_auto=0.02)])


CASES = {
    "calibrated": (ReviewPolicy(mode="threshold", threshold=0.85, reviewer_role_id="r-agent"),
                   None),
    "gap in the curve": (ReviewPolicy(mode="threshold", threshold=0.75,
                                      reviewer_role_id="r-agent"), _gapped_calibration()),
    # Sampling only: every item is released, with the error rate measured over all items
    # (an earlier copy used the policy's estimate and ignored the pilot).
    "sample only": (ReviewPolicy(mode="sample_only", qa_sample_rate=0.1,
                                 error_rate_auto_estimate=0.05,
                                 reviewer_role_id="r-agent"), _gapped_calibration()),
    "estimate": (ReviewPolicy(mode="threshold", threshold=0.9, auto_share_estimate=0.55,
                              error_rate_auto_estimate=0.03, reviewer_role_id="r-agent"),
                 Calibration()),
}


@pytest.mark.parametrize("case", CASES)
def test_review_rules_sheet_agrees_with_the_projection(case):
    model = support_model()
    policy, calibration = CASES[case]
    step = model.step("s-ai")
    step.review = policy
    if calibration is not None:
        step.calibration = calibration
    (ai,) = project(model).ai_steps
    auto, error, source = _sheet_figures(model)
    assert auto == pytest.approx(ai.auto_share)
    assert error == pytest.approx(ai.error_rate_auto)
    assert source.startswith("calibrated") == (ai.basis == "calibration")


def test_review_always_leaves_the_error_rate_empty():
    model = support_model()
    model.step("s-ai").review = ReviewPolicy(mode="always", reviewer_role_id="r-agent")
    auto, error, source = _sheet_figures(model)
    assert auto == 0 and error is None
