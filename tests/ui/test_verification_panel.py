"""The verification tab on the real services (the demo city with its works and meters): the city's
lines, an estate's buildings, the chart of the seasons against the predicted levels, and the
language switch, the two tables exported to Excel."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from ui.export import exportable_in
from ui.i18n import install_translators
from ui.verification.charts import CLASS_COLORS


def _open(window, qtbot):
    panel = window.verification
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.overview is not None and panel.view is not None, timeout=60000)
    return panel


def test_city_lines_estate_buildings_and_the_chart(window, services, qapp, qtbot):
    install_translators(qapp, "en")
    panel = _open(window, qtbot)
    totals = services.verification.overview()["totals"]
    estates = services.records.list_estates()
    assert panel.estates.rowCount() == len(estates) == 470
    stored = sum(e.building_count for e in estates)
    assert totals["buildings"] == stored and stored > 7000
    assert f"{totals['verified_buildings']:,} of {stored:,} buildings verified" in panel.totals.text()
    pilot = next(e for e in services.records.list_estates() if e.estate == "河北1号小区")
    window.estates_panel.select_estate(pilot.id)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view["estate"] == "河北1号小区", timeout=30000)
    assert panel.estate_box.title() == "Estate: 河北1号小区"
    assert panel.buildings.rowCount() == 24 + (1 if panel.view["estate_meter"] else 0)
    headers = [panel.buildings.horizontalHeaderItem(c).text() for c in range(panel.buildings.columnCount())]
    assert headers[:3] == ["Building", "Status", "Seasons before/after"]
    assert headers[-2:] == ["P10–P90", "Calibration k (source)"]
    first = panel.view["buildings"][0]
    status = panel.buildings.item(0, 1).text()
    assert status == {"verified": "verified", "no_baseline": "no baseline", "no_after": "no season after",
                      "no_readings": "no readings"}[first["status"]]
    assert panel.buildings.item(0, 9).text() in ("below P10", "within P10–P90", "above P90", "–")
    k = first["calibration_k"]
    source = {"meters": "meters", "measured_kgce_m2": "metered coal"}[first["calibration_source"]]
    assert panel.buildings.item(0, 10).text() == f"{k:.2f} ({source})"
    # the estate's seasons: bars coloured by class, the predicted levels as dashed lines
    series = panel.view["series"]
    assert panel.chart.categories == [p["season"] for p in series]
    assert [g[0][1] for g in panel.chart.groups] == [CLASS_COLORS[p["class"]] for p in series]
    assert [label for label, _, _ in panel.chart.lines] == ["predicted before", "predicted after"]
    # one building: its own seasons and findings
    panel.buildings.selectRow(0)
    assert panel.chart.categories == [s["season"] for s in first["seasons"]]
    assert panel.chart.values() == [[s["q_c_norm_kgce_m2"]] for s in first["seasons"]]
    assert panel.notices.text() == "\n".join(first["notices"])


def test_the_tab_follows_the_language(window, qapp, qtbot):
    install_translators(qapp, "zh")
    try:
        panel = _open(window, qtbot)
        assert window.tabs.tabText(window.tabs.indexOf(panel)) == "效果核验"
        assert panel.buildings.horizontalHeaderItem(1).text() == "核验状态"
        assert "栋楼已核验" in panel.totals.text()
    finally:
        install_translators(qapp, "en")
        qtbot.wait(100)
        qtbot.waitUntil(lambda: window.runner.running == 0, timeout=60000)


def test_both_tables_go_to_excel(window, services, qapp, qtbot, monkeypatch, tmp_path):
    install_translators(qapp, "en")
    panel = _open(window, qtbot)
    pilot = next(e for e in services.records.list_estates() if e.estate == "河北1号小区")
    window.estates_panel.select_estate(pilot.id)
    qtbot.waitUntil(lambda: panel.view is not None and panel.view["estate"] == "河北1号小区", timeout=30000)
    offered = []

    def save_as(name):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda parent, title, suggested, filters: (offered.append(suggested),
                                                                       (str(tmp_path / name), filters))[1])
        return tmp_path / name

    for table, name in ((panel.estates, "estates.xlsx"), (panel.buildings, "buildings.xlsx")):
        path = save_as(name)
        table.setFocus()
        assert exportable_in(panel) is table
        window.export_current_table()
        qtbot.waitUntil(path.exists, timeout=20000)
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(path).active.iter_rows()]
        assert rows[0] == [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert len(rows) == 1 + table.rowCount()
    assert offered[0].endswith("The city against the heat meters.xlsx")
    assert offered[1].endswith("Verification Estate_ 河北1号小区.xlsx")
    line = next(e for e in panel.overview["estates"] if e["estate"] == "河北1号小区")
    estates = [[c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "estates.xlsx").active.iter_rows()]
    exported = next(r for r in estates if r[0] == "河北1号小区")
    assert exported[1] == line["buildings"] and exported[1] == 24
    buildings = [[c.value for c in row] for row in openpyxl.load_workbook(tmp_path / "buildings.xlsx").active.iter_rows()]
    row, verified = next((i, b) for i, b in enumerate(panel.view["buildings"], 1) if b["status"] == "verified")
    assert buildings[row][0] == verified["building"]
    assert buildings[row][6] == pytest.approx(verified["measured_saved_tce"], abs=0.05)    # numbers as numbers
