"""Stalls of the desktop app's event loop, view by view (run on demand, not part of the tests):

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_stalls.py [--db sqlite:///demo.sqlite]

A timer in the GUI thread fires every 5 ms; the longest gap between two of its ticks is the
longest time the window could not answer (a stall). The script goes through what a user does
in each view, waiting for the background work of each step: the start, an estate chosen, a cell
edited and recalculated, the city's 7,000 buildings shown, sorted and scrolled, the dashboard,
the package comparison, the planner with its saved plans, the estates search typed letter by
letter and the building filter. Target: no stall over 100 ms in any view (on a shared machine
judged by the CPU time of the window's thread between two ticks). Without ``--db`` a
temporary demo city is made; a SQLite ``--db`` is copied (the script edits a building).
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


class StallMeter:
    """The longest gap between two ticks of a 5 ms timer in the GUI thread, per step: in wall
    time, and in the GUI thread's CPU time (what the gap is on a machine that is not shared)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.worst_cpu = max(self.worst_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last, self.last_cpu, self.worst, self.worst_cpu = time.perf_counter(), time.thread_time(), 0.0, 0.0


def _wait(app, condition: Callable[[], bool], timeout: float = 120.0) -> None:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def _settle(app, w, seconds: float = 0.3) -> None:  # noqa: ANN001
    """Until the background work is done, then a little longer (answers are drawn)."""
    _wait(app, lambda: w.runner.running == 0)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def run(url: str) -> list[tuple[str, float, float]]:
    from retrofit.services.app import open_services
    from ui.app import setup_application
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    settings = AppSettings(Path(tempfile.mkdtemp()) / "ui.ini")
    app = setup_application("zh", settings)
    services = open_services(url)
    w = MainWindow(services, settings)
    w.resize(1400, 900)
    w.show()
    meter = StallMeter()
    out: list[tuple[str, float, float]] = []

    def step(name: str, action: Callable[[], None], done: Callable[[], bool] = lambda: True) -> None:
        meter.reset()
        action()
        _wait(app, done)
        _settle(app, w)
        out.append((name, meter.worst, meter.worst_cpu))

    step("start: first results, pinyin learnt", lambda: None,
         lambda: w.results.figures is not None and not w.estates._names_timer.isActive())
    estate = max(w.estates.estates.values(), key=lambda e: e.building_count)
    model = w.buildings.model
    step("choose an estate", lambda: w.estates_panel.select_estate(estate.id),
         lambda: w.results.estate_id == estate.id and model.rowCount() == estate.building_count)
    cell = model.index(0, model.column_of("wall_u"))
    step("edit a cell, recalculated", lambda: model.setData(cell, 0.45))
    step("all buildings: load", lambda: w.estates_panel.select_estate(None),
         lambda: model.rowCount() > 5000 and w.results.estate_id is None)
    table = w.buildings_panel.table
    step("all buildings: sort by floor area",
         lambda: table.sortByColumn(model.column_of("floor_area_m2"), table.horizontalHeader().sortIndicatorOrder()))

    def scroll() -> None:
        bar = table.verticalScrollBar()
        for value in range(0, bar.maximum(), bar.pageStep() * 40):
            bar.setValue(value)
            app.processEvents()
    step("all buildings: scroll", scroll)
    step("building filter typed: hb1", lambda: [w.buildings_panel.filter.setText(t) or app.processEvents()
                                                   for t in ("h", "hb", "hb1")])
    step("building filter cleared", lambda: w.buildings_panel.filter.setText(""))
    step("dashboard", lambda: w.tabs.setCurrentWidget(w.dashboard), lambda: w.dashboard.data is not None)
    step("choose an estate again", lambda: w.estates_panel.select_estate(estate.id),
         lambda: w.results.estate_id == estate.id)
    step("package comparison", lambda: w.tabs.setCurrentWidget(w.compare), lambda: bool(w.compare.summaries))
    step("planner and saved plans", lambda: w.tabs.setCurrentWidget(w.planner), lambda: w.planner.plans_loaded)
    step("estates search typed: hb1", lambda: [w.estates_panel.search.setText(t) or app.processEvents()
                                               for t in ("h", "hb", "hb1")])
    step("estates search cleared", lambda: w.estates_panel.search.setText(""))
    step("back to the buildings", lambda: w.tabs.setCurrentWidget(w.buildings_panel))
    w.runner.cancel_all()
    w.runner.wait(120000)
    w.close()
    services.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="database URL with the demo city (default: a new temporary one)")
    args = parser.parse_args(argv)
    url = demo_database(args.db)
    load = os.getloadavg()[0]
    c0 = time.process_time()
    steps = run(url)
    for name, worst, worst_cpu in steps:
        flag = "" if worst_cpu <= 0.1 else "   over 100 ms"
        print(f"{name:40s} longest stall {1000 * worst:6.0f} ms, of which CPU of the window's thread "
              f"{1000 * worst_cpu:5.0f} ms{flag}")
    print(f"target: no stall over 100 ms; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after; "
          f"CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
