"""Compliance and Readiness sheets and the lights on the Overview, read back with openpyxl."""
from datetime import date

import openpyxl
import pytest

from aios_designer.analysis.readiness import readiness
from aios_designer.export.workbook import export_workbook
from aios_designer.model import Hosting, Processor, RiskClass

from ..analysis.compliance_models import all_no, ready

TODAY = date(2026, 11, 25)


def _export(model, tmp_path, name="wb.xlsx"):
    path = tmp_path / name
    export_workbook(model, path, today=TODAY)
    return openpyxl.load_workbook(path)


def _table(ws, header_row=4):
    return [list(r) for r in ws.iter_rows(min_row=header_row + 1, values_only=True)]


@pytest.fixture
def high_risk_model():
    model = ready()
    model.meta.title = "=HYPERLINK(\"x\")"
    model.compliance.ai_act.answers = all_no(annex3_4_b=True, gpai_use=True)
    model.compliance.ai_act.risk_class = RiskClass.HIGH_RISK
    model.compliance.ai_act.rationale = "Evaluates agents' performance."
    model.meta.sponsor.production_mandate = False
    model.step("ai").hosting = Hosting.NON_EU
    model.compliance.processors.append(Processor(id="p", name="+ModelCo Inc.", country="USA"))
    model.step("ai").processor_id = "p"
    return model


def test_compliance_sheet_english(tmp_path, high_risk_model):
    wb = _export(high_risk_model, tmp_path)
    ws = wb["Compliance"]
    assert "not legal advice" in ws["A3"].value
    assert [c.value for c in ws[4]] == ["Area", "Item", "Answer / status", "Details",
                                        "Reference", "Applies from", "Done"]
    rows = _table(ws)
    by_item = {r[1]: r for r in rows}
    assert by_item["Risk class"][2] == "high-risk"
    assert by_item["Risk class"][3] == "Evaluates agents' performance."
    # Each question with its answer and legal source.
    question = next(r for r in rows if r[4] == "Annex III 4(b)")
    assert question[2] == "yes"
    assert sum(1 for r in rows if r[0].startswith("AI Act: questionnaire")) == 51
    # Obligations checklist with the dates in force (the Digital Omnibus, Regulation (EU)
    # 2026/1744, moved Annex III duties to 2 December 2027), as of the export date.
    logs = by_item["Keep logs at least six months"]
    assert logs[4] == "Art. 26(6)" and logs[5] == "applies from 2027-12-02"
    assert "2026/1744" in logs[3] and "not verified" in logs[3]
    assert by_item["AI literacy of staff"][5] == "in force since 2025-02-02"
    omnibus = by_item["Digital Omnibus on AI"]
    assert omnibus[2] == "in force since 2026-07-27" and "OJ L, 2026/1744, 24.7.2026" in omnibus[4]
    # Works council: consent and information on rows of their own.
    assert by_item["Works council consented (works agreement)"][4] == "BetrVG §87(1) Nr. 6"
    assert "§90(1) Nr. 3" in by_item["Works council informed of the planned AI use"][4]
    # DPIA: the DSK list item the model shows, and who decided when.
    assert any(str(r[1]).startswith("DSK list item 11") for r in rows)
    assert by_item["Decided by / on"][2] == "DPO / 2026-09-02"
    assert "Inform workers' representatives and affected workers" in by_item
    assert "General-purpose model: provider documentation" in by_item
    # Processor typed by a user stays text; AVV status shown.
    processor = by_item["+ModelCo Inc."]
    assert processor[2] == "no" and ws.cell(row=rows.index(processor) + 5, column=2).data_type == "s"
    # DPIA: nine WP248 criteria and the decision.
    assert sum(1 for r in rows if str(r[1]).startswith("WP248 criterion")) == 9
    assert ws.freeze_panes == "C5" and ws.auto_filter.ref.startswith("A4:G")
    assert ws.data_validations.dataValidation[0].sqref is not None


def test_compliance_sheet_german(tmp_path):
    model = ready()
    model.meta.language = "de"
    wb = _export(model, tmp_path)
    ws = wb["Compliance"]
    assert "keine Rechtsberatung" in ws["A3"].value
    rows = _table(ws)
    assert any(r[4] == "Art. 5 Abs. 1 lit. a" and r[2] == "nein" for r in rows)
    assert any(r[1] == "Risikoklasse" and r[2] == "minimales Risiko" for r in rows)
    gdpr = next(r for r in rows if r[0] == "DSGVO: Datenquellen und KI-Schritte")
    assert "Rechtsgrundlage: Vertrag" in gdpr[3]
    by_item = {r[1]: r for r in rows}
    assert by_item["KI-Kompetenz der Beschäftigten"][5] == "gilt seit 2025-02-02"
    assert by_item["Zustimmung des Betriebsrats (Betriebsvereinbarung)"][2] == "ja"
    assert "§90 Abs. 1 Nr. 3" in by_item["Betriebsrat über den geplanten KI-Einsatz unterrichtet"][4]
    omnibus = by_item["Digital-Omnibus zur KI-Verordnung"]
    assert omnibus[4] == "Verordnung (EU) 2026/1744, ABl. L, 2026/1744, 24.7.2026"
    assert any(str(r[1]).startswith("DSK-Liste Nr. 11") for r in rows)


def test_readiness_sheet_and_overview_lights(tmp_path, high_risk_model):
    model = high_risk_model
    lights = [b.status for b in readiness(model)]
    wb = _export(model, tmp_path)
    ws = wb["Readiness"]
    rows = _table(ws)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert [r[1] for r in rows][3] == "Exec sponsor with production mandate"
    styles = {"green": "AIOS Good", "amber": "AIOS Warning", "red": "AIOS Bad"}
    for i, status in enumerate(lights):
        cell = ws.cell(row=5 + i, column=3)
        assert cell.style == styles[status]
        assert cell.fill.fgColor.rgb.endswith({"green": "C6EFCE", "amber": "FFEB9C",
                                               "red": "FFC7CE"}[status])
    assert rows[3][2].endswith("partly done") and "production mandate" in rows[3][4]
    overview = wb["Overview"]
    values = {r[0]: (r[1], i) for i, r in enumerate(overview.iter_rows(values_only=True))}
    assert "Production readiness" in values
    value, index = values["4. Exec sponsor with production mandate"]
    assert value.endswith("partly done")
    assert overview.cell(row=index + 1, column=2).style == "AIOS Warning"
    assert values["Overall"][0].endswith(("partly done", "blocker"))


def test_readiness_sheet_german(tmp_path):
    model = ready()
    model.meta.language = "de"
    wb = _export(model, tmp_path)
    rows = _table(wb["Produktionsreife"])
    assert rows[0][1] == "Produktive Datenanbindung" and rows[0][2] == "● bereit"
    overview = [r for r in wb["Übersicht"].iter_rows(values_only=True)]
    assert ("Gesamt", "● bereit") in overview
