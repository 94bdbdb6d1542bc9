"""The main window on the real services and the demo city (a temporary SQLite copy)."""
from PySide6.QtCore import Qt

from retrofit.domain.errors import ConcurrentEditError


def _estate_with_defaults(services):
    """An estate (and one of its buildings) whose wall U was not entered."""
    for estate in services.records.list_estates():
        for b in services.records.list_buildings(estate.id):
            if b.values["wall_u"] is None and (b.values["mode"] or "retrofit") == "retrofit":
                return estate, b
    raise AssertionError("the demo city has no building with a defaulted wall U")


def _select(w, qtbot, estate_id):
    assert w.estates_panel.select_estate(estate_id)
    qtbot.waitUntil(lambda: w.results.figures is not None and w.results.estate_id == estate_id
                    and not w.results.building_ids and w.results.summary is not None
                    and len(w.results.summary.buildings) == w.buildings.model.rowCount(), timeout=20000)


def test_the_demo_city_opens_with_its_districts_and_estates(window, services):
    estates = services.records.list_estates()
    assert len(estates) > 400
    tree = window.estates.model
    assert tree.rowCount() == 1 + len({e.district for e in estates})     # "all buildings" + districts
    assert window.buildings.model.rowCount() == window.estates.estates[window.buildings.estate_id].building_count


def test_edit_wall_u_changes_results_and_undo_restores_them(window, services, qtbot):
    w = window
    estate, building = _estate_with_defaults(services)
    _select(w, qtbot, estate.id)
    before = w.results.figures.saved_tce
    text_before = w.results_panel.values["tce"].text()
    model = w.buildings.model
    index = model.index(model.row_of(building.id), model.column_of("wall_u"))
    assert index.data(Qt.ItemDataRole.EditRole) is None
    assert model.setData(index, 0.35)
    assert services.records.get_building(building.id).values["wall_u"] == 0.35
    qtbot.waitUntil(lambda: w.results.figures.saved_tce != before, timeout=20000)
    assert w.results.figures.saved_tce < before              # a better wall before the retrofit saves less
    assert w.results_panel.values["tce"].text() != text_before
    w.undo_stack.undo()
    assert services.records.get_building(building.id).values["wall_u"] is None
    qtbot.waitUntil(lambda: abs(w.results.figures.saved_tce - before) < 1e-9, timeout=20000)
    assert w.results_panel.values["tce"].text() == text_before


def test_bulk_package_for_the_estate_and_undo(window, services, qtbot):
    w = window
    estate, _ = _estate_with_defaults(services)
    _select(w, qtbot, estate.id)
    ids = [b.id for b in services.records.list_buildings(estate.id)]
    old = {i: services.records.get_building(i).values["package"] for i in ids}
    before = w.results.figures.saved_tce
    assert w.buildings.set_field(ids, "package", "advanced")
    assert {services.records.get_building(i).values["package"] for i in ids} == {"advanced"}
    qtbot.waitUntil(lambda: w.results.figures.saved_tce != before, timeout=20000)
    w.undo_stack.undo()
    assert {i: services.records.get_building(i).values["package"] for i in ids} == old


def test_someone_else_changed_the_building(window, services, demo_url, qtbot, errors):
    from retrofit.services.app import open_services

    w = window
    estate, building = _estate_with_defaults(services)
    _select(w, qtbot, estate.id)
    with open_services(demo_url) as other:                     # a second user on the same database
        row = other.records.get_building(building.id)
        other.records.update_building(building.id, row.version, {"storeys": 9})
    assert not w.buildings.edit(building.id, "wall_u", 0.5)
    assert isinstance(errors[-1], ConcurrentEditError)
    assert w.buildings.model.row_by_id(building.id).values["storeys"] == 9    # the row was reloaded
    assert w.buildings.edit(building.id, "wall_u", 0.5)


def test_dashboard_compares_the_city_with_the_targets(window, qtbot):
    w = window
    w.tabs.setCurrentWidget(w.dashboard)
    qtbot.waitUntil(lambda: w.dashboard.data is not None, timeout=30000)
    totals = w.dashboard.data.totals
    assert totals["saved_tce"] > 300_000
    assert w.dashboard.by_district.rowCount() == len(w.dashboard.data.by_district) > 3
    note = w.dashboard.findChild(type(w.dashboard.status), "rebuild_cap_note")
    assert note is not None and "30" in note.text()


def test_package_comparison_side_by_side(window, services, qtbot):
    w = window
    estate, _ = _estate_with_defaults(services)
    _select(w, qtbot, estate.id)
    w.tabs.setCurrentWidget(w.compare)
    assert list(w.compare.summaries)[:2] == ["usual", "advanced"]
    usual, advanced = (w.compare.summaries[p].totals["saved_tce"] for p in ("usual", "advanced"))
    assert advanced > usual
    assert w.compare.table.columnCount() == len(w.compare.summaries)
