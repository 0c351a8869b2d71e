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


import hashlib
import re
import string

#: Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


_ID_CHARS = frozenset(string.ascii_letters + string.digits + "-_.")


def xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold (the JSON copy keeps them exactly)."""
    return _NOT_XML.sub("", text)


def q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def xml_id(prefix: str, element_id: str) -> str:
    """A valid, unique xsd:ID (NCName) for a model id: uuid4 text may start with a digit, and
    an id with other characters gets a hash of itself so two such ids never meet."""
    safe = "".join(c if c in _ID_CHARS else "_" for c in element_id)
    if safe != element_id:
        safe += "_" + hashlib.sha1(element_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{prefix}_{safe}"


def di_id(element_id: str) -> str:
    """The id of an element's diagram shape or edge (no model id can produce it)."""
    return f"DI_{element_id}"
