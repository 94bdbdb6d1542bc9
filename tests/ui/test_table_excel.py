"""The buildings table as in Excel (fake services): paste a block (validated, one undo step),
a refused paste, fill down, copy with and without headers, the frozen 楼号 column, drop-downs
that save on a choice and on a focus change, a refused value explained."""
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from retrofit import i18n


@pytest.fixture(autouse=True)
def chinese():
    """Messages of the core in Chinese (an earlier test may have switched the language)."""
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


def _estate(window, estate_id=1):
    assert window.estates_panel.select_estate(estate_id)
    return window.buildings_panel, window.buildings.model, window.buildings.proxy


def _values(model, key):
    return [r.values[key] for r in model.rows()]


def _select(panel, proxy, top, left, bottom, right):
    selection = QItemSelection(proxy.index(top, left), proxy.index(bottom, right))
    panel.table.setCurrentIndex(proxy.index(top, left))
    panel.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_paste_a_block_from_excel_is_one_undo_step(fake_window, qtbot):
    w = fake_window
    panel, model, proxy = _estate(w)
    storeys = model.column_of("storeys")
    panel.table.setCurrentIndex(proxy.index(0, storeys))
    QGuiApplication.clipboard().setText("7\t3,600\t70\r\n8\t4000㎡\t80\r\n")    # as Excel copies it
    count = w.undo_stack.count()
    panel.editing.act_paste.trigger()
    assert _values(model, "storeys") == [7, 8, 7]
    assert _values(model, "floor_area_m2") == [3600.0, 4000.0, 3200.0]
    assert _values(model, "households") == [70, 80, 60]
    assert [w.services.records.get_building(r.id).values["storeys"] for r in model.rows()] == [7, 8, 7]
    assert w.undo_stack.count() == count + 1 and "6" in w.undo_stack.undoText()
    w.undo_stack.undo()                                          # all six cells back at once
    assert _values(model, "storeys") == [5, 6, 7]
    assert _values(model, "floor_area_m2") == [3000.0, 3100.0, 3200.0]
    assert _values(model, "households") == [60, 60, 60]
    w.undo_stack.redo()
    assert _values(model, "households") == [70, 80, 60]


def test_a_header_row_sends_each_column_where_it_belongs(fake_window):
    w = fake_window
    panel, model, proxy = _estate(w)
    panel.table.setCurrentIndex(proxy.index(1, model.column_of("building")))
    text = "窗墙比\t结构类型\t居然不存在的列\n"
    assert not panel.editing.paste(text + "35%\t框架\t1\n")          # an unknown header: treated as data
    assert panel.editing.paste("窗墙比\t结构类型\tStoreys\n35%\t框架\t9\n30\tlarge panel\t10\n")
    assert _values(model, "wwr") == [None, 0.35, 0.3]               # "30" in a share means 30 %
    assert _values(model, "structure") == ["brick_concrete", "frame", "large_panel"]
    assert _values(model, "storeys") == [5, 9, 10]


def test_a_wrong_cell_refuses_the_whole_paste_and_names_it(fake_window, monkeypatch, errors):
    w = fake_window
    panel, model, proxy = _estate(w)
    shown = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append((box.text(), box.informativeText())))
    panel.table.setCurrentIndex(proxy.index(0, model.column_of("storeys")))
    before = [r.values for r in model.rows()]
    count = w.undo_stack.count()
    assert not panel.editing.paste("6\t3000\n45\tabc\n7\t3100\n")
    assert [r.values for r in model.rows()] == before and w.undo_stack.count() == count
    head, cells = shown[-1]
    assert head == "粘贴的内容有 2 处错误，未做任何修改。"
    assert "2号楼，“层数”，值“45”：应在 1–40 范围内" in cells
    assert "2号楼，“建筑面积”，值“abc”：不是数字" in cells
    assert "storeys" not in cells and "floor_area" not in cells
    assert not panel.editing.paste("1\n2\n3\n4\n")                 # longer than the table: no new rows
    assert "粘贴不会新建楼栋" in shown[-1][1]
    panel.table.setCurrentIndex(proxy.index(0, model.column_of("building")))
    assert not panel.editing.paste("3号楼\n")                       # the same number twice in the estate
    assert "楼号“3号楼”在“河北小区”中重复" in shown[-1][1]
    assert w.undo_stack.count() == count and errors == []


