"""Projected volumes, workload, cost, cycle time and residual error of an operating model.

``project(model)`` answers what the designed workflow will cost, catch and need per month.
``Projector(model).project({ai_step_id: threshold})`` is the what-if: the expensive parts (the
graph, the flow solution) are prepared once and a changed threshold is folded in exactly with a
rank-one (Sherman–Morrison) update of the flow solution, so the GUI can recompute while a
slider moves. Every formula is explained in README.md, "How projections are computed".
"""
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

import numpy as np

from ..collector import paused
from ..model import AiTaskStep, EndOutcome, OperatingModel, StepKind
from .flow_volumes import FlowSolver, resolve_shares
from .queues import role_queue
from .review_rates import ReviewRates, overall_error_rate, review_rates

#: Below this the Sherman–Morrison denominator is treated as singular (a loop closes).
_SINGULAR = 1e-9


@dataclass
class StepProjection:
    id: str
    name: str
    kind: str
    role_id: str | None
    #: Expected visits per month (an item reworked twice counts three times).
    items_per_month: float
    #: Human hours per month spent on this step (for an AI step: its review and QA checks
    #: when no review step is connected).
    hours_per_month: float
    #: Minutes an item spends in this step per visit (waiting + handling + latency).
    minutes_per_visit: float
    #: Minutes of human work per visit (review steps: ×2 with four eyes).
    work_minutes_per_visit: float = 0.0
    #: The role whose hours the step's work adds to (a review step without a lane: the
    #: reviewer of the AI step routing to it).
    work_role_id: str | None = None
    #: Mean wait for a free person of ``work_role_id`` per visit (Erlang-C, productive
    #: minutes); 0 without human work or headcount; None when the role is saturated.
    queue_wait_minutes: float | None = 0.0


@dataclass
class RoleProjection:
    id: str
    name: str
    headcount: float
    hourly_cost: float
    hours_per_month: float
    #: Part of ``hours_per_month`` that is review or QA work on AI output.
    review_hours_per_month: float
    fte: float
    #: Hours / (headcount × productive hours); None when no headcount is entered.
    utilisation: float | None
    cost_per_month: float


@dataclass
class QueueProjection:
    """Erlang-C (M/M/c) figures of one role: its people are the servers."""

    role_id: str
    servers: int
    utilisation: float
    #: Probability an item has to wait; None when the role is saturated.
    p_wait: float | None
    #: Mean wait per visit in productive hours; None (unbounded) at utilisation ≥ 1.
    mean_wait_hours: float | None
    #: Visits per month (human tasks, reviews, QA checks) and mean service time.
    arrivals_per_month: float
    service_minutes: float


@dataclass
class AiStepProjection:
    id: str
    name: str
    mode: str
    threshold: float
    items_per_month: float
    review_share: float
    auto_share: float
    error_rate_auto: float
    #: "calibration", "estimate", "policy" or "graph" (every path leads to review).
    basis: str
    #: Share of auto-approved items QA checks afterwards (0 with mode "none").
    qa_rate: float
    #: Minutes per review or QA check when no review step is connected (the policy's).
    review_minutes: float
    reviewed_per_month: float
    qa_checks_per_month: float
    review_hours_per_month: float
    qa_hours_per_month: float
    #: Roles that carry this step's review and QA hours.
    reviewer_role_ids: list[str]
    #: Review steps the policy routes to (empty: the policy's own minutes apply).
    review_step_ids: list[str]
    residual_errors_per_month: float
    #: Role charged with the QA checks (and the review when no review step is connected).
    qa_role_id: str | None = None
    #: Conservative figures: the error among auto-approved items at its 95 % upper bound.
    error_rate_auto_upper: float | None = None
    residual_errors_per_month_upper: float | None = None


