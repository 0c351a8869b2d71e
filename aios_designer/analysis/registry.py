"""The registry of check rules. Each rule module decorates its functions with ``@rule``.

A rule is a function ``(ctx: CheckContext) -> Iterable[Finding]``; modules that hold rules
are listed in ``analysis/rules/__init__.py`` so that importing it registers all of them.
"""
from collections.abc import Callable, Iterable

from .findings import Finding

RuleFunction = Callable[["object"], Iterable[Finding]]
RULES: list[RuleFunction] = []


def rule(function: RuleFunction) -> RuleFunction:
    RULES.append(function)
    return function
