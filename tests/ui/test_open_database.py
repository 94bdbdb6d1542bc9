"""File → Open database with something that is not our database: the window says what is wrong
in the user's language (never "Unexpected error" with SQLAlchemy's text), keeps the database it
had open, and changes nothing in the chosen file."""
from __future__ import annotations

import pytest
from _badfiles import KINDS, snapshot
from PySide6.QtWidgets import QMessageBox

from retrofit import i18n
from ui.app import AppController
from ui.database import sqlite_url

ZH = {"text": "不是数据库文件", "csv": "不是数据库文件", "truncated": "已损坏", "corrupted": "已损坏",
      "folder": "是文件夹", "other_app": "不是本程序的数据库", "other_app_with_estate": "不是本程序的数据库",
      "other_alembic_app": "不是本程序的数据库"}


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "show", lambda self: shown.append((self.windowTitle(), self.text())))
    return shown


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_open_database_says_what_is_wrong(kind, qapp, app_settings, tmp_path, boxes):
    folder = tmp_path / "files"
    folder.mkdir()
    path = KINDS[kind](folder)
    before = snapshot(folder)
    good = sqlite_url(tmp_path / "good.sqlite")
    controller = AppController(qapp, app_settings)
    i18n.set_language("zh")
    try:
        assert controller.open(good)
        window = controller.window
        assert not controller.open(sqlite_url(path))
        assert controller.window is window and app_settings.last_db_url == good
    finally:
        controller.close()
        i18n.set_language(None)
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title != "Unexpected error" and title != "意外错误"
    assert ZH[kind] in text and str(path) in text and "sqlalchemy" not in text.lower()
    assert snapshot(folder) == before


def test_a_read_only_file_is_a_clear_message(qapp, app_settings, tmp_path, boxes):
    from _mounts import read_only_folder

    from retrofit.services.app import open_services

    folder = tmp_path / "ro"
    folder.mkdir()
    open_services(str(folder / "city.sqlite")).close()
    controller = AppController(qapp, app_settings)
    i18n.set_language("en")
    try:
        with read_only_folder(folder):
            assert not controller.open(sqlite_url(folder / "city.sqlite"))
    finally:
        controller.close()
        i18n.set_language(None)
    assert "is read-only" in boxes[0][1]


def test_a_url_of_no_known_database_is_a_clear_message(qapp, app_settings, boxes):
    controller = AppController(qapp, app_settings)
    i18n.set_language("en")
    try:
        assert not controller.open("nosuchdialect://nowhere")
    finally:
        controller.close()
        i18n.set_language(None)
    assert boxes[0][0] == "Retrofit Planner" and "Cannot open the database nosuchdialect://nowhere" in boxes[0][1]


def test_an_unreachable_server_at_the_start_is_a_clear_message(qapp, app_settings, tmp_path, boxes):
    """The app's start opens the database through AppController.open: a server that cannot be
    reached is said in words, and the start goes on with another database."""
    controller = AppController(qapp, app_settings)
    i18n.set_language("zh")
    try:
        assert not controller.open("postgresql://planner:secret@127.0.0.1:9/city")
        assert controller.window is None
        assert controller.open(sqlite_url(tmp_path / "fallback.sqlite"))
    finally:
        controller.close()
        i18n.set_language(None)
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title not in ("Unexpected error", "意外错误")
    assert "无法连接数据库服务器" in text and "127.0.0.1:9" in text and "secret" not in text
