"""Planner benchmark on the demo city (470 estates in Tangshan, 3 years).

Run: ``.venv/bin/python benchmarks/bench_planner.py [--budget RMB] [--repeat N]``.
Prints the time to run the engine and the money per estate (recorded modes, and every mode for
mode choice), to solve the MIP with fixed modes and with mode choice, and the greedy fallback,
with the gap each proves; then the cost curve of the 470 estates. Targets: planning with mode
choice ≤ 30 s to within 0.1 %; the cost curve ≤ 0.2 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy.orm import Session

from retrofit.demo import create_demo
from retrofit.domain.targets import TARGETS
from retrofit.planner import solve_plan
from retrofit.planner.city import city_options
from retrofit.planner.costs import options_curve
from retrofit.planner.inputs import problem_from_inputs
from retrofit.storage.db import make_engine
from retrofit.storage.load import read_register, read_settings


def _timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=8.5e9, help="annual budget [RMB] (default 8.5e9)")
    parser.add_argument("--min-consent", type=float, default=2 / 3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        create_demo(url, execution=False)
        engine = make_engine(url)
        with Session(engine) as session:
            register, _ = read_register(session)
            settings = read_settings(session)
        engine.dispose()
    print(f"demo city: {len(register.estates)} estates, {len(register.buildings)} buildings; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    fixed, t_fixed = _timed(lambda: city_options(register, settings), args.repeat)
    ways, t_ways = _timed(lambda: city_options(register, settings, choose_modes=True), args.repeat)
    print(f"engine + money per estate: recorded modes {t_fixed:.2f} s, every mode {t_ways:.2f} s "
          f"({sum(len(o.alternatives) for o in ways)} ways)")
    inputs = {"start_year": 2009, "years": 3, "annual_budget_rmb": args.budget, "min_consent_rate": args.min_consent}
    runs = [("milp, fixed modes", fixed, {"method": "milp"}),
            ("milp, mode choice", ways, {"method": "milp", "choose_modes": True}),
            ("greedy, mode choice", ways, {"method": "greedy", "choose_modes": True})]
    for name, options, extra in runs:
        problem = problem_from_inputs({**inputs, **extra}, options, settings)
        plan, t = _timed(lambda p=problem: solve_plan(p, lang="en"), args.repeat)
        print(f"{name:20s}: {t:6.2f} s  gap {100 * plan.gap:.4f} %  estates {plan.totals.estates}  "
              f"objective {plan.objective.value:,.0f}  saved {plan.totals.saved_tce:,.0f} tce/a  "
              f"shares {dict(plan.mode_shares)}")
    curve, t_curve = _timed(lambda: options_curve(fixed, TARGETS.saved_tce), max(args.repeat, 20))
    print(f"cost curve of {len(fixed)} estates: {1000 * t_curve:.1f} ms (target ≤ 200 ms); "
          f"{len(curve.segments)} segments, {curve.total_tce:,.0f} tce/a, "
          f"the target costs {curve.cost_to(TARGETS.saved_tce) or float('nan'):,.0f} RMB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
