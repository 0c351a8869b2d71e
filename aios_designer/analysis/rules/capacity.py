"""Workload against capacity, from the projection (rule ids AIOS-P…).

A review queue is only stable when the reviewers can look at items at least as fast as they
arrive: with more arrivals than capacity it grows without bound, whatever the threshold says.
"""
import math
from collections.abc import Iterator

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
    if not ctx.model.roles or not any(s.kind == "trigger" for s in ctx.model.steps):
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
