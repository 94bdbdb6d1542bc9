"""Speed of the records database (run on demand, not in the test suite).

    .venv/bin/python benchmarks/bench_storage.py [--rows 1000000] [--db-dir DIR] [--repeat 5]

Targets (docs/benchmarks.md):

- demo city creation (470 estates, ~7,000 buildings, bulk inserts): a few seconds;
- import of the demo city's 7,000 buildings from XLSX into an empty database: ≤ 1 s in all;
- import of 1,000,000 buildings from CSV into an empty database: ≤ 30 s, peak memory ≤ 2 GB
  (measured in a fresh process);
- loading a city's buildings into the engine's arrays (``retrofit.storage.load.load_columns``):
  7,000 ≤ 50 ms, 1,000,000 ≤ 5 s;
- a live recalculation of the whole demo city from the cached columns (ResultService): ≤ 300 ms,
  one estate ≤ 100 ms.

Times are wall-clock on SQLite files (median of ``--repeat`` runs where cheap). Each import is
split into reading the file, planning (validation, matching) and writing.
"""
from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
import time
from pathlib import Path

from retrofit.demo import create_demo
from retrofit.io.registers import read_register
from retrofit.services.app import open_services
from retrofit.storage.db import make_engine
from retrofit.storage.load import load_columns


def _timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def _median(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        times.append(_timed(fn)[1])
    return statistics.median(times)


def _import(url: str, path: Path) -> dict[str, float]:
    cpu = time.process_time()
    register, read = _timed(read_register, path)
    read_cpu = time.process_time() - cpu
    with open_services(url) as app:
        (summary, _plan), write = _timed(app.imports.commit_register, register)
    return {"buildings": summary.inserted_buildings, "read_s": read, "plan_and_write_s": write,
            "total_s": read + write, "read_cpu_s": read_cpu, "total_cpu_s": time.process_time() - cpu}


def bench_demo(folder: Path, repeat: int) -> dict[str, float]:
    url = f"sqlite:///{folder / 'demo.sqlite'}"
    n, create = _timed(create_demo, url)
    out = {"demo_buildings": n, "demo_create_s": create}
    xlsx = folder / "demo.xlsx"
    with open_services(url) as app:
        app.imports.export(xlsx)
        engine = app.engine
        out["load_columns_7k_s"] = _median(lambda: load_columns(engine), repeat)
        app.results.summarize(uncertainty=False)
        out["city_recalc_cached_s"] = _median(lambda: app.results.summarize(uncertainty=False), repeat)
        estate = app.records.list_estates()[1]
        out["estate_recalc_s"] = _median(lambda: app.results.summarize(estate_id=estate.id, uncertainty=False),
                                         repeat)
        row = app.records.list_buildings(estate.id)[0]

        def edit_then_recalc() -> None:
            current = app.records.get_building(row.id)
            app.records.update_building(row.id, current.version, {"wall_u": 1.5 if current["wall_u"] is None else None})
            app.results.summarize(uncertainty=False)

        out["edit_then_city_recalc_s"] = _median(edit_then_recalc, repeat)
    result = _import(f"sqlite:///{folder / 'from_xlsx.sqlite'}", xlsx)
    out.update({f"xlsx_7k_{k}": v for k, v in result.items()})
    return out


def write_large_csv(path: Path, rows: int) -> None:
    structures = ("砖混", "大板", "框架")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["小区名称", "楼号", "城市", "区/县", "建成年份", "结构类型", "层数", "建筑面积(㎡)", "户数",
                    "实测单位面积耗煤量", "改造方案", "计划年度"])
        for i in range(rows):
            w.writerow([f"小区{i // 15}", f"{i % 15 + 1}号楼", "唐山", "路北区", 1970 + i % 26, structures[i % 3],
                        4 + i % 3, 2500 + (i % 997), 45 + i % 20, 20 + (i % 11), "usual", 2009 + i % 2])


def _import_alone(url: str, path: Path, queue) -> None:  # noqa: ANN001
    """The import in a process of its own, with its peak memory."""
    import resource

    result = _import(url, path)
    result["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put(result)


def bench_large(folder: Path, rows: int, repeat: int) -> dict[str, float]:
    import multiprocessing

    path = folder / f"large_{rows}.csv"
    _, gen = _timed(write_large_csv, path, rows)
    url = f"sqlite:///{folder / 'large.sqlite'}"
    out = {"csv_generate_s": gen}
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_import_alone, args=(url, path, queue))
    child.start()
    result = queue.get()
    child.join()
    out.update({f"csv_{rows}_{k}": v for k, v in result.items()})
    engine = make_engine(url)
    out[f"load_columns_{rows}_s"] = _median(lambda: load_columns(engine), max(1, repeat // 2))
    engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000, help="buildings in the large CSV (0: skip)")
    parser.add_argument("--db-dir", type=Path, help="folder for the databases and files (default: a temp folder)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = args.db_dir or Path(tempfile.mkdtemp(prefix="retrofit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = bench_demo(folder, args.repeat)
    if args.rows:
        results.update(bench_large(folder, args.rows, args.repeat))
    for key, value in results.items():
        print(f"{key:40s} {value:12.3f}" if isinstance(value, float) else f"{key:40s} {value:12d}")


if __name__ == "__main__":
    main()
