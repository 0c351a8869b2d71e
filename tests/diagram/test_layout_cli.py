"""``aios-designer layout``: the geometry the canvas draws, and what it promises on every
bundled template, as shipped and after auto-layout."""
import json

import pytest

from aios_designer.cli import main
from aios_designer.fileio import load_model, save_model
from aios_designer.languages import LANGUAGES
from aios_designer.resources import TEMPLATES
from aios_designer.template_sources import SOURCES

from .checks import problems

TEMPLATE_FILES = [TEMPLATES / f"{name}.{lang}.aiosm" for name in SOURCES for lang in LANGUAGES]


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def layout_json(capsys, *argv: str) -> dict:
    code, out, err = run_cli(capsys, "layout", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("auto", [False, True], ids=["as-shipped", "auto"])
@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_templates_keep_every_promise_of_the_diagram(capsys, path, auto):
    geometry = layout_json(capsys, str(path), *(["--auto"] if auto else []))
    model = load_model(path)
    assert {s["id"] for s in geometry["steps"]} == {s.id for s in model.steps}
    assert {f["id"] for f in geometry["flows"]} == {f.id for f in model.flows}
    assert problems(geometry) == []


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_templates_are_shipped_with_their_auto_layout(capsys, path):
    shipped = layout_json(capsys, str(path))
    auto = layout_json(capsys, str(path), "--auto")
    assert shipped["steps"] == auto["steps"]


def test_points_run_from_the_source_border_to_the_target_border(capsys):
    geometry = layout_json(capsys, str(TEMPLATE_FILES[0]))
    steps = {s["id"]: s for s in geometry["steps"]}

    def on_border(point, step):
        x, y = point
        left, top = step["x"], step["y"]
        right, bottom = left + step["w"], top + step["h"]
        return ((x in (left, right) and top <= y <= bottom)
                or (y in (top, bottom) and left <= x <= right))

    for flow in geometry["flows"]:
        assert on_border(flow["points"][0], steps[flow["source_id"]])
        assert on_border(flow["points"][-1], steps[flow["target_id"]])


def test_checks_catch_a_flow_through_a_step_and_overlapping_labels(capsys):
    """Control: the checks fail on a broken picture (so the template test can fail)."""
    geometry = layout_json(capsys, str(TEMPLATE_FILES[0]))
    flow = geometry["flows"][0]
    other = next(s for s in geometry["steps"]
                 if s["id"] not in (flow["source_id"], flow["target_id"]))
    cx, cy = other["x"] + other["w"] / 2, other["y"] + other["h"] / 2
    flow["points"] = [[cx - 500, cy], [cx + 500, cy], [cx + 500, cy + 7]]
    labelled = [f for f in geometry["flows"] if f["label"]]
    labelled[1]["label"] = dict(labelled[0]["label"])
    geometry["flows"][1]["points"].append([0.5, 0.25])
    found = problems(geometry)
    assert any("runs through" in p for p in found)
    assert any("labels of flows" in p for p in found)
    assert any("slanted" in p for p in found)


def test_auto_without_save_leaves_the_file_alone_and_save_writes_it(capsys, tmp_path):
    path = tmp_path / "moved.aiosm"
    model = load_model(TEMPLATE_FILES[0])
    for step in model.steps:
        step.position.x += 37
    save_model(model, path)
    before = path.read_bytes()
    layout_json(capsys, str(path), "--auto")
    assert path.read_bytes() == before
    code, out, err = run_cli(capsys, "layout", str(path), "--auto", "--save")
    assert code == 0, err
    saved = load_model(path)
    assert [s.position.x for s in saved.steps] != [s.position.x for s in model.steps]
    assert problems(layout_json(capsys, str(path))) == []


def test_text_output_and_exit_codes(capsys, tmp_path):
    code, out, _ = run_cli(capsys, "layout", str(TEMPLATE_FILES[0]), "--lang", "de")
    assert code == 0 and "Kreuzungen von Flüssen:" in out
    code, _, err = run_cli(capsys, "layout", str(tmp_path / "missing.aiosm"))
    assert code == 2 and err.strip()
    code, _, err = run_cli(capsys, "layout", str(TEMPLATE_FILES[0]), "--save")
    assert code == 2 and "--auto" in err


def test_waypoints_are_drawn_as_the_route(capsys, tmp_path):
    model = load_model(TEMPLATE_FILES[0])
    geometry = layout_json(capsys, str(TEMPLATE_FILES[0]))
    flow = next(f for f in geometry["flows"] if len(f["points"]) == 2)
    (x0, y0), (x1, y1) = flow["points"]
    middle = (x0 + x1) / 2
    chosen = next(f for f in model.flows if f.id == flow["id"])
    chosen.waypoints = [(middle, y0), (middle, y0 - 200), (x1 - 20, y0 - 200), (x1 - 20, y1)]
    path = tmp_path / "adjusted.aiosm"
    save_model(model, path)
    adjusted = next(f for f in layout_json(capsys, str(path))["flows"] if f["id"] == flow["id"])
    assert [middle, y0 - 200] in adjusted["points"]
    assert adjusted["points"][0] == [x0, y0] and adjusted["points"][-1] == [x1, y1]
