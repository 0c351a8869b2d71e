"""Workload against capacity, from the projection (rule ids AIOS-P…).

A review queue is only stable when the reviewers can look at items at least as fast as they
arrive: with more arrivals than capacity it grows without bound, whatever the threshold says.
"""
import math
from collections.abc import Iterator

from ...model import StepKind
from ...number_format import format_number, format_percent
from ..checks import CheckContext
from ..findings import Finding, Severity
from ..registry import rule

W, I = Severity.WARNING, Severity.INFO


def _projection(ctx: CheckContext):
    return ctx.projection  # solved once per check run, or handed in by the caller


def _pct(value: float, lang: str) -> str:
    return format_percent(value, 0, lang)


def _both(value: float, decimals: int = 0) -> tuple[str, str]:
    """(English, German) of a number: 1,234.50 and 1.234,50."""
    return format_number(value, decimals, "en"), format_number(value, decimals, "de")


@rule
def role_capacity(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-P001: review arrivals exceed the reviewing role's capacity (utilisation > 100 %).
    AIOS-P002: other work exceeds a role's capacity. AIOS-P003: a role has projected hours
    but no headcount, so its utilisation is unknown."""
    if not ctx.model.roles or not ctx.steps_of_kind(StepKind.TRIGGER):
        return
    projection = _projection(ctx)
    productive = projection.productive_hours_per_fte_month
    for role in projection.roles:
        if not math.isfinite(role.hours_per_month) or role.hours_per_month <= 1e-9:
            continue  # unbounded: a loop without exit, reported by AIOS-G005
        en, de = ctx.role_label(role.id)
        hours, hours_de = _both(role.hours_per_month)
        fte, fte_de = _both(role.fte, 2)
        if role.utilisation is None:
            yield Finding(
                "AIOS-P003", I,
                f"Role {en} needs {hours} h per month ({fte} FTE) but has no headcount: "
                "enter its FTE to see whether it can carry the load.",
                f"Die Rolle {de} braucht {hours_de} h pro Monat ({fte_de} VZÄ), hat aber keine "
                "Kapazität: Tragen Sie ihre VZÄ ein, um die Auslastung zu sehen.",
                (role.id,))
            continue
        if role.utilisation <= 1.0 + 1e-9:
            continue
        capacity, capacity_de = _both(role.headcount * productive)
        missing, missing_de = _both(role.fte - role.headcount, 2)
        load, load_de = _pct(role.utilisation, "en"), _pct(role.utilisation, "de")
        if role.review_hours_per_month > 1e-9:
            review, review_de = _both(role.review_hours_per_month)
            yield Finding(
                "AIOS-P001", W,
                f"Reviews arrive faster than role {en} can check them: {hours} h of work per "
                f"month ({review} h of it review and QA) against {capacity} h capacity "
                f"({load} utilisation). The review queue would grow without "
                f"bound: add {missing} FTE, raise the auto-approval share "
                "(threshold) or lower the QA sample.",
                f"Prüfungen kommen schneller an, als die Rolle {de} sie bearbeiten kann: "
                f"{hours_de} h Arbeit pro Monat (davon {review_de} h Prüfung und Stichprobe) bei "
                f"{capacity_de} h Kapazität ({load_de} Auslastung). Die Prüfwarteschlange wüchse "
                f"unbegrenzt: {missing_de} VZÄ ergänzen, den Anteil "
                "automatischer Freigaben (Schwellenwert) erhöhen oder die Stichprobe senken.",
                (role.id,))
        else:
            yield Finding(
                "AIOS-P002", W,
                f"Role {en} is over capacity: {hours} h of work per month against {capacity} h "
                f"({load} utilisation); add {missing} FTE "
                "or reduce the work routed to it.",
                f"Die Rolle {de} ist überlastet: {hours_de} h Arbeit pro Monat bei {capacity_de} h "
                f"Kapazität ({load_de} Auslastung); "
                f"{missing_de} VZÄ ergänzen oder weniger Arbeit dorthin leiten.",
                (role.id,))


#: From this utilisation on a queue is fragile: a few percent more volume multiply the wait.
FRAGILE_UTILISATION = 0.85


def _wait(hours: float) -> str:
    return f"{hours * 60:.0f} min" if hours < 2 else f"{hours:.1f} h"


def _wait_de(hours: float) -> str:
    return _wait(hours).replace(".", ",")


@rule
def role_queues(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-P004: a role's mean wait (Erlang-C) exceeds the SLA of an exception it handles.
    AIOS-P005: a role works at ≥ 85 % utilisation, where small changes of volume make the
    waits explode."""
    if not ctx.model.roles or not ctx.steps_of_kind(StepKind.TRIGGER):
        return
    from ..queues import role_queue

    projection = _projection(ctx)
    productive = projection.productive_hours_per_fte_month
    handled: dict[str, list] = {}
    for step in ctx.steps_of_kind(StepKind.EXCEPTION):
        if step.sla_hours is not None and step.role_id:
            handled.setdefault(step.role_id, []).append(step)
    for queue in projection.queues:
        en, de = ctx.role_label(queue.role_id)
        wait = queue.mean_wait_hours
        for step in handled.get(queue.role_id, []):
            if wait is not None and wait <= step.sla_hours:
                continue
            shown_en = "unbounded" if wait is None else _wait(wait)
            shown_de = "unbegrenzt" if wait is None else _wait_de(wait)
            name = step.name or step.id[:8]
            yield Finding(
                "AIOS-P004", W,
                f"Items wait longer for role {en} ({shown_en} on average, before any handling) "
                f"than the SLA of exception '{name}' allows ({step.sla_hours:g} h): the SLA "
                "cannot be kept on average. Add people, route less work to the role or "
                "give the exception a priority lane.",
                f"Vorgänge warten bei der Rolle {de} länger ({shown_de} im Mittel, vor jeder "
                f"Bearbeitung), als die SLA der Ausnahme „{name}“ erlaubt "
                f"({step.sla_hours:g} h): die SLA ist im Mittel nicht zu halten. Personal "
                "ergänzen, weniger Arbeit dorthin leiten oder der Ausnahme Vorrang geben.",
                (queue.role_id, step.id))
        if queue.utilisation < FRAGILE_UTILISATION or queue.utilisation > 1.0 + 1e-9:
            continue  # above 100 % AIOS-P001/P002 already speak
        more = role_queue(queue.arrivals_per_month * 1.05 / productive,
                          queue.service_minutes / 60.0,
                          ctx.model.role(queue.role_id).headcount)
        now_en = "unbounded" if wait is None else _wait(wait)
        now_de = "unbegrenzt" if wait is None else _wait_de(wait)
        then_en = "unbounded" if more.unbounded else _wait(more.mean_wait_hours)
        then_de = "unbegrenzt" if more.unbounded else _wait_de(more.mean_wait_hours)
        yield Finding(
            "AIOS-P005", W,
            f"Role {en} works at {_pct(queue.utilisation, 'en')} utilisation: items wait {now_en} on "
            f"average for one of its {queue.servers} people, and 5 % more volume would make "
            f"it {then_en}. Near full load small changes of volume make waits explode; plan "
            "below 85 %.",
            f"Die Rolle {de} ist zu {_pct(queue.utilisation, 'de')} ausgelastet: Vorgänge warten im "
            f"Mittel {now_de} auf eine ihrer {queue.servers} Personen, bei 5 % mehr Volumen "
            f"{then_de}. Nahe der Volllast lassen kleine Volumenänderungen die Wartezeiten "
            "explodieren; unter 85 % planen.",
            (queue.role_id,))
