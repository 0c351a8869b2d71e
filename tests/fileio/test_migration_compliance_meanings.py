"""The migration of compliance answers whose meaning changed (narrowed AI Act questions,
works council consent separated from information)."""
import json
from pathlib import Path

from aios_designer.fileio import load_model, migrations
from aios_designer.fileio.migrations import migrate_compliance_meanings

GOLDEN = Path(__file__).parent / "data" / "compliance-meanings-before.aiosm"


def _document() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_a_yes_to_a_narrowed_question_is_asked_again_and_a_no_is_kept():
    answers = migrate_compliance_meanings(_document())["compliance"]["ai_act"]["answers"]
    # "Emotion recognition" now means from biometric data: a "yes" may have been text sentiment.
    assert "art5_f" not in answers and "art50_3" not in answers
    # Annex III 6 now needs law enforcement authorities: a "yes" is asked again.
    assert "annex3_6_a" not in answers
    # A "no" stays a "no" under a narrower question; unchanged questions keep their answer.
    assert answers["annex3_1_c"] is False and answers["annex3_7_b"] is False
    assert answers["annex3_4_b"] is True and answers["gpai_use"] is True


def test_works_council_information_is_not_taken_as_consent():
    council = migrate_compliance_meanings(_document())["compliance"]["works_council"]
    assert council["informed"] is True
    assert council["consent"] is False
    assert council["notes"] == "BV 2026"


def test_a_file_without_compliance_passes_unchanged():
    assert migrate_compliance_meanings({"steps": []}) == {"steps": []}


def test_the_migration_runs_on_load():
    assert migrate_compliance_meanings in migrations.MIGRATIONS.values()
    model = load_model(GOLDEN)
    assert "art5_f" not in model.compliance.ai_act.answers
    assert model.compliance.works_council.informed and not model.compliance.works_council.consent
