"""The sources of the bundled templates: one Python module per template, English and German
texts side by side, fixed ids. ``python -m aios_designer.template_sources`` writes the
``.aiosm`` files into ``resources/templates``; a test asserts the committed files equal a
fresh build, so edit the source, rebuild, commit both.
"""
import importlib
from pathlib import Path

from ..fileio import SUFFIX, dumps_model
from ..languages import LANGUAGES
from ..model import OperatingModel
from ..resources import RESOURCES, TEMPLATES
from ._kit import Lang

#: Template name -> module of this package that builds it.
SOURCES = {
    "support-triage": "support_triage",
    "invoice-processing": "invoice_processing",
    "order-intake": "order_intake",
}
#: Pilot export the support-triage calibration is computed from (also a demo for `calibrate`).
PILOT_CSV = RESOURCES / "examples" / "pilot-ticket-classifier.csv"


def build(name: str, lang: str) -> OperatingModel:
    """The template as shipped: laid out by auto-layout, as Ctrl+L would leave it, with the
    monitoring plan "Suggest plan" derives (repeatable ids)."""
    from ..analysis.monitoring import suggest_plan
    from ..diagram.layered import apply_auto_layout

    module = importlib.import_module(f"{__name__}.{SOURCES[name]}")
    model = module.build(Lang(lang), PILOT_CSV)
    apply_auto_layout(model)
    model.monitoring.metrics = suggest_plan(model, lang, id_namespace=f"aios-template/{name}")
    return model


def build_all() -> dict[str, str]:
    """File name -> file text of every template in every language."""
    return {f"{name}.{lang}{SUFFIX}": dumps_model(build(name, lang))
            for name in SOURCES for lang in LANGUAGES}


def write_all(folder: Path = TEMPLATES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, text in build_all().items():
        path = folder / file_name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written
