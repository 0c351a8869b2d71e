"""Build hook: the wheel carries the program's data inside the package.

``resources/`` stays the place where templates, translations and compliance data are edited;
building a wheel copies them into ``aios_designer/_resources`` of the build, where
``aios_designer.resources`` finds them through ``importlib.resources``. Translations go in as
the compiled ``.qm`` files (``pyside6-lrelease``, run here when it is on PATH or beside the
Python that builds, otherwise the ``.qm`` files must have been built before, e.g. ``make
translations``). An editable install copies nothing: it reads ``resources/`` directly.
"""
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCE = ROOT / "resources"
TARGET = Path("aios_designer") / "_resources"
#: Folders copied as they are; translations are handled on their own (only the built .qm).
DATA_FOLDERS = ("templates", "compliance", "examples")


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def compile_translations(folder: Path) -> list[Path]:
    """The ``.qm`` file of every ``.ts`` in ``folder``, built if a compiler is at hand."""
    tool = _lrelease()
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if tool and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.exists():
            raise SystemExit(f"{qm.name} is missing and pyside6-lrelease was not found: "
                             "build the translations first (make translations)")
        built.append(qm)
    return built


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / TARGET
        if target.exists():
            shutil.rmtree(target)
        for name in DATA_FOLDERS:
            shutil.copytree(SOURCE / name, target / name)
        (target / "translations").mkdir(parents=True)
        for qm in compile_translations(SOURCE / "translations"):
            shutil.copy2(qm, target / "translations" / qm.name)


if __name__ == "__main__":  # not when the bundle spec imports the helpers above
    setup(cmdclass={"build_py": BuildWithResources})
