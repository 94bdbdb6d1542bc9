"""Time the verification against the heat meters and the meter register import (run on demand).

    .venv/bin/python benchmarks/bench_verify.py [--rows 200000] [--repeat 5] [--keep DIR]

1. The whole demo city (about 7,000 buildings and 27,000 readings: :mod:`retrofit.demo_execution`)
   verified in memory: the measured level of every building, the engine calibrated on it and the
   verification of every building and estate meter (target ≤ 0.5 s), then the ``retrofit verify``
   JSON document; the same from the database (the stored buildings and readings read first).
2. A meter register of ``--rows`` rows (the demo city's buildings, one row per building and
   heating season from 1980–1981 on; heat in GJ, MWh or coal, messy values) written as CSV and
   imported into the demo city as planned in 2008: read, matched and written in one transaction
   (target ≤ 10 s for 200,000 rows), then imported again (every reading unchanged).

Wall and CPU times are printed (the machine may be shared).
"""
from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path


def _timed(fn, repeat: int = 1):  # noqa: ANN001, ANN202
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return out, statistics.median(walls), statistics.median(cpus)


def bench_city(repeat: int, folder: Path) -> None:
    from retrofit.demo import build_city, create_demo
    from retrofit.demo_execution import engine_columns, execution
    from retrofit.domain.settings import TANGSHAN_PROGRAMME
    from retrofit.services.app import open_services
    from retrofit.verification import reading_columns, verify_columns

    city = build_city()
    run = execution(city.estates, city.buildings)
    cols, readings = engine_columns(city.estates, city.buildings, run.works), reading_columns(run.readings)
    verify_columns(cols, readings, TANGSHAN_PROGRAMME)                       # warm up
    done, wall, cpu = _timed(lambda: verify_columns(cols, readings, TANGSHAN_PROGRAMME), repeat)
    print(f"verify the demo city in memory ({len(city.buildings):,} buildings, {len(run.readings):,} readings): "
          f"{wall:.3f} s wall, {cpu:.3f} s CPU (target ≤ 0.5 s)")
    _, wall, cpu = _timed(lambda: (verify_columns(cols, readings, TANGSHAN_PROGRAMME).to_json("zh")), repeat)
    print(f"  … with the retrofit verify JSON document: {wall:.3f} s wall, {cpu:.3f} s CPU")
    print(f"  totals: {done.totals()}")
    url = f"sqlite:///{folder / 'demo.sqlite'}"
    create_demo(url)

    def from_database():
        with open_services(url) as app:
            return app.verification.verify()

    _, wall, cpu = _timed(from_database, repeat)
    print(f"verify the demo city from the database (open, read buildings and readings, verify): "
          f"{wall:.3f} s wall, {cpu:.3f} s CPU")


def make_register(path: Path, rows: int, random_seed: int = 1) -> int:
    """A meter register of the demo city's buildings, ``rows`` rows, from season 1980–1981 on."""
    from retrofit.demo import build_city

    rng = random.Random(random_seed)
    city = build_city()
    names = [(city.estates[b["estate_index"]]["name"], b["name"], b["floor_area_m2"]) for b in city.buildings]
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["小区名称", "楼号", "采暖季", "供热量(GJ)", "供热量(MWh)", "耗煤量(tce)", "实际采暖天数",
                      "采暖期室外平均温度(°C)"])
        season = 1980
        while written < rows:
            for estate, building, area in names:
                if written >= rows:
                    break
                gj = area * rng.uniform(0.35, 0.55)
                kind = written % 10
                heat = f"{gj:,.1f}" if kind < 6 else ""
                mwh = f"{gj / 3.6:.2f}MWh" if kind in (6, 7) else ""
                coal = f"{gj * 277.78 / (8.14 * 0.612) / 1000:.2f}" if kind > 7 else ""
                label = f"{season}-{season + 1}" if written % 3 else f"{season}/{(season + 1) % 100:02d}"
                out.writerow([estate, building, label, heat, mwh, coal, rng.randint(120, 140),
                              round(rng.uniform(-3.5, -0.5), 1)])
                written += 1
            season += 1
    return written


def bench_import(rows: int, folder: Path) -> None:
    from retrofit.demo import create_demo
    from retrofit.io.meters import read_meter_register
    from retrofit.services.app import open_services

    path = folder / "meters.csv"
    n = make_register(path, rows)
    url = f"sqlite:///{folder / 'planned.sqlite'}"
    create_demo(url, execution=False)
    register, wall, cpu = _timed(lambda: read_meter_register(path))
    print(f"read a {n:,}-row meter register (CSV, {path.stat().st_size / 1e6:.1f} MB): {wall:.2f} s wall, "
          f"{cpu:.2f} s CPU")
    with open_services(url) as app:
        summary, wall, cpu = _timed(lambda: app.verification.commit(path))
        print(f"import it (read, match, write in one transaction): {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"(target ≤ 10 s); {summary}")
        summary, wall, cpu = _timed(lambda: app.verification.commit(path))
        print(f"import it again (every reading unchanged): {wall:.2f} s wall, {cpu:.2f} s CPU; {summary}")
        _, wall, cpu = _timed(lambda: app.verification.verify())
        print(f"verify the city with {len(register.readings):,} readings: {wall:.2f} s wall, {cpu:.2f} s CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        bench_city(args.repeat, folder)
        bench_import(args.rows, folder)


if __name__ == "__main__":
    main()
