"""The estates tree: filters by mode, search (also by pinyin), order, keyboard."""
import pytest

from retrofit import i18n


@pytest.fixture(autouse=True)
def chinese():
    """Messages of the core in Chinese (an earlier test may have switched the language)."""
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


def _visible_estates(window):
    from ui.estates.tree_model import ESTATE, ESTATE_ID_ROLE, KIND_ROLE

    proxy, out = window.estates.proxy, []
    for r in range(proxy.rowCount()):
        district = proxy.index(r, 0)
        for i in range(proxy.rowCount(district)):
            child = proxy.index(i, 0, district)
            if child.data(KIND_ROLE) == ESTATE:
                out.append(child.data(ESTATE_ID_ROLE))
    return out


def test_the_mode_filter_lists_modes_by_name_and_filters(fake_window):
    w = fake_window
    row = w.services.records.get_building(4)                       # 光明里 (estate 2)
    w.services.records.update_building(4, row.version, {"mode": "rebuild"})
    w.estates.refresh_facts()
    combo = w.estates_panel.mode
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any mode", "不改造", "节能改造", "加层改造", "拆改建"]
    combo.setCurrentIndex(combo.findData("rebuild"))
    assert _visible_estates(w) == [2]
    combo.setCurrentIndex(0)
    assert sorted(_visible_estates(w)) == [1, 2, 3]


def _tree(window):
    proxy, out = window.estates.proxy, []
    for r in range(proxy.rowCount()):
        parent = proxy.index(r, 0)
        out.append((parent.data(), [proxy.index(i, 0, parent).data() for i in range(proxy.rowCount(parent))]))
    return out


def test_estates_in_pinyin_order_and_found_by_pinyin(fake_window, qtbot):
    from retrofit.domain.naming import pinyin_ready

    w = fake_window
    w.services.records.create_estate({"estate": "八一小区", "city": "唐山", "district": "路南区"})
    qtbot.waitUntil(lambda: pinyin_ready() and len(_tree(w)) == 3 and len(_tree(w)[2][1]) == 3, timeout=10000)
    qtbot.waitUntil(lambda: _tree(w)[2][1][0] == "八一小区", timeout=10000)     # ba before guang (not by code)
    qtbot.waitUntil(lambda: w.estates.facts_ready, timeout=10000)
    assert _tree(w) == [("All buildings", []), ("路北区", ["新华西里"]), ("路南区", ["八一小区", "光明里", "河北小区"])]
    search = w.estates_panel.search
    for text, found in (("hb", [1]), ("hebei", [1]), ("He Bei", [1]), ("gml", [2]), ("xhxl", [3]),
                        ("河北", [1]), ("3号楼", [1, 2]), ("lunan", [1, 2]), ("zz", [])):
        search.setText(text)
        assert sorted(_visible_estates(w)) == found, text            # 路南1号 is the address of 河北小区 …
    search.clear()


def test_down_or_enter_in_the_search_box_goes_to_the_results(fake_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    w = fake_window
    panel = w.estates_panel
    assert panel.select_estate(2)
    panel.search.setFocus()
    QTest.keyClicks(panel.search, "hbxq")
    assert _visible_estates(w) == [1]
    QTest.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.tree.hasFocus() and panel.current_estate_id() == 1
    qtbot.waitUntil(lambda: w.buildings.estate_id == 1)               # the estate found is shown
    panel.search.setFocus()
    panel.search.setText("guang")
    assert _visible_estates(w) == [2]
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.tree.hasFocus() and panel.current_estate_id() == 2


def test_the_tree_shows_that_it_has_the_keyboard(fake_window, qtbot):
    w = fake_window
    tree = w.estates_panel.tree
    w.estates_panel.search.setFocus()
    qtbot.waitUntil(lambda: not tree.hasFocus())
    unfocused = tree.grab().toImage()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    focused = tree.grab().toImage()
    middle = tree.height() // 2
    assert unfocused.pixel(0, middle) != focused.pixel(0, middle)          # a frame in the highlight colour
    item = tree.visualRect(tree.currentIndex())
    spot = tree.viewport().mapTo(tree, item.center())
    assert unfocused.pixel(spot.x(), spot.y()) != focused.pixel(spot.x(), spot.y())   # the current estate stands out


def test_the_building_filter_finds_estates_by_pinyin(fake_window, qtbot):
    from retrofit.domain.naming import load_pinyin

    load_pinyin()
    w = fake_window
    assert w.estates_panel.select_estate(None)
    qtbot.waitUntil(lambda: w.buildings.model.rowCount() == 8)
    w.buildings_panel.filter.setText("gml")
    proxy = w.buildings.proxy
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {"光明里"} and proxy.rowCount() == 3
    w.buildings_panel.filter.setText("3hl")                          # 3号楼: digits and initials
    assert proxy.rowCount() == 2


def test_the_city_table_lists_estates_in_pinyin_order(fake_window, qtbot):
    from retrofit.domain.naming import load_pinyin

    load_pinyin()
    w = fake_window
    assert w.estates_panel.select_estate(None)
    qtbot.waitUntil(lambda: w.buildings.model.rowCount() == 8)
    model = w.buildings.model
    estates = [model.estate_name(r) for r in model.rows()]
    assert list(dict.fromkeys(estates)) == ["光明里", "河北小区", "新华西里"]
    assert [r.values["building"] for r in model.rows()][:3] == ["1号楼", "2号楼", "3号楼"]


def test_the_current_estate_stays_in_view_when_the_tree_is_sorted_again(window, qtbot):
    w = window
    tree = w.estates_panel.tree
    w.resize(1280, 720)
    last = max(w.estates.estates)
    assert w.estates_panel.select_estate(last)
    tree.scrollToTop()                                     # as a new order would leave it
    current = tree.currentIndex()
    assert not tree.viewport().rect().intersects(tree.visualRect(current))
    w.estates._names_learnt()                              # the names are known: sorted again
    assert tree.viewport().rect().intersects(tree.visualRect(tree.currentIndex()))