def test_one_cell_pasted_into_a_selection_fills_it(fake_window):
    w = fake_window
    panel, model, proxy = _estate(w)
    mode = model.column_of("mode")
    _select(panel, proxy, 0, mode, 2, mode)
    assert panel.editing.paste("加层改造")
    assert _values(model, "mode") == ["add_storey"] * 3


def test_fill_down_copies_the_top_cell_and_is_undone_in_one_step(fake_window):
    w = fake_window
    panel, model, proxy = _estate(w)
    left, right = model.column_of("year_built"), model.column_of("storeys")
    _select(panel, proxy, 0, left, 2, right)
    count = w.undo_stack.count()
    panel.editing.act_fill.trigger()                              # Ctrl+D
    assert _values(model, "year_built") == [1980] * 3
    assert _values(model, "structure") == ["brick_concrete"] * 3
    assert _values(model, "storeys") == [5, 5, 5]
    assert w.undo_stack.count() == count + 1
    w.undo_stack.undo()
    assert _values(model, "year_built") == [1980, 1981, 1982] and _values(model, "storeys") == [5, 6, 7]
    wall = model.column_of("wall_u")                               # one cell: the value above it
    _select(panel, proxy, 2, wall, 2, wall)
    assert panel.editing.fill_down()
    assert _values(model, "wall_u") == [1.6, None, None]


def test_copy_a_selection_as_tab_separated_text(fake_window):
    w = fake_window
    panel, model, proxy = _estate(w)
    w.buildings.set_field([1], "wwr", 0.35)
    _select(panel, proxy, 0, model.column_of("building"), 1, model.column_of("storeys"))
    panel.editing.act_copy.trigger()                              # Ctrl+C
    assert QGuiApplication.clipboard().text() == "1号楼\t1980\t砖混\t5\r\n2号楼\t1981\t砖混\t6\r\n"
    _select(panel, proxy, 0, model.column_of("wwr"), 0, model.column_of("wwr"))
    assert panel.editing.copy_text(headers=True) == "窗墙比\r\n0.35\r\n"
    panel.editing.act_copy_headers.trigger()
    panel.table.setCurrentIndex(proxy.index(2, model.column_of("building")))
    panel.table.selectionModel().clearSelection()
    assert panel.editing.paste(QGuiApplication.clipboard().text())       # the header finds the column
    assert _values(model, "wwr") == [0.35, None, 0.35]


def test_the_building_column_stays_in_place_when_scrolling_sideways(fake_window, qtbot):
    w = fake_window
    panel, model, proxy = _estate(w)
    w.resize(900, 600)
    table = panel.table
    frozen = table.frozen
    qtbot.waitUntil(lambda: frozen.isVisible())
    assert table.frozen_count == 1
    assert [frozen.isColumnHidden(c) for c in range(model.columnCount())] == [False] + [True] * (model.columnCount() - 1)
    assert frozen.model() is table.model() and frozen.selectionModel() is table.selectionModel()
    assert frozen.columnWidth(0) == table.columnWidth(0) and frozen.width() == table.columnWidth(0)
    x = frozen.geometry().x()
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.horizontalScrollBar().value() > 0 and frozen.geometry().x() == x
    assert frozen.horizontalHeader().sectionViewportPosition(0) == 0       # still shows 楼号
    table.setColumnWidth(0, 150)
    assert frozen.columnWidth(0) == 150 and frozen.width() == 150
    table.selectRow(2)
    assert frozen.selectionModel().isSelected(proxy.index(2, 0))
    _estate(w, None)                                               # the city: 小区 and 楼号
    qtbot.waitUntil(lambda: model.rowCount() == 8)
    assert table.frozen_count == 2 and not frozen.isColumnHidden(1) and frozen.isColumnHidden(2)
    for row in range(model.rowCount()):                           # rows taller than the view: it scrolls
        table.setRowHeight(row, 200)
    assert frozen.rowHeight(5) == 200
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 300)
    table.verticalScrollBar().setValue(300)
    qtbot.waitUntil(lambda: frozen.verticalScrollBar().value() == 300)
    frozen.verticalScrollBar().setValue(100)                        # the wheel over the frozen column
    assert table.verticalScrollBar().value() == 100


