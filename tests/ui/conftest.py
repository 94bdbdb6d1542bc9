"""Fixtures of the UI tests: fake services (presenter tests), the real services on a temporary
SQLite database with the demo city (integration tests), and a main window."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

sys.path.insert(0, str(Path(__file__).parent))

from fakes import FakeServices  # noqa: E402

from ui.settings import AppSettings  # noqa: E402


@pytest.fixture
def fake() -> FakeServices:
    return FakeServices()


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
    qtbot.waitUntil(lambda: bool(window.estates.proxy.facts), timeout=5000)
    yield window
    window.runner.cancel_all()
    window.runner.wait(5000)
