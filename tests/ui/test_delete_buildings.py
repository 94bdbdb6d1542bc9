"""Deleting buildings from the table: no error from the change notice of a deleted row, the
estates tree's counts follow the delete and its undo."""
import pytest
from PySide6.QtWidgets import QMessageBox

from retrofit import i18n
from ui.estates.tree_model import ESTATE_ID_ROLE


@pytest.fixture(autouse=True)
def chinese():
    """Messages of the core in Chinese (an earlier test may have switched the language)."""
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


def _count_cell(window, estate_id):
    model = window.estates.model
    for r in range(model.rowCount()):
        district = model.item(r, 0)
        for i in range(district.rowCount()):
            if district.child(i, 0).data(ESTATE_ID_ROLE) == estate_id:
                cells = district.child(i, 1), model.item(r, 1), model.item(0, 1)
                return tuple(int(cell.text().replace(",", "")) for cell in cells)     # 7,319
    raise AssertionError(f"estate {estate_id} not in the tree")


def test_delete_a_building_with_the_del_key_keeps_the_counts_right(window, services, qtbot, errors, monkeypatch):
    w = window
    estate = next(e for e in services.records.list_estates() if e.building_count >= 3)
    assert w.estates_panel.select_estate(estate.id)
    qtbot.waitUntil(lambda: w.buildings.model.rowCount() == estate.building_count)
    victim = w.buildings.model.rows()[1]
    w.buildings_panel.select_ids([victim.id])
    before = _count_cell(w, estate.id)
    assert before[0] == estate.building_count
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.menus.actions["delete"].trigger()                      # Del
    assert errors == []                                      # was: NotFoundError "building 24"
    assert w.buildings.model.row_by_id(victim.id) is None
    assert w.buildings.model.rowCount() == estate.building_count - 1
    qtbot.waitUntil(lambda: _count_cell(w, estate.id) == tuple(n - 1 for n in before))
    w.undo_stack.undo()                                      # the building comes back (with a new id)
    assert errors == []
    assert w.buildings.model.rowCount() == estate.building_count
    qtbot.waitUntil(lambda: _count_cell(w, estate.id) == before)
    w.undo_stack.redo()                                      # and goes again
    assert errors == []
    qtbot.waitUntil(lambda: _count_cell(w, estate.id) == tuple(n - 1 for n in before))
    assert w.estates_panel.current_estate_id() == estate.id  # the tree kept its selection
