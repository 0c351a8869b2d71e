"""Confidence bounds for error rates measured on small samples.

An error rate measured on n items with k errors is uncertain; a decision that must hold
("at most 2 % wrong among auto-approved items") should rest on the conservative figure, the
one-sided Clopper–Pearson upper bound: the largest error rate p under which seeing k or fewer
errors in n items still has a probability of at least α. It is exact (no normal
approximation), so it stays honest for 3 items as for 3,000.
"""
import math
from functools import lru_cache

#: One-sided confidence of the bounds the product reports (95 %).
CONFIDENCE = 0.95


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz method)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 10_000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function (the CDF of Beta(a, b) at x)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    front = math.exp(log_front)
    # The fraction converges fast on the side of the mean; use the symmetry elsewhere.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


# Cached: a curve read from a file without stored bounds computes them from its counts, and
# the what-if asks for the same few pairs on every slider move.
@lru_cache(maxsize=4096)
def error_upper_bound(n: int, errors: int, confidence: float = CONFIDENCE) -> float | None:
    """One-sided Clopper–Pearson upper bound of an error rate seen as ``errors`` in ``n``.

    The p with P(X ≤ errors | n, p) = 1 − confidence, i.e. the ``confidence`` quantile of
    Beta(errors + 1, n − errors). None without items; 1 when every item was wrong.
    """
    if n <= 0:
        return None
    if not 0 <= errors <= n:
        raise ValueError(f"errors must lie in 0..{n}, not {errors}")
    if errors == n:
        return 1.0
    a, b = errors + 1.0, float(n - errors)
    lo, hi = 0.0, 1.0
    # Bisection: I_p(a, b) rises monotonically in p; 60 halvings reach double precision.
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if regularized_beta(a, b, mid) < confidence:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def point_upper(point) -> float | None:
    """A calibration point's upper bound: stored, else from its counts; None without counts."""
    if point.error_upper is not None:
        return point.error_upper
    if point.n_auto is not None and point.errors_auto is not None:
        return error_upper_bound(point.n_auto, min(point.errors_auto, point.n_auto))
    return None
