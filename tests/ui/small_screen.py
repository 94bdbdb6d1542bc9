"""Lay out the main window, each tab and the dialogs on the screen the Qt platform offers and
print what does not fit, as JSON (run in its own process by ``test_small_screens.py``, with
``QT_QPA_PLATFORM=offscreen:configfile=…`` giving a laptop screen and ``QT_SCALE_FACTOR``).

    python tests/ui/small_screen.py DB_URL
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget


def cut_widgets(top: QWidget) -> list[str]:
    """Visible labels, buttons, drop-downs and line edits narrower or lower than they need, or
    reaching out of the part of their parent that shows them."""
    out = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or not isinstance(w, (QLabel, QAbstractButton, QComboBox, QLineEdit)):
            continue
        if w.objectName().startswith("qt_") or w.objectName().startswith("Scroll"):   # Qt's own parts
            continue
        if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
            continue
        need = w.minimumSizeHint()
        if w.width() + 1 < need.width() or w.height() + 1 < need.height():
            out.append(f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()!r}: "
                       f"{w.width()}×{w.height()} < {need.width()}×{need.height()}")
    return out


def fits(rect: QRect, area: QRect) -> bool:
    return area.adjusted(-2, -2, 2, 2).contains(rect)


def report(name: str, w: QWidget, area: QRect, app: QApplication) -> dict:
    for _ in range(5):
        app.processEvents()
    frame = w.frameGeometry()
    return {"name": name, "size": [w.width(), w.height()], "fits": fits(frame, area),
            "minimum": [w.minimumSizeHint().width(), w.minimumSizeHint().height()], "cut": cut_widgets(w)}


def wait(app: QApplication, condition, timeout: float = 60.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.01)


def dialogs(w) -> dict[str, QWidget]:  # noqa: ANN001 (MainWindow)
    from ui.catalogue.dialog import CatalogueDialog
    from ui.fields import BUILDING_FIELDS
    from ui.forms import FormDialog
    from ui.imports.wizard import ImportWizard
    from ui.preferences.dialog import SettingsDialog
    from ui.reports.dialog import ReportsDialog

    return {
        "settings": SettingsDialog(w.services, "zh", w.show_error, w),
        "catalogue": CatalogueDialog(w.services, w.show_error, w),
        "reports": ReportsDialog(w.services, w.runner, w.app_settings, list(w.estates.estates.values()), None, w,
                                 open_folder=False),
        "import": ImportWizard(w.services, w.runner, w.app_settings, w),
        "building form": FormDialog("building", BUILDING_FIELDS, {}, parent=w),
    }


def main(url: str) -> int:
    from retrofit.services.app import open_services
    from ui.app import setup_application
    from ui.main_window import MainWindow
    from ui.settings import AppSettings

    settings = AppSettings(Path(tempfile.mkdtemp()) / "ui.ini")
    app = setup_application("zh", settings)
    services = open_services(url)
    w = MainWindow(services, settings)
    w.show()
    wait(app, lambda: w.results.figures is not None)
    area = w.screen().availableGeometry()
    out = {"screen": [area.width(), area.height()], "views": []}
    for tab in (w.buildings_panel, w.dashboard, w.compare, w.planner):
        w.tabs.setCurrentWidget(tab)
        out["views"].append(report(type(tab).__name__, w, area, app))
    for name, dialog in dialogs(w).items():
        dialog.show()
        out["views"].append(report(name, dialog, area, app))
        dialog.close()
    print(json.dumps(out, ensure_ascii=False))
    w.runner.cancel_all()
    w.runner.wait(30000)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
