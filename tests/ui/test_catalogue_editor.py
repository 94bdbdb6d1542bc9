"""The catalogue editor on the real settings service: measures by Chinese name with units and
both prices, edited in place or in a form, added, copied, reset and deleted; packages by name,
their measures ticked by name, new, copy, reset and delete."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from ui.catalogue.dialog import CatalogueDialog
from ui.catalogue.measures import COLUMNS, MeasureDialog


@pytest.fixture
def dialog(empty_services, errors, qtbot, zh):
    d = CatalogueDialog(empty_services, errors.append)
    qtbot.addWidget(d)
    return d


def _row(tab, key):
    return next(i for i, m in enumerate(tab.rows) if m["key"] == key)


def _texts(tab, key):
    row = _row(tab, key)
    return [tab.table.item(row, j).text() for j in range(len(COLUMNS))]


def test_measures_by_chinese_name_with_units_and_both_prices(dialog):
    tab = dialog.measures
    headers = [tab.table.horizontalHeaderItem(j).text() for j in range(tab.table.columnCount())]
    assert headers == ["名称", "类型", "计价单位", "2010 年单价 [元]", "现行单价 [元]", "参数", "来源"]
    assert _texts(tab, "wall_eps_80") == ["外墙外保温 EPS 80 mm", "外墙保温", "m² 外墙", "130", "220",
                                          "保温层厚度 0.08 m，导热系数 0.049 W/(m·K)", "内置"]
    assert not any("_" in text for m in tab.rows for text in _texts(tab, m["key"])[:3])   # no keys shown


def test_a_price_edited_in_place_is_saved_refused_when_bad_and_reset(dialog, empty_services, errors):
    tab = dialog.measures
    price = tab.table.item(_row(tab, "wall_eps_80"), COLUMNS.index("cost_2010_cny"))
    price.setText("1,45")
    assert empty_services.settings.measure("wall_eps_80")["cost_2010_cny"] == 145
    assert _texts(tab, "wall_eps_80")[6] == "已修改"
    tab.table.item(_row(tab, "wall_eps_80"), COLUMNS.index("cost_2010_cny")).setText("abc")
    assert errors and errors[-1].message("zh") == "字段“2010 年单价”的值“abc”类型不对（应为数字）"
    assert _texts(tab, "wall_eps_80")[3] == "145"                            # unchanged, shown again
    tab.select("wall_eps_80")
    assert tab.buttons["reset"].isEnabled() and not tab.buttons["delete"].isEnabled()
    tab.reset()
    assert _texts(tab, "wall_eps_80")[3:] == ["130", "220", "保温层厚度 0.08 m，导热系数 0.049 W/(m·K)", "内置"]


def test_a_new_measure_from_the_form_then_copied_and_deleted(dialog, empty_services, monkeypatch, qtbot):
    form = MeasureDialog("新建措施", new=True)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("window_replacement"))
    assert form.form.isRowVisible(form.edits["window_u_w_m2k"]) and not form.form.isRowVisible(form.edits["thickness_m"])
    form.quantity.setCurrentIndex(form.quantity.findData("window_m2"))
    for key, text in (("name_zh", "断桥铝三玻窗"), ("name_en", "Triple-glazed windows"), ("cost_2010_cny", "650"),
                      ("cost_today_cny", "1,050"), ("window_u_w_m2k", "1.2")):
        form.edits[key].setText(text)
    form.accept()                                                            # a field is missing
    assert form.result() == 0 and form.error.text() == "请填写：换气次数上限"
    form.edits["air_change_cap_h"].setText("0.5")
    form.accept()
    assert form.result() == 1
    typed = form.values()
    monkeypatch.setattr(MeasureDialog, "exec", lambda self: 1)
    monkeypatch.setattr(MeasureDialog, "values", lambda self: typed)
    tab = dialog.measures
    tab.new()
    key = tab.current_key()
    assert _texts(tab, key) == ["断桥铝三玻窗", "更换外窗", "m² 外窗", "650", "1,050",
                                "外窗传热系数 1.2 W/(m²·K)，换气次数上限 0.5 h⁻¹", "自定义"]
    assert empty_services.settings.catalogue().measures[key].params["window_u_w_m2k"] == 1.2
    tab.copy()
    copy = tab.current_key()
    assert copy != key and _texts(tab, copy)[0] == "断桥铝三玻窗（副本）"
    assert tab.buttons["delete"].isEnabled()
    tab.delete()
    assert copy not in {m["key"] for m in tab.rows}


def test_packages_by_name_with_their_measures_by_name(dialog, empty_services, monkeypatch, errors):
    tab = dialog.packages
    names = [tab.list.item(i).text() for i in range(tab.list.count())]
    assert names == ["不改造", "基础", "常规", "深度"]
    tab.list.setCurrentRow(2)
    ticked = [tab.members.item(i).text() for i in range(tab.members.count())
              if tab.members.item(i).checkState() == Qt.CheckState.Checked]
    assert "外墙外保温 EPS 80 mm" in ticked and len(ticked) == 6
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("外墙加窗", True))
    tab.new()
    assert tab.current_package() == "外墙加窗" and tab.checked_measures() == []
    for i in range(tab.members.count()):
        if tab.members.item(i).text() in ("外墙外保温 EPS 80 mm", "塑钢双玻窗"):
            tab.members.item(i).setCheckState(Qt.CheckState.Checked)
    assert tab.buttons["save"].isEnabled()
    tab.save()
    assert empty_services.settings.list_packages()["外墙加窗"] == ["wall_eps_80", "window_pvc_double"]
    assert tab.list.currentItem().text() == "外墙加窗（自定义）"
    tab.new()                                                                # the name is taken
    assert errors[-1].message("zh") == "“外墙加窗”已存在（改造方案）"
    assert tab.buttons["delete"].isEnabled()
    tab.delete()
    assert "外墙加窗" not in empty_services.settings.list_packages()
    tab.list.setCurrentRow(2)                                                # 常规 changed, then reset
    tab.members.item(0).setCheckState(Qt.CheckState.Unchecked if tab.members.item(0).checkState()
                                      == Qt.CheckState.Checked else Qt.CheckState.Checked)
    tab.save()
    assert tab.list.currentItem().text() == "常规（已修改）" and tab.buttons["reset"].isEnabled()
    tab.reset()
    assert tab.list.currentItem().text() == "常规" and len(empty_services.settings.list_packages()["usual"]) == 6