def test_a_frozen_cell_is_edited_where_it_can_be_seen(fake_window, qtbot):
    w = fake_window
    panel, model, proxy = _estate(w)
    table = panel.table
    table.setCurrentIndex(proxy.index(1, 0))
    table.setFocus()
    QTest.keyClicks(table, "X")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.frozen.viewport()
    QTest.keyClicks(editor, "9")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _values(model, "building")[1] == "X9")


def _open_editor(table, index):
    table.setCurrentIndex(index)
    table.setFocus()
    table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is table.viewport()
    return editor


def test_a_choice_is_saved_at_once_and_on_a_focus_change(fake_window, qtbot):
    w = fake_window
    panel, model, proxy = _estate(w)
    index = proxy.index(0, model.column_of("structure"))
    combo = _open_editor(panel.table, index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("frame"))
    panel.filter.setFocus()                                        # focus elsewhere: saved
    qtbot.waitUntil(lambda: model.rows()[0].values["structure"] == "frame")
    combo = _open_editor(panel.table, index)
    combo.setCurrentIndex(combo.findData("large_panel"))            # a choice in the list: saved
    combo.activated.emit(combo.currentIndex())
    assert model.rows()[0].values["structure"] == "large_panel"
    assert w.services.records.get_building(model.rows()[0].id).values["structure"] == "large_panel"


def test_a_value_out_of_range_is_explained_not_dropped(fake_window, qtbot):
    w = fake_window
    panel, model, proxy = _estate(w)
    editor = _open_editor(panel.table, proxy.index(0, model.column_of("storeys")))
    assert isinstance(editor, QLineEdit) and "1–40" in editor.toolTip()
    editor.selectAll()
    QTest.keyClicks(editor, "45")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.text() == "45"             # still editing
    assert w.statusBar().currentMessage() == "层数：应在 1–40 范围内"
    assert model.rows()[0].values["storeys"] == 5
    editor.selectAll()
    QTest.keyClicks(editor, "12")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows()[0].values["storeys"] == 12)
    editor = _open_editor(panel.table, proxy.index(0, model.column_of("wwr")))
    QTest.keyClicks(editor, "95")
    panel.filter.setFocus()                                        # focus elsewhere: not saved, said why
    assert w.statusBar().currentMessage() == "窗墙比：应在 0 %–90 % 范围内"
    assert model.rows()[0].values["wwr"] is None


def test_the_column_headers_stay_put_when_the_whole_city_arrives(fake_window, qtbot):
    """"All buildings": the row numbers get wider (7,000 rows), which moved the column headers
    right, and Qt left a piece of the old header painted over the results panel. The row-number
    column has room for five digits from the start, so the headers do not move."""
    w = fake_window
    panel, model, _ = _estate(w)
    header = panel.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.isVisible())
    before = (header.x(), panel.table.verticalHeader().width())
    w.buildings.model.set_rows([], with_estate=True)                # the city view empties first …
    assert (header.x(), panel.table.verticalHeader().width()) == before
    rows = [type(r)(id=10_000 + i, estate_id=1, values=dict(r.values), version=1)
            for i, r in enumerate(w.services.records.list_buildings() * 1300)]
    w.buildings.model.set_rows(rows, with_estate=True)              # … then gets 10,400 rows
    w.buildings.loaded.emit()
    qtbot.wait(50)
    assert (header.x(), panel.table.verticalHeader().width()) == before
