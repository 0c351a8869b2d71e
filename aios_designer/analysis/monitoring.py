"""A starting monitoring plan derived from the model, and what the plan still lacks.

The suggested alert bands follow from the design's own expectations, so a figure outside its
band means the running workflow no longer behaves as designed:

- share metrics with an expected value p (auto-approved share, acceptance, edits): the band is
  p ± max(3·σ, 0.05), σ = √(p(1−p)/n) with n the items the metric counts in one period of its
  frequency (monthly items × 12/52 for weekly, / working days for daily). For the auto-approved
  share of a calibrated AI step the band is widened to at least the auto shares the calibration
  curve gives five hundredths above and below the threshold (a drift of the model's confidence
  by that much triggers the alert); without a calibration it is p ± max(3·σ, 0.10).
- error among QA-checked auto-approved items: alert above the one-sided 95 % Clopper-Pearson
  upper bound of the pilot's error among auto-approved items at the threshold (the calibration
  point's counts; curves without counts: auto-approved ≈ auto share × rows used); without a
  calibration, above twice the estimated error.
- exception share: alert above max(p + 3·σ, 1.5 · p), p = the projected share of entering items
  that reach the route. SLA breaches: alert above 5 % of the route's cases.
- input rejects: above 2 %; feed freshness: hours since the last delivery, above 1 h (event
  stream), 4 h (API), 26 h (scheduled file) or 192 h (manual export); user feedback: a monthly
  1–5 rating of each human role, below 3.5.

Owners follow the RACI: the role accountable (A) for the watched step, else its feed owner or
lane, else the process owner.
"""
from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from ..model import (
    AiTaskStep,
    ExceptionStep,
    FeedType,
    Frequency,
    MetricKind,
    MetricUnit,
    MonitoringMetric,
    OperatingModel,
    ReviewMode,
    ReviewStep,
    StepKind,
    TriggerStep,
    new_id,
)
from .intervals import error_upper_bound
from .raci import effective_raci
from .review_rates import review_rates, threshold_curve

MIN_SHARE_MARGIN = 0.05
ESTIMATE_SHARE_MARGIN = 0.10
CURVE_DRIFT = 0.05
SLA_BREACH_LIMIT = 0.05
INPUT_REJECT_LIMIT = 0.02
FEEDBACK_LIMIT = 3.5
FRESHNESS_HOURS = {
    FeedType.EVENT_STREAM: 1.0,
    FeedType.API: 4.0,
    FeedType.SCHEDULED_FILE: 26.0,
    FeedType.MANUAL_EXPORT: 192.0,
}
_WEEKS_PER_MONTH = 52.0 / 12.0


@dataclass(frozen=True)
class _T:
    en: str
    de: str

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


def _pilot_counts(step: AiTaskStep, auto: float, error_auto: float
                 ) -> tuple[int, int, float] | None:
    """(auto-approved items, errors among them, 95 % upper bound) of the pilot at the step's
    threshold: the calibration point's own counts, else counts recovered from its shares."""
    cal = step.calibration
    if cal is None or not cal.points:
        return None
    t = step.review.threshold if step.review.mode == ReviewMode.THRESHOLD else 0.0
    point = next((p for p in reversed(cal.points) if p.threshold <= t + 1e-9), cal.points[0])
    if point.n_auto and point.errors_auto is not None:
        upper = point.error_upper if point.error_upper is not None \
            else error_upper_bound(point.n_auto, point.errors_auto)
        return point.n_auto, point.errors_auto, upper
    if cal.rows_used > 0:
        n_auto = round(auto * cal.rows_used)
        if n_auto > 0:
            errors = min(n_auto, round(error_auto * n_auto))
            return n_auto, errors, error_upper_bound(n_auto, errors)
    return None


def _clamp01(value: float) -> float:
    return min(1.0, max(0.0, value))


def _per_period(monthly: float, frequency: Frequency, working_days: float) -> float:
    if frequency == Frequency.DAILY:
        return monthly / max(working_days, 1.0)
    if frequency == Frequency.WEEKLY:
        return monthly / _WEEKS_PER_MONTH
    return monthly


