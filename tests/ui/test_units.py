"""Units and words: counts, money in 万元/亿元 (元 per household), shares in per cent, defaults
as values; the dashboard's tables written that way."""
import pytest
from PySide6.QtWidgets import QLabel

from retrofit import i18n
from retrofit.services.dashboard import NET_KEYS, CityDashboard, GroupFigures, ModeShare
from ui.dashboard.panel import DashboardPanel
from ui.fields import ESTATE_BY_KEY
from ui.format import defaulted, field_text, integer, money, money_unit_of, percent, yuan


@pytest.fixture
def chinese():
    before = i18n.language()
    i18n.set_language("zh")
    yield
    i18n.set_language(before)


def test_counts_money_shares_and_defaults(chinese):
    assert integer(132.0) == "132" and integer(7165) == "7,165" and integer(None) == ""
    assert money(24_362_456_540.77) == "243.62 亿元"
    assert money(2_264_464.0) == "226.4 万元"
    assert money_unit_of([3e7, 2.4e10]).name == "亿元" and money_unit_of([3e7, 9e6]).name == "万元"
    assert yuan(8_520.4) == "8,520"
    assert percent(2 / 3) == "66.7 %" and percent(0.3, 0) == "30 %"
    assert defaulted("1.70") == "1.70（默认）"
    assert field_text(ESTATE_BY_KEY["consent_rate"], 0.75) == "75.0 %"
    assert field_text(ESTATE_BY_KEY["households"], 1320) == "1,320"
    i18n.set_language("en")
    assert money(24_362_456_540.77) == "24,362 million RMB" and defaulted("1.70") == "1.70 (default)"


def _dashboard_data():
    """A ``results.city_dashboard()`` (households come as floats, counts as ints)."""
    row = {"buildings": 7165, "households": 132.0, "floor_area_m2": 2_564_296.6, "saved_tce": 41_997.5,
           "saved_tco2": 107_345.7, "freed_capacity_mw": 96.05, "cost_rmb": 2_264_464_776.4}
    gross = {"saved_tce": 360_836.3, "saved_tco2": 922_297.6, "freed_capacity_mw": 823.0}
    totals = {**gross, **{NET_KEYS[k]: v * 0.9 for k, v in gross.items()}, "added_area_m2": 1e6,
              "new_load_tce": 36_083.6, "new_load_mw": 82.3}
    shares = {"retrofit": 0.52, "add_storey": 0.21, "rebuild": 0.27}
    return CityDashboard(totals, {m: ModeShare(v, v * 2e7, 100) for m, v in shares.items()}, rebuild_cap=0.3,
                         by_district=(GroupFigures("丰南区", **row), GroupFigures("路北区", **{**row, "cost_rmb": 9.8e7})),
                         by_year=(GroupFigures(2009, **row),))


def test_dashboard_writes_counts_as_whole_numbers_and_money_in_one_unit(fake, errors, qtbot, zh):
    from ui.tasks import TaskRunner

    panel = DashboardPanel(fake, TaskRunner(), errors.append)
    qtbot.addWidget(panel)
    panel.show_data(_dashboard_data())
    table = panel.by_district
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    column = {h.split(" [")[0]: j for j, h in enumerate(headers)}
    assert table.item(0, column["户数"]).text() == "132"                 # not 132.0
    assert table.item(0, column["楼栋"]).text() == "7,165"               # with the separator
    assert "投资 [亿元]" in headers                                       # one unit for the column
    assert table.item(0, column["投资"]).text() == "22.64"
    assert table.item(1, column["投资"]).text() == "0.98"
    assert panel.by_year.item(0, 0).text() == "2009"                     # a year is no amount
    net = panel.findChild(QLabel, "net_saved_tce").text()
    assert "324,753" in net and "90.2 %" in net                            # 0.9 × 360,836.3 of 360,000
    assert panel.findChild(QLabel, "rebuild_cap_note").text() == "拆改建比例未超过上限 30 %"   # 27 %


