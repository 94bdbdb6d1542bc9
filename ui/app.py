"""The composition root of the desktop app: the one place that builds and wires its parts.

:func:`run` sets the application names, the CJK font, the translators and the error hook,
opens the services for a database URL and shows the main window. Opening another database or
switching the language goes through :class:`AppController`.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import resources
from retrofit.services.api import AppServices
from ui.database import default_path, demo_path, sqlite_url
from ui.errors import install_excepthook, setup_logging, show_error
from ui.first_run import ask_start_database, is_first_start, is_interactive
from ui.i18n import install_translators, register_cjk_font
from ui.settings import AppSettings, data_dir

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ServicesFactory = Callable[[str], AppServices]
#: Test hook: when set, the app quits as soon as its first window is on screen, after printing
#: ``started: <window title> (<seconds> s)`` on standard error (the smoke test of the bundle).
QUIT_AFTER_START_ENV = "RETROFIT_QUIT_AFTER_START"
log = logging.getLogger("retrofit.ui")


def default_services(url: str) -> AppServices:
    """Open the real services (migrating the database). The demo database gets the demo city
    when it holds no estate yet (the first start)."""
    from retrofit.services.app import open_services

    services = open_services(url)
    if url == sqlite_url(demo_path()):
        from retrofit.demo import ensure_in

        try:
            ensure_in(services)
        except BaseException:
            services.close()
            raise
    return services


class AppController:
    """Owns the services and the main window; replaces both when another database is opened."""

    def __init__(self, app: QApplication, settings: AppSettings, factory: ServicesFactory = default_services) -> None:
        self.app = app
        self.settings = settings
        self.factory = factory
        self.services: AppServices | None = None
        self.window: MainWindow | None = None

    def open(self, url: str) -> bool:
        """Open ``url`` and show it in a (new) main window; on failure keep the current one."""
        from ui.main_window import MainWindow

        try:
            services = self.factory(url)
        except Exception as exc:  # an unreachable server, a foreign file: say so, keep going
            show_error(self.window, exc)
            return False
        old_window, old_services = self.window, self.services
        self.services = services
        self.window = MainWindow(services, self.settings)
        self.window.open_database_requested.connect(self.open)
        self.window.language_requested.connect(self.set_language)
        self.window.show()
        self.settings.last_db_url = url
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_services is not None:
            old_services.close()
        return True

    def set_language(self, lang: str) -> None:
        self.settings.language = install_translators(self.app, lang)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.services is not None:
            self.services.close()
            self.services = None


def setup_application(lang: str | None, settings: AppSettings) -> QApplication:
    """The QApplication with names, icon theme, CJK font, translators and the error hook."""
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("retrofit")
    QCoreApplication.setApplicationName("Retrofit Planner")
    QApplication.setDesktopFileName("retrofit-planner")
    QIcon.setThemeSearchPaths([str(resources.path("icons")), *QIcon.themeSearchPaths()])
    icon = resources.path("icons", "retrofit.png")
    if Path(icon).exists():
        app.setWindowIcon(QIcon(str(icon)))
    setup_logging(data_dir())
    install_excepthook(QApplication.activeWindow)
    register_cjk_font(app)
    settings.language = install_translators(app, lang or settings.language)
    return app


def start_url(db_url: str | None, settings: AppSettings) -> str:
    """The database to open: the argument, RETROFIT_DB, the last one, the commands' database when
    there is one (records imported with ``retrofit import`` before the app's first start), or
    the demo city."""
    chosen = db_url or os.environ.get("RETROFIT_DB") or settings.last_db_url
    if chosen:
        return chosen
    commands_db = default_path()
    return sqlite_url(commands_db if commands_db.exists() else demo_path())


def run(db_url: str | None, lang: str | None) -> int:
    """Start the desktop app; returns the exit status."""
    started = time.perf_counter()
    settings = AppSettings()
    app = setup_application(lang, settings)
    from retrofit import version

    log.info("Retrofit Planner %s starting (Qt platform %s)", version(), QApplication.platformName())
    quit_after_start = bool(os.environ.get(QUIT_AFTER_START_ENV))
    url = start_url(db_url, settings)
    if not quit_after_start and is_interactive() and is_first_start(db_url, settings):
        asked = ask_start_database()
        if asked is None:
            return 0
        url = asked
    controller = AppController(app, settings)
    if not controller.open(url) and not (url != sqlite_url(demo_path()) and controller.open(sqlite_url(demo_path()))):
        return 1
    if quit_after_start:
        QTimer.singleShot(0, lambda: _report_started(app, controller, started))
    try:
        return app.exec()
    finally:
        controller.close()


def _report_started(app: QApplication, controller: AppController, started: float) -> None:
    window = controller.window
    title = window.windowTitle() if window is not None and window.isVisible() else "(no window)"
    print(f"started: {title} ({time.perf_counter() - started:.2f} s)", file=sys.stderr, flush=True)
    app.exit(0 if window is not None and window.isVisible() else 1)
