"""The programme as a mixed-integer programme, solved with HiGHS (``scipy.optimize.milp``).

Variables ``x[i, y]`` (binary; item *i* is one way to do one estate, see
:mod:`retrofit.planner.instance`) are laid out item-major: column ``i · N + y``. Rows:

* each estate at most once over its items and years: ``Σ_{i of e, y} x[i, y] ≤ 1`` (= 1 for an
  estate that must be done or is fixed to a year);
* per year, the total budget and every per-source budget: ``Σ_e c_e x[e, y] ≤ B_y``;
* rebuild cap over the programme: ``Σ (A_rebuild,e − s · A_e) x ≤ 0``;
* minimum share of "three items" floor area: ``Σ (A_3,i − s_3 · A_i) x ≥ 0``, and of rebuild
  floor area: ``Σ (A_rebuild,i − s_min · A_i) x ≥ 0``;
* aim ``least_cost``: the yearly saving reaches the target, ``Σ w_i x ≥ T``;
* estates that go together: ``Σ_{i of a} x[i, y] = Σ_{i of b} x[i, y]`` for every year;
* estates fixed to a year: bounds ``x[i, y] = 0`` for the other years.

Rows are scaled by their largest coefficient. HiGHS's branch and bound is deterministic (fixed
default random seed), so the same instance, built in the same (sorted) order, gives the same plan unless
the time limit cuts the search short.
"""
from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from retrofit.planner.instance import Instance

#: Instances up to this many variables are solved to a zero gap; larger ones to
#: :data:`MIP_REL_GAP`, and the gap HiGHS proves is reported.
EXACT_MAX_VARIABLES = 300

#: Relative gap at which HiGHS stops on large instances: 0.05 % of the objective. The root
#: node of the demo city closes most of it; proving the last 0.01 % can take minutes. [-]
MIP_REL_GAP = 5e-4


_STDOUT_LOCK = threading.Lock()


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS prints a few diagnostics straight to file descriptor 1; keep standard output clean
    (the plan may be going there as JSON). One solve at a time holds the descriptor."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    with _STDOUT_LOCK:
        sys.stdout.flush()
        saved = os.dup(fd)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), fd)
                yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)


@dataclass(frozen=True, slots=True)
class SolverOutcome:
    year_of: NDArray[np.int_] | None     # year index per estate, −1 = not planned; None = none found
    objective: float
    bound: float                          # best upper bound on the objective
    gap: float                            # relative; 0.0 when proven optimal
    status: str                           # optimal | time_limit | infeasible | lp


def _rows(inst: Instance) -> tuple[sparse.csr_matrix, NDArray, NDArray]:
    n_i, n_y = inst.size, inst.years
    cols = np.arange(n_i * n_y).reshape(n_i, n_y)
    blocks: list[sparse.csr_matrix] = []
    lower: list[NDArray] = []
    upper: list[NDArray] = []

    def add(matrix: sparse.csr_matrix, lo: NDArray, hi: NDArray) -> None:
        scale = np.asarray(abs(matrix).max(axis=1).todense()).ravel()
        scale[scale == 0] = 1.0
        blocks.append(sparse.diags(1.0 / scale) @ matrix)
        lower.append(lo / scale)
        upper.append(hi / scale)

    def total(coef: NDArray) -> sparse.csr_matrix:
        return sparse.csr_matrix(np.repeat(coef, n_y)[None, :])

    # each estate at most once (exactly once when it must be done or is fixed to a year)
    n_e = inst.estates
    once_lo = np.full(n_e, -np.inf)
    once_lo[sorted(inst.must | set(inst.fixed))] = 1.0
    add(sparse.csr_matrix((np.ones(n_i * n_y), (np.repeat(inst.item_estate, n_y), cols.ravel())),
                          shape=(n_e, n_i * n_y)), once_lo, np.ones(n_e))
    for cost, budgets in [(inst.cost, inst.budgets)] + [
            (inst.source_cost[s], inst.source_budgets[s]) for s in inst.source_cost]:
        rows = np.tile(np.arange(n_y), n_i)
        add(sparse.csr_matrix((np.repeat(cost, n_y), (rows, cols.ravel())), shape=(n_y, n_i * n_y)),
            np.full(n_y, -np.inf), budgets.astype(float))
    add(total(inst.cap_coef), np.array([-np.inf]), np.zeros(1))
    for coef in (inst.three_coef, inst.min_rebuild_coef):
        if coef is not None:
            add(total(coef), np.zeros(1), np.array([np.inf]))
    if inst.aim == "least_cost":
        add(total(inst.weight), np.array([inst.target]), np.array([np.inf]))
    pairs = [(g[0], m) for g in inst.groups for m in g[1:]]
    if pairs:
        add(*_group_rows(inst, pairs, cols))
    return sparse.vstack(blocks).tocsr(), np.concatenate(lower), np.concatenate(upper)