def test_the_mode_filter_lists_mode_names_with_their_keys(fake_window, zh):
    panel = fake_window.estates_panel
    panel.retranslate()
    texts = [panel.mode.itemText(i) for i in range(panel.mode.count())]
    assert texts == ["所有改造模式", "不改造", "节能改造", "加层改造", "拆改建"]
    assert [panel.mode.itemData(i) for i in range(1, panel.mode.count())] == ["none", "retrofit", "add_storey",
                                                                               "rebuild"]


def test_a_default_is_shown_as_its_value(fake_window, zh):
    from PySide6.QtCore import Qt

    from ui.buildings.delegates import choices_for
    from ui.fields import BUILDING_BY_KEY
    from ui.forms import FieldForm

    w = fake_window
    model = w.buildings.model
    row = next(r for r in model.rows() if r.values.get("storey_height_m") is None)
    cell = model.index(model.row_of(row.id), model.column_of("storey_height_m"))
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "2.80（默认）" and cell.data(Qt.ItemDataRole.EditRole) is None
    assert choices_for(BUILDING_BY_KEY["structure"], list)[0] == ("砖混（默认）", None)
    assert choices_for(BUILDING_BY_KEY["mode"], list)[0] == ("节能改造（默认）", None)
    assert choices_for(BUILDING_BY_KEY["planned_year"], list) == []
    form = FieldForm([BUILDING_BY_KEY["storey_height_m"], BUILDING_BY_KEY["wall_u"]], {},
                     defaults=model.defaults_of(row.id))
    assert form.editors["storey_height_m"].placeholderText() == "2.80（默认）"
    wall = model.defaults_of(row.id)["wall_u"]                 # the engine's value, once computed
    assert form.editors["wall_u"].placeholderText() == (f"{wall:.2f}（默认）" if wall is not None else "构造默认值")


def _estate(i: int, district: str, buildings: int):
    from retrofit.services.dto import EstateRow

    return EstateRow(id=i, estate=f"河北{i}号小区", city="唐山", district=district, subdistrict=None, address=None,
                     year_completed=1985, households=None, consent_rate=None, heat_supplier=None,
                     metered_billing=None, building_count=buildings, floor_area_m2=1e4, version=1)


def test_building_counts_have_thousands_separators(zh):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStandardItemModel

    from retrofit.engine_messages import Notice
    from ui.estates.tree_model import build_tree

    model = QStandardItemModel()
    build_tree(model, [_estate(1, "路北区", 1200), _estate(2, "路北区", 928), _estate(3, "丰南区", 5037)])
    counts = {model.item(r, 0).text(): model.item(r, 1).text() for r in range(model.rowCount())}
    assert counts == {"全部楼栋": "7,165", "丰南区": "5,037", "路北区": "2,128"}
    district = next(model.item(r, 0) for r in range(model.rowCount()) if model.item(r, 0).text() == "路北区")
    assert district.child(0, 1).text() == "1,200"
    translate = QCoreApplication.translate
    assert translate("BuildingsPanel", "All buildings: %Ln", None, 7165) == "全部楼栋：7,165 栋"
    assert translate("ResultsPanel", "Whole city, %Ln building(s)", None, 7165) == "全市，7,165 栋楼"
    assert Notice("mostly_defaults_all", {"count": 7165}).message("zh") == "全部 7,165 栋楼多数数值为典型值，而非实测值"


def test_english_counts_are_singular_or_plural_with_separators(qapp):
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    assert translate("ResultsPanel", "Whole city, %Ln building(s)", None, 7165) == "Whole city, 7,165 buildings"
    assert translate("ResultsPanel", "Estate, %Ln building(s)", None, 1) == "Estate, 1 building"
    assert translate("Commands", "Paste %Ln cell(s)", None, 1200) == "Paste 1,200 cells"


