"""Discrete-event simulation of the workflow: percentiles of the cycle time and SLA odds.

The projection gives means; a manager also asks "how long do the slowest 10 % take?" and
"how often do we miss the complaint SLA?". This module walks items through the same workflow
the projection solves — the same flow shares, review shares, rework loops and role pools —
on SimPy, a maintained process-based discrete-event library: each item is a process, each
role one pool of people (a FIFO queue on SimPy events), so a role serving several steps with
different handling times is one shared pool, as in the office.

Model (the README's "Simulation" section has the details):
- time is in productive hours, as in the queue figures: items arrive as a Poisson stream at
  each trigger's volume spread over ``productive_hours_per_fte_month`` per month;
- a human visit queues for its role's pool (c = ⌈headcount⌉ people, each available
  headcount / c of the time, i.e. working at that speed) and takes a gamma-distributed time
  with the step's mean and ``settings.handling_time_cv`` (1 = exponential, as Erlang C);
- waiting minutes and latencies are fixed delays; the next step is drawn by the shares;
- QA checks of auto-approved items load the reviewer's pool after release (they do not
  delay the item);
- the first 10 % of the horizon warms the queues up and is not counted.

Same seed, same figures: replication r uses its own generator seeded from (seed, r).
"""
import math
import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import simpy

from ..model import OperatingModel, StepKind
from .projection import Projector

#: Days of a month for the horizon (365 / 12).
DAYS_PER_MONTH = 365.0 / 12.0
WARM_UP_SHARE = 0.1


class SimulationError(Exception):
    """The model cannot be simulated (no volume, a loop without exit)."""

    def __init__(self, message_en: str, message_de: str):
        super().__init__(message_en)
        self.message_en, self.message_de = message_en, message_de

    def message(self, lang: str = "en") -> str:
        return self.message_de if lang == "de" else self.message_en


class Cancelled(Exception):
    """The caller asked to stop (GUI cancel)."""


@dataclass
class _Visit:
    role: int            # pool position, -1: nobody queues (no role or no headcount)
    work: float          # mean human hours per visit
    delay: float         # fixed hours per visit (waiting + latency)
    exits: list[int]     # next step positions
    cumulative: list[float]
    sla: float | None    # SLA hours of an exception step
    review_p: float = 0.0        # AI step reviewed without a review step: probability
    review_role: int = -1
    review_hours: float = 0.0
    qa_p: float = 0.0            # QA check after release: probability
    qa_role: int = -1


@dataclass
class _Plan:
    visits: list[_Visit]
    sources: list[tuple[int, float]]     # (step position, arrivals per productive hour)
    servers: list[int]
    speed: list[float]                   # work per hour of one person (headcount / c)
    role_ids: list[str]
    sla_steps: list[int]
    step_ids: list[str]
    cv: float
    hours_per_day: float


@dataclass
class ReplicationResult:
    cycle_times: np.ndarray
    waits: list[np.ndarray]              # per pool
    busy: list[float]                    # per pool, person-hours of work (scaled)
    sla_visits: dict[int, int]
    sla_breaches: dict[int, int]
    completed: int
    measured_hours: float


@dataclass
class SimulationResult:
    days: float
    replications: int
    seed: int
    handling_time_cv: float
    cycle_time_hours: dict
    roles: list[dict]
    sla: list[dict]
    items_completed: int
    #: For histograms: every counted cycle time and every wait per role, in hours.
    samples: dict = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        return {"days": self.days, "replications": self.replications, "seed": self.seed,
                "handling_time_cv": self.handling_time_cv,
                "cycle_time_hours": self.cycle_time_hours, "roles": self.roles,
                "sla": self.sla, "items_completed": self.items_completed}


