"""The bundled templates' production readiness: support-triage is ready for production, the
others show the gaps a real workshop leaves - and none has an error finding."""
import pytest

from aios_designer.analysis.checks import check
from aios_designer.analysis.readiness import Status, readiness
from aios_designer.fileio import load_model
from aios_designer.templates import LANGUAGES, template_path

G, A, R = Status.GREEN, Status.AMBER, Status.RED

#: Template -> expected lights of blockers 1..5 (data pipeline, compliance, operating model,
#: sponsor, baseline).
EXPECTED = {
    # Ready for production: the source's own example, fully worked out.
    "support-triage": (G, G, G, G, G),
    # Invoices still arrive as a daily manual export; cost per invoice not yet measured.
    "invoice-processing": (R, G, G, G, A),
    # AI Act class still open (does the automatic confirmation need an Art. 50 note?);
    # the sponsor has not given the production mandate yet.
    "order-intake": (G, R, G, A, G),
}


def _model(name, lang):
    path = template_path(name, lang)
    if not path.exists():
        pytest.skip(f"template {path.name} not built yet")
    return load_model(path)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_lights(name, lang):
    model = _model(name, lang)
    findings = check(model)
    assert not [f.message_en for f in findings if f.severity == "error"]
    lights = tuple(b.status for b in readiness(model, findings))
    missing = [m.en for b in readiness(model, findings) for m in b.missing]
    assert lights == EXPECTED[name], missing
