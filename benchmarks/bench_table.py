"""Finding and working with the city's buildings (run on demand, not part of the test suite):

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_table.py [--db sqlite:///demo.sqlite]

1. pinyin: loading pypinyin (in a worker at start), learning the estates' names, sorting the
   7,000 buildings by estate and building (cold: first keys; warm: cached), the estates tree's
   search per keystroke (``hb1`` over every estate), the building filter over 7,000 rows.
   Target: every step the user waits for ≤ 100 ms; keys made once per name.
2. Excel habits on "all buildings": copy every cell (Ctrl+A, Ctrl+C), paste a 1,000 × 3 block
   (read, checked, saved in one transaction), export the table to .xlsx (read on the GUI
   thread; texts and writing in the worker).
Times are CPU seconds of this process (the machine may be shared) next to wall seconds. Without
``--db`` a temporary demo city is created first; a SQLite ``--db`` is copied (the benchmark
pastes values).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _demo import demo_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(label: str, fn: Callable[[], object], target: float | None = None) -> object:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    goal = f"  (target ≤ {target * 1000:.0f} ms)" if target else ""
    print(f"{label:<58} {cpu * 1000:8.1f} ms CPU {wall * 1000:8.1f} ms wall{goal}")
    return result


def bench_names(services) -> None:  # noqa: ANN001
    from retrofit.domain import naming

    estates = services.records.list_estates()
    buildings = services.records.list_buildings()
    names = {e.id: e.estate for e in estates}
    print(f"{len(estates)} estates, {len(buildings)} buildings")
    timed("import pypinyin (worker, once)", naming.load_pinyin)
    from ui.estates.presenter import learn_names
    timed("learn the estates' names (worker, once)", lambda: learn_names(estates))

    def order() -> list[object]:
        return sorted(buildings, key=lambda b: (naming.name_key(names[b.estate_id]),
                                                naming.name_key(b.values["building"])))
    timed("sort 7,000 buildings by estate and building (first time)", order)
    timed("sort 7,000 buildings by estate and building (again)", order, 0.1)
    for query in ("h", "hb", "hb1", "hebei"):
        q = naming.pinyin_query(query)
        timed(f"tree search '{query}' over every estate (name, address)",
              lambda q=q: [e for e in estates if any(naming.pinyin_matches(q, t) for t in (e.estate, e.address) if t)],
              0.1)
    q = naming.pinyin_query("hb1")

    def city_filter() -> int:
        seen: dict[str, bool] = {}
        hits = 0
        for b in buildings:
            for text in (names[b.estate_id], b.values["building"]):
                hit = seen.get(text)
                if hit is None:
                    hit = seen[text] = naming.pinyin_matches(q, text)
                hits += hit
        return hits
    timed("building filter 'hb1' over 7,000 rows (a name once)", city_filter, 0.1)


def bench_table(services, folder: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from retrofit.io.table_xlsx import write_table
    from ui.export import table_of
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    w = MainWindow(services, AppSettings(folder / "ui.ini"), print)
    w.resize(1400, 900)
    w.show()
    w.estates_panel.select_estate(None)
    end = time.monotonic() + 120
    while w.buildings.model.rowCount() < 7000 and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    panel, proxy, model = w.buildings_panel, w.buildings.proxy, w.buildings.model
    panel.table.selectAll()
    text = timed("copy all 7,000 × 41 cells (GUI thread)", lambda: panel.editing.copy_text(True))
    print(f"{'':<58} {len(text) / 1e6:.1f} MB of text")
    column = model.column_of("storeys")
    block = "\n".join(f"{5 + i % 3}\t{2000 + i}\t{40 + i % 20}" for i in range(1000))
    panel.table.selectionModel().select(QItemSelection(proxy.index(0, column), proxy.index(0, column)),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    panel.table.setCurrentIndex(proxy.index(0, column))
    timed("paste 1,000 × 3 cells (read, checked, one transaction)", lambda: panel.editing.paste(block))
    headers, rows, frozen = timed("export: read the table (GUI thread)", lambda: table_of(panel.table), 0.1)
    values = timed("export: texts to values (worker)", rows)
    timed("export: write the .xlsx (worker)", lambda: write_table(folder / "city.xlsx", headers, values,
                                                                  frozen_columns=frozen))
    print(f"{'':<58} {(folder / 'city.xlsx').stat().st_size / 1e6:.1f} MB workbook")
    w.runner.cancel_all()
    w.runner.wait(60000)
    w.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL with the demo city (SQLite is copied)")
    args = parser.parse_args()
    from retrofit.services.app import open_services

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = demo_database(args.db, folder)
        services = open_services(url)
        try:
            bench_names(services)
            bench_table(services, folder)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
