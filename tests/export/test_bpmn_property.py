"""Any operating model (generated) exports BPMN that the OMG schema accepts and that imports
back to the same model."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from lxml import etree

from aios_designer.export.bpmn.reader import loads_bpmn
from aios_designer.export.bpmn.writer import dumps_bpmn

from tests.fileio.test_roundtrip import operating_models

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).resolve().parent / "bpmn_xsd" / "BPMN20.xsd")))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operating_models())
def test_any_model_exports_valid_bpmn_and_imports_back_equal(model):
    data = dumps_bpmn(model)
    assert SCHEMA.validate(etree.fromstring(data)), SCHEMA.error_log
    back, notes = loads_bpmn(data, "generated.bpmn", model.meta.language.value)
    assert notes == []
    assert back == model
