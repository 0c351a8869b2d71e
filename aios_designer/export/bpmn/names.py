"""Namespaces and element ids shared by the BPMN export and import."""
BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
#: The product's extension namespace: everything BPMN has no place for (review policies,
#: thresholds, QA rates, SLAs, shares, RACI, KPIs, compliance) so a re-import loses nothing.
AIOS = "urn:aios-designer:bpmn:1"

PREFIXES = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "xsi": XSI, "aios": AIOS}

EXPORTER = "AIOS Designer"


def q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def xml_id(prefix: str, element_id: str) -> str:
    """A valid xsd:ID (NCName) for a model id: uuid4 text may start with a digit."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in element_id)
    return f"{prefix}_{safe}"
