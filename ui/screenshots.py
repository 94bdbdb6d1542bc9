"""Screenshots of the main views for the documentation (run under Xvfb or offscreen):

    python -m ui.screenshots --db sqlite:///demo.sqlite --out docs/screenshots

Writes ``<view>-<lang>.png`` (1400×900) for both languages.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the view did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save the widget as a PNG (highest compression)."""
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path), "PNG", 0)
    print(path)


def shoot(app: QApplication, window, lang: str, out: Path) -> None:  # noqa: ANN001 (MainWindow)
    from ui.i18n import install_translators

    install_translators(app, lang)
    app.processEvents()
    w = window
    estate = max(w.estates.estates.values(), key=lambda e: e.building_count)
    w.tabs.setCurrentWidget(w.buildings_panel)
    w.estates_panel.select_estate(estate.id)
    wait_until(app, lambda: w.results.summary is not None and w.results.estate_id == estate.id
               and len(w.results.summary.buildings) == w.buildings.model.rowCount())
    w.buildings_panel.table.selectRow(0)
    w.buildings_panel.table.clearSelection()
    grab(app, w, out / f"main-{lang}.png")
    w.tabs.setCurrentWidget(w.dashboard)
    wait_until(app, lambda: w.dashboard.data is not None and w.dashboard.refresh_button.isEnabled())
    grab(app, w, out / f"dashboard-{lang}.png")
    w.tabs.setCurrentWidget(w.compare)
    wait_until(app, lambda: bool(w.compare.summaries))
    grab(app, w, out / f"compare-{lang}.png")
    w.tabs.setCurrentWidget(w.planner)
    w.planner.first_year.setValue(2008)
    w.planner.last_year.setValue(2010)
    w.planner.budget.setValue(9000.0)
    w.planner.result = None
    w.planner.solve()
    wait_until(app, lambda: w.planner.result is not None, 300)
    grab(app, w, out / f"planner-{lang}.png")
    w.tabs.setCurrentWidget(w.buildings_panel)
    w.estates_panel.select_estate(None)
    wait_until(app, lambda: w.results.summary is not None and w.results.estate_id is None
               and not w.results.busy and w.buildings.model.rowCount() > 0, 300)
    grab(app, w, out / f"all-buildings-{lang}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="database URL with the demo city")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", choices=["zh", "en"], action="append")
    args = parser.parse_args(argv)
    from retrofit.services.app import open_services
    from ui.app import setup_application
    from ui.main_window import MainWindow
    from ui.settings import AppSettings, data_dir

    settings = AppSettings(data_dir() / "screenshots.ini")
    app = setup_application("zh", settings)
    services = open_services(args.db)
    window = MainWindow(services, settings)
    window.resize(1400, 900)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["zh", "en"]:
        shoot(app, window, lang, args.out)
    window.close()
    services.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
