import pytest
from PySide6.QtCore import Qt

from retrofit import i18n
from ui.buildings.presenter import BuildingsPresenter
from ui.buildings.table_model import DEFAULTED_ROLE, ID_ROLE, BuildingTableModel
from ui.estates.presenter import EstatesPresenter


def test_building_model_passes_qt_model_tester(fake, qtmodeltester):
    model = BuildingTableModel(on_edit=lambda *a: True)
    model.set_rows(fake.records.list_buildings(1))
    qtmodeltester.check(model)


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def test_city_view_with_estate_column_passes_model_tester(fake, qtmodeltester, undo_stack, errors, english):
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(None)
    assert presenter.model.rowCount() == 8
    assert presenter.model.headerData(0, Qt.Orientation.Horizontal) == "Estate"
    qtmodeltester.check(presenter.model)
    qtmodeltester.check(presenter.proxy)


def test_defaulted_value_is_marked_and_shows_the_default(fake, undo_stack, errors, english):
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(1)
    model = presenter.model
    row = model.row_of(2)                     # 2号楼 has no wall U entered
    mode = model.index(row, model.column_of("mode"))
    assert mode.data(DEFAULTED_ROLE) is True
    assert mode.data(Qt.ItemDataRole.EditRole) is None
    assert mode.data() == "Energy retrofit (default)"            # the default as its value
    assert mode.data(Qt.ItemDataRole.FontRole).italic()
    storeys = model.index(row, model.column_of("storeys"))
    assert storeys.data(DEFAULTED_ROLE) is False and storeys.data() == "6"


def test_notices_mark_the_row(fake, undo_stack, errors):
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(1)
    presenter.set_notices(fake.results.summarize(estate_id=1).buildings)
    model = presenter.model
    name = model.index(model.row_of(2), model.column_of("building"))
    assert "wall_u defaulted" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert name.data(Qt.ItemDataRole.BackgroundRole) is not None
    other = model.index(model.row_of(1), model.column_of("building"))
    assert other.data(Qt.ItemDataRole.BackgroundRole) is None


def test_proxy_filters_by_building_and_sorts_numerically(fake, undo_stack, errors):
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(None)
    proxy, model = presenter.proxy, presenter.model
    proxy.set_text("新华")
    assert proxy.rowCount() == 2
    proxy.set_text("")
    proxy.sort(model.column_of("floor_area_m2"), Qt.SortOrder.DescendingOrder)
    areas = [proxy.index(r, model.column_of("floor_area_m2")).data(Qt.ItemDataRole.EditRole)
             for r in range(proxy.rowCount())]
    assert areas == sorted(areas, reverse=True)


def test_estate_tree_and_filters(fake, qtmodeltester, undo_stack, errors):
    from ui.estates.tree_model import EstateFilter

    presenter = EstatesPresenter(fake, undo_stack, errors.append)
    presenter.load()
    qtmodeltester.check(presenter.model)
    qtmodeltester.check(presenter.proxy)

    def visible_estates(criteria):
        presenter.proxy.set_criteria(criteria)
        proxy, names = presenter.proxy, []
        for d in range(proxy.rowCount()):
            parent = proxy.index(d, 0)
            names += [proxy.index(r, 0, parent).data() for r in range(proxy.rowCount(parent))]
        return sorted(names)

    assert visible_estates(EstateFilter()) == sorted(["河北小区", "光明里", "新华西里"])
    assert visible_estates(EstateFilter(text="光明")) == ["光明里"]
    assert visible_estates(EstateFilter(text="路南区2号")) == ["光明里"]     # address
    assert visible_estates(EstateFilter(text="3号楼")) == sorted(["河北小区", "光明里"])  # building number
    assert visible_estates(EstateFilter(consent_below=2 / 3)) == ["光明里"]
    assert visible_estates(EstateFilter(year=2011)) == sorted(["河北小区", "光明里"])
    assert visible_estates(EstateFilter(missing_only=True, text="新华")) == ["新华西里"]


def test_sorting_in_the_model_keeps_persistent_indexes(fake, undo_stack, errors, qtmodeltester):
    from PySide6.QtCore import QPersistentModelIndex

    from retrofit.domain.naming import load_pinyin

    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(None)
    model = presenter.model
    keep = QPersistentModelIndex(model.index(model.row_of(2), model.column_of("building")))
    model.sort_rows(model.column_of("wall_u"), Qt.SortOrder.AscendingOrder)
    walls = [model.index(r, model.column_of("wall_u")).data(Qt.ItemDataRole.EditRole)
             for r in range(model.rowCount())]
    assert walls == [1.6] * 5 + [None] * 3                          # not entered: last
    assert keep.row() == model.row_of(2) and keep.data(ID_ROLE) == 2
    load_pinyin()
    model.sort_rows(model.column_of("estate"), Qt.SortOrder.DescendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert list(dict.fromkeys(names)) == ["新华西里", "河北小区", "光明里"]          # pinyin order, backwards
    qtmodeltester.check(model)


def test_building_numbers_sort_by_value(fake, undo_stack, errors):
    ids = [b.id for b in fake.records.list_buildings(1)]
    for bid, name in zip(ids, ["10号楼", "2号楼", "1号楼"], strict=True):
        fake.records.buildings[bid].values["building"] = name
    presenter = BuildingsPresenter(fake, undo_stack, errors.append)
    presenter.load(1)
    model = presenter.model
    column = model.column_of("building")
    model.sort_rows(column, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, column).data() for r in range(model.rowCount())] == ["1号楼", "2号楼", "10号楼"]
    model.sort_rows(column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, column).data() for r in range(model.rowCount())] == ["10号楼", "2号楼", "1号楼"]
