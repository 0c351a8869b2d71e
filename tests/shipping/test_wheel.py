"""The wheel works anywhere: built from the sources, installed into a fresh virtual environment
in a temporary folder, and run with the current directory outside the source tree.

The build runs on a copy of the files a wheel is built from, so nothing is written into the
checkout. The dependencies (Qt, pydantic, ...) are not downloaded again: the fresh environment
sees the test environment's installed packages through a path file, while the program itself
comes from the wheel only (the test checks where it was imported from).
"""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: What a wheel is built from (the source distribution carries the same).
BUILD_INPUTS = ("aios_designer", "resources", "setup.py", "pyproject.toml", "MANIFEST.in",
                "README.md")
DEPENDENCIES = ("PySide6", "shiboken6", "pydantic", "pydantic_core", "networkx", "openpyxl",
                "defusedxml", "pyqtgraph", "numpy", "et_xmlfile", "annotated_types",
                "typing_extensions", "typing_inspection")


def _site_dirs_of_dependencies() -> list[str]:
    dirs = []
    for name in DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        if spec is None:
            continue
        origin = Path(spec.origin if spec.origin not in (None, "namespace")
                      else next(iter(spec.submodule_search_locations)))
        site = origin.parent.parent if origin.name == "__init__.py" else origin.parent
        if str(site) not in dirs:
            dirs.append(str(site))
    return dirs


def _build_wheel(tmp: Path) -> Path:
    source = tmp / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "_resources")
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    dist = tmp / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--disable-pip-version-check", "-w", str(dist), str(source)],
                   check=True, cwd=tmp)
    (wheel,) = dist.glob("aios_designer-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(tmp)
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--no-deps", "--no-index", "--quiet", "--disable-pip-version-check",
                    str(wheel)], check=True, cwd=tmp)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # Appended after the environment's own packages, and not read as a site folder, so the
    # test environment's editable install of the program is not picked up.
    Path(site, "test-dependencies.pth").write_text("\n".join(_site_dirs_of_dependencies()) + "\n")
    work = tmp / "work"
    work.mkdir()
    return env_dir, work


def _run(installed, *args, check=True):
    env_dir, work = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(work), XDG_CONFIG_HOME=str(work / ".config"),
               PYTHONSAFEPATH="1")
    result = subprocess.run([str(env_dir / "bin" / "python"), "-m", "aios_designer", *args],
                            cwd=work, env=env, capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_the_installed_program_and_its_data_come_from_the_wheel(installed):
    env_dir, _ = installed
    probe = ("import json, aios_designer, aios_designer.resources as r; "
             "print(json.dumps({'package': aios_designer.__file__, 'data': str(r.RESOURCES), "
             "'qm': sorted(p.name for p in r.TRANSLATIONS.glob('*.qm'))}))")
    out = subprocess.run([str(env_dir / "bin" / "python"), "-c", probe], cwd=installed[1],
                         check=True, capture_output=True, text=True).stdout
    found = json.loads(out)
    assert Path(found["package"]).is_relative_to(env_dir)
    assert Path(found["data"]).is_relative_to(env_dir)
    assert not Path(found["data"]).is_relative_to(ROOT)
    assert found["qm"] == sorted(p.with_suffix(".qm").name
                                 for p in (ROOT / "resources" / "translations").glob("*.ts"))


def test_templates_new_check_export_and_screenshot_from_the_wheel(installed):
    _, work = installed
    listed = _run(installed, "templates").stdout
    assert "support-triage" in listed
    _run(installed, "new", "--template", "support-triage", "--lang", "de", "model.aiosm")
    assert json.loads((work / "model.aiosm").read_text(encoding="utf-8"))["meta"]["language"] == "de"
    checked = _run(installed, "check", "model.aiosm", "--json", check=False)
    assert checked.returncode in (0, 1), checked.stderr
    assert isinstance(json.loads(checked.stdout), dict)
    _run(installed, "export", "model.aiosm", "--xlsx", "model.xlsx")
    assert (work / "model.xlsx").stat().st_size > 10_000
    _run(installed, "screenshot", "model.aiosm", "window.png", "--lang", "de")
    assert (work / "window.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_german_translation_loads_from_the_wheel(installed):
    env_dir, work = installed
    probe = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
             "from aios_designer.gui import i18n; from PySide6.QtCore import QCoreApplication; "
             "assert i18n.install_language('de'); print('ok')")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(work))
    result = subprocess.run([str(env_dir / "bin" / "python"), "-c", probe], cwd=work, env=env,
                            capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_the_package_data_is_what_importlib_resources_finds(installed):
    env_dir, work = installed
    probe = ("from importlib.resources import files; import aios_designer.resources as r; "
             "print(files('aios_designer').joinpath('_resources') == r.RESOURCES, "
             "(r.TEMPLATES / 'support-triage.de.aiosm').is_file(), "
             "(r.COMPLIANCE / 'ai_act.json').is_file(), "
             "(r.EXAMPLES / 'pilot-ticket-classifier.csv').is_file())")
    out = subprocess.run([str(env_dir / "bin" / "python"), "-c", probe], cwd=work,
                         check=True, capture_output=True, text=True).stdout.split()
    assert out == ["True"] * 4


def test_the_data_is_found_when_the_package_is_imported_from_the_archive(installed, tmp_path_factory):
    """zipimport straight from the wheel file: the data comes through importlib.resources."""
    env_dir, work = installed
    (wheel,) = (env_dir.parent / "dist").glob("aios_designer-*.whl")
    probe = ("import aios_designer, aios_designer.resources as r; "
             "print(aios_designer.__file__.startswith(%r), r.RESOURCES.is_dir(), "
             "(r.TEMPLATES / 'support-triage.de.aiosm').is_file(), "
             "(r.TRANSLATIONS / 'aios_de.qm').is_file())" % str(wheel))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(wheel)
    out = subprocess.run([str(env_dir / "bin" / "python"), "-c", probe], cwd=work, env=env,
                         check=True, capture_output=True, text=True).stdout.split()
    assert out == ["True"] * 4
