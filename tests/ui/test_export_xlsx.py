"""“Export to Excel…” on the app's tables, read back with openpyxl."""
import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from retrofit import i18n
from ui.export import cell_value, exportable_in, table_of


@pytest.fixture(autouse=True)
def chinese():
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with ``tmp_path / name``; returns the list of offered names."""
    offered = []

    def answer(name):
        def dialog(parent, title, suggested, filters):
            offered.append(suggested)
            return str(tmp_path / name), filters
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return tmp_path / name
    answer.offered = offered
    return answer


def _rows(path):
    ws = openpyxl.load_workbook(path).active
    return ws, [[c.value for c in row] for row in ws.iter_rows()]


def test_shown_texts_become_values_with_formats():
    assert cell_value("1,783.2") == (1783.2, "#,##0.0")
    assert cell_value("7,165") == (7165, "#,##0")
    assert cell_value("2008") == (2008, "0")
    assert cell_value("66.7 %") == (pytest.approx(0.667), "0.0%")
    assert cell_value("−12.50") == (-12.5, "0.00")
    assert cell_value("2010-04-15") == (dt.date(2010, 4, 15), "yyyy-mm-dd")
    assert cell_value("3号楼") == ("3号楼", None) and cell_value("39.9 → 14.8") == ("39.9 → 14.8", None)
    assert cell_value("") == (None, None) and cell_value("1.70（默认）") == ("1.70（默认）", None)


def test_the_building_table_goes_to_excel_as_shown(fake_window, save_as, qtbot, tmp_path):
    w = fake_window
    assert w.estates_panel.select_estate(1)
    w.buildings_panel.filter.setText("号楼")
    path = save_as("楼栋.xlsx")
    w.buildings_panel.table.setFocus()
    assert exportable_in(w.tabs.currentWidget()) is w.buildings_panel.table
    w.menus.actions["export_table"].trigger()                       # File → Export this table
    qtbot.waitUntil(path.exists, timeout=10000)
    assert save_as.offered[-1].endswith("河北小区.xlsx")
    ws, rows = _rows(path)
    model = w.buildings.model
    assert rows[0][:4] == ["楼号", "建成年份", "结构类型", "层数 [层]"]
    assert len(rows) == 1 + model.rowCount() == 4
    assert rows[1][:5] == ["1号楼", 1980, "砖混", 5, 3000.0]
    assert ws["E2"].number_format == "#,##0.0" and ws["B2"].number_format == "0"
    assert ws.freeze_panes == "B2"                                   # 楼号 stays, as in the app
    qtbot.waitUntil(lambda: "楼栋.xlsx" in w.statusBar().currentMessage())


def test_the_comparison_keeps_its_row_labels(fake_window, save_as, qtbot):
    w = fake_window
    assert w.estates_panel.select_estate(1)
    w.tabs.setCurrentWidget(w.compare)
    qtbot.waitUntil(lambda: bool(w.compare.summaries))
    headers, rows, frozen = table_of(w.compare.table)
    assert headers[0] == "" and headers[1:3] == ["常规", "深度"] or headers[1:3] == ["Usual", "Advanced"]
    assert frozen == 1 and len(rows()) == w.compare.table.rowCount()
    path = save_as("compare.xlsx")
    w.export_current_table()
    qtbot.waitUntil(path.exists, timeout=10000)
    _, read = _rows(path)
    assert [r[0] for r in read[1:]] == [w.compare.table.verticalHeaderItem(i).text()
                                        for i in range(w.compare.table.rowCount())]
    assert any(isinstance(v, float) for r in read[1:] for v in r[1:])


def test_the_dashboard_tables_go_to_excel(fake_window, save_as, qtbot):
    w = fake_window
    w.tabs.setCurrentWidget(w.dashboard)
    qtbot.waitUntil(lambda: w.dashboard.data is not None and w.dashboard.by_year.rowCount() > 0)
    path = save_as("years.xlsx")
    w.dashboard.by_year.setFocus()
    assert exportable_in(w.dashboard) is w.dashboard.by_year
    w.export_current_table()
    qtbot.waitUntil(path.exists, timeout=10000)
    _, rows = _rows(path)
    table = w.dashboard.by_year
    assert rows[0] == [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert rows[1][0] == 2009 and isinstance(rows[1][1], (int, float))


def test_a_cancelled_dialog_writes_nothing(fake_window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert fake_window.export_current_table() is None
    assert list(tmp_path.iterdir()) == []


def test_the_planners_year_plan_goes_to_excel(window, save_as, qtbot):
    w = window
    w.tabs.setCurrentWidget(w.planner)
    planner = w.planner
    qtbot.waitUntil(lambda: planner.plans_loaded, timeout=60000)
    planner.presenter.result = None
    planner.first_year.setValue(2008)
    planner.last_year.setValue(2009)
    planner.budget.setValue(9000.0)
    planner.solve()
    qtbot.waitUntil(lambda: planner.result is not None, timeout=120000)
    path = save_as("plan.xlsx")
    planner.years.setFocus()
    w.export_current_table()
    qtbot.waitUntil(path.exists, timeout=20000)
    ws, rows = _rows(path)
    table = planner.years
    assert rows[0] == [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert [r[0] for r in rows[1:3]] == [2008, 2009] and len(rows) == 1 + table.rowCount()
    costs = [c for c, h in enumerate(rows[0]) if "元]" in h or "RMB]" in h]
    assert costs and all(isinstance(rows[1][c], (int, float)) for c in costs)   # money as numbers
    qtbot.waitUntil(lambda: w.runner.running == 0, timeout=60000)