def plan(model: OperatingModel) -> _Plan:
    """The workflow as the simulation walks it, from the projection's prepared structure."""
    projector = Projector(model)
    projection = projector.project()
    if projection.unbounded_step_ids:
        raise SimulationError("the workflow has a loop items can never leave; fix it first "
                              "(check AIOS-G005)",
                              "der Ablauf hat eine Schleife ohne Ausgang; erst beheben "
                              "(Prüfung AIOS-G005)")
    if projection.volume_per_month <= 0:
        raise SimulationError("no items enter the workflow (trigger volume 0)",
                              "keine Vorgänge gehen in den Ablauf ein (Auslöser-Volumen 0)")
    table = projector.routing()
    settings = model.settings
    productive = settings.productive_hours_per_fte_month
    roles = list(model.roles)
    servers, speed = [], []
    pool_of: dict[int, int] = {}
    for j, role in enumerate(roles):
        if role.headcount > 0:
            c = max(1, math.ceil(role.headcount - 1e-9))
            pool_of[j] = len(servers)
            servers.append(c)
            speed.append(role.headcount / c)
    role_ids = [roles[j].id for j in sorted(pool_of, key=pool_of.get)]
    role_index = {r.id: j for j, r in enumerate(roles)}

    def pool(role_position: int) -> int:
        return pool_of.get(role_position, -1)

    visits = []
    ai = {a.id: a for a in projection.ai_steps}
    for i, step in enumerate(model.steps):
        exits = [(b, share) for b, share in table.exits[i] if share > 0]
        total = sum(s for _, s in exits)
        cumulative, running = [], 0.0
        for _, share in exits:
            running += share / total
            cumulative.append(running)
        visit = _Visit(role=pool(table.step_role[i]), work=table.work_minutes[i] / 60.0,
                       delay=table.other_minutes[i] / 60.0, exits=[b for b, _ in exits],
                       cumulative=cumulative,
                       sla=step.sla_hours if step.kind == StepKind.EXCEPTION else None)
        a = ai.get(step.id)
        if a is not None:
            reviewer = role_index.get(step.review.reviewer_role_id, -1)
            if i not in table.routed_ai and a.review_share > 0:
                visit.review_p = a.review_share
                visit.review_role = pool(reviewer)
                visit.review_hours = a.review_minutes / 60.0
            if a.qa_rate > 0 and a.auto_share > 0:
                visit.qa_p = a.qa_rate * a.auto_share
                visit.qa_role = pool(role_index.get(a.qa_role_id, -1))
                visit.review_hours = a.review_minutes / 60.0
        visits.append(visit)
    sources = [(i, v / productive) for i, v in enumerate(table.source) if v > 0]
    sla_steps = [i for i, v in enumerate(visits) if v.sla is not None]
    # A day of the horizon is a working day's share of the productive month.
    hours_per_day = productive / DAYS_PER_MONTH
    return _Plan(visits, sources, servers, speed, role_ids, sla_steps,
                 [s.id for s in model.steps], settings.handling_time_cv, hours_per_day)


class _Pool:
    """The people of one role: free ones are taken at once, otherwise items wait in FIFO
    order for a SimPy event that the next person to finish triggers (hands over directly).
    Leaner than ``simpy.Resource`` — no request objects, no event when someone is free —
    which keeps 20 replications of 90 days within the benchmark budget."""

    __slots__ = ("free", "queue")

    def __init__(self, servers: int):
        self.free = servers
        self.queue: deque = deque()

    def release(self) -> None:
        if self.queue:
            self.queue.popleft().succeed()
        else:
            self.free += 1


def _draw(rng: random.Random, mean: float, cv: float) -> float:
    """Gamma with ``mean`` and coefficient of variation ``cv`` (cv 1: exponential)."""
    if mean <= 0:
        return 0.0
    if cv <= 0:
        return mean
    if cv == 1.0:
        return rng.expovariate(1.0 / mean)  # gamma of shape 1, drawn the cheap way
    shape = 1.0 / (cv * cv)
    return rng.gammavariate(shape, mean / shape)


