"""Every rule id of the structure, review and RACI rules is documented in the README table."""
import re
from pathlib import Path

import aios_designer.analysis.rules as rules_package

ROOT = Path(__file__).resolve().parents[2]


def test_readme_lists_every_rule_id():
    source = "".join((Path(rules_package.__file__).parent / f"{name}.py").read_text("utf-8")
                     for name in ("structure", "review", "raci"))
    emitted = set(re.findall(r'Finding\("(AIOS-[GRX]\d{3})"', source))
    readme = (ROOT / "README.md").read_text("utf-8")
    documented = set(re.findall(r"^\| (AIOS-[GRX]\d{3}) \|", readme, flags=re.M))
    assert len(emitted) >= 30
    assert emitted == documented
