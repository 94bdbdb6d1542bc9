"""The main window over the fake services: wiring of panels, edits, undo, bulk actions."""
from ui.buildings.table_model import ID_ROLE


def _select_estate(window, estate_id, qtbot=None):
    assert window.estates_panel.select_estate(estate_id)
    assert window.buildings.estate_id == estate_id
    if qtbot is not None:
        qtbot.waitUntil(lambda: window.results.figures is not None and window.results.estate_id == estate_id
                        and window.results_panel.values["scope"].text().startswith("Estate"))


def test_edit_updates_results_and_undo_restores(fake_window, qtbot):
    w = fake_window
    _select_estate(w, 1, qtbot)
    before = w.results.figures.saved_tce
    shown = w.results_panel.values["tce"].text()
    model = w.buildings.model
    assert model.setData(model.index(model.row_of(1), model.column_of("wall_u")), 0.6)
    qtbot.waitUntil(lambda: w.results.figures.saved_tce != before)
    assert w.results_panel.values["tce"].text() != shown
    w.undo_stack.undo()
    qtbot.waitUntil(lambda: w.results.figures.saved_tce == before)
    assert w.results_panel.values["tce"].text() == shown


def test_selecting_buildings_narrows_the_results(fake_window, qtbot):
    w = fake_window
    _select_estate(w, 1, qtbot)
    whole = w.results.figures.floor_area_m2
    w.buildings_panel.select_ids([1])
    qtbot.waitUntil(lambda: w.results.figures.floor_area_m2 != whole)
    assert w.results.figures.floor_area_m2 == 3000.0
    assert w.buildings_panel.selected_ids() == [1]


def test_all_buildings_view_computes_the_city_in_the_background(fake_window, qtbot):
    w = fake_window
    _select_estate(w, None)
    qtbot.waitUntil(lambda: w.buildings.model.rowCount() == 8)          # read in the background
    assert w.buildings_panel.title.text() == "All buildings: 8"
    qtbot.waitUntil(lambda: w.results.figures is not None and w.results.figures.floor_area_m2 == sum(
        b.values["floor_area_m2"] for b in w.services.records.list_buildings()), timeout=5000)


def test_bulk_package_through_the_panel(fake_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    w = fake_window
    _select_estate(w, 2)
    w.buildings_panel.table.selectAll()
    ids = w.buildings_panel.selected_ids()
    assert len(ids) == 3
    def pick_advanced(_parent, _title, _label, labels, *_args, **_kw):
        return next(text for text in labels if text in ("Advanced", "深度")), True

    monkeypatch.setattr(QInputDialog, "getItem", pick_advanced)
    w.buildings_panel.ask_and_set("package")
    assert {w.services.records.get_building(i).values["package"] for i in ids} == {"advanced"}
    w.undo_stack.undo()
    assert {w.services.records.get_building(i).values["package"] for i in ids} == {None}


def test_change_by_someone_else_reloads_the_row(fake_window, qtbot):
    w = fake_window
    _select_estate(w, 1)
    row = w.services.records.get_building(2)
    w.services.records.update_building(2, row.version, {"storeys": 12})
    model = w.buildings.model
    assert model.index(model.row_of(2), model.column_of("storeys")).data() == "12"


def test_dashboard_and_comparison(fake_window, qtbot):
    w = fake_window
    _select_estate(w, 1)
    w.tabs.setCurrentWidget(w.dashboard)
    qtbot.waitUntil(lambda: w.dashboard.data is not None, timeout=5000)
    assert w.dashboard.by_district.rowCount() == 1
    w.tabs.setCurrentWidget(w.compare)
    assert list(w.compare.summaries) == ["usual", "advanced", "basic"]     # third: the first other package
    saved = [w.compare.table.item(2, j).text() for j in range(2)]
    assert float(saved[1].replace(",", "")) > float(saved[0].replace(",", ""))


def test_tree_search_keeps_selection_working(fake_window):
    w = fake_window
    w.estates_panel.search.setText("新华")
    assert w.estates_panel.select_estate(3)
    assert not w.estates_panel.select_estate(1)
    ids = {w.buildings.model.index(r, 0).data(ID_ROLE) for r in range(w.buildings.model.rowCount())}
    assert ids == {7, 8}


def test_building_facts_are_read_when_a_filter_is_first_used(qtbot, fake, app_settings, errors):
    from ui.main_window import MainWindow

    w = MainWindow(fake, app_settings, errors.append)
    qtbot.addWidget(w)
    assert not w.estates.facts_ready                     # not read at start: the window opens sooner
    assert w.estates_panel.select_estate(2)
    w.estates_panel.search.setText("3号楼")               # a building number
    qtbot.waitUntil(lambda: w.estates.facts_ready)
    assert w.estates_panel.select_estate(1) and w.estates_panel.select_estate(2)
    assert not w.estates_panel.select_estate(3)          # 新华西里 has no 3号楼
    w.runner.wait(5000)


def test_export_from_the_file_menu_runs_in_the_background(fake_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = fake_window
    out = tmp_path / "register.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    w.menus.actions["export"].trigger()
    qtbot.waitUntil(lambda: "8" in w.statusBar().currentMessage(), timeout=5000)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 9          # header + 8 buildings


def test_choosing_an_estate_computes_that_estate_and_not_the_scope_before(qtbot, fake, app_settings, errors):
    """At start and on every change of estate the results of the estate chosen are computed,
    never first those of the scope shown before (at start: the whole city, seconds of work)."""
    from ui.main_window import MainWindow

    asked = []
    summarize = fake.results.summarize

    def recorded(building_ids=None, *, estate_id=None, uncertainty=True):  # noqa: ANN001, ANN202
        asked.append((building_ids, estate_id))
        return summarize(building_ids, estate_id=estate_id, uncertainty=uncertainty)

    fake.results.summarize = recorded
    w = MainWindow(fake, app_settings, errors.append)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.results.figures is not None and w.runner.running == 0)
    _select_estate(w, 2, qtbot)
    qtbot.waitUntil(lambda: w.runner.running == 0)
    assert asked == [(None, 1), (None, 2)]
    assert not errors
