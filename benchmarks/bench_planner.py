"""Planner benchmark on the demo city (470 estates in Tangshan, 3 years).

Run: ``.venv/bin/python benchmarks/bench_planner.py [--budget RMB] [--repeat N]``.
Prints the time to read the city and run the engine, to solve the MIP (HiGHS) and the greedy
fallback, with the gap of each. The target is a solve of at most 10 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy.orm import Session

from retrofit.demo import create_demo
from retrofit.planner import solve_plan
from retrofit.planner.city import city_options
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
        create_demo(url)
        engine = make_engine(url)
        with Session(engine) as session:
            register, _ = read_register(session)
            settings = read_settings(session)
        engine.dispose()
    options, t_engine = _timed(lambda: city_options(register, settings), args.repeat)
    inputs = {"start_year": 2009, "years": 3, "annual_budget_rmb": args.budget,
              "min_consent_rate": args.min_consent}
    print(f"demo city: {len(register.estates)} estates, {len(register.buildings)} buildings")
    print(f"engine + money per estate: {t_engine:.2f} s (median of {args.repeat})")
    for method in ("milp", "greedy"):
        problem = problem_from_inputs({**inputs, "method": method}, options, settings)
        plan, t = _timed(lambda p=problem: solve_plan(p, lang="en"), args.repeat)
        t_ = plan["totals"]
        print(f"{method:6s}: {t:6.2f} s  gap {plan['gap']:.6f}  estates {t_['estates']}  "
              f"saved {t_['saved_tce']:,.0f} tce/a  shares {plan['mode_shares']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
