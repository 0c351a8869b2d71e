"""Commands that write a model file refuse one a running window has open with unsaved changes."""
import pytest

from aios_designer import cli
from aios_designer.fileio import save_model
from aios_designer.fileio.open_documents import Session, default_data_folder
from aios_designer.model import OperatingModel


@pytest.fixture
def model_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "m.aiosm"
    save_model(OperatingModel(), path)
    return path


@pytest.fixture
def window(model_file):
    """A window (of this process: the registry does not care) with the file open."""
    session = Session(default_data_folder())
    session.update(model_file, dirty=True)
    yield session
    session.close()


def _run(argv, capsys) -> tuple[int, str]:
    try:
        code = cli.main(argv)
    except SystemExit as exc:
        code = exc.code
    return code, capsys.readouterr().err


COMMANDS = [
    ["import-raci", "{file}", "--xlsx", "{missing}"],
    ["calibrate", "{file}", "--step", "x", "--pilot", "{missing}", "--save"],
    ["import-kpis", "{file}", "--xlsx", "{missing}"],
    ["layout", "{file}", "--auto", "--save"],
]
IDS = ["import-raci", "calibrate", "import-kpis", "layout"]


@pytest.mark.parametrize("argv", COMMANDS, ids=IDS)
def test_refused_while_unsaved_in_a_window_unless_forced(argv, model_file, window, capsys,
                                                         tmp_path):
    argv = [a.format(file=model_file, missing=tmp_path / "nothing.xlsx") for a in argv]
    before = model_file.read_bytes()
    code, err = _run(argv, capsys)
    assert code == 2 and "open with unsaved changes in AIOS Designer" in err
    assert "--force" in err and err.count("\n") == 1
    assert model_file.read_bytes() == before
    code, err = _run(argv + ["--force"], capsys)
    assert "unsaved changes" not in err  # past the check: fails on the missing input instead
    if argv[0] == "layout":  # nothing missing: --force lays out and saves
        assert code == 0


@pytest.mark.parametrize("argv", COMMANDS, ids=IDS)
def test_a_saved_or_closed_window_does_not_block(argv, model_file, window, capsys, tmp_path):
    window.update(model_file, dirty=False)
    argv = [a.format(file=model_file, missing=tmp_path / "nothing.xlsx") for a in argv]
    assert "unsaved changes" not in _run(argv, capsys)[1]


def test_new_force_does_not_overwrite_a_window_s_unsaved_work(model_file, window, capsys):
    before = model_file.read_bytes()
    code, err = _run(["--lang", "de", "new", "--template", "support-triage", "--force",
                      str(model_file)], capsys)
    assert code == 2 and "ungespeicherten Änderungen" in err and "--force" not in err
    assert model_file.read_bytes() == before
    window.close()
    code, _ = _run(["new", "--template", "support-triage", "--force", str(model_file)], capsys)
    assert code == 0 and model_file.read_bytes() != before


def test_dry_run_reads_only_and_is_not_refused(model_file, window, capsys, tmp_path):
    _, err = _run(["import-raci", str(model_file), "--xlsx", str(tmp_path / "n.xlsx"),
                   "--dry-run"], capsys)
    assert "unsaved changes" not in err


def test_import_bpmn_force_does_not_overwrite_a_window_s_unsaved_work(model_file, window, capsys,
                                                                    tmp_path):
    source = tmp_path / "p.bpmn"
    from aios_designer.export.bpmn.writer import export_bpmn
    from aios_designer.templates import instantiate

    export_bpmn(instantiate("order-intake", "en"), source)
    before = model_file.read_bytes()
    code, err = _run(["import-bpmn", str(source), str(model_file), "--force"], capsys)
    assert code == 2 and "unsaved changes" in err and model_file.read_bytes() == before
    window.close()
    code, _ = _run(["import-bpmn", str(source), str(model_file), "--force"], capsys)
    assert code == 0 and model_file.read_bytes() != before
