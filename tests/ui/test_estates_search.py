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
