"""Screenshots of the main views for the documentation (run under Xvfb or offscreen):

    python -m ui.screenshots --db sqlite:///demo.sqlite --out docs/screenshots

Writes ``<view>-<lang>.png`` (1400×900) for both languages, and the main view at 1280×720
(``small-screen-<lang>.png``). A SQLite database is copied first:
the planner view saves two plans (an approved one and a draft) to show the list of saved plans.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _private_copy(url: str, folder: Path) -> str:
    """A SQLite database is copied first, as the planner view saves plans; others are used as
    they are."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or not Path(url[len(prefix):]).is_file():
        return url
    copy = folder / Path(url[len(prefix):]).name
    shutil.copyfile(url[len(prefix):], copy)
    return prefix + str(copy)


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the view did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    """Save the widget as a PNG (highest compression), once its background work is done."""
    runner = getattr(widget, "runner", None)
    if runner is not None:
        wait_until(app, lambda: runner.running == 0, 60)
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
    excel_view(app, w)
    grab(app, w, out / f"excel-{lang}.png")
    w.statusBar().clearMessage()
    w.buildings_panel.table.horizontalScrollBar().setValue(0)
    w.buildings_panel.table.clearSelection()
    w.tabs.setCurrentWidget(w.dashboard)
    wait_until(app, lambda: w.dashboard.data is not None and w.dashboard.refresh_button.isEnabled())
    grab(app, w, out / f"dashboard-{lang}.png")
    w.tabs.setCurrentWidget(w.verification)
    wait_until(app, lambda: w.verification.overview is not None and w.verification.view is not None
               and w.verification.view["estate"] == estate.estate)
    w.verification.buildings.selectRow(0)
    grab(app, w, out / f"verification-{lang}.png")
    w.tabs.setCurrentWidget(w.compare)
    wait_until(app, lambda: bool(w.compare.summaries))
    grab(app, w, out / f"compare-{lang}.png")
    w.tabs.setCurrentWidget(w.planner)
    w.planner.first_year.setValue(2008)
    w.planner.last_year.setValue(2010)
    w.planner.inputs_box.set_budget_rmb(5e9)         # 50 亿元 a year: the programme takes three years
    w.planner.presenter.result = None
    w.planner.inputs_box.choose_modes.setChecked(True)
    w.planner.solve()
    wait_until(app, lambda: w.planner.result is not None, 300)
    planner = w.planner
    wait_until(app, lambda: planner.plans_loaded)
    if not planner.plans and w.services.url.startswith("sqlite"):   # an approved version and a draft
        first = planner.save("三年计划 2008–2010")
        w.services.plans.approve(first, w.services.plans.get(first).version)
        planner.save("三年计划 2008–2010")
    planner.refresh_plans()
    wait_until(app, lambda: len(planner.plans) >= 2 and planner.selected_plan() is not None)
    planner.open_selected()
    grab(app, w, out / f"planner-{lang}.png")
    w.tabs.setCurrentWidget(w.buildings_panel)
    w.estates_panel.select_estate(None)
    wait_until(app, lambda: w.results.summary is not None and w.results.estate_id is None
               and not w.results.busy and w.buildings.model.rowCount() > 0, 300)
    grab(app, w, out / f"all-buildings-{lang}.png")
    small_screen(app, w, estate.id, out / f"small-screen-{lang}.png")


def small_screen(app: QApplication, w, estate_id: int, path: Path) -> None:  # noqa: ANN001 (MainWindow)
    """The window at 1280×720 (a laptop's screen) with an estate's results."""
    size = w.size()
    w.resize(1280, 720)
    w.estates_panel.select_estate(estate_id)
    wait_until(app, lambda: w.results.summary is not None and w.results.estate_id == estate_id
               and not w.results.busy and len(w.results.summary.buildings) == w.buildings.model.rowCount())
    grab(app, w, path)
    w.resize(size)


def excel_view(app: QApplication, w) -> None:  # noqa: ANN001 (MainWindow)
    """The buildings table scrolled sideways (楼号 stays), a block selected, and the reason a
    typed value was refused in the status bar."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from ui.buildings.delegates import entry_parser
    from ui.fields import BUILDING_BY_KEY

    panel, model, proxy = w.buildings_panel, w.buildings.model, w.buildings.proxy
    table = panel.table
    left, right = model.column_of("storeys"), model.column_of("package")
    table.horizontalScrollBar().setValue(table.columnViewportPosition(left) + table.horizontalScrollBar().value()
                                         - table.frozen_width())
    table.setCurrentIndex(proxy.index(2, left))
    table.selectionModel().select(QItemSelection(proxy.index(2, left), proxy.index(6, right)),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    try:
        entry_parser(BUILDING_BY_KEY["storeys"])("45")
    except ValueError as exc:
        panel.status_message.emit(str(exc))
    app.processEvents()


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
    work = tempfile.TemporaryDirectory(prefix="retrofit-screenshots-")
    services = open_services(_private_copy(args.db, Path(work.name)))
    window = MainWindow(services, settings)
    window.resize(1400, 900)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for lang in args.lang or ["zh", "en"]:
        shoot(app, window, lang, args.out)
    window.close()
    services.close()
    work.cleanup()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