def run_replication(p: _Plan, days: float, seed: int, replication: int,
                    should_stop: Callable[[], bool] | None = None) -> ReplicationResult:
    """One replication of ``days`` days; ``should_stop`` is polled about every 1,000 items."""
    rng = random.Random(f"aios-simulation/{seed}/{replication}")
    env = simpy.Environment()
    pools = [_Pool(c) for c in p.servers]
    horizon = days * p.hours_per_day
    warm_up = horizon * WARM_UP_SHARE
    cycle_times: list[float] = []
    waits: list[list[float]] = [[] for _ in p.servers]
    busy = [0.0] * len(p.servers)
    sla_visits = {i: 0 for i in p.sla_steps}
    sla_breaches = {i: 0 for i in p.sla_steps}
    visits, cv, speed = p.visits, p.cv, p.speed
    counter = [0]

    def item(start: int):
        # Fixed delays and work nobody queues for (no role, no headcount) are gathered in
        # ``pending`` and waited out in one go right before the next queue, or added at the
        # end: exactly the same times, a fraction of the events.
        arrived = env.now
        counted = arrived >= warm_up
        pending = 0.0
        i = start
        while True:
            v = visits[i]
            pending += v.delay
            if v.work > 0:
                work = _draw(rng, v.work, cv)
                role = v.role
                if role < 0:
                    pending += work
                    spent = work
                else:
                    if pending > 0:
                        yield env.timeout(pending)
                        pending = 0.0
                    spent = yield from serve(role, work, counted)
                if v.sla is not None and counted:
                    sla_visits[i] += 1
                    if spent > v.sla:
                        sla_breaches[i] += 1
            if v.review_p and rng.random() < v.review_p:
                work = _draw(rng, v.review_hours, cv)
                role = v.review_role
                if role < 0:
                    pending += work
                else:
                    if pending > 0:
                        yield env.timeout(pending)
                        pending = 0.0
                    yield from serve(role, work, counted)
            elif v.qa_p and v.qa_role >= 0 and rng.random() < v.qa_p / (1.0 - v.review_p):
                env.process(serve(v.qa_role, _draw(rng, v.review_hours, cv), counted))
            if not v.exits:
                break
            if len(v.exits) == 1:
                i = v.exits[0]
            else:
                x = rng.random()
                cumulative = v.cumulative
                k = 0
                while k < len(cumulative) - 1 and x >= cumulative[k]:
                    k += 1
                i = v.exits[k]
        if counted:
            cycle_times.append(env.now + pending - arrived)

    def serve(role: int, work: float, counted: bool):
        """One of ``role``'s people takes the item when free and works ``work`` hours on it;
        returns the hours spent (waiting plus working). A QA check after release runs as a
        process of its own: it loads the pool, the item has already left."""
        pool = pools[role]
        if pool.free:
            pool.free -= 1
            wait = 0.0
        else:
            queued = env.now
            turn = env.event()
            pool.queue.append(turn)
            yield turn
            wait = env.now - queued
        duration = work / speed[role]
        yield env.timeout(duration)
        pool.release()
        if counted:
            waits[role].append(wait)
            busy[role] += duration
        return wait + duration

    def arrivals(step: int, rate: float):
        while True:
            yield env.timeout(rng.expovariate(rate))
            env.process(item(step))
            counter[0] += 1
            if should_stop is not None and counter[0] % 1000 == 0 and should_stop():
                raise Cancelled()

    for step, rate in p.sources:
        env.process(arrivals(step, rate))
    env.run(until=horizon)
    return ReplicationResult(np.array(cycle_times), [np.array(w) for w in waits], busy,
                             sla_visits, sla_breaches, len(cycle_times), horizon - warm_up)


def _t95(df: int) -> float:
    """Two-sided 95 % quantile of Student's t (Cornish–Fisher expansion; exact to about
    1e-3 from df = 3, a table below)."""
    table = {1: 12.706, 2: 4.303}
    if df in table:
        return table[df]
    z = 1.959963985
    return (z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3))


