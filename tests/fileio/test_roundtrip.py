"""Any valid model survives the file: model -> text -> model is the same model, same bytes."""
import json
from datetime import date, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aios_designer.fileio import FORMAT, SCHEMA_VERSION, dumps_model, load_model, loads_model, save_model
from aios_designer.model import (
    AiActAssessment,
    AiTaskStep,
    BaselineMetric,
    BusinessCase,
    Calibration,
    CalibrationPoint,
    Compliance,
    DataProtection,
    DecisionStep,
    Dpia,
    DpiaDecision,
    EndOutcome,
    EndStep,
    ExceptionStep,
    ExecSponsor,
    FeedType,
    Flow,
    FlowKind,
    Hosting,
    HumanTaskStep,
    Kpi,
    KpiDirection,
    Language,
    LegalBasis,
    Meta,
    OperatingModel,
    Position,
    Processor,
    ReviewMode,
    ReviewPolicy,
    ReviewStep,
    RiskClass,
    Role,
    RoleKind,
    Settings,
    SpecialCategory,
    SystemTaskStep,
    TaskType,
    TeamKpi,
    TransferSafeguard,
    TriggerStep,
    WorksCouncil,
)
from aios_designer.model.base import MAX_COORDINATE, MAX_HOURS, MAX_KPI_VALUE

# Text a facilitator might type, German umlauts, emoji, quotes, formula-like and control chars.
text = st.text(max_size=30)
short = st.text(max_size=12)
fraction = st.floats(0.0, 1.0, allow_nan=False)
# Within every range of the model (the narrowest upper bound is the SLA's).
amount = st.floats(0.0, MAX_HOURS, allow_nan=False, allow_infinity=False)
coordinate = st.floats(-MAX_COORDINATE, MAX_COORDINATE, allow_nan=False, allow_infinity=False)
kpi_value = st.floats(-MAX_KPI_VALUE, MAX_KPI_VALUE, allow_nan=False, allow_infinity=False)
moment = st.datetimes(timezones=st.just(timezone.utc))
raci_cell = st.sampled_from(["", "R", "A", "C", "I", "RA", "RC", "AI", "RACI", "CI", "RAC"])


def _unique_ids(prefix: str, n: int) -> st.SearchStrategy[list[str]]:
    # Ids are usually uuid4 text, but the file must not care what they look like.
    return st.lists(st.one_of(st.uuids().map(str), st.text(min_size=1, max_size=20)),
                    min_size=n, max_size=n, unique=True).map(
        lambda ids: [f"{prefix}{i}" for i in ids])


def data_protection() -> st.SearchStrategy[DataProtection]:
    return st.builds(
        DataProtection,
        personal_data=st.none() | st.booleans(),
        data_subjects=short,
        categories=st.lists(short, max_size=3),
        special_categories=st.lists(st.sampled_from(SpecialCategory), max_size=2, unique=True),
        legal_basis=st.none() | st.sampled_from(LegalBasis),
        retention=short,
        recipients=text,
        notes=text,
    )


def review_policy(role_ids: list[str]) -> st.SearchStrategy[ReviewPolicy]:
    return st.builds(
        ReviewPolicy,
        mode=st.sampled_from(ReviewMode),
        threshold=fraction,
        qa_sample_rate=fraction,
        reviewer_role_id=st.none() | st.sampled_from(role_ids),
        review_minutes=amount,
        auto_share_estimate=fraction,
        error_rate_auto_estimate=fraction,
        review_miss_rate=fraction,
    )


calibration = st.builds(
    Calibration,
    source=short,
    rows_used=st.integers(0, 10**6),
    rows_rejected=st.integers(0, 10**6),
    points=st.lists(st.builds(CalibrationPoint, threshold=fraction, auto_share=fraction,
                              error_rate_auto=st.none() | fraction),
                    max_size=5, unique_by=lambda p: p.threshold),
)