@dataclass
class Projection:
    currency: str
    productive_hours_per_fte_month: float
    volume_per_month: float
    completed_per_month: float
    human_hours_per_month: float
    fte: float
    human_cost_per_month: float
    ai_cost_per_month: float
    run_cost_per_month: float
    cost_per_month: float
    cost_per_unit: float | None
    cycle_time_hours: float | None
    throughput_per_person: float | None
    residual_errors_per_month: float
    residual_error_rate: float | None
    #: Hours of steps whose lane (or reviewer) is not set: not costed, not in the FTE.
    unassigned_hours_per_month: float
    roles: list[RoleProjection] = field(default_factory=list)
    steps: list[StepProjection] = field(default_factory=list)
    ai_steps: list[AiStepProjection] = field(default_factory=list)
    #: Steps inside a loop items enter but can never leave: their volumes are unbounded.
    unbounded_step_ids: list[str] = field(default_factory=list)
    #: Every loop no item can leave with the model's own thresholds, whether items reach it
    #: or not (the checks report them as AIOS-G005); not part of the JSON figures.
    closed_loops: list[list[str]] = field(default_factory=list, repr=False)
    #: The residual error with each calibrated error among auto-approved items at its 95 %
    #: upper bound: the conservative figure beside the point figure.
    residual_errors_per_month_upper: float | None = None
    residual_error_rate_upper: float | None = None
    #: Waiting in front of each role with headcount and work (Erlang-C).
    queues: list[QueueProjection] = field(default_factory=list)
    #: Roles at ≥ 100 % utilisation: their queue grows without bound, so do waits.
    saturated_role_ids: list[str] = field(default_factory=list)
    #: Cycle time from handling, latency and fixed waiting minutes alone (what the workbook's
    #: formulas compute); ``cycle_time_hours`` adds the queue waits.
    cycle_time_hours_without_queues: float | None = None
    #: Mean queue wait per entering item, in hours (part of ``cycle_time_hours``).
    queue_wait_hours: float | None = None
    #: Staffing told straight: ``fte`` is the workload (hours over roles / P); the team as
    #: staffed is the sum of the roles' headcounts. Throughput and cost per unit on both:
    #: the staffed cost pays every staffed hour (the workload where it exceeds the capacity),
    #: so a saving on workload cost is only real where freed capacity is redeployed.
    headcount: float = 0.0
    throughput_per_staffed_person: float | None = None
    staffed_cost_per_month: float | None = None
    cost_per_unit_staffed: float | None = None

    def queue(self, role_id: str) -> QueueProjection | None:
        return next((q for q in self.queues if q.role_id == role_id), None)

    def role(self, role_id: str) -> RoleProjection | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def step(self, step_id: str) -> StepProjection | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def ai_step(self, step_id: str) -> AiStepProjection | None:
        return next((s for s in self.ai_steps if s.id == step_id), None)

    def to_json(self) -> dict:
        """Plain JSON data; unbounded or undefined numbers become null."""
        data = _finite(asdict(self))
        del data["closed_loops"]
        return data


def _finite(value):
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _minutes(hours: float) -> float | None:
    return float(hours) * 60.0 if math.isfinite(hours) else None


def _nonneg(x: float) -> float:
    # Sherman–Morrison and loop solves leave -1e-17 where the answer is 0.
    return 0.0 if -1e-9 < x < 0.0 else x


@dataclass
class _Routing:
    """How an AI step's review share splits the outgoing flows of its routing step."""

    step_index: int                  # the AI step itself or the decision right after it
    review_flows: list[int]          # flow positions whose targets are review steps
    review_weights: list[float]      # their split of the review share (sum 1)
    other_flows: list[int]
    other_weights: list[float]       # their split of the rest (sum 1)
    miss_rate: float                 # weighted miss rate of the review steps (four-eyes: squared)

    @property
    def forced(self) -> bool:
        """Every path leads into review: the graph leaves the policy no choice."""
        return not self.other_flows


@dataclass
class RoutingTable:
    """The prepared workflow as plain lists, by step position (see ``Projector.routing``)."""

    step_role: list[int]             # role position, -1 for none
    work_minutes: list[float]        # human work per visit (four eyes: doubled)
    other_minutes: list[float]       # waiting + latency per visit
    source: list[float]              # items entering per month at each step
    exits: list[list[tuple[int, float]]]
    routed_ai: set[int]              # AI steps whose review runs through review steps


