"""Help: the user guide shipped with the app in both languages, opened from the Help menu (F1)
and following the UI language; About with the installed version; Qt's own file dialog in Chinese."""
import re

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

import resources
from retrofit import version
from ui.help import about_text, guide_path, guide_text


@pytest.mark.parametrize(("lang", "title"), [("zh", "# 既有住宅节能改造规划 使用手册"),
                                              ("en", "# Retrofit Planner: user guide")])
def test_the_guide_is_shipped_in_both_languages_with_the_same_sections(lang, title):
    text = guide_path(lang).read_text(encoding="utf-8")
    assert text.startswith(title) and guide_path(lang).parent == resources.path("help")
    zh = re.findall(r"^## ", guide_path("zh").read_text(encoding="utf-8"), re.M)
    en = re.findall(r"^## ", guide_path("en").read_text(encoding="utf-8"), re.M)
    assert len(zh) == len(en) >= 14                   # one guide per language, section by section


def test_a_missing_picture_is_left_out(tmp_path, monkeypatch):
    guide = tmp_path / "user-guide.zh.md"
    guide.write_text("# 手册\n\n![主窗口](../../docs/nowhere.png)\n正文\n", encoding="utf-8")
    monkeypatch.setattr("ui.help.guide_path", lambda lang: guide)
    assert guide_text("zh") == "# 手册\n\n正文\n"


def test_f1_opens_the_guide_in_the_ui_language_and_it_follows_a_switch(fake_window, qapp, qtbot):
    from ui.i18n import install_translators

    w = fake_window
    action = w.menus.actions["guide"]
    assert action.shortcut().toString() == "F1"
    try:
        install_translators(qapp, "zh")
        w.app_settings.language = "zh"
        qtbot.waitUntil(lambda: action.text() == "使用手册(&U)")
        action.trigger()
        guide = w.guide_window
        assert guide.isVisible() and guide.windowTitle() == "使用手册"
        assert "像 Excel 一样操作" in guide.browser.toPlainText()
        install_translators(qapp, "en")
        w.app_settings.language = "en"
        qtbot.waitUntil(lambda: "Working like in Excel" in guide.browser.toPlainText())
        assert guide.windowTitle() == "User guide"
    finally:
        install_translators(qapp, "en")


def test_about_names_the_version(zh):
    assert version() in about_text() and "既有住宅节能改造规划" in about_text()


def test_qt_file_dialog_speaks_chinese(qtbot, zh):
    dialog = QFileDialog(None, "打开数据库")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= texts
