"""Re-import of an edited RACI sheet: exact changes, matching, problems, and hostile files."""
import zipfile

import openpyxl
import pytest

from aios_designer.export import sheet_reading
from aios_designer.export.raci_import import RaciImportError, import_raci, parse_cell
from aios_designer.export.workbook import export_workbook
from aios_designer.fileio import dumps_model

from .models import support_model


@pytest.fixture
def exported(tmp_path):
    model = support_model()
    path = tmp_path / "raci.xlsx"
    export_workbook(model, path)
    return model, path


def edit(path, out, cells: dict[str, object], sheet="RACI"):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(out)
    return out


def raci_values(path, sheet="RACI"):
    """(step id, role id) -> canonical letters of the sheet's matrix."""
    ws = openpyxl.load_workbook(path)[sheet]
    return {(ws.cell(r, 1).value, ws.cell(3, c).value): parse_cell(ws.cell(r, c).value)
            for r in range(5, 10) for c in range(4, 7)}


def test_round_trip_exactly_the_five_changes(exported, tmp_path):
    model, path = exported
    before = dumps_model(model)
    edited = edit(path, tmp_path / "edited.xlsx", {
        "D5": "C",        # agent on "Ticket arrives": none -> C
        "E6": "ar",       # lead on "Classify and draft": I -> RA (any spelling)
        "F6": "R",        # IT on "Classify and draft": RA -> R
        "D7": " – ",      # agent on "Review draft": R -> none (a dash means nobody)
        "F9": "R, I",     # IT on "Send answer": none -> RI
    })
    new_model, changes = import_raci(model, edited)
    assert dumps_model(model) == before  # the given model is never modified
    assert {(c.cell, c.step_id, c.role_id, c.old, c.new) for c in changes} == {
        ("D5", "s-in", "r-agent", "", "C"),
        ("E6", "s-ai", "r-lead", "I", "RA"),
        ("F6", "s-ai", "r-it", "RA", "R"),
        ("D7", "s-rev", "r-agent", "R", ""),
        ("F9", "s-send", "r-it", "", "RI"),
    }
    assert len(changes) == 5 and changes.problems == []
    assert changes[0].describe() == "Ticket arrives / Support agent: – → C"
    # IT's R on its own AI step is what the graph derives: no override needed for it.
    assert new_model.step("s-ai").raci_overrides == {"r-agent": "I", "r-lead": "RA"}
    assert new_model.step("s-rev").raci_overrides["r-agent"] == ""

    again = tmp_path / "again.xlsx"
    export_workbook(new_model, again)
    assert raci_values(again) == raci_values(edited)
    _, nothing = import_raci(new_model, again)
    assert list(nothing) == [] and nothing.problems == []


def test_setting_a_cell_back_to_derived_drops_the_override(exported, tmp_path):
    model, path = exported
    # Derived for the agent on "Review draft" is R (the lane); the override says R too.
    # Writing the derived letters back must not leave a redundant override.
    edited = edit(path, tmp_path / "e.xlsx", {"F8": "A"})  # IT on the exception: C -> A (derived)
    new_model, changes = import_raci(model, edited)
    assert [(c.old, c.new) for c in changes] == [("C", "A")]
    assert "r-it" not in new_model.step("s-exc").raci_overrides


def test_invalid_letters_and_unknown_rows_and_columns_are_problems(exported, tmp_path):
    model, path = exported
    wb = openpyxl.load_workbook(path)
    wb["RACI"].insert_rows(10, 2)  # two rows added by hand below the table, above the legend
    wb.save(tmp_path / "rows.xlsx")
    edited = edit(tmp_path / "rows.xlsx", tmp_path / "e.xlsx", {
        "D5": "X", "E5": 3, "F5": "A/R",
        "H4": "Auditor", "H5": "A",  # a new role column right of the check column: ignored
        "A10": "s-nowhere", "B10": "New step", "D10": "R",
        "B11": "Ticket arrives", "D11": "R",  # a duplicate row
        "B20": "Not a step", "D20": "R",  # below the legend: not part of the matrix
    })
    _, changes = import_raci(model, edited)
    assert [(c.cell, c.new) for c in changes] == [("F5", "RA")]
    problems = [p.message() for p in changes.problems]
    assert any(p.startswith("D5: 'X' is not a RACI letter") for p in problems)
    assert any(p.startswith("E5: '3' is not a RACI letter") for p in problems)
    assert any(p.startswith("B10: step 'New step' matches no step") for p in problems)
    assert any(p.startswith("B11: step 'Ticket arrives' appears in more than one row")
               for p in problems)
    assert len(problems) == 4
    assert not any("Auditor" in p for p in problems)
    german = [p.message("de") for p in changes.problems]
    assert any("ist kein RACI-Buchstabe" in p for p in german)


