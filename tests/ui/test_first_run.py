"""A PC's first start: the question demo city / empty database, the log, "copy details"."""
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ui import first_run
from ui.database import default_path, demo_path, sqlite_url
from ui.errors import add_copy_button, setup_logging


def test_first_start_only_when_nothing_names_a_database(app_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path))
    monkeypatch.delenv("RETROFIT_DB", raising=False)
    assert first_run.is_first_start(None, app_settings)
    assert not first_run.is_first_start("sqlite:///x.sqlite", app_settings)
    monkeypatch.setenv("RETROFIT_DB", "sqlite:///env.sqlite")
    assert not first_run.is_first_start(None, app_settings)
    monkeypatch.delenv("RETROFIT_DB")
    demo_path().write_bytes(b"")
    assert not first_run.is_first_start(None, app_settings)
    demo_path().unlink()
    default_path().write_bytes(b"")                 # the commands made their database first
    assert not first_run.is_first_start(None, app_settings)
    default_path().unlink()
    app_settings.last_db_url = "sqlite:///last.sqlite"
    assert not first_run.is_first_start(None, app_settings)


def test_tests_and_scripts_are_never_asked(qapp):
    assert QApplication.platformName() == "offscreen"
    assert not first_run.is_interactive()


def _answer(monkeypatch, which: int | None):
    """Make the question's dialog click its button number ``which`` (None: cancel)."""
    seen = {}

    def fake_exec(box):
        buttons = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        seen["default"] = box.defaultButton().text()
        seen["texts"] = [b.text() for b in buttons]
        chosen = buttons[which] if which is not None else box.button(QMessageBox.StandardButton.Cancel)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_the_question_offers_the_demo_city_first_and_an_empty_database(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path))
    seen = _answer(monkeypatch, 0)
    assert first_run.ask_start_database() == sqlite_url(demo_path())
    assert seen["texts"] == ["Open the demo city", "Start an empty database"]
    assert seen["default"] == "Open the demo city"
    _answer(monkeypatch, 1)
    assert first_run.ask_start_database() == sqlite_url(default_path())   # shared with the commands
    _answer(monkeypatch, None)
    assert first_run.ask_start_database() is None


def test_copy_details_puts_the_traceback_on_the_clipboard_and_keeps_the_dialog(qapp, qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    button = add_copy_button(box, "Traceback: KeyError 'broken'")
    box.show()
    button.click()
    assert QApplication.clipboard().text() == "Traceback: KeyError 'broken'"
    assert box.isVisible()


def test_log_file_records_the_start(tmp_path):
    path = setup_logging(tmp_path)
    logging.getLogger("retrofit.ui").info("Retrofit Planner test starting")
    logging.getLogger("some.library").info("chatter that is not logged")
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(path):
            handler.close()
            logging.getLogger().removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "Retrofit Planner test starting" in text and "chatter" not in text


def test_the_app_starts_to_its_first_window_and_quits_with_the_test_hook(tmp_path):
    """What the smoke test of the bundle does, here with the console script."""
    script = Path(sys.executable).with_name("retrofit")
    home = tmp_path / "用户 数据"
    env = {**os.environ, "RETROFIT_HOME": str(home), "RETROFIT_QUIT_AFTER_START": "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RETROFIT_DB", None)
    result = subprocess.run([str(script), "--lang", "en"], capture_output=True, text=True, encoding="utf-8",
                            env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "started: Retrofit Planner — demo-city.sqlite" in result.stderr
    assert (home / "demo-city.sqlite").stat().st_size > 100_000
    assert "starting (Qt platform offscreen)" in (home / "retrofit.log").read_text(encoding="utf-8")