@st.composite
def steps(draw, role_ids: list[str], processor_ids: list[str]) -> list:
    kinds = draw(st.lists(st.sampled_from(
        ["trigger", "ai_task", "human_task", "review", "decision", "exception", "system_task",
         "end"]), min_size=0, max_size=10))
    # Every kind at least once across the run; most examples hold several.
    ids = draw(_unique_ids("s-", len(kinds)))
    role = st.none() | st.sampled_from(role_ids) if role_ids else st.none()
    common = lambda: dict(  # noqa: E731
        name=draw(short), description=draw(text), role_id=draw(role),
        position=Position(x=draw(coordinate), y=draw(coordinate)),
        waiting_minutes=draw(amount),
        raci_overrides=draw(st.dictionaries(st.sampled_from(role_ids), raci_cell, max_size=3))
        if role_ids else {},
    )
    result = []
    for step_id, kind in zip(ids, kinds):
        base = {"id": step_id, **common()}
        if kind == "trigger":
            step = TriggerStep(**base, source_system=draw(short), feed_type=draw(st.sampled_from(FeedType)),
                               refresh_cadence=draw(short), feed_owner_role_id=draw(role),
                               volume_per_month=draw(amount), data_protection=draw(data_protection()))
        elif kind == "ai_task":
            step = AiTaskStep(
                **base, task_type=draw(st.sampled_from(TaskType)), model_name=draw(short),
                provider=draw(short),
                processor_id=draw(st.none() | st.sampled_from(processor_ids)) if processor_ids else None,
                hosting=draw(st.sampled_from(Hosting)),
                transfer_safeguard=draw(st.sampled_from(TransferSafeguard)),
                cost_per_item=draw(amount), latency_seconds=draw(amount),
                expected_accuracy=draw(st.none() | fraction),
                review=draw(review_policy(role_ids or [None])),
                calibration=draw(st.none() | calibration),
                data_protection=draw(data_protection()))
        elif kind == "human_task":
            step = HumanTaskStep(**base, handling_minutes=draw(amount))
        elif kind == "review":
            step = ReviewStep(**base, handling_minutes=draw(amount), four_eyes=draw(st.booleans()),
                              accept_share=draw(fraction), edit_share=draw(fraction),
                              reject_share=draw(fraction), miss_rate=draw(fraction))
        elif kind == "decision":
            step = DecisionStep(**base, significant_effect=draw(st.booleans()))
        elif kind == "exception":
            step = ExceptionStep(**base, trigger_condition=draw(text),
                                 sla_hours=draw(st.none() | amount),
                                 escalation_role_id=draw(role), handling_minutes=draw(amount),
                                 procedure=draw(text))
        elif kind == "system_task":
            step = SystemTaskStep(**base, target_system=draw(short), automated=draw(st.booleans()),
                                  latency_seconds=draw(amount))
        else:
            step = EndStep(**base, outcome=draw(st.sampled_from(EndOutcome)),
                           significant_effect=draw(st.booleans()))
        result.append(step)
    return result