class Projector:
    """Prepared projection of one model state; ``project`` may be called with what-if
    thresholds any number of times. Never mutates the model; rebuild after model changes."""

    def __init__(self, model: OperatingModel):
        self.model = model
        steps = list(model.steps)
        self._steps = steps
        n = len(steps)
        index = {s.id: i for i, s in enumerate(steps)}
        self._index = index
        roles = list(model.roles)
        self._roles = roles
        role_index = {r.id: i for i, r in enumerate(roles)}
        self._role_index = role_index

        flows = [f for f in model.flows if f.source_id in index and f.target_id in index]
        self._flow_src = np.array([index[f.source_id] for f in flows], dtype=np.int64)
        self._flow_tgt = np.array([index[f.target_id] for f in flows], dtype=np.int64)
        out: list[list[int]] = [[] for _ in range(n)]
        into: list[list[int]] = [[] for _ in range(n)]
        for pos, f in enumerate(flows):
            out[index[f.source_id]].append(pos)
            into[index[f.target_id]].append(pos)

        # Filled as plain lists and turned into arrays once: a numpy element assignment
        # costs several times a list's, and there are a few per step.
        shares = [0.0] * len(flows)
        for positions in out:
            if positions:
                for p, share in zip(positions,
                                    resolve_shares([flows[p].share for p in positions])):
                    shares[p] = share
        self._static_shares = np.array(shares, dtype=float)

        # Per-visit human work and elapsed time of every step.
        work = [0.0] * n
        cycle = [0.0] * n
        step_role = [-1] * n
        source = [0.0] * n
        completed = [False] * n
        # Kinds, not isinstance: pydantic classes are ABCs, and ABC checks are slow in bulk.
        kinds = [s.kind for s in steps]
        self._kinds = kinds
        for i, s in enumerate(steps):
            kind = kinds[i]
            elapsed = float(s.waiting_minutes)
            if kind in (StepKind.HUMAN_TASK, StepKind.EXCEPTION):
                work[i] = float(s.handling_minutes)
            elif kind == StepKind.REVIEW:
                work[i] = float(s.handling_minutes * (2 if s.four_eyes else 1))
            elif kind in (StepKind.AI_TASK, StepKind.SYSTEM_TASK):
                elapsed += s.latency_seconds / 60.0
            elif kind == StepKind.TRIGGER:
                source[i] = float(s.volume_per_month)
            elif kind == StepKind.END:
                completed[i] = s.outcome == EndOutcome.COMPLETED
            cycle[i] = elapsed + work[i]
            if s.role_id in role_index:
                step_role[i] = role_index[s.role_id]
        self._work = np.array(work, dtype=float)
        self._cycle = np.array(cycle, dtype=float)
        self._source = np.array(source, dtype=float)
        self._completed = np.array(completed, dtype=bool)

        self._ai: list[int] = [i for i, k in enumerate(kinds) if k == StepKind.AI_TASK]
        self._routing: dict[int, _Routing] = {}
        for a in self._ai:
            routing = self._find_routing(a, flows, out, into)
            if routing is not None:
                self._routing[a] = routing
        # A review step without a lane is worked by the reviewer its AI step names.
        for a, routing in self._routing.items():
            reviewer = steps[a].review.reviewer_role_id
            for p in routing.review_flows:
                t = int(self._flow_tgt[p])
                if step_role[t] == -1 and reviewer in role_index:
                    step_role[t] = role_index[reviewer]
        self._step_role = np.array(step_role, dtype=np.int64)
        self._is_review = np.array([k == StepKind.REVIEW for k in kinds], dtype=bool)

        self._base_rates = {a: self._rates(a, None) for a in self._ai}
        self._base_solver = FlowSolver(n, self._flow_src, self._flow_tgt,
                                       self._shares(self._base_rates))
        self._base_visits = self._base_solver.solve(source)
        self._closed_loops = [sorted(steps[i].id for i in loop)
                              for loop in self._base_solver.closed_loops()]
        self._sm_cache: dict[int, np.ndarray] = {}

    # -- structure -------------------------------------------------------------------------

    def _find_routing(self, a, flows, out, into) -> _Routing | None:
        steps, kinds = self._steps, self._kinds

        def routing_at(k: int) -> _Routing | None:
            review = [p for p in out[k] if kinds[int(self._flow_tgt[p])] == StepKind.REVIEW]
            if not review:
                return None
            other = [p for p in out[k] if p not in review]
            w = resolve_shares([flows[p].share for p in review])
            u = resolve_shares([flows[p].share for p in other])
            miss = 0.0
            for p, weight in zip(review, w):
                r = steps[int(self._flow_tgt[p])]
                miss += weight * (r.miss_rate ** 2 if r.four_eyes else r.miss_rate)
            return _Routing(k, review, w, other, u, miss)

        direct = routing_at(a)
        if direct is not None:
            return direct
        # "AI → decision 'confident?' → review / auto": the decision routes by the policy,
        # provided only this AI step feeds it.
        if len(out[a]) == 1:
            d = int(self._flow_tgt[out[a][0]])
            if kinds[d] == StepKind.DECISION and all(
                    int(self._flow_src[p]) == a for p in into[d]):
                return routing_at(d)
        return None

    def _rates(self, a: int, threshold: float | None) -> ReviewRates:
        step = self._steps[a]
        routing = self._routing.get(a)
        rates = review_rates(step, threshold)
        if routing is not None and routing.forced and rates.review_share < 1.0:
            known = overall_error_rate(step)
            everything = step.review.error_rate_auto_estimate if known is None else known
            return ReviewRates(1.0, 0.0, 0.0, rates.error_rate_auto, everything, "graph")
        return rates

    def _shares(self, rates: Mapping[int, ReviewRates]) -> np.ndarray:
        shares = self._static_shares.copy()
        for a, routing in self._routing.items():
            r = rates[a].review_share
            for p, w in zip(routing.review_flows, routing.review_weights):
                shares[p] = r * w
            for p, u in zip(routing.other_flows, routing.other_weights):
                shares[p] = (1.0 - r) * u
        return shares

    def _direction(self, a: int) -> np.ndarray:
        """A⁻¹g: how visits change per unit of review share at AI step ``a``."""
        cached = self._sm_cache.get(a)
        if cached is None:
            routing = self._routing[a]
            g = np.zeros(len(self._steps))
            for p, w in zip(routing.review_flows, routing.review_weights):
                g[int(self._flow_tgt[p])] += w
            for p, u in zip(routing.other_flows, routing.other_weights):
                g[int(self._flow_tgt[p])] -= u
            cached = self._base_solver.solve(g)
            self._sm_cache[a] = cached
        return cached

    def _visits(self, rates: Mapping[int, ReviewRates]) -> np.ndarray:
        changed = [a for a, routing in self._routing.items()
                   if rates[a].review_share != self._base_rates[a].review_share]
        if not changed:
            return self._base_visits
        if len(changed) == 1 and np.all(np.isfinite(self._base_visits)):
            a = changed[0]
            k = self._routing[a].step_index
            delta = rates[a].review_share - self._base_rates[a].review_share
            y = self._direction(a)
            denominator = 1.0 - delta * y[k]
            if abs(denominator) > _SINGULAR and np.all(np.isfinite(y)):
                return self._base_visits + (delta * self._base_visits[k] / denominator) * y
        solver = FlowSolver(len(self._steps), self._flow_src, self._flow_tgt,
                            self._shares(rates))
        return solver.solve(self._source)

    def routing(self) -> "RoutingTable":
        """What a simulation needs to walk the same workflow: per step its lane role (as
        charged), human minutes and other elapsed minutes per visit, and the outgoing flows
        with the shares the projection uses (review policies applied)."""
        shares = self._shares(self._base_rates)
        exits: list[list[tuple[int, float]]] = [[] for _ in self._steps]
        for p, (a, b) in enumerate(zip(self._flow_src.tolist(), self._flow_tgt.tolist())):
            exits[a].append((b, float(shares[p])))
        return RoutingTable(
            step_role=self._step_role.tolist(), work_minutes=self._work.tolist(),
            other_minutes=(self._cycle - self._work).tolist(), source=self._source.tolist(),
            exits=exits, routed_ai=set(self._routing))

    # -- the projection --------------------------------------------------------------------

    def project(self, thresholds: Mapping[str, float] | None = None) -> Projection:
        """The projection, with the thresholds of the AI steps named in ``thresholds``
        replaced (the model is not touched)."""
        rates = dict(self._base_rates)
        for step_id, threshold in (thresholds or {}).items():
            a = self._index.get(step_id)
            if a is None or a not in rates:
                raise KeyError(f"no AI step with id {step_id!r}")
            rates[a] = self._rates(a, threshold)
        visits = np.maximum(self._visits(rates), 0.0)
        return self._assemble(visits, rates, thresholds or {})

    def _assemble(self, visits: np.ndarray, rates: dict[int, ReviewRates],
                  thresholds: Mapping[str, float]) -> Projection:
        model, steps, roles = self.model, self._steps, self._roles
        settings = model.settings
        n_roles = len(roles)
        # Unbounded loops give inf × 0; the model's ranges keep finite products finite.
        with np.errstate(invalid="ignore", over="ignore"):
            step_hours = visits * self._work / 60.0
            step_cycle = visits * self._cycle
        role_of = self._step_role
        role_hours = np.zeros(n_roles + 1)  # last slot: unassigned
        np.add.at(role_hours, np.where(role_of >= 0, role_of, n_roles), step_hours)
        review_hours = np.zeros(n_roles + 1)
        review_steps = self._is_review
        np.add.at(review_hours, np.where(role_of >= 0, role_of, n_roles)[review_steps],
                  step_hours[review_steps])
        step_hours = step_hours.copy()

        # Visits that queue at a role: every visit of a step with human work ...
        has_work = self._work > 0
        role_visits = np.zeros(n_roles + 1)
        with np.errstate(invalid="ignore"):
            np.add.at(role_visits, np.where(role_of >= 0, role_of, n_roles)[has_work],
                      visits[has_work])
        # ... plus reviews without a review step (they delay the item) and QA checks (they
        # load the role after release, so they do not count in the cycle time).
        policy_reviews: list[tuple[int, float]] = []
        ai_results = []
        ai_cost = 0.0
        residual = 0.0
        residual_upper = 0.0
        extra_cycle = 0.0
        for a in self._ai:
            step: AiTaskStep = steps[a]
            policy = step.review
            r = rates[a]
            items = float(visits[a])
            routing = self._routing.get(a)
            reviewer = self._role_index.get(policy.reviewer_role_id, n_roles)
            reviewed = items * r.review_share
            qa_checks = items * r.auto_share * r.qa_rate
            qa_hours = qa_checks * policy.review_minutes / 60.0
            reviewer_ids: list[str] = []
            review_step_ids: list[str] = []
            if routing is not None:
                review_hours_a = 0.0
                for p in routing.review_flows:
                    t = int(self._flow_tgt[p])
                    review_step_ids.append(steps[t].id)
                    review_hours_a += float(step_hours[t])
                    if role_of[t] >= 0:
                        reviewer_ids.append(roles[role_of[t]].id)
                miss = routing.miss_rate
                first_review_role = int(role_of[int(self._flow_tgt[routing.review_flows[0]])])
                if reviewer == n_roles and first_review_role >= 0:
                    # QA of a policy that names no reviewer falls to the review step's role.
                    reviewer = first_review_role
            else:
                review_hours_a = reviewed * policy.review_minutes / 60.0
                miss = policy.review_miss_rate
                extra_cycle += reviewed * policy.review_minutes
                role_visits[reviewer] += reviewed
                policy_reviews.append((reviewer, reviewed))
                role_hours[reviewer] += review_hours_a
                review_hours[reviewer] += review_hours_a
                step_hours[a] += review_hours_a
            role_hours[reviewer] += qa_hours
            role_visits[reviewer] += qa_checks
            review_hours[reviewer] += qa_hours
            step_hours[a] += qa_hours
            if reviewer < n_roles and roles[reviewer].id not in reviewer_ids:
                reviewer_ids.append(roles[reviewer].id)
            caught_by_qa = r.qa_rate * (1.0 - policy.review_miss_rate)
            errors = items * (r.auto_share * r.error_rate_auto * (1.0 - caught_by_qa)
                              + r.review_share * r.error_rate_reviewed * miss)
            residual += errors
            upper_auto = r.error_rate_auto if r.error_rate_auto_upper is None \
                else r.error_rate_auto_upper
            errors_upper = items * (r.auto_share * upper_auto * (1.0 - caught_by_qa)
                                    + r.review_share * r.error_rate_reviewed * miss)
            residual_upper += errors_upper
            ai_cost += items * step.cost_per_item
            ai_results.append(AiStepProjection(
                id=step.id, name=step.name, mode=str(policy.mode),
                threshold=float(thresholds.get(step.id, policy.threshold)),
                items_per_month=items, review_share=r.review_share, auto_share=r.auto_share,
                error_rate_auto=r.error_rate_auto, basis=r.basis, qa_rate=r.qa_rate,
                review_minutes=policy.review_minutes,
                reviewed_per_month=_nonneg(reviewed), qa_checks_per_month=_nonneg(qa_checks),
                review_hours_per_month=_nonneg(review_hours_a), qa_hours_per_month=qa_hours,
                reviewer_role_ids=reviewer_ids, review_step_ids=review_step_ids,
                residual_errors_per_month=_nonneg(errors),
                qa_role_id=roles[reviewer].id if reviewer < n_roles else None,
                error_rate_auto_upper=upper_auto,
                residual_errors_per_month_upper=_nonneg(errors_upper)))

        productive = settings.productive_hours_per_fte_month
        role_results = []
        human_cost = 0.0
        staffed_cost = 0.0
        for j, role in enumerate(roles):
            hours = _nonneg(float(role_hours[j]))
            capacity = role.headcount * productive
            cost = hours * role.hourly_cost
            human_cost += cost
            staffed_cost += max(capacity, hours) * role.hourly_cost
            role_results.append(RoleProjection(
                id=role.id, name=role.name, headcount=role.headcount,
                hourly_cost=role.hourly_cost, hours_per_month=hours,
                review_hours_per_month=_nonneg(float(review_hours[j])), fte=hours / productive,
                utilisation=hours / capacity if capacity > 0 else None, cost_per_month=cost))

        queues, waits = self._queues(role_hours, role_visits, productive)
        saturated = [q.role_id for q in queues if q.mean_wait_hours is None]
        # Wait per item in the cycle time: every queued visit except QA checks.
        step_wait = np.zeros(len(steps))
        role_wait = np.append(waits, 0.0)  # unassigned work has no pool: no wait modelled
        wait_steps = has_work & (role_of >= 0)
        step_wait[wait_steps] = role_wait[role_of[wait_steps]]
        with np.errstate(invalid="ignore"):
            wait_hours = float((visits[wait_steps] * step_wait[wait_steps]).sum())
        for reviewer, reviewed in policy_reviews:
            if reviewed > 0:
                wait_hours += reviewed * float(role_wait[reviewer])

        volume = float(self._source.sum())
        # Over roles only: hours without a role are reported apart, not counted as FTE.
        total_hours = _nonneg(float(role_hours[:n_roles].sum()))
        fte = total_hours / productive
        headcount = float(sum(r.headcount for r in roles))
        run_cost = model.business_case.monthly_run_cost
        cost = human_cost + ai_cost + run_cost
        cycle_minutes = float(step_cycle.sum()) + extra_cycle
        base_cycle = cycle_minutes / volume / 60.0 if volume > 0 else None
        queue_wait = wait_hours / volume if volume > 0 else None
        if queue_wait is not None and not math.isfinite(queue_wait):
            queue_wait = None  # a saturated role on the way: the wait is unbounded
        cycle_time = None if base_cycle is None or queue_wait is None \
            else base_cycle + queue_wait
        # Lists of plain floats: indexing numpy arrays element by element is slow in bulk.
        role_ids = [r.id for r in roles] + [None]  # role position -1: no role
        step_results = [
            StepProjection(id=s.id, name=s.name, kind=str(s.kind), role_id=s.role_id,
                           items_per_month=_nonneg(v), hours_per_month=_nonneg(h),
                           minutes_per_visit=c, work_minutes_per_visit=w,
                           work_role_id=role_ids[r], queue_wait_minutes=_minutes(q))
            for s, v, h, c, w, r, q in zip(
                steps, visits.tolist(), step_hours.tolist(), self._cycle.tolist(),
                self._work.tolist(), role_of.tolist(), step_wait.tolist())]
        unbounded = [steps[i].id for i in np.flatnonzero(~np.isfinite(visits)).tolist()]
        return Projection(
            currency=settings.currency, productive_hours_per_fte_month=productive,
            volume_per_month=volume,
            completed_per_month=_nonneg(float(visits[self._completed].sum())),
            human_hours_per_month=total_hours, fte=fte,
            human_cost_per_month=human_cost, ai_cost_per_month=ai_cost,
            run_cost_per_month=run_cost, cost_per_month=cost,
            cost_per_unit=cost / volume if volume > 0 else None,
            cycle_time_hours=cycle_time,
            throughput_per_person=volume / fte if fte > 0 else None,
            residual_errors_per_month=residual,
            residual_error_rate=residual / volume if volume > 0 else None,
            unassigned_hours_per_month=_nonneg(float(role_hours[n_roles])),
            roles=role_results, steps=step_results, ai_steps=ai_results,
            unbounded_step_ids=unbounded, closed_loops=self._closed_loops,
            residual_errors_per_month_upper=residual_upper,
            residual_error_rate_upper=residual_upper / volume if volume > 0 else None,
            queues=queues, saturated_role_ids=saturated,
            cycle_time_hours_without_queues=base_cycle, queue_wait_hours=queue_wait,
            headcount=headcount,
            throughput_per_staffed_person=volume / headcount if headcount > 0 else None,
            staffed_cost_per_month=staffed_cost + ai_cost + run_cost,
            cost_per_unit_staffed=(staffed_cost + ai_cost + run_cost) / volume
            if volume > 0 else None)

    def _queues(self, role_hours: np.ndarray, role_visits: np.ndarray,
                productive: float) -> tuple[list[QueueProjection], np.ndarray]:
        """Erlang-C per role with headcount and work; the wait per visit (hours, inf when
        saturated, 0 for roles without a pool) by role position."""
        queues: list[QueueProjection] = []
        waits = np.zeros(len(self._roles))
        for j, role in enumerate(self._roles):
            arrivals, hours = float(role_visits[j]), float(role_hours[j])
            if role.headcount <= 0 or arrivals <= 1e-12 or hours <= 1e-12:
                continue
            if not (math.isfinite(arrivals) and math.isfinite(hours)):
                continue  # a loop without exit: reported as unbounded volumes
            service = hours / arrivals
            figures = role_queue(arrivals / productive, service, role.headcount)
            waits[j] = math.inf if figures.unbounded else figures.mean_wait_hours
            queues.append(QueueProjection(
                role_id=role.id, servers=figures.servers, utilisation=figures.utilisation,
                p_wait=figures.p_wait, mean_wait_hours=figures.mean_wait_hours,
                arrivals_per_month=arrivals, service_minutes=service * 60.0))
        return queues, waits


def project(model: OperatingModel) -> Projection:
    """The projection of ``model`` as it is."""
    with paused():
        return Projector(model).project()