def _ci(values: list[float]) -> list[float] | None:
    """95 % interval of the mean over replications; None with fewer than two."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if len(finite) < 2:
        return None
    mean = sum(finite) / len(finite)
    sd = math.sqrt(sum((v - mean) ** 2 for v in finite) / (len(finite) - 1))
    half = _t95(len(finite) - 1) * sd / math.sqrt(len(finite))
    return [mean - half, mean + half]


def _clip(interval, low, high):
    if interval is None:
        return None
    lo, hi = interval
    lo = max(low, lo) if low is not None else lo
    hi = min(high, hi) if high is not None else hi
    return [lo, hi]


def _percentile(values: np.ndarray, q: float) -> float | None:
    return float(np.percentile(values, q)) if len(values) else None


def simulate(model: OperatingModel, days: float = 90.0, replications: int = 20, seed: int = 1,
             progress: Callable[[int, int], None] | None = None,
             should_stop: Callable[[], bool] | None = None,
             workers: int = 1) -> SimulationResult:
    """Simulate ``replications`` runs of ``days`` days. ``progress(done, total)`` after each
    replication; ``should_stop`` cancels (raises ``Cancelled``). ``workers`` > 1 runs the
    replications in that many processes (same figures: each is seeded on its own)."""
    if days <= 0 or replications < 1:
        raise ValueError("days must be > 0 and replications ≥ 1")
    p = plan(model)
    results: list[ReplicationResult] = []
    if workers > 1 and replications > 1:
        results = _in_processes(p, days, seed, replications, workers, progress)
    else:
        for r in range(replications):
            if should_stop is not None and should_stop():
                raise Cancelled()
            results.append(run_replication(p, days, seed, r, should_stop))
            if progress is not None:
                progress(r + 1, replications)
    return _summary(p, results, days, replications, seed)


def _replication_job(args):
    p, days, seed, r = args
    return run_replication(p, days, seed, r)


def _in_processes(p, days, seed, replications, workers, progress):
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        jobs = [(p, days, seed, r) for r in range(replications)]
        for done, result in enumerate(pool.map(_replication_job, jobs), start=1):
            results.append(result)
            if progress is not None:
                progress(done, replications)
    return results


def _summary(p: _Plan, results: list[ReplicationResult], days, replications, seed):
    cycles = np.concatenate([r.cycle_times for r in results]) if results else np.array([])
    means = [float(r.cycle_times.mean()) if len(r.cycle_times) else None for r in results]
    cycle = {"mean": float(cycles.mean()) if len(cycles) else None,
             "p50": _percentile(cycles, 50), "p90": _percentile(cycles, 90),
             "p95": _percentile(cycles, 95), "ci95": _ci(means)}
    roles = []
    role_waits = {}
    for k, role_id in enumerate(p.role_ids):
        waits = np.concatenate([r.waits[k] for r in results])
        if not len(waits):
            continue
        role_waits[role_id] = waits
        per_rep = [float(r.waits[k].mean()) if len(r.waits[k]) else None for r in results]
        utilisation = [r.busy[k] / (p.servers[k] * r.measured_hours) for r in results]
        roles.append({"role_id": role_id, "servers": p.servers[k],
                      "utilisation": sum(utilisation) / len(utilisation),
                      "mean_wait_hours": float(waits.mean()),
                      "mean_wait_ci95": _clip(_ci(per_rep), 0.0, None),
                      "p90_wait_hours": _percentile(waits, 90)})
    sla = []
    for i in p.sla_steps:
        visits = sum(r.sla_visits[i] for r in results)
        breaches = sum(r.sla_breaches[i] for r in results)
        shares = [r.sla_breaches[i] / r.sla_visits[i] for r in results if r.sla_visits[i]]
        ci = _clip(_ci(shares), 0.0, 1.0)
        sla.append({"step_id": p.step_ids[i], "sla_hours": p.visits[i].sla, "visits": visits,
                    "breach_share": breaches / visits if visits else None, "ci95": ci})
    return SimulationResult(days=days, replications=replications, seed=seed,
                            handling_time_cv=p.cv, cycle_time_hours=cycle, roles=roles,
                            sla=sla, items_completed=int(sum(r.completed for r in results)),
                            samples={"cycle": cycles, "waits": role_waits})
