"""The RACI matrix as it applies (derived + overrides), row and column checks (AIOS-X…)."""
from collections import Counter
from collections.abc import Iterator

from ...model import RoleKind
from ..checks import CheckContext
from ..raci import row_violations
from ..findings import Finding, Severity
from ..registry import rule

E, W = Severity.ERROR, Severity.WARNING

#: A role other than the process owner that is A on more than this share of at least
#: _BOTTLENECK_MIN_ROWS rows signs off too much (DOMAIN: "functional roles analysis").
_BOTTLENECK_SHARE = 0.5
_BOTTLENECK_MIN_ROWS = 6


def _holders(row: dict[str, str], letter: str) -> list[str]:
    holders = [role_id for role_id, letters in row.items() if letter in letters]
    if len(holders) > 1:
        holders.sort()
    return holders


def _names(ctx: CheckContext, role_ids: list[str]) -> tuple[str, str]:
    labels = [ctx.role_label(r) for r in role_ids]
    return ", ".join(en for en, _ in labels), ", ".join(de for _, de in labels)


@rule
def raci_row_rules(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-X001 no A, X002 several A, X003 no R (and no A), X004 A without R (errors);
    X005 several R (warning)."""
    for step_id, row in ctx.raci.items():
        if not row_violations(row):
            continue  # the usual row: nothing to say, no labels to build
        accountable = _holders(row, "A")
        responsible = _holders(row, "R")
        en, de = ctx.step_label(step_id)
        if not accountable:
            yield Finding("AIOS-X001", E,
                          f"RACI: nobody is accountable (A) for step {en}; exactly one role must "
                          "be A (set a process owner or a cell).",
                          f"RACI-Matrix: Für den Prozessschritt {de} ist niemand "
                          "rechenschaftspflichtig (A); genau eine Rolle muss A sein (Prozess"
                          "verantwortliche Rolle oder Zelle festlegen).",
                          (step_id,))
        elif len(accountable) > 1:
            names_en, names_de = _names(ctx, accountable)
            yield Finding("AIOS-X002", E,
                          f"RACI: step {en} has {len(accountable)} accountable roles (A: "
                          f"{names_en}); exactly one role must be A.",
                          f"RACI-Matrix: Der Prozessschritt {de} hat {len(accountable)} "
                          f"rechenschaftspflichtige Rollen (A: {names_de}); genau eine Rolle "
                          "muss A sein.",
                          (step_id, *accountable))
        if not responsible and not accountable:
            yield Finding("AIOS-X003", E,
                          f"RACI: nobody is responsible (R) for step {en}; at least one role "
                          "must do the work.",
                          f"RACI-Matrix: Für den Prozessschritt {de} ist niemand "
                          "durchführungsverantwortlich (R); mindestens eine Rolle muss die "
                          "Arbeit ausführen.",
                          (step_id,))
        elif not responsible:
            names_en, names_de = _names(ctx, accountable)
            yield Finding("AIOS-X004", E,
                          f"RACI: step {en} has an accountable role ({names_en}) but nobody "
                          "responsible (R); the A is then implicitly R as well: mark it R (A/R) "
                          "or name who does the work.",
                          f"RACI-Matrix: Der Prozessschritt {de} hat eine rechenschaftspflichtige "
                          f"Rolle ({names_de}), aber keine durchführungsverantwortliche (R); "
                          "A ist damit stillschweigend auch R: Tragen Sie A/R ein oder benennen "
                          "Sie, wer die Arbeit ausführt.",
                          (step_id, *accountable))
        if len(responsible) > 1:
            names_en, names_de = _names(ctx, responsible)
            yield Finding("AIOS-X005", W,
                          f"RACI: step {en} has {len(responsible)} responsible roles (R: "
                          f"{names_en}); one R per row is clearer.",
                          f"RACI-Matrix: Der Prozessschritt {de} hat {len(responsible)} "
                          f"durchführungsverantwortliche Rollen (R: {names_de}); pro Zeile genau "
                          "ein R ist klarer.",
                          (step_id, *responsible))


@rule
def raci_column_rules(ctx: CheckContext) -> Iterator[Finding]:
    """AIOS-X006 role without any letter; AIOS-X007 A on most rows (bottleneck);
    AIOS-X008 a system role accountable (warnings)."""
    # One pass over the cells for all three rules (a large matrix has tens of thousands).
    lettered: set[str] = set()
    a_count: Counter[str] = Counter()
    system_accountable: list[tuple[str, list[str]]] = []
    system_roles = {r.id for r in ctx.model.roles if r.kind == RoleKind.SYSTEM}
    for step_id, row in ctx.raci.items():
        holders = []
        for role_id, letters in row.items():
            if letters:
                lettered.add(role_id)
                if "A" in letters:
                    a_count[role_id] += 1
                    holders.append(role_id)
        if system_roles.intersection(holders):
            system_accountable.append((step_id, sorted(holders)))

    for role in ctx.model.roles:
        en, de = ctx.role_label(role.id)
        if role.id not in lettered:
            yield Finding("AIOS-X006", W,
                          f"RACI: role {en} has no letter in any row; give it a part in the "
                          "workflow or remove it.",
                          f"RACI-Matrix: Die Rolle {de} hat in keiner Zeile einen Buchstaben; "
                          "geben Sie ihr eine Aufgabe im Workflow oder entfernen Sie sie.",
                          (role.id,))

    rows = len(ctx.raci)
    owner = ctx.model.meta.process_owner_role_id
    if rows >= _BOTTLENECK_MIN_ROWS:
        for role_id, count in sorted(a_count.items()):
            if role_id != owner and role_id in ctx.roles and count > rows * _BOTTLENECK_SHARE:
                en, de = ctx.role_label(role_id)
                yield Finding("AIOS-X007", W,
                              f"RACI: role {en} is accountable (A) for {count} of {rows} steps; "
                              "a single sign-off for most steps becomes a bottleneck.",
                              f"RACI-Matrix: Die Rolle {de} ist für {count} von {rows} "
                              "Prozessschritten rechenschaftspflichtig (A); eine einzige "
                              "Freigabe für die meisten Schritte wird zum Engpass.",
                              (role_id,))

    for step_id, holders in system_accountable:
        for role_id in holders:
            role = ctx.roles.get(role_id)
            if role is not None and role.kind == RoleKind.SYSTEM:
                en, de = ctx.step_label(step_id)
                ren, rde = ctx.role_label(role_id)
                yield Finding("AIOS-X008", W,
                              f"RACI: {ren} is accountable (A) for step {en}, but it is a "
                              "system; only a person or team can be held accountable.",
                              f"RACI-Matrix: {rde} ist für den Prozessschritt {de} "
                              "rechenschaftspflichtig (A), ist aber ein System; "
                              "rechenschaftspflichtig kann nur eine Person oder ein Team sein.",
                              (step_id, role_id))