def test_import_fields_are_offered_by_label_and_unit_never_by_key(chinese):
    from ui.imports.mapping import TARGET_KEYS, field_label

    labels = [field_label(k) for k in TARGET_KEYS]
    assert field_label("floor_area_m2") == "建筑面积 [m²]" and field_label("storeys") == "层数"
    assert field_label("estate_households") == "小区户数" and field_label("actual_cost_rmb") == "实际投资 [元]"
    assert not any(k in text for k in TARGET_KEYS if "_" in k for text in labels)
    assert len(set(labels)) == len(labels)
    i18n.set_language("en")
    labels = [field_label(k) for k in TARGET_KEYS]
    assert field_label("actual_cost_rmb") == "Actual cost [RMB]" and field_label("households") == "Households"
    assert field_label("year_built") == "Year built" and field_label("remaining_life_years") == "Remaining life [years]"
    assert field_label("estate_households") == "Households (estate)" and len(set(labels)) == len(labels)


@pytest.fixture
def english():
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def test_english_headers_carry_english_units(qapp, english):
    from retrofit.domain.vocabulary import SETTING_BY_KEY
    from ui.fields import BUILDING_BY_KEY
    from ui.preferences.dialog import SettingBox

    assert BUILDING_BY_KEY["storeys"].title() == "Storeys" and BUILDING_BY_KEY["households"].title() == "Households"
    assert BUILDING_BY_KEY["actual_cost_rmb"].title() == "Actual cost [RMB]"
    assert BUILDING_BY_KEY["floor_area_m2"].title() == "Floor area [m²]"
    assert SettingBox(SETTING_BY_KEY["coal_price_cny_tce"]).suffix() == " RMB/tce"


def test_the_comparison_says_its_money_unit_once_in_the_row_label(fake, zh):
    from ui.compare.panel import comparison_rows, row_labels

    summaries = fake.results.compare_packages(1, ["usual", "advanced"])
    rows, labels = comparison_rows(summaries), row_labels(summaries)
    cost = next(i for i, text in enumerate(labels) if text.startswith("投资"))
    assert labels[cost] in ("投资 [万元]", "投资 [亿元]")
    assert all(text and "元" not in text for text in rows["cost"])
    assert all("." not in text or float(text.replace(",", "")) < 1000 for text in rows["saved_tce"])


def test_a_date_field_shows_an_example_not_a_value(zh):
    from ui.fields import BUILDING_BY_KEY
    from ui.forms import FieldForm

    form = FieldForm([BUILDING_BY_KEY["works_start"]], {})
    assert form.editors["works_start"].placeholderText() == "例如 2010-04-15"


def test_construction_defaults_are_shown_as_the_values_the_engine_used(window, qtbot, zh):
    from PySide6.QtCore import Qt

    w = window
    estate = next(iter(w.estates.estates))
    w.estates_panel.select_estate(estate)
    model = w.buildings.model
    qtbot.waitUntil(lambda: w.results.summary is not None and model.rowCount() > 0
                    and {b.building_id for b in w.results.summary.buildings} == {r.id for r in model.rows()},
                    timeout=20000)
    result = w.results.summary.buildings[0]
    row = next(r for r in model.rows() if r.id == result.building_id)
    assert row.values.get("wall_u") is None                       # the demo city leaves it to the method
    used = result.values["wall_u"]
    assert 0.3 < used < 2.5 and model.defaults_of(row.id)["wall_u"] == used
    cell = model.index(model.row_of(row.id), model.column_of("wall_u"))
    assert cell.data(Qt.ItemDataRole.DisplayRole) == f"{used:.2f}（默认）"


def test_a_year_without_works_shows_zero_not_zero_point_zero_zero():
    from ui.tables import column_texts

    assert column_texts("floor_area_m2", [18_250_630.4, 0.0, 2.975])[1] == ["18,250,630", "0", "2.98"]