def share_band(expected: float, n: float, margin: float = MIN_SHARE_MARGIN
               ) -> tuple[float, float]:
    """expected ± max(3σ, margin), σ the binomial standard error over n items, within 0–1."""
    sigma = math.sqrt(expected * (1.0 - expected) / n) if n > 0 else 0.0
    half = max(3.0 * sigma, margin)
    return _clamp01(expected - half), _clamp01(expected + half)


class _Planner:
    def __init__(self, model: OperatingModel, lang: str, make_id: Callable[[str], str]):
        from .projection import project

        self.model = model
        self.lang = lang
        self.make_id = make_id
        self.projection = project(model)
        self.items = {s.id: s.items_per_month for s in self.projection.steps}
        self.ai = {a.id: a for a in self.projection.ai_steps}
        self.raci = effective_raci(model)
        self.working_days = model.settings.working_days_per_month
        self.volume = self.projection.volume_per_month
        self.metrics: list[MonitoringMetric] = []

    # -- helpers ---------------------------------------------------------------------------
    def owner(self, step) -> str | None:
        row = self.raci.get(step.id, {})
        accountable = [role_id for role_id, letters in row.items() if "A" in letters]
        if accountable:
            return accountable[0]
        if isinstance(step, TriggerStep) and step.feed_owner_role_id:
            return step.feed_owner_role_id
        return step.role_id or self.model.meta.process_owner_role_id

    def items_in(self, step_id: str, frequency: Frequency) -> float:
        monthly = self.items.get(step_id) or 0.0
        if not math.isfinite(monthly):
            return 0.0
        return _per_period(monthly, frequency, self.working_days)

    def add(self, key: str, kind: MetricKind, name: _T, definition: _T, source: _T,
            frequency: Frequency, owner: str | None, action: _T, *, step_id=None,
            role_id=None, unit=MetricUnit.SHARE, expected=None, below=None, above=None):
        self.metrics.append(MonitoringMetric(
            id=self.make_id(key), name=name.get(self.lang), kind=kind, step_id=step_id,
            role_id=role_id, unit=unit, definition=definition.get(self.lang),
            data_source=source.get(self.lang), frequency=frequency, owner_role_id=owner,
            expected=None if expected is None else round(expected, 4),
            alert_below=None if below is None else round(below, 4),
            alert_above=None if above is None else round(above, 4),
            action=action.get(self.lang)))

    # -- per element -----------------------------------------------------------------------
    def ai_step(self, step: AiTaskStep) -> None:
        label = step.name or step.id[:8]
        owner = self.owner(step)
        weekly = Frequency.WEEKLY
        n = self.items_in(step.id, weekly)
        projection = self.ai.get(step.id)
        auto = projection.auto_share if projection else 0.0
        error_auto = projection.error_rate_auto if projection else 0.0

        margin = MIN_SHARE_MARGIN if step.calibration and step.calibration.points \
            else ESTIMATE_SHARE_MARGIN
        below, above = share_band(auto, n, margin)
        if projection is None or projection.review_share >= 1.0:
            below, above = None, 0.0  # everything is reviewed: any auto-approval is a breach
        if step.calibration and step.calibration.points and above and auto > 0:
            t = step.review.threshold
            higher, _, _ = threshold_curve(step, min(1.0, t + CURVE_DRIFT))
            lower, _, _ = threshold_curve(step, max(0.0, t - CURVE_DRIFT))
            below, above = min(below, _clamp01(higher)), max(above, _clamp01(lower))
        everything_reviewed = projection is None or projection.review_share >= 1.0
        if everything_reviewed:
            definition = _T("Share of the AI step's items released without review. Its policy "
                            "reviews every item, so any such item is a breach.",
                            "Anteil der Vorgänge des KI-Schritts, die ohne Prüfung freigegeben "
                            "werden. Die Regel prüft jeden Vorgang, jeder solche ist ein Verstoß.")
            action = _T("Find and close the path that released items without review.",
                        "Den Weg finden und schließen, auf dem Vorgänge ungeprüft freigegeben "
                        "wurden.")
        else:
            definition = _T("Share of the AI step's items released without review (confidence "
                            "at or above the threshold).",
                            "Anteil der Vorgänge des KI-Schritts, die ohne Prüfung freigegeben "
                            "werden (Konfidenz mindestens Schwellenwert).")
            action = _T("Compare the confidence distribution with the pilot; recalibrate the "
                        "threshold on recent data.",
                        "Konfidenzverteilung mit dem Pilot vergleichen; Schwellenwert auf "
                        "aktuellen Daten neu kalibrieren.")
        self.add(f"{step.id}:auto_share", MetricKind.AUTO_SHARE,
                 _T(f"Auto-approved share: {label}", f"Anteil automatisch freigegeben: {label}"),
                 definition,
                 _T("AI service log: confidence and routing decision per item",
                    "Protokoll des KI-Dienstes: Konfidenz und Weiterleitung je Vorgang"),
                 weekly, owner, action,
                 step_id=step.id, expected=auto, below=below, above=above)

        reviews = [self.model.step(i) for i in (projection.review_step_ids if projection else [])]
        reviews = [r for r in reviews if isinstance(r, ReviewStep)]
        if reviews:
            for review in reviews:
                self._review_rates(step, review)
        else:
            accept = _clamp01(1.0 - review_rates(step).error_rate_reviewed)
            n_reviewed = n * (1.0 - auto)
            below, _ = share_band(accept, n_reviewed)
            self.add(f"{step.id}:acceptance_rate", MetricKind.ACCEPTANCE_RATE,
                     _T(f"Acceptance of AI output in review: {label}",
                        f"Übernahmequote in der Prüfung: {label}"),
                     _T("Share of reviewed items whose AI output the reviewer accepts unchanged.",
                        "Anteil der geprüften Vorgänge, deren KI-Ergebnis unverändert übernommen "
                        "wird."),
                     _T("Review log: accepted / edited / rejected per item",
                        "Prüfprotokoll: übernommen / geändert / verworfen je Vorgang"),
                     weekly, self.owner(step),
                     _T("Look at the rejected items with the reviewers; retrain or narrow the "
                        "AI step's scope.",
                        "Verworfene Vorgänge mit den Prüfenden durchgehen; KI nachtrainieren oder "
                        "Einsatzbereich eingrenzen."),
                     step_id=step.id, expected=accept, below=below)

        self._qa(step, label, owner, auto, error_auto, n)

    def _review_rates(self, ai: AiTaskStep, review: ReviewStep) -> None:
        label = review.name or review.id[:8]
        owner = self.owner(review)
        weekly = Frequency.WEEKLY
        n = self.items_in(review.id, weekly)
        below, _ = share_band(review.accept_share, n)
        self.add(f"{review.id}:acceptance_rate", MetricKind.ACCEPTANCE_RATE,
                 _T(f"Acceptance rate: {label}", f"Übernahmequote: {label}"),
                 _T("Share of reviewed items whose AI output the reviewer accepts unchanged.",
                    "Anteil der geprüften Vorgänge, deren KI-Ergebnis unverändert übernommen "
                    "wird."),
                 _T("Review log: accepted / edited / rejected per item",
                    "Prüfprotokoll: übernommen / geändert / verworfen je Vorgang"),
                 weekly, owner,
                 _T("Look at the rejected and edited items with the reviewers; check the input "
                    "data and the AI step's scope.",
                    "Verworfene und geänderte Vorgänge mit den Prüfenden durchgehen; "
                    "Eingangsdaten und Einsatzbereich der KI prüfen."),
                 step_id=review.id, expected=review.accept_share, below=below)
        _, above = share_band(review.edit_share, n)
        self.add(f"{review.id}:edit_rate", MetricKind.EDIT_RATE,
                 _T(f"Edit rate: {label}", f"Änderungsquote: {label}"),
                 _T("Share of reviewed items whose AI output the reviewer corrects before "
                    "release.",
                    "Anteil der geprüften Vorgänge, deren KI-Ergebnis vor der Freigabe "
                    "korrigiert wird."),
                 _T("Review log: accepted / edited / rejected per item",
                    "Prüfprotokoll: übernommen / geändert / verworfen je Vorgang"),
                 weekly, owner,
                 _T("Collect typical corrections; adjust prompts, templates or training data.",
                    "Typische Korrekturen sammeln; Prompts, Vorlagen oder Trainingsdaten "
                    "anpassen."),
                 step_id=review.id, expected=review.edit_share, above=above)

    def _qa(self, step: AiTaskStep, label: str, owner, auto: float, error_auto: float,
            n_week: float) -> None:
        counts = _pilot_counts(step, auto, error_auto)
        if counts is not None:
            n_auto, errors, above = counts
            basis = _T(f"above the 95 % upper bound of the pilot ({errors} errors in {n_auto} "
                       "auto-approved items)",
                       f"über der 95-%-Obergrenze des Pilots ({errors} Fehler in {n_auto} "
                       "automatisch freigegebenen Vorgängen)")
        else:
            above = _clamp01(2.0 * error_auto) if error_auto > 0 else 0.01
            basis = _T("above twice the estimated error (no pilot calibration)",
                       "über dem Doppelten des geschätzten Fehlers (keine Pilot-Kalibrierung)")
        rate = step.review.qa_sample_rate
        if step.review.mode in (ReviewMode.THRESHOLD, ReviewMode.SAMPLE_ONLY) and rate > 0:
            name = _T(f"Error in QA sample: {label}", f"Fehlerquote der QS-Stichprobe: {label}")
            definition = _T(f"Share of QA-checked auto-approved items that were wrong (QA sample "
                            f"{rate:.0%} of auto-approved items); alert {basis.en}.",
                            f"Anteil fehlerhafter Vorgänge in der QS-Stichprobe der automatisch "
                            f"freigegebenen Vorgänge (Stichprobe {rate:.0%}); Alarm {basis.de}.")
            source = _T("QA sample log: item, checker, correct yes/no",
                        "QS-Protokoll: Vorgang, Prüfer/in, korrekt ja/nein")
            action = _T("Raise the threshold or the QA sample at once; find the cause in the "
                        "sampled errors.",
                        "Schwellenwert oder Stichprobe sofort erhöhen; Ursache in den "
                        "gefundenen Fehlern suchen.")
        else:
            # No QA sample of auto-approved items: what is released is checked by spot checks
            # afterwards instead. Expected there: the errors reviewers miss.
            error_auto = review_rates(step).error_rate_reviewed * step.review.review_miss_rate
            above = _clamp01(max(2.0 * error_auto, 0.01))
            basis = _T("above twice the error the review is expected to let through, at least "
                       "1 %", "über dem Doppelten des Fehlers, den die Prüfung erwartungsgemäß "
                       "durchlässt, mindestens 1 %")
            name = _T(f"Error found in spot checks: {label}",
                      f"Fehlerquote in Nachkontrollen: {label}")
            definition = _T(f"Share of released items of this AI step found wrong when checked "
                            f"again afterwards (the policy draws no QA sample); alert "
                            f"{basis.en}.",
                            f"Anteil freigegebener Vorgänge dieses KI-Schritts, die sich bei "
                            f"einer späteren Nachkontrolle als falsch erweisen (die Regel zieht "
                            f"keine QS-Stichprobe); Alarm {basis.de}.")
            source = _T("Spot-check log: item, checker, correct yes/no",
                        "Protokoll der Nachkontrollen: Vorgang, Prüfer/in, korrekt ja/nein")
            action = _T("Look at the wrong items with the reviewers; retrain the review or add a "
                        "QA sample.",
                        "Die fehlerhaften Vorgänge mit den Prüfenden durchgehen; Prüfung "
                        "nachschulen oder eine QS-Stichprobe einführen.")
        self.add(f"{step.id}:qa_error_rate", MetricKind.QA_ERROR_RATE, name, definition, source,
                 Frequency.WEEKLY, owner, action, step_id=step.id, expected=error_auto,
                 above=above)

    def exception(self, step: ExceptionStep) -> None:
        label = step.name or step.id[:8]
        owner = self.owner(step)
        monthly = self.items.get(step.id) or 0.0
        share = _clamp01(monthly / self.volume) if self.volume > 0 and math.isfinite(monthly) \
            else 0.0
        n = self.volume / _WEEKS_PER_MONTH
        sigma = math.sqrt(share * (1 - share) / n) if n > 0 else 0.0
        above = _clamp01(max(share + 3 * sigma, 1.5 * share)) if share > 0 else 0.01
        self.add(f"{step.id}:exception_share", MetricKind.EXCEPTION_SHARE,
                 _T(f"Exception share: {label}", f"Ausnahmequote: {label}"),
                 _T("Share of entering items that take this exception route.",
                    "Anteil der eingehenden Vorgänge, die diesen Ausnahmeweg nehmen."),
                 _T("Ticket/case system: cases routed to the exception, per week",
                    "Vorgangssystem: Fälle im Ausnahmeweg je Woche"),
                 Frequency.WEEKLY, owner,
                 _T("Find the new cause of exceptions; adjust routing, input checks or staffing.",
                    "Neue Ursache der Ausnahmen finden; Weiterleitung, Eingangsprüfung oder "
                    "Besetzung anpassen."),
                 step_id=step.id, expected=share, above=above)
        sla = (_T(f"within the SLA of {step.sla_hours:g} h", f"innerhalb der SLA von "
                  f"{step.sla_hours:g} h".replace(".", ","))
               if step.sla_hours is not None else _T("within the SLA (not yet set)",
                                                     "innerhalb der SLA (noch nicht festgelegt)"))
        self.add(f"{step.id}:sla_breach_rate", MetricKind.SLA_BREACH_RATE,
                 _T(f"SLA breaches: {label}", f"SLA-Verletzungen: {label}"),
                 _T(f"Share of this route's cases not closed {sla.en}.",
                    f"Anteil der Fälle dieses Wegs, die nicht {sla.de} abgeschlossen werden."),
                 _T("Ticket/case system: opened and closed time per case",
                    "Vorgangssystem: Eröffnungs- und Abschlusszeit je Fall"),
                 Frequency.WEEKLY, owner,
                 _T("Escalate per the procedure; check the handler's capacity.",
                    "Gemäß Verfahren eskalieren; Kapazität der Bearbeitenden prüfen."),
                 step_id=step.id, expected=0.0, above=SLA_BREACH_LIMIT)

    def trigger(self, step: TriggerStep) -> None:
        label = step.name or step.source_system or step.id[:8]
        owner = self.owner(step)
        limit = FRESHNESS_HOURS[step.feed_type]
        self.add(f"{step.id}:feed_freshness", MetricKind.FEED_FRESHNESS,
                 _T(f"Feed freshness: {label}", f"Aktualität der Datenlieferung: {label}"),
                 _T("Hours since the last successful delivery of the feed.",
                    "Stunden seit der letzten erfolgreichen Lieferung."),
                 _T("Integration log of the feed", "Protokoll der Schnittstelle"),
                 Frequency.DAILY, owner,
                 _T("Restart or repair the feed; tell the team that items are delayed.",
                    "Lieferung neu starten oder reparieren; Team über Verzögerung informieren."),
                 step_id=step.id, unit=MetricUnit.HOURS, above=limit)
        self.add(f"{step.id}:input_rejects", MetricKind.INPUT_REJECTS,
                 _T(f"Rejected inputs: {label}", f"Abgewiesene Eingänge: {label}"),
                 _T("Share of incoming items that cannot be processed (unreadable, incomplete, "
                    "wrong format).",
                    "Anteil der eingehenden Vorgänge, die nicht verarbeitet werden können "
                    "(unlesbar, unvollständig, falsches Format)."),
                 _T("Input validation log", "Protokoll der Eingangsprüfung"),
                 Frequency.WEEKLY, owner,
                 _T("Fix the source or the mapping with the feed owner.",
                    "Quelle oder Zuordnung mit der verantwortlichen Stelle korrigieren."),
                 step_id=step.id, expected=0.0, above=INPUT_REJECT_LIMIT)

    def role_feedback(self, role_id: str) -> None:
        role = self.model.role(role_id)
        label = role.name if role is not None and role.name else role_id[:8]
        owner = self.model.meta.process_owner_role_id or role_id
        self.add(f"{role_id}:user_feedback", MetricKind.USER_FEEDBACK,
                 _T(f"Feedback: {label}", f"Rückmeldung: {label}"),
                 _T("Average answer of the role's members to 'The new workflow helps me do my "
                    "work well' (1 = not at all, 5 = fully).",
                    "Durchschnittliche Antwort der Rolle auf „Der neue Ablauf hilft mir, meine "
                    "Arbeit gut zu machen“ (1 = gar nicht, 5 = voll)."),
                 _T("Short monthly survey", "Kurze monatliche Umfrage"),
                 Frequency.MONTHLY, owner,
                 _T("Talk with the team about what hinders them; adjust the procedure or "
                    "training.",
                    "Mit dem Team besprechen, was behindert; Verfahren oder Schulung anpassen."),
                 role_id=role_id, unit=MetricUnit.SCORE, below=FEEDBACK_LIMIT)


