"""The first start on a computer: open the demo city (the default) or start an empty database.

Asked only when nothing names a database (no ``--db``, no ``RETROFIT_DB``, no database used
before, neither the commands' ``retrofit.sqlite`` nor the demo city in the data folder) and a
person can answer (a real display, not the offscreen or minimal platform of tests and scripts).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.database import default_path, demo_path, sqlite_url
from ui.settings import AppSettings

translate = QCoreApplication.translate

#: Platforms without a person in front of them.
UNATTENDED_PLATFORMS = ("offscreen", "minimal")


def is_first_start(db_url: str | None, settings: AppSettings) -> bool:
    """Nothing names a database and the data folder holds none yet."""
    if db_url or os.environ.get("RETROFIT_DB") or settings.last_db_url:
        return False
    return not default_path().exists() and not demo_path().exists()


def is_interactive() -> bool:
    return QApplication.platformName() not in UNATTENDED_PLATFORMS


def ask_start_database(parent: QWidget | None = None) -> str | None:
    """Ask which database to start with; returns its URL, or None when the person closed the
    question (the app then does not start)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FirstRun", "Welcome to Retrofit Planner"))
    box.setText(translate("FirstRun", "How would you like to start?"))
    box.setInformativeText(translate(
        "FirstRun",
        "The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do "
        "there touches your own records.\n\nAn empty database is where your own records go: "
        "type them in or import the registers you have (File → Import)."))
    demo = box.addButton(translate("FirstRun", "Open the demo city"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(translate("FirstRun", "Start an empty database"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(demo)
    box.exec()
    clicked = box.clickedButton()
    if clicked is demo:
        return sqlite_url(demo_path())
    if clicked is empty:
        return sqlite_url(default_path())
    return None
