"""Step names wrap to up to three lines and are never cut at 100 % zoom."""
import pytest

import aios_designer as aios
from aios_designer.gui.scene.step_item import StepItem
from aios_designer.model import StepKind, make_step
from aios_designer.templates import list_templates, template_path

CASES = [(info.name, lang) for info in list_templates() for lang in ("de", "en")]


@pytest.mark.parametrize("template, lang", CASES)
def test_every_template_step_name_is_shown_in_full(qapp, template, lang):
    model = aios.load_model(template_path(template, lang))
    for step in model.steps:
        shown, _, _ = StepItem(step).name_layout()
        assert "…" not in shown, f"{step.name!r} is cut: {shown!r}"
        # Every letter is there (line breaks and added hyphens aside).
        letters = lambda text: "".join(c for c in text if c not in " -\u2028")  # noqa: E731
        assert letters(shown) == letters(step.name), shown


def test_a_long_name_takes_the_detail_lines_room_and_three_lines(qapp):
    step = make_step(StepKind.AI_TASK, name="Ticket klassifizieren und priorisieren")
    item = StepItem(step)
    shown, with_detail, _ = item.name_layout()
    assert shown.count("\u2028") == 2 and not with_detail
    short = StepItem(make_step(StepKind.AI_TASK, name="Klassifizieren"))
    assert short.name_layout() == ("Klassifizieren", True, "name")
