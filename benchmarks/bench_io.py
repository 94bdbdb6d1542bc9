"""Time the register reader and writer on generated files (run on demand, not in the test suite).

    .venv/bin/python benchmarks/bench_io.py [--buildings 7000] [--csv-rows 1000000] [--keep DIR]

Generates a 7,000-building XLSX register (title row, Chinese headers with units, merged estate
cells, mixed value formats) and a 1,000,000-row CSV register, reads both with
``retrofit.io.registers.read_register`` and prints the times; then times the export of the XLSX.
"""
from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from retrofit.io.export import write_register
from retrofit.io.registers import read_register

HEADERS = ["小区名称", "楼号", "城市", "区/县", "建成年份", "结构类型", "层数", "建筑面积(㎡)", "户数",
           "窗墙比", "外墙传热系数(W/(m²·K))", "楼梯间采暖", "改造模式", "居民同意率", "备注"]
CITIES = ["哈尔滨", "长春", "沈阳", "北京", "天津", "Harbin"]
STRUCTURES = ["砖混", "大板", "框架", "brick_concrete"]
MODES = ["节能改造", "加层改造", "拆改建", "retrofit", ""]


def _row(rng: random.Random, estate: int, building: int, fancy: bool) -> list:
    area = round(rng.uniform(800, 12000), 1)
    year = rng.randint(1960, 2000)
    return [
        f"小区{estate:05d}", f"{building}号楼", CITIES[estate % len(CITIES)], f"区{estate % 9}",
        f"{year}年" if fancy and building % 3 == 0 else year,
        STRUCTURES[building % len(STRUCTURES)], rng.randint(2, 18),
        f"{area:,.1f}" if fancy and building % 2 == 0 else area,
        rng.randint(0, 300), rng.choice(["30%", 0.25, "0.35"]) if fancy else 0.3,
        round(rng.uniform(0.5, 2.0), 2), rng.choice(["是", "否", "Y", "N"]),
        MODES[building % len(MODES)], ["85%", 0.9, ""][estate % 3], "",
    ]


def make_xlsx(path: Path, buildings: int, seed: int = 1) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "楼栋台账"
    ws.append(["某市既有住宅节能改造楼栋台账（2026 年）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    ws.append(HEADERS)
    row, estate = 3, 0
    while row - 3 < buildings:
        n = min(rng.randint(1, 12), buildings - (row - 3))
        for b in range(1, n + 1):
            values = _row(rng, estate, b, True)
            if b > 1:
                values[0] = None
            ws.append(values)
        if n > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + n - 1, end_column=1)
        row += n
        estate += 1
    ws.append(["合计"])
    wb.save(path)


def make_csv(path: Path, rows: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(rows):
            w.writerow(_row(rng, i // 20, i % 20 + 1, i % 10 == 0))


def _time(label: str, fn) -> object:
    """Run ``fn`` and print its wall time and its CPU time (the CPU time is what counts on a
    shared, busy machine)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{label}: {time.perf_counter() - t0:.2f} s wall, {time.process_time() - c0:.2f} s CPU", flush=True)
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--buildings", type=int, default=7000)
    p.add_argument("--csv-rows", type=int, default=1_000_000)
    p.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        xlsx, csv_path, out = folder / "register.xlsx", folder / "register.csv", folder / "export.xlsx"
        _time(f"generate XLSX ({args.buildings} buildings)", lambda: make_xlsx(xlsx, args.buildings))
        reg = _time(f"read XLSX ({args.buildings} buildings)", lambda: read_register(xlsx))
        assert len(reg.buildings) == args.buildings
        _time("write XLSX export", lambda: write_register(out, reg))
        _time("read the export back", lambda: read_register(out))
        if args.csv_rows:
            _time(f"generate CSV ({args.csv_rows} rows)", lambda: make_csv(csv_path, args.csv_rows))
            reg = _time(f"read CSV ({args.csv_rows} rows, {csv_path.stat().st_size / 2**20:.0f} MB)",
                        lambda: read_register(csv_path))
            assert len(reg.buildings) == args.csv_rows


if __name__ == "__main__":
    main()
