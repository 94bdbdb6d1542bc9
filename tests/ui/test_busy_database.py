"""An edit while another program holds the database's write lock (a long import): the app says
the database is busy, keeps the typed value (in the cell, marked as not saved, with its editor
open again; in the form), and saves it on Retry or when Enter (OK) is pressed again."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from retrofit.domain.errors import DatabaseBusyError
from retrofit.services import records
from retrofit.services.app import open_services
from ui.buildings.form import BuildingFormDialog
from ui.buildings.panel import BuildingsPanel
from ui.buildings.presenter import BuildingsPresenter


class Lock:
    """Another connection holding the write lock, as a long import does."""

    def __init__(self, path) -> None:  # noqa: ANN001
        self.con: sqlite3.Connection | None = sqlite3.connect(path, isolation_level=None)
        self.con.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        if self.con is not None:
            self.con.execute("ROLLBACK")
            self.con.close()
            self.con = None


@pytest.fixture
def city(tmp_path, monkeypatch):
    monkeypatch.setattr(records, "EDIT_WAIT_MS", 100)
    path = tmp_path / "city.sqlite"
    app = open_services(str(path))
    estate = app.records.create_estate({"estate": "老小区", "city": "唐山"})
    app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1978, "storeys": 5,
                                            "floor_area_m2": 3000.0, "households": 60, "wall_u": 1.6})
    yield app, path, estate.id
    app.close()


def _presenter(app, estate_id, undo_stack, errors, ask):  # noqa: ANN001
    presenter = BuildingsPresenter(app, undo_stack, errors.append, ask_retry=ask)
    presenter.load(estate_id)
    return presenter


def _cell(presenter, key):  # noqa: ANN001
    model = presenter.model
    return model.index(0, model.column_of(key))


def _stored(app, key):  # noqa: ANN001
    return app.records.list_buildings()[0].values[key]


def test_a_busy_database_keeps_the_value_in_the_cell_until_enter(city, undo_stack, errors, qtbot):
    app, path, estate_id = city
    asked: list[BaseException] = []
    presenter = _presenter(app, estate_id, undo_stack, errors, lambda exc: asked.append(exc) and False)
    kept = []
    presenter.edit_kept.connect(lambda building_id, key: kept.append(key))
    lock = Lock(path)
    try:
        assert not presenter.model.setData(_cell(presenter, "wall_u"), 0.45)
    finally:
        lock.release()
    assert isinstance(asked[0], DatabaseBusyError) and errors == [] and kept == ["wall_u"]
    assert "busy" in asked[0].message("en") and "正忙" in asked[0].message("zh")
    index = _cell(presenter, "wall_u")
    assert index.data(Qt.ItemDataRole.EditRole) == 0.45 and index.data() == "0.45"     # kept, shown
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Not saved yet" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert _stored(app, "wall_u") == 1.6 and undo_stack.count() == 0
    assert presenter.model.is_kept(presenter.model.building_id(0), "wall_u")
    assert presenter.model.setData(index, index.data(Qt.ItemDataRole.EditRole))          # Enter again
    assert _stored(app, "wall_u") == 0.45 and undo_stack.count() == 1
    assert index.data(Qt.ItemDataRole.ForegroundRole) is None and index.data(Qt.ItemDataRole.ToolTipRole) is None


def test_retry_saves_once_the_other_writer_is_done(city, undo_stack, errors):
    app, path, estate_id = city
    lock = Lock(path)

    def retry(exc: BaseException) -> bool:
        lock.release()                 # meanwhile the import finished
        return True

    presenter = _presenter(app, estate_id, undo_stack, errors, retry)
    try:
        assert presenter.model.setData(_cell(presenter, "storeys"), 6)
    finally:
        lock.release()
    assert _stored(app, "storeys") == 6 and undo_stack.count() == 1 and errors == []


def test_the_editor_opens_again_and_enter_saves(city, undo_stack, errors, qtbot):
    app, path, estate_id = city
    presenter = _presenter(app, estate_id, undo_stack, errors, lambda exc: False)
    panel = BuildingsPanel(presenter)
    qtbot.addWidget(panel)
    panel.show()
    view_index = presenter.proxy.mapFromSource(_cell(presenter, "wall_u"))
    lock = Lock(path)
    try:
        presenter.model.setData(_cell(presenter, "wall_u"), 0.45)
        editor = None

        def editor_open() -> bool:
            nonlocal editor
            editor = panel.table.focusWidget() if isinstance(panel.table.focusWidget(), QLineEdit) else None
            return editor is not None

        qtbot.waitUntil(editor_open, timeout=3000)
        assert editor.text() == "0.45" and panel.table.currentIndex() == view_index
    finally:
        lock.release()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(app, "wall_u") == 0.45, timeout=3000)
    assert not presenter.model.is_kept(presenter.model.building_id(0), "wall_u")
    assert _cell(presenter, "wall_u").data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_form_stays_open_with_the_typed_values_and_ok_saves(city, undo_stack, errors, qtbot):
    app, path, estate_id = city
    presenter = _presenter(app, estate_id, undo_stack, errors, lambda exc: False)
    row = presenter.model.rows()[0]
    dialog = BuildingFormDialog(row, presenter.packages(), None,
                                apply=lambda changes: presenter.save_form(row.id, changes))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editors["storeys"].setText("7")
    lock = Lock(path)
    try:
        dialog.accept()
        assert dialog.isVisible() and dialog.result() == 0                  # still open
        assert "busy" in dialog.form.error.text() or "正忙" in dialog.form.error.text()
        assert dialog.form.editors["storeys"].text() == "7" and _stored(app, "storeys") == 5
    finally:
        lock.release()
    dialog.accept()                                                         # OK again
    assert not dialog.isVisible() and _stored(app, "storeys") == 7
