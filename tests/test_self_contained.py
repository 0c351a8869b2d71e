"""The suite runs from a fresh clone with nothing beside it: no test reads outside the repository."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A path climbing out of the checkout: three or more parents from a test file, or "..".
_OUTSIDE = re.compile(r"parents\[(?:[3-9]|\d\d)\]|[\"']\.\./|/\.\.[\"'/]")


def test_no_test_reads_outside_the_repository():
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "tests must use files inside the repository:\n" + "\n".join(offenders)


def test_build_files_do_not_name_a_sibling_folder():
    for name in ("Makefile", ".ci/run", "pyproject.toml"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "../" not in text, f"{name} refers to a folder beside the repository"