def _group_rows(inst: Instance, pairs: list[tuple[int, int]],
                cols: NDArray[np.int_]) -> tuple[sparse.csr_matrix, NDArray, NDArray]:
    """``Σ_{i of a} x[i, y] − Σ_{i of b} x[i, y] = 0`` for every pair and year."""
    n_y = inst.years
    r: list[int] = []
    c: list[int] = []
    v: list[float] = []
    for k, (a, b) in enumerate(pairs):
        for sign, estate in ((1.0, a), (-1.0, b)):
            for i in inst.items_of(estate):
                for y in range(n_y):
                    r.append(k * n_y + y)
                    c.append(int(cols[i, y]))
                    v.append(sign)
    shape = (len(pairs) * n_y, inst.size * n_y)
    zeros = np.zeros(len(pairs) * n_y)
    return sparse.csr_matrix((v, (r, c)), shape=shape), zeros, zeros


def _bounds(inst: Instance) -> Bounds:
    hi = np.ones((inst.size, inst.years))
    for e, y in inst.fixed.items():
        items = inst.items_of(e)
        hi[items, :] = 0.0
        hi[items, y] = 1.0
    return Bounds(np.zeros(hi.size), hi.ravel())


def objective_vector(inst: Instance) -> NDArray[np.float64]:
    """Coefficients to minimise: minus the counted saving of each ``x[i, y]`` (aim ``saving``),
    or its cost, a millionth more per year later so that, at equal cost, earlier wins (aim
    ``least_cost``)."""
    if inst.aim == "least_cost":
        return np.outer(inst.cost, 1.0 + 1e-6 * np.arange(inst.years)).ravel()
    return -np.outer(inst.weight, inst.year_factor()).ravel()


def _decode(inst: Instance, x: NDArray[np.float64]) -> NDArray[np.int_]:
    grid = np.round(x).reshape(inst.size, inst.years) > 0.5
    year_of = np.full(inst.size, -1, dtype=int)
    chosen = grid.any(axis=1)
    year_of[chosen] = grid[chosen].argmax(axis=1)
    return year_of


def solve_milp(inst: Instance, time_limit_s: float = 60.0, rel_gap: float | None = None) -> SolverOutcome:
    """Solve (exactly up to :data:`EXACT_MAX_VARIABLES`, else to :data:`MIP_REL_GAP`); on the
    time limit, the best plan found so far. ``rel_gap`` overrides the stopping gap. The gap
    returned is HiGHS's proven relative gap, 0.0 when the plan is proven optimal."""
    if inst.size == 0:
        return SolverOutcome(np.zeros(0, dtype=int), 0.0, 0.0, 0.0, "optimal")
    matrix, lo, hi = _rows(inst)
    c = objective_vector(inst)
    if rel_gap is None:
        rel_gap = 0.0 if c.size <= EXACT_MAX_VARIABLES else MIP_REL_GAP
    with _quiet_stdout():
        res = milp(c, constraints=LinearConstraint(matrix, lo, hi), integrality=np.ones(c.size),
                   bounds=_bounds(inst),
                   options={"time_limit": float(time_limit_s), "mip_rel_gap": rel_gap, "disp": False})
    if res.x is None:
        status = "infeasible" if res.status == 2 else "time_limit"
        return SolverOutcome(None, 0.0, float("inf"), float("inf"), status)
    year_of = _decode(inst, res.x)
    value = inst.value(year_of)
    dual = getattr(res, "mip_dual_bound", None)
    dual_bound = float("nan") if dual is None else float(dual)
    known = bool(np.isfinite(dual_bound))
    if inst.aim == "least_cost":
        bound = min(dual_bound, value) if known else value
    else:
        bound = max(-dual_bound, value) if known else value
    gap = _relative_gap(bound, value)
    if res.status == 0 and gap <= rel_gap:
        gap = 0.0 if rel_gap == 0.0 else gap
    return SolverOutcome(year_of, value, bound, gap, "optimal" if res.status == 0 else "time_limit")


def lp_bound(inst: Instance) -> float:
    """Upper bound on the objective from the LP relaxation (``inf`` if even that is infeasible)."""
    if inst.size == 0:
        return 0.0
    matrix, lo, hi = _rows(inst)
    c = objective_vector(inst)
    with _quiet_stdout():
        res = milp(c, constraints=LinearConstraint(matrix, lo, hi), integrality=np.zeros(c.size),
                   bounds=_bounds(inst), options={"disp": False})
    if res.x is None:
        return float("inf") if inst.aim == "saving" else float("-inf")
    return -float(res.fun) if inst.aim == "saving" else float(res.fun)


def _relative_gap(bound: float, value: float) -> float:
    """How far the plan's value may be from the best possible, relative: for a maximum,
    (bound − value) / bound; for a minimum (bound below value), (value − bound) / value."""
    if not np.isfinite(bound):
        return float("inf")
    if bound >= value:
        return max(bound - value, 0.0) / max(abs(bound), 1e-9)
    return (value - bound) / max(abs(value), 1e-9)
