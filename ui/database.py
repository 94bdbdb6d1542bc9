"""Handlers of the File and Edit menus that open dialogs: databases, import, export, reports,
the measure catalogue and the settings."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from retrofit import paths
from ui.i18n import QT_TRANSLATE_NOOP
from ui.settings import data_dir

translate = QCoreApplication.translate


if TYPE_CHECKING:
    from ui.main_window import MainWindow


def display_url(url: str) -> str:
    """The URL without its password, for titles and lists (``user:***@host``)."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def short_name(url: str) -> str:
    """What the title and status bar show: a SQLite file's name (``demo-city.sqlite``), or a
    server database as ``user@host/name`` (never the password)."""
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):]).name or url
    return re.sub(r"^[a-z0-9+]+://", "", display_url(url)).replace(":***@", "@")


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def demo_path() -> Path:
    """The demo city the app creates and opens on its first start."""
    return data_dir() / paths.DEMO_FILENAME


def default_path() -> Path:
    """The database the commands use when none is named (``retrofit import`` without ``--db``)."""
    return data_dir() / paths.DB_FILENAME


def new_database(w: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(w, translate("Database", "New database"), str(default_path()),
                                          translate("Database", "SQLite database (*.sqlite *.db)"))
    if path:
        w.open_database_requested.emit(sqlite_url(path))


def open_database(w: MainWindow) -> None:
    """A file, or a PostgreSQL URL for a shared office database."""
    choices = [translate("Database", "A database file on this computer…"),
               translate("Database", "A shared PostgreSQL database (URL)…"),
               *[display_url(u) for u in w.app_settings.recent_db_urls]]
    choice, ok = QInputDialog.getItem(w, translate("Database", "Open database"), translate("Database", "Open:"),
                                      choices, 0, False)
    if not ok:
        return
    if choice == choices[0]:
        path, _ = QFileDialog.getOpenFileName(w, translate("Database", "Open database"), str(data_dir()),
                                              translate("Database", "SQLite database (*.sqlite *.db);;All files (*)"))
        if path:
            w.open_database_requested.emit(sqlite_url(path))
    elif choice == choices[1]:
        url, ok = QInputDialog.getText(w, translate("Database", "Open database"),
                                       translate("Database", "URL, e.g. postgresql+psycopg://user@server/retrofit"),
                                       QLineEdit.EchoMode.Normal, "postgresql+psycopg://")
        if ok and url.strip():
            w.open_database_requested.emit(url.strip())
    else:
        recent = {display_url(u): u for u in w.app_settings.recent_db_urls}
        w.open_database_requested.emit(recent.get(choice, choice))


def open_demo(w: MainWindow) -> None:
    w.open_database_requested.emit(sqlite_url(demo_path()))


def import_register(w: MainWindow) -> None:
    from ui.imports.wizard import ImportWizard

    ImportWizard(w.services, w.runner, w.app_settings, w).exec()


def _exported(w: MainWindow, text: str, count: int) -> None:
    """The count of an export in the status bar (the texts are listed for pyside6-lupdate, which
    misses a call as the count argument)."""
    w.statusBar().showMessage(translate("Database", text, None, count), 8000)


_EXPORT_TEXTS = (QT_TRANSLATE_NOOP("Database", "Exported %Ln building(s)"),
                 QT_TRANSLATE_NOOP("Database", "Exported %Ln reading(s)"))


def import_meters(w: MainWindow) -> None:
    """The import wizard for a meter register (method §12)."""
    from ui.imports.meters import MeterSource
    from ui.imports.wizard import ImportWizard

    ImportWizard(w.services, w.runner, w.app_settings, w, source=MeterSource()).exec()


def export_meters(w: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(w, translate("Database", "Export meter register"),
                                          str(Path.home() / "meters.xlsx"),
                                          translate("Database", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not path:
        return
    w.runner.start(lambda progress, cancel: w.services.verification.export(Path(path)),
                   on_success=lambda n: _exported(w, "Exported %Ln reading(s)", int(n)),
                   on_failure=w.show_error, dialog_parent=w, title=translate("Database", "Exporting…"))


def export_register(w: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(w, translate("Database", "Export register"),
                                          str(Path.home() / "register.xlsx"),
                                          translate("Database", "Excel workbook (*.xlsx);;CSV (*.csv)"))
    if not path:
        return
    w.runner.start(lambda progress, cancel: w.services.imports.export(Path(path), progress=progress),
                   on_success=lambda n: _exported(w, "Exported %Ln building(s)", int(n)),
                   on_failure=w.show_error, dialog_parent=w, title=translate("Database", "Exporting…"))


def open_reports(w: MainWindow) -> None:
    from ui.reports.dialog import ReportsDialog

    try:
        available = getattr(w.services, "reports", None) is not None
    except ImportError:
        available = False
    if not available:
        QMessageBox.information(w, translate("Database", "Reports"),
                                translate("Database", "Reports are not available with this database."))
        return
    ReportsDialog(w.services, w.runner, w.app_settings, list(w.estates.estates.values()),
                  w.estates_panel.current_estate_id(), w).exec()


def open_catalogue(w: MainWindow) -> None:
    from ui.catalogue.dialog import CatalogueDialog

    CatalogueDialog(w.services, w.show_error, w).exec()


def open_settings(w: MainWindow) -> None:
    from ui.preferences.dialog import SettingsDialog

    dialog = SettingsDialog(w.services, w.app_settings.language, w.show_error, w)
    if dialog.exec() and dialog.language() != w.app_settings.language:
        w.language_requested.emit(dialog.language())
