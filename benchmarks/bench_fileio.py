"""Load, save and check of generated models at 200, 2,000 and 10,000 steps.

Baselines of the same run: ``json.loads`` of the same file text (what any JSON reader must
pay), pydantic validation of the parsed document alone, and a plain ``json.dumps`` + write.
Budget: load + check of 2,000 steps within 0.3 s (issue 2); load + check + project is
measured by bench_projection.py on calibrated models.
"""
import atexit
import json
import shutil
import tempfile
from functools import cache
from pathlib import Path
from types import SimpleNamespace

from aios_designer.fileio import dumps_model, load_model, save_model
from aios_designer.model import OperatingModel

from .generate import make_model
from .runner import Benchmark

SIZES = (200, 2_000, 10_000)
ROLES = {200: 8, 2_000: 20, 10_000: 40}


@cache
def _folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="aios-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def fixture(n: int) -> SimpleNamespace:
    """A generated model of ``n`` steps, saved once; shared by the benchmarks of that size."""
    model = make_model(n, ROLES[n], seed=n)
    path = _folder() / f"model-{n}.aiosm"
    save_model(model, path)
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    body = {k: v for k, v in document.items() if k not in ("format", "schema_version")}
    return SimpleNamespace(n=n, model=model, path=path, text=text, document=document, body=body,
                           out=_folder() / f"saved-{n}.aiosm", plain=_folder() / f"plain-{n}.json")


def _check(model):
    from aios_designer.analysis.checks import check

    return check(model)


def _needs_checks(n: int, *modules: str):
    def setup():
        import importlib

        for module in ("aios_designer.analysis.checks", *modules):
            importlib.import_module(module)  # ImportError = not built yet: skipped
        return fixture(n)
    return setup


def _plain_write(f) -> None:
    f.plain.write_text(json.dumps(f.document, indent=2, ensure_ascii=False), encoding="utf-8")


def _benchmarks_of_size(n: int) -> list[Benchmark]:
    rounds = {"min_seconds": 0.5 if n < 10_000 else 1.5, "min_rounds": 5 if n < 10_000 else 3}
    setup = lambda: fixture(n)  # noqa: E731
    return [
        Benchmark(f"json.loads.{n}", lambda f: json.loads(f.text), setup,
                  note="baseline: plain json.loads of the same file text", **rounds),
        Benchmark(f"validate.{n}", lambda f: OperatingModel.model_validate(f.body), setup,
                  baseline=f"json.loads.{n}", note="pydantic validation of the parsed document",
                  **rounds),
        Benchmark(f"load.{n}", lambda f: load_model(f.path), setup, baseline=f"json.loads.{n}",
                  note="read, parse, migrate, validate", **rounds),
        Benchmark(f"json.write.{n}", _plain_write, setup,
                  note="baseline: json.dumps(indent=2) + plain write", **rounds),
        Benchmark(f"dumps.{n}", lambda f: dumps_model(f.model), setup,
                  baseline=f"json.write.{n}", note="model to file text", **rounds),
        Benchmark(f"save.{n}", lambda f: save_model(f.model, f.out), setup,
                  baseline=f"json.write.{n}", note="atomic: temp file, fsync, .bak, replace",
                  **rounds),
        Benchmark(f"check.{n}", lambda f: _check(f.model), _needs_checks(n),
                  baseline=f"json.loads.{n}", note="all check rules", **rounds),
        Benchmark(f"load+check.{n}", lambda f: _check(load_model(f.path)), _needs_checks(n),
                  baseline=f"json.loads.{n}",
                  budget_ms=300.0 if n == 2_000 else None,
                  note="budget 0.3 s at 2,000 steps (issue 2)" if n == 2_000 else "", **rounds),
    ]


BENCHMARKS = [b for n in SIZES for b in _benchmarks_of_size(n)]
