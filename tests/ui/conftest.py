"""Fixtures of the UI tests: fake services (presenter tests), the real services on a temporary
SQLite database with the demo city (integration tests), and a main window."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fakes import FakeServices
from PySide6.QtGui import QUndoStack

from ui.settings import AppSettings


@pytest.fixture
def fake() -> FakeServices:
    return FakeServices()


@pytest.fixture
def zh(qapp):  # noqa: ANN001
    """The app in Chinese for one test (English again afterwards, as the other tests expect)."""
    from ui.i18n import install_translators

    install_translators(qapp, "zh")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def errors() -> list[BaseException]:
    return []


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "ui.ini")


@pytest.fixture
def undo_stack(qapp) -> QUndoStack:  # noqa: ANN001
    return QUndoStack()


@pytest.fixture
def fake_window(qtbot, fake, app_settings, errors):  # noqa: ANN001
    from ui.main_window import MainWindow

    window = MainWindow(fake, app_settings, errors.append)
    qtbot.addWidget(window)
    window.show()
    window.estates.ensure_facts()
    qtbot.waitUntil(lambda: window.estates.facts_ready, timeout=5000)
    yield window
    window.runner.cancel_all()
    window.runner.wait(5000)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A SQLite file with the newest schema and no records, built once per test session."""
    from retrofit.services.app import open_services

    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_services(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def empty_services(empty_template, tmp_path):
    """The real services on a private copy of an empty database."""
    from retrofit.services.app import open_services

    path = tmp_path / "empty.sqlite"
    shutil.copyfile(empty_template, path)
    app = open_services(f"sqlite:///{path}")
    yield app
    app.close()


@pytest.fixture
def services(demo_url):
    from retrofit.services.app import open_services

    app = open_services(demo_url)
    yield app
    app.close()


@pytest.fixture
def window(qtbot, services, app_settings, errors):  # noqa: ANN001
    """The main window on the demo city, with its first estate selected and computed."""
    from ui.main_window import MainWindow

    w = MainWindow(services, app_settings, errors.append)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.results.figures is not None, timeout=20000)
    yield w
    w.runner.cancel_all()
    w.runner.wait(30000)