def _template_id_factory(namespace: str) -> Callable[[str], str]:
    base = uuid.uuid5(uuid.NAMESPACE_URL, namespace)
    return lambda key: str(uuid.uuid5(base, key))


def suggest_plan(model: OperatingModel, lang: str | None = None,
                 id_namespace: str | None = None) -> list[MonitoringMetric]:
    """A complete starting plan for ``model`` in ``lang`` (default: the model's language).

    ``id_namespace`` makes the ids repeatable (uuid5 of the namespace and the metric's key),
    as the templates need; without it every metric gets a fresh id.
    """
    from .readiness import workflow_roles

    lang = lang or str(model.meta.language)
    make_id = _template_id_factory(id_namespace) if id_namespace else (lambda key: new_id())
    planner = _Planner(model, lang, make_id)
    for step in model.steps:
        if isinstance(step, TriggerStep):
            planner.trigger(step)
    for step in model.steps:
        if isinstance(step, AiTaskStep):
            planner.ai_step(step)
    for step in model.steps:
        if isinstance(step, ExceptionStep):
            planner.exception(step)
    for role_id in workflow_roles(model):
        planner.role_feedback(role_id)
    return planner.metrics


# -- what the plan lacks (the M rules and readiness use this) ----------------------------------
@dataclass(frozen=True)
class PlanGaps:
    #: AI step id → the kinds missing among (acceptance, QA).
    ai_steps: dict[str, tuple[MetricKind, ...]]
    #: Metric id → the missing fields among ("owner", "frequency", "threshold").
    metrics: dict[str, tuple[str, ...]]
    #: Exception steps no metric watches.
    exceptions: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not (self.ai_steps or self.metrics or self.exceptions)


