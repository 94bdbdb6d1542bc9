"""Speed of the savings engine (run on demand, not in the test suite).

    .venv/bin/python benchmarks/bench_calc.py [--repeat 5] [--no-large]

Targets (docs/benchmarks.md):

- 7,000 buildings × 3 packages, full pipeline (calc.engine.evaluate): ≤ 20 ms;
- 1,000,000 buildings × 3 packages: ≤ 2 s and ≤ 3 GB peak memory (measured in a fresh process);
- Monte Carlo, 1,000 samples × 7,000 buildings: ≤ 2 s;
- records → arrays in retrofit.estimate: 7,000 buildings well under 50 ms, 1,000,000 ≤ 5 s.

The machine should be otherwise idle; other work on the same cores inflates every figure.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np

from calc.engine import evaluate
from calc.inputs import building_inputs
from calc.uncertainty import savings_band
from retrofit.reference import load_catalogue

PACKAGES = ("basic", "usual", "advanced")


def stock(n: int, seed: int = 1):
    """A Tangshan-like stock: 1970s–90s blocks, 2–7 storeys, mostly retrofit, some modes."""
    rng = np.random.default_rng(seed)
    return building_inputs(
        floor_area=rng.uniform(800, 8000, n), storeys=rng.integers(2, 8, n), window_wall_ratio=0.22,
        wall_u=rng.choice([1.6, 1.4, 1.7, 1.2], n), window_u=rng.choice([4.7, 4.0, 3.5], n),
        roof_u=rng.uniform(0.8, 1.1, n), floor_u=1.5, air_change=rng.uniform(0.7, 1.0, n),
        heating_days=130, mean_outdoor_temperature=-1.6, design_outdoor_temperature=-9.2,
        mode=rng.choice([0, 1, 1, 1, 1, 1, 1, 2, 3], n), measured_coal_index=np.where(
            rng.random(n) < 0.1, rng.uniform(20, 30, n), np.nan))


class Timer:
    """Wall-clock and CPU time of a block (CPU time is less disturbed by other work)."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def best(fn, repeat: int) -> tuple[float, float]:
    """Least wall and CPU time over ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        with Timer() as t:
            fn()
        runs.append((t.wall, t.cpu))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def pipeline(n: int, repeat: int) -> tuple[float, float]:
    cat = load_catalogue()
    inputs = stock(n)
    masks = cat.package_mask(PACKAGES)[:, None, :]
    evaluate(inputs, cat.measure_table, masks)                      # warm up
    return best(lambda: evaluate(inputs, cat.measure_table, masks), repeat)


def large_in_subprocess() -> dict:
    code = ("import json,resource,time,sys; sys.path.insert(0,'benchmarks'); import bench_calc as b;"
            "from calc.engine import evaluate; from retrofit.reference import load_catalogue;"
            "cat=load_catalogue(); inputs=b.stock(1_000_000); m=cat.package_mask(b.PACKAGES)[:,None,:];"
            "base=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
            "t=b.Timer().__enter__(); r=evaluate(inputs,cat.measure_table,m); t.__exit__();"
            "print(json.dumps({'wall':t.wall,'cpu':t.cpu,"
            "'peak_mb':resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,'base_mb':base/1024}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def monte_carlo(n: int, samples: int) -> tuple[float, float]:
    cat = load_catalogue()
    inputs = stock(n)
    mask = cat.package_mask(["usual"])[0]
    with Timer() as t:
        savings_band(inputs, cat.measure_table, mask, samples=samples, random_seed=1)
    return t.wall, t.cpu


def records(n: int) -> tuple[tuple[float, float], tuple[float, float]]:
    from retrofit.domain.records import BuildingRecord
    from retrofit.domain.settings import Settings
    from retrofit.estimate import estimate, records_to_columns

    rng = np.random.default_rng(2)
    areas, storeys = rng.uniform(800, 8000, n).tolist(), rng.integers(2, 8, n).tolist()
    years = rng.integers(1960, 2000, n).tolist()
    items = [BuildingRecord(f"小区{i // 15}", f"{i % 15 + 1}号楼", "唐山", years[i], storeys[i], areas[i], 40,
                            wall_u=1.5 if i % 3 else None) for i in range(n)]
    with Timer() as convert:
        records_to_columns(items)
    with Timer() as full:
        estimate(items, Settings())
    return (convert.wall, convert.cpu), (full.wall, full.cpu)


def _ms(t: tuple[float, float]) -> str:
    return f"{t[0] * 1e3:8.1f} ms (CPU {t[1] * 1e3:6.1f} ms)"


def _s(t: tuple[float, float]) -> str:
    return f"{t[0]:8.2f} s  (CPU {t[1]:6.2f} s) "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-large", action="store_true", help="skip the 1,000,000-building runs")
    args = parser.parse_args()
    print(f"pipeline 7,000 × 3 packages: {_ms(pipeline(7000, args.repeat))}  target ≤ 20 ms")
    print(f"Monte Carlo 1,000 × 7,000:   {_s(monte_carlo(7000, 1000))}  target ≤ 2 s")
    convert, full = records(7000)
    print(f"records → arrays, 7,000:     {_ms(convert)}  target well under 50 ms; "
          f"estimate() in all {full[0] * 1e3:.0f} ms")
    if not args.no_large:
        big = large_in_subprocess()
        print(f"pipeline 1,000,000 × 3:      {_s((big['wall'], big['cpu']))}  target ≤ 2 s; peak memory "
              f"{big['peak_mb'] / 1024:.2f} GB (inputs {big['base_mb'] / 1024:.2f} GB), target ≤ 3 GB")
        convert, full = records(1_000_000)
        print(f"records → arrays, 1,000,000: {_s(convert)}  target ≤ 5 s; estimate() in all {full[0]:.1f} s")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2:.2f} GB")


if __name__ == "__main__":
    main()
