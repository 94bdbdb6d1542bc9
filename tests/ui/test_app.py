"""The composition root: which database opens, switching databases and languages, errors."""
import logging
import sys

from PySide6.QtWidgets import QMessageBox

from ui import app as app_module
from ui.app import AppController, start_url
from ui.database import default_path, demo_path, sqlite_url
from ui.errors import install_excepthook, setup_logging


def test_start_url_prefers_argument_then_environment_then_last_then_demo(app_settings, monkeypatch, tmp_path):
    monkeypatch.delenv("RETROFIT_DB", raising=False)
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path))
    assert start_url(None, app_settings) == sqlite_url(demo_path())
    default_path().write_bytes(b"")        # the commands made their database before the first start
    assert start_url(None, app_settings) == sqlite_url(default_path())
    app_settings.last_db_url = "sqlite:///last.sqlite"
    assert start_url(None, app_settings) == "sqlite:///last.sqlite"
    monkeypatch.setenv("RETROFIT_DB", "sqlite:///env.sqlite")
    assert start_url(None, app_settings) == "sqlite:///env.sqlite"
    assert start_url("sqlite:///arg.sqlite", app_settings) == "sqlite:///arg.sqlite"
    assert app_settings.recent_db_urls[0] == "sqlite:///last.sqlite"


def test_controller_opens_replaces_and_keeps_the_window_on_failure(qapp, qtbot, app_settings, demo_url,
                                                                   monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, exc: shown.append(exc))
    controller = AppController(qapp, app_settings)
    try:
        assert controller.open(demo_url)
        first = controller.window
        qtbot.waitUntil(lambda: first.results.figures is not None, timeout=30000)
        assert app_settings.last_db_url == demo_url
        assert not controller.open("nosuchdialect://nowhere")
        assert controller.window is first and shown                   # said so, kept working
        empty = sqlite_url(tmp_path / "new.sqlite")
        assert controller.open(empty)                                  # File → New database
        assert controller.window is not first
        assert controller.window.estates.estates == {}
        controller.set_language("en")
        assert app_settings.language == "en"
    finally:
        controller.close()


def test_unexpected_errors_are_logged_and_shown(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "show", lambda self: shown.append(self.detailedText()))
    log_file = setup_logging(tmp_path)
    old_hook = sys.excepthook
    try:
        install_excepthook()
        try:
            raise KeyError("broken")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "") == str(log_file):
            handler.close()
            logging.getLogger().removeHandler(handler)
    assert "KeyError" in shown[0]
    assert "KeyError: 'broken'" in log_file.read_text(encoding="utf-8")


def test_first_start_creates_the_demo_city_in_the_data_folder(qapp, qtbot, app_settings, monkeypatch, tmp_path):
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("RETROFIT_DB", raising=False)
    controller = AppController(qapp, app_settings)
    try:
        url = start_url(None, app_settings)
        assert url == sqlite_url(tmp_path / "home" / "demo-city.sqlite")
        assert controller.open(url)
        assert len(controller.window.estates.estates) > 400
        qtbot.waitUntil(lambda: controller.window.results.figures is not None, timeout=30000)
    finally:
        controller.close()
    assert (tmp_path / "home" / "demo-city.sqlite").is_file()


def test_passwords_are_not_shown():
    from ui.database import display_url

    assert display_url("postgresql+psycopg://planner:secret@server/retrofit") == \
        "postgresql+psycopg://planner:***@server/retrofit"
    assert display_url("sqlite:////tmp/a.sqlite") == "sqlite:////tmp/a.sqlite"


def test_title_and_status_bar_name_the_database_briefly():
    from ui.database import short_name

    assert short_name("sqlite:////home/li/RetrofitPlanner/demo-city.sqlite") == "demo-city.sqlite"
    assert short_name("sqlite:///C:/plans/city.sqlite") == "city.sqlite"
    assert short_name("postgresql+psycopg://planner:secret@server/retrofit") == "planner@server/retrofit"


def test_the_app_and_the_commands_share_one_data_folder(monkeypatch, tmp_path, capsys):
    """The demo city the app creates sits next to the commands' default database, and the
    commands' help names both files, so the user can point a command at the app's demo city."""
    from retrofit.cli import main
    from retrofit.storage.db import default_url

    monkeypatch.delenv("RETROFIT_DB", raising=False)
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path / "home"))
    assert demo_path() == (tmp_path / "home" / "demo-city.sqlite")
    assert default_url() == f"sqlite:///{tmp_path / 'home' / 'retrofit.sqlite'}"
    try:
        main(["estimate", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    text = "".join(capsys.readouterr().out.split())  # help lines wrap inside the paths
    assert "demo-city.sqlite" in text and "retrofit.sqlite" in text
