"""The figures net of the new load beside the gross ones: the results panel (estate, selection)
and the dashboard, on the demo city."""
from PySide6.QtWidgets import QLabel

from ui.format import amount, number


def _estate(services, modes: set[str]):
    """The first estate whose buildings take exactly these modes."""
    for estate in services.records.list_estates():
        if {b.values["mode"] or "retrofit" for b in services.records.list_buildings(estate.id)} == modes:
            return estate
    raise AssertionError(f"the demo city has no estate of modes {modes}")


def _select(w, qtbot, estate_id):
    assert w.estates_panel.select_estate(estate_id)
    qtbot.waitUntil(lambda: w.results.figures is not None and w.results.estate_id == estate_id
                    and not w.results.building_ids and w.results.summary is not None
                    and len(w.results.summary.buildings) == w.buildings.model.rowCount(), timeout=20000)


def test_results_of_an_estate_with_added_floor_area_show_net_beside_gross(window, services, qtbot, zh):
    w = window
    _select(w, qtbot, _estate(services, {"add_storey", "retrofit"}).id)
    t, f, v = w.results.summary.totals, w.results.figures, w.results_panel.values
    assert t["added_area_m2"] > 0 and 0 < t["saved_net_tce"] < t["saved_tce"]
    assert (f.saved_net_tce, f.freed_capacity_net_mw, f.new_load_tce) == (
        t["saved_net_tce"], t["freed_capacity_net_mw"], t["new_load_tce"])
    assert v["tce"].text() == f"{amount(t['saved_tce'])}（扣除新增负荷后 {amount(t['saved_net_tce'])}）"
    assert v["mw"].text() == (f"{number(t['freed_capacity_mw'], 2)}（扣除新增负荷后 "
                              f"{number(t['freed_capacity_net_mw'], 2)}）")
    assert amount(t["saved_net_tco2"]) in v["co2"].text()
    assert v["added"].text() == amount(t["added_area_m2"])
    assert v["new_load"].text() == f"{amount(t['new_load_tce'])} · {number(t['new_load_mw'], 2)}"
    assert w.results_panel.form.isRowVisible(v["new_load"]) and w.results_panel.form.isRowVisible(v["added"])
    assert w.results_panel.captions["new_load"].text().startswith("新增负荷")


def test_results_without_added_floor_area_show_gross_only(window, services, qtbot):
    w = window
    _select(w, qtbot, _estate(services, {"retrofit"}).id)
    t, v = w.results.summary.totals, w.results_panel.values
    assert t["added_area_m2"] == 0 and t["saved_net_tce"] == t["saved_tce"]
    assert v["tce"].text() == amount(t["saved_tce"])
    assert not w.results_panel.form.isRowVisible(v["new_load"])
    estate = _estate(services, {"rebuild"})
    ids = [b.id for b in services.records.list_buildings(estate.id)][:2]
    w.results.set_scope(estate.id, ids)                               # a selection of rebuilt buildings
    qtbot.waitUntil(lambda: w.results.building_ids == ids and not w.results.busy
                    and w.results.figures.has_new_load, timeout=20000)
    f = w.results.figures
    assert f"(net {amount(f.saved_net_tce)})" in v["tce"].text() and w.results_panel.form.isRowVisible(v["new_load"])


def test_dashboard_shows_the_targets_gross_and_net_of_the_new_load(window, qtbot, zh):
    w = window
    w.tabs.setCurrentWidget(w.dashboard)
    qtbot.waitUntil(lambda: w.dashboard.data is not None, timeout=30000)
    t = w.dashboard.data.totals
    assert t["saved_net_tce"] == t["saved_tce"] - t["new_load_tce"] and t["new_load_tce"] > 0
    net = w.dashboard.findChild(QLabel, "net_saved_tce")
    assert net.text() == f"扣除新增负荷后 {number(t['saved_net_tce'], 0)}（{100 * t['saved_net_tce'] / 360_000:.1f} %）"
    mw = w.dashboard.findChild(QLabel, "net_freed_capacity_mw")
    assert number(t["freed_capacity_net_mw"], 0) in mw.text()
    note = w.dashboard.findChild(QLabel, "new_load_note")
    assert number(t["added_area_m2"], 0) in note.text() and number(t["new_load_tce"], 0) in note.text()
    assert "未扣除新增负荷" in note.text()