def plan_gaps(model: OperatingModel, review_steps_of: dict[str, list[str]] | None = None
              ) -> PlanGaps:
    """What the monitoring plan misses. ``review_steps_of`` maps an AI step to the review
    steps that carry its review (from the projection); acceptance may be watched there."""
    metrics = model.monitoring.metrics
    by_step: dict[str, set[MetricKind]] = {}
    for metric in metrics:
        if metric.step_id is not None:
            by_step.setdefault(metric.step_id, set()).add(metric.kind)
    review_steps_of = review_steps_of or {}

    ai_gaps: dict[str, tuple[MetricKind, ...]] = {}
    for step in model.steps:
        if step.kind != StepKind.AI_TASK:
            continue
        watched = set(by_step.get(step.id, set()))
        for review_id in review_steps_of.get(step.id, []):
            watched |= by_step.get(review_id, set())
        missing = tuple(k for k in (MetricKind.ACCEPTANCE_RATE, MetricKind.QA_ERROR_RATE)
                        if k not in watched)
        if missing:
            ai_gaps[step.id] = missing

    metric_gaps: dict[str, tuple[str, ...]] = {}
    for metric in metrics:
        missing = tuple(name for name, ok in (("owner", metric.owner_role_id is not None),
                                              ("frequency", metric.frequency is not None),
                                              ("threshold", metric.has_threshold)) if not ok)
        if missing:
            metric_gaps[metric.id] = missing

    exception_kinds = {MetricKind.EXCEPTION_SHARE, MetricKind.SLA_BREACH_RATE}
    unwatched = tuple(s.id for s in model.steps if s.kind == StepKind.EXCEPTION
                      and not by_step.get(s.id, set()) & exception_kinds)
    return PlanGaps(ai_gaps, metric_gaps, unwatched)


def review_steps_by_ai_step(model: OperatingModel) -> dict[str, list[str]]:
    """AI step id → the review steps it routes to (directly or through its own decision)."""
    from .projection import project

    return {a.id: list(a.review_step_ids) for a in project(model).ai_steps}