def test_matching_falls_back_to_names_when_ids_are_gone(exported, tmp_path):
    model, path = exported
    wb = openpyxl.load_workbook(path)
    ws = wb["RACI"]
    ws.delete_rows(3)  # hidden id row (with the marker) gone: header is now row 3
    ws.delete_cols(1)  # hidden step-id column gone
    ws.move_range("A4:F4", rows=1)  # swap two steps' rows by hand
    ws.move_range("A5:F5", rows=-1)
    ws.move_range("A5:F5", rows=0)
    ws["C4"] = "C"  # agent on whatever row is 4 now
    wb.title = "RACI"
    out = tmp_path / "names.xlsx"
    wb.save(out)
    step_name = ws["A4"].value
    _, changes = import_raci(model, out)
    assert [(c.step_name, c.role_name, c.new) for c in changes] == [
        (step_name, "Support agent", "C")]


def test_german_sheet_and_unknown_role_column(tmp_path):
    model = support_model("de")
    path = tmp_path / "de.xlsx"
    export_workbook(model, path)
    edited = edit(path, tmp_path / "e.xlsx", {"D3": None, "D4": "Praktikant", "E5": "R"},
                  sheet="RACI-Matrix")
    _, changes = import_raci(model, edited)
    assert [(c.step_id, c.role_id, c.new) for c in changes] == [("s-in", "r-lead", "R")]
    assert [p.message("de") for p in changes.problems] == [
        "D4: Spalte 'Praktikant' passt zu keiner Rolle des Modells; ignoriert"]


def test_step_missing_from_the_sheet_is_reported_not_changed(exported, tmp_path):
    model, path = exported
    wb = openpyxl.load_workbook(path)
    wb["RACI"].delete_rows(7)
    wb.save(tmp_path / "e.xlsx")
    new_model, changes = import_raci(model, tmp_path / "e.xlsx")
    assert list(changes) == []
    assert [p.message() for p in changes.problems] == [
        "Review draft: not in the sheet; its RACI row is left as it is"]
    assert dumps_model(new_model) == dumps_model(model)


# -- files that must be refused with a clear message -------------------------------------------

def refused(model, path, match):
    before = dumps_model(model)
    with pytest.raises(RaciImportError, match=match) as info:
        import_raci(model, path)
    assert dumps_model(model) == before
    assert "\n" not in str(info.value) and path.name in str(info.value)


def test_not_a_workbook(tmp_path):
    model = support_model()
    text = tmp_path / "notes.xlsx"
    text.write_text("RACI,R,A\n", encoding="utf-8")
    refused(model, text, "'notes.xlsx' is not an Excel workbook")
    archive = tmp_path / "other.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("hello.txt", "hi")
    refused(model, archive, "is a zip archive but not an Excel workbook")
    refused(model, tmp_path / "missing.xlsx", "does not exist")
    old_format = tmp_path / "old.xls"
    old_format.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    refused(model, old_format, "old-format \\(.xls\\) or password-protected")


def test_no_raci_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.active["A1"] = "Step"
    path = tmp_path / "budget.xlsx"
    wb.save(path)
    refused(support_model(), path, "has no RACI sheet")


BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{"&lol{}; ".format(i - 1 if i > 1 else "") * 10}">'
                  .replace("&lol0;", "&lol;") for i in range(1, 10))
        + ']>\n')


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet3.xml"])
def test_xml_bomb_is_refused(exported, tmp_path, part):
    model, path = exported
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                text = data.decode("utf-8")
                body = text[text.index("?>") + 2:] if text.startswith("<?xml") else text
                # Reference the entity inside the document so a naive parser would expand it.
                body = body.replace("Support triage", "&lol9;", 1) if "Support" in body else body
                data = (BOMB + body).encode("utf-8")
            target.writestr(info, data)
    refused(model, bomb, "XML bomb")


def test_oversized_archive_refused(exported, monkeypatch):
    model, path = exported
    monkeypatch.setattr(sheet_reading, "MAX_UNPACKED_BYTES", 1000)
    refused(model, path, "unpacks to more than")


def test_entity_declaration_after_padding_is_refused(exported, tmp_path):
    """Whatever parser openpyxl uses (lxml when installed), a declared document type in any
    part is refused before parsing, also when comments pad it far into the part."""
    import zipfile

    model, path = exported
    bomb = tmp_path / "padded.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                declaration, _, rest = data.partition(b"?>") if data.startswith(b"<?xml") \
                    else (b'<?xml version="1.0"', b"", data)
                data = declaration + b"?><!--" + b"x" * 70_000 + b"-->" \
                    b'<!DOCTYPE w [<!ENTITY a "aaaa">]>' + rest
            target.writestr(info, data)
    refused(model, bomb, "XML bomb")
