from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from retrofit.domain.errors import ConcurrentEditError, ValidationError
from ui.buildings.presenter import BuildingsPresenter


def _presenter(fake, undo_stack, errors, estate_id=1):
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(estate_id)
    return presenter


def test_edit_in_view_saves_and_is_undoable(fake, undo_stack, errors, qtbot):
    p = _presenter(fake, undo_stack, errors)
    view = QTableView()
    view.setModel(p.proxy)
    qtbot.addWidget(view)
    index = p.proxy.mapFromSource(p.model.index(p.model.row_of(1), p.model.column_of("wall_u")))
    with qtbot.waitSignal(p.model.dataChanged, timeout=1000):
        assert p.proxy.setData(index, 0.45, Qt.ItemDataRole.EditRole)
    assert fake.records.get_building(1).values["wall_u"] == 0.45     # saved at once, no save button
    assert index.data(Qt.ItemDataRole.EditRole) == 0.45
    undo_stack.undo()
    assert fake.records.get_building(1).values["wall_u"] == 1.6
    assert index.data(Qt.ItemDataRole.EditRole) == 1.6
    undo_stack.redo()
    assert fake.records.get_building(1).values["wall_u"] == 0.45
    assert undo_stack.count() == 1


def test_clearing_a_value_returns_to_the_default(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    assert p.model.setData(p.model.index(p.model.row_of(1), p.model.column_of("wall_u")), "")
    assert fake.records.get_building(1).values["wall_u"] is None
    undo_stack.undo()
    assert fake.records.get_building(1).values["wall_u"] == 1.6


def test_invalid_edit_reports_the_error_and_pushes_nothing(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    ok = p.model.setData(p.model.index(0, p.model.column_of("wall_u")), 99.0)
    assert not ok
    assert isinstance(errors[0], ValidationError) and errors[0].params["field"] == "wall_u"
    assert undo_stack.count() == 0
    assert fake.records.get_building(1).values["wall_u"] == 1.6


def test_bulk_set_package_is_one_undo_step(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    ids = [r.id for r in p.model.rows()]
    assert p.set_field(ids, "package", "advanced")
    assert {fake.records.get_building(i).values["package"] for i in ids} == {"advanced"}
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert {fake.records.get_building(i).values["package"] for i in ids} == {None}


def test_bulk_undo_restores_different_old_values(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    p.set_field([1], "planned_year", 2030)
    undo_stack.clear()
    p.set_field([1, 2, 3], "planned_year", 2012)
    undo_stack.undo()
    assert [fake.records.get_building(i).values["planned_year"] for i in (1, 2, 3)] == [2030, 2010, 2011]


def test_concurrent_edit_reloads_the_row_and_says_so(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    row = fake.records.get_building(1)
    fake.records.update_building(1, row.version, {"storeys": 9})      # someone else, same building
    assert not p.edit(1, "wall_u", 0.5)
    assert isinstance(errors[0], ConcurrentEditError)
    assert p.model.row_by_id(1).values["storeys"] == 9                # the row was reloaded
    assert fake.records.get_building(1).values["wall_u"] == 1.6
    assert p.edit(1, "wall_u", 0.5)                                   # and the next edit works


def test_form_changes_are_one_undo_step(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    assert p.apply_form(1, {"wall_u": 0.5, "storeys": 7})
    assert undo_stack.count() == 1
    undo_stack.undo()
    values = fake.records.get_building(1).values
    assert (values["wall_u"], values["storeys"]) == (1.6, 5)


def test_add_and_delete_buildings_are_undoable(fake, undo_stack, errors):
    p = _presenter(fake, undo_stack, errors)
    row = p.create_building({"building": "9号楼", "year_built": 1985, "storeys": 6, "floor_area_m2": 2400.0,
                             "households": 48})
    assert row is not None and p.model.rowCount() == 4
    undo_stack.undo()
    assert p.model.rowCount() == 3 and row.id not in fake.records.buildings
    undo_stack.redo()
    names = sorted(r.values["building"] for r in p.model.rows())
    assert names == ["1号楼", "2号楼", "3号楼", "9号楼"]
    assert p.delete_buildings([1, 2])
    assert p.model.rowCount() == 2
    undo_stack.undo()                                             # both come back, with their values
    restored = {r.values["building"]: r.values for r in p.model.rows()}
    assert set(restored) == {"1号楼", "2号楼", "3号楼", "9号楼"}
    assert restored["1号楼"]["wall_u"] == 1.6 and restored["2号楼"]["storeys"] == 6
    assert not errors


def test_new_estate_is_undoable(fake, undo_stack, errors):
    from ui.estates.presenter import EstatesPresenter

    p = EstatesPresenter(fake, undo_stack, errors.append)
    p.load()
    row = p.create_estate({"estate": "新村", "city": "唐山", "district": "路北区"})
    assert row.id in p.estates
    undo_stack.undo()
    assert row.id not in p.estates and row.id not in fake.records.estates
    undo_stack.redo()
    assert "新村" in {e.estate for e in p.estates.values()}
