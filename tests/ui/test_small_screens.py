"""The app on laptop screens: 1280×720, 1366×768 at 125 % and 1920×1080 at 150 % (the offscreen
platform given that screen, QT_SCALE_FACTOR for the scaling). The main window with each tab and
every dialog fit the screen's available area, and no label, button or field is cut. Also: the
first start sizes the window from the screen, and a remembered geometry is restored only when
it fits one of today's screens."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt

from ui.screens import first_geometry, fits_a_screen, fitted

HERE = Path(__file__).parent


def _screen_config(tmp_path: Path, width: int, height: int) -> str:
    path = tmp_path / "screen.json"
    path.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale", "logical"), [
    (1280, 720, "1", (1280, 720)), (1366, 768, "1.25", (1093, 614)), (1920, 1080, "1.5", (1280, 720))])
def test_every_view_and_dialog_fits_a_laptop_screen(demo_url, tmp_path, width, height, scale, logical):
    env = {**os.environ, "QT_QPA_PLATFORM": _screen_config(tmp_path, width, height), "QT_SCALE_FACTOR": scale,
           "RETROFIT_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, str(HERE / "small_screen.py"), demo_url], capture_output=True, text=True,
                         env=env, timeout=600, cwd=HERE.parents[1])
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert tuple(result["screen"]) == logical
    names = [v["name"] for v in result["views"]]
    assert names == ["BuildingsPanel", "DashboardPanel", "ComparePanel", "PlannerPanel", "settings", "catalogue",
                     "reports", "import", "building form"]
    for view in result["views"]:
        assert view["fits"], view
        assert view["minimum"][0] <= logical[0] and view["minimum"][1] <= logical[1], view
        assert view["cut"] == [], view


def test_first_start_takes_the_size_the_screen_allows():
    big = QRect(0, 0, 2560, 1400)
    assert first_geometry(big).size() == QSize(1400, 900)
    assert big.contains(first_geometry(big)) and first_geometry(big).center() == big.center()
    laptop = QRect(0, 0, 1280, 680)                         # 1280×720 less a task bar
    rect = first_geometry(laptop)
    assert laptop.contains(rect) and rect.width() <= 1280 and rect.height() <= 680
    assert fitted(QSize(900, 560), QRect(0, 0, 853, 480)) == QSize(801, 451)


def test_a_remembered_geometry_is_restored_only_when_it_fits(qtbot, fake, app_settings):
    from ui.main_window import MainWindow

    window = MainWindow(fake, app_settings, lambda exc: None)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert fits_a_screen(window.geometry())                       # the first start fits
    inside = QRect(screen.x() + 10, screen.y() + 10, screen.width() // 2, screen.height() // 2)
    window.setGeometry(inside)
    app_settings.save_window_state(window.saveGeometry(), window.saveState())
    again = MainWindow(fake, app_settings, lambda exc: None)
    qtbot.addWidget(again)
    assert again.geometry().size() == inside.size()                # a geometry that fits is kept
    window.setGeometry(QRect(screen.right() + 500, 0, screen.width() // 2, screen.height() // 2))
    app_settings.save_window_state(window.saveGeometry(), window.saveState())
    moved = MainWindow(fake, app_settings, lambda exc: None)       # a screen that is gone
    qtbot.addWidget(moved)
    assert screen.contains(moved.geometry())
    window.setGeometry(QRect(0, 0, screen.width() + 600, screen.height() + 400))
    app_settings.save_window_state(window.saveGeometry(), window.saveState())
    large = MainWindow(fake, app_settings, lambda exc: None)       # larger than today's screen
    qtbot.addWidget(large)
    assert screen.contains(large.geometry())
    for w in (window, again, moved, large):
        w.runner.cancel_all()
        w.runner.wait(5000)


def test_the_results_panel_is_never_narrower_than_its_figures(fake_window, qtbot, qapp):
    from ui.results.panel import MINIMUM_WIDTH

    w = fake_window
    qtbot.waitUntil(lambda: w.runner.running == 0)   # no figures arriving after the layout below
    w.resizeDocks([w.results_dock], [60], Qt.Orientation.Horizontal)
    qapp.processEvents()                               # the layout done for the texts shown
    assert w.results_panel.width() >= MINIMUM_WIDTH
    for key, label in w.results_panel.values.items():
        if key != "scope" and label.text():
            assert label.width() >= label.sizeHint().width(), key     # a figure is never cut
