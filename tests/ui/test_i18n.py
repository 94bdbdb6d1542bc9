"""Translations: complete .ts files, compiled .qm files, and a runtime language switch."""
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

import resources
from ui.i18n import install_translators


@pytest.mark.parametrize("name", ["retrofit_zh_CN", "retrofit_en"])
def test_translation_files_are_complete_and_compiled(name):
    ts = resources.path("translations", f"{name}.ts")
    assert resources.path("translations", f"{name}.qm").stat().st_size > 1000
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 250
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        text = (translation.text or "").strip() or "".join(f.text or "" for f in translation.iter("numerusform"))
        assert text.strip(), message.find("source").text


def test_language_switch_changes_visible_texts(fake_window, qapp, qtbot):
    w = fake_window
    try:
        install_translators(qapp, "zh")
        qtbot.waitUntil(lambda: w.tabs.tabText(0) == "楼栋")
        assert w.menus.menus["file"].title() == "文件(&F)"
        assert w.buildings.model.headerData(1, Qt.Orientation.Horizontal) == "建成年份"
        assert w.results_panel.captions["tce"].text() == "节约标煤 [tce/年]"
        install_translators(qapp, "en")
        qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Buildings")
        assert w.menus.menus["file"].title() == "&File"
        assert w.results_panel.captions["tce"].text() == "Saved coal [tce/a]"
        assert w.estates_panel.search.placeholderText() == "Search estate, address or building no."
    finally:
        install_translators(qapp, "en")


def test_undo_menu_names_the_edit_in_the_ui_language(fake_window, qapp, qtbot):
    w = fake_window
    try:
        install_translators(qapp, "zh")
        qtbot.waitUntil(lambda: w.tabs.tabText(0) == "楼栋")
        assert not w.menus.actions["undo"].isEnabled()
        model = w.buildings.model
        assert model.setData(model.index(0, model.column_of("wall_u")), 0.6)
        assert w.menus.actions["undo"].isEnabled()
        assert w.menus.actions["undo"].text() == "撤销 设置外墙传热系数(&U)"
        w.menus.actions["undo"].trigger()
        assert w.menus.actions["redo"].text() == "重做 设置外墙传热系数(&R)"
    finally:
        install_translators(qapp, "en")
