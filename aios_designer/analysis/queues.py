"""Waiting in front of a role: each role is a pool of servers, items queue for a free one.

To first order a role of c people is an M/M/c queue (Poisson arrivals, exponential service):
Erlang's C formula gives the probability that an arriving item has to wait and the mean wait.
Waits grow without bound as utilisation approaches 1 — 3 people at 94 % make an item wait
about 100 minutes on average, at 99 % over 10 hours — which a fixed "waiting minutes" input
never shows.

Time is counted in productive hours: items arrive spread over the productive hours of the
month (``productive_hours_per_fte_month``), and a wait of 2 hours means 2 working hours.
"""
import math
from dataclasses import dataclass


@dataclass(frozen=True)
class QueueFigures:
    #: Number of servers (people working in parallel).
    servers: int
    #: Offered load / capacity: arrivals × service time / headcount.
    utilisation: float
    #: Probability that an arriving item finds every server busy; None at utilisation ≥ 1.
    p_wait: float | None
    #: Mean wait before service, in productive hours; None (unbounded) at utilisation ≥ 1.
    mean_wait_hours: float | None

    @property
    def unbounded(self) -> bool:
        return self.mean_wait_hours is None


def erlang_c(servers: int, offered_load: float) -> float:
    """Probability of waiting in an M/M/c queue with c = ``servers`` and offered load
    a = λ/μ (< c). Computed with the stable Erlang-B recursion B(k) = a·B(k−1)/(k + a·B(k−1)),
    C = B / (1 − ρ(1 − B)), so that large c neither overflows nor loses precision."""
    if servers < 1:
        raise ValueError("a queue needs at least one server")
    rho = offered_load / servers
    if rho >= 1.0:
        return 1.0
    if offered_load <= 0.0:
        return 0.0
    b = 1.0
    for k in range(1, servers + 1):
        b = offered_load * b / (k + offered_load * b)
    return b / (1.0 - rho * (1.0 - b))


def pool_servers(headcount: float) -> int:
    """A pool of ``headcount`` FTE has ceil(headcount) people; a part-time share (1.5 FTE)
    is two people, each available 0.75 of the time."""
    return max(1, math.ceil(headcount - 1e-9))


def role_queue(arrivals_per_hour: float, service_hours: float, headcount: float) -> QueueFigures:
    """Erlang-C figures of a role with ``headcount`` FTE serving items that arrive at
    ``arrivals_per_hour`` (Poisson) and take ``service_hours`` each (exponential).

    With whole people this is the textbook M/M/c queue. A fractional headcount h is
    c = ceil(h) servers, each available h/c of the time, i.e. serving at rate (h/c)/s: the
    capacity stays h FTE, so utilisation agrees with the workload figures."""
    servers = pool_servers(headcount)
    if arrivals_per_hour <= 0.0 or service_hours <= 0.0:
        return QueueFigures(servers, 0.0, 0.0, 0.0)
    rate = (headcount / servers) / service_hours      # per server, items per hour
    load = arrivals_per_hour / rate                   # offered load a, in servers
    utilisation = load / servers
    if utilisation >= 1.0 - 1e-12:
        return QueueFigures(servers, utilisation, None, None)
    p_wait = erlang_c(servers, load)
    return QueueFigures(servers, utilisation, p_wait,
                        p_wait / (servers * rate - arrivals_per_hour))