@st.composite
def operating_models(draw) -> OperatingModel:
    role_ids = draw(_unique_ids("r-", draw(st.integers(0, 4))))
    roles = [Role(id=rid, name=draw(short), description=draw(text),
                  kind=draw(st.sampled_from(RoleKind)), headcount=draw(amount),
                  hourly_cost=draw(amount)) for rid in role_ids]
    processor_ids = draw(_unique_ids("p-", draw(st.integers(0, 2))))
    processors = [Processor(id=pid, name=draw(short), service=draw(short), country=draw(short),
                            avv_signed=draw(st.booleans()),
                            transfer_safeguard=draw(st.sampled_from(TransferSafeguard)),
                            notes=draw(text)) for pid in processor_ids]
    model_steps = draw(steps(role_ids, processor_ids))
    step_ids = [s.id for s in model_steps]
    flow_ids = draw(_unique_ids("f-", draw(st.integers(0, 12)) if step_ids else 0))
    flows = [Flow(id=fid, source_id=draw(st.sampled_from(step_ids)),
                  target_id=draw(st.sampled_from(step_ids)), kind=draw(st.sampled_from(FlowKind)),
                  condition=draw(short), share=draw(st.none() | fraction)) for fid in flow_ids]
    kpis = [Kpi(id=kid, name=draw(short), metric=draw(st.none() | st.sampled_from(BaselineMetric)),
                unit=draw(short), direction=draw(st.sampled_from(KpiDirection)),
                definition=draw(text), source=draw(short), baseline=draw(st.none() | kpi_value),
                baseline_period=draw(short), target=draw(st.none() | kpi_value),
                day30=draw(st.none() | kpi_value), day90=draw(st.none() | kpi_value))
            for kid in draw(_unique_ids("k-", draw(st.integers(0, 5))))]
    team_kpis = [TeamKpi(id=tid, role_id=draw(st.sampled_from(role_ids)), kpi_before=draw(short),
                         kpi_after=draw(short), target=draw(short), measurement=draw(text))
                 for tid in draw(_unique_ids("t-", draw(st.integers(0, 3)) if role_ids else 0))]
    meta = Meta(
        title=draw(text), scope=draw(text), owner=draw(short), facilitator=draw(short),
        sponsor=ExecSponsor(name=draw(short), function=draw(short),
                            production_mandate=draw(st.booleans())),
        process_owner_role_id=draw(st.none() | st.sampled_from(role_ids)) if role_ids else None,
        language=draw(st.sampled_from(Language)), version=draw(short), created=draw(moment),
        modified=draw(moment), structure_changed=draw(st.none() | moment), notes=draw(text))
    compliance = Compliance(
        ai_act=AiActAssessment(
            answers=draw(st.dictionaries(short, st.booleans(), max_size=6)),
            risk_class=draw(st.none() | st.sampled_from(RiskClass)), rationale=draw(text),
            decided_by=draw(short), decided_on=draw(st.none() | st.dates(date(2000, 1, 1))),
            log_retention_months=draw(st.none() | st.integers(0, 1200))),
        processors=processors,
        dpia=Dpia(criteria=draw(st.lists(short, max_size=4)),
                  decision=draw(st.none() | st.sampled_from(DpiaDecision)), rationale=draw(text)),
        works_council=WorksCouncil(relevant=draw(st.none() | st.booleans()),
                                   informed=draw(st.booleans()), notes=draw(text)),
        ai_literacy_training_planned=draw(st.booleans()), notes=draw(text))
    return OperatingModel(
        meta=meta,
        settings=Settings(currency=draw(short),
                          productive_hours_per_fte_month=draw(st.floats(0.5, 744)),
                          working_days_per_month=draw(st.floats(0.5, 31))),
        roles=roles, steps=model_steps, flows=flows, kpis=kpis, team_kpis=team_kpis,
        business_case=BusinessCase(one_off_investment=draw(amount),
                                   monthly_run_cost=draw(amount), notes=draw(text)),
        compliance=compliance)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operating_models())
def test_model_to_text_and_back_is_the_same_model_and_the_same_bytes(model):
    text = dumps_model(model)
    again = loads_model(text.encode("utf-8"))
    assert again == model
    assert dumps_model(again) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operating_models())
def test_file_text_is_versioned_sorted_where_it_matters_and_pretty(model):
    text = dumps_model(model)
    document = json.loads(text)
    assert list(document)[:2] == ["format", "schema_version"]
    assert document["format"] == FORMAT and document["schema_version"] == SCHEMA_VERSION
    assert text.endswith("}\n") and "\n  \"meta\": {" in text
    for step in document["steps"]:
        assert list(step["raci_overrides"]) == sorted(step["raci_overrides"])
    # Element order is the user's order, not re-sorted: a diff shows moves as moves.
    assert [s["id"] for s in document["steps"]] == [s.id for s in model.steps]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(model=operating_models())
def test_save_and_load_through_the_disk(tmp_path, model):
    path = tmp_path / "model.aiosm"
    save_model(model, path)
    assert load_model(path) == model
    assert path.read_bytes() == dumps_model(model).encode("utf-8")


def test_generated_models_cover_every_step_kind():
    """The strategy must reach all eight kinds, or the round-trip proves less than it claims."""
    seen: set[str] = set()

    @settings(max_examples=80, deadline=None, database=None)
    @given(operating_models())
    def collect(model):
        seen.update(str(s.kind) for s in model.steps)

    collect()
    assert seen == {"trigger", "ai_task", "human_task", "review", "decision", "exception",
                    "system_task", "end"}


def test_loading_and_dumping_leave_the_garbage_collector_as_they_found_it():
    import gc

    from aios_designer.fileio import ModelFileError

    model = OperatingModel()
    assert gc.isenabled()
    loads_model(dumps_model(model))
    assert gc.isenabled()
    try:
        loads_model(b"{")
    except ModelFileError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        loads_model(dumps_model(model))
        assert not gc.isenabled()
    finally:
        gc.enable()
