"""The reports dialog on the demo city: estates chosen by district, planned year, saved plan or a
search, select all; Cancel while creating, Close when done; the folder opened as a local file
URL (what Windows' and Linux's file managers take)."""
from pathlib import Path

from PySide6.QtCore import QUrl

from ui.reports.choice import EstateChoice
from ui.reports.dialog import ReportsDialog, open_folder
from ui.tasks import TaskRunner


def _dialog(services, app_settings, qtbot):
    runner = TaskRunner()
    dialog = ReportsDialog(services, runner, app_settings, services.records.list_estates(), None, open_folder=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.year.count() > 1, timeout=60000)     # the planned years are read
    return dialog, runner


def test_estates_by_district_year_search_and_select_all(services, app_settings, qtbot, zh):
    dialog, _ = _dialog(services, app_settings, qtbot)
    estates = services.records.list_estates()
    assert dialog.estates.count() == len(estates) and dialog.selected_ids() == []
    district = dialog.district.itemText(1)
    dialog.district.setCurrentIndex(1)
    assert dialog.estates.count() == sum(e.district == district for e in estates) > 0
    dialog.select_all.click()
    assert len(dialog.selected_ids()) == dialog.estates.count()
    assert dialog.chosen.text() == f"已勾选 {dialog.estates.count()} / {dialog.estates.count()} 个小区"
    in_district = set(dialog.selected_ids())
    year = dialog.year.itemData(1)
    dialog.year.setCurrentIndex(1)
    planned = {b.estate_id for b in services.records.list_buildings(None) if b.values["planned_year"] == year}
    shown = {int(dialog.estates.item(i).data(256)) for i in range(dialog.estates.count())}
    assert shown == planned & {e.id for e in estates if e.district == district}
    assert set(dialog.selected_ids()) == shown & in_district                # ticks are kept
    dialog.year.setCurrentIndex(0)
    dialog.district.setCurrentIndex(0)
    name = estates[5].estate
    dialog.search.setText(name)
    assert name in [dialog.estates.item(i).text().split(" ", 1)[-1] for i in range(dialog.estates.count())]
    dialog.select_none.click()
    assert dialog.selected_ids() == []


def test_a_saved_plan_chooses_its_estates():
    from retrofit.services.dto import EstateRow

    rows = [EstateRow(i, f"小区{i}", "唐山", "路南区" if i % 2 else "路北区", None, None, None, None, None, None, None,
                      1, 100.0, 1) for i in range(1, 7)]
    choice = EstateChoice(rows, years={1: {2009}, 2: {2010}, 3: {2009}})
    choice.plan = {"小区1", "小区2", "小区4"}
    assert [e.id for e in choice.matching(None, None, "")] == [1, 2, 4]
    assert [e.id for e in choice.matching("路南区", 2009, "")] == [1]
    assert [e.id for e in choice.matching(None, None, "4")] == [4]


def test_close_when_done_and_the_folder_opened_as_a_local_file(services, app_settings, qtbot, tmp_path, zh,
                                                               monkeypatch):
    dialog, _ = _dialog(services, app_settings, qtbot)
    assert dialog.cancel.text() == "关闭"
    dialog.estates.item(0).setCheckState(dialog.estates.item(0).checkState().Checked)
    dialog.folder.setText(str(tmp_path / "报告 2026"))
    dialog.start()
    assert dialog.cancel.text() == "取消" and not dialog.generate.isEnabled()
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=120000)
    assert dialog.cancel.text() == "关闭" and dialog.generate.isEnabled() and dialog.show_folder.isEnabled()
    assert dialog.status.text() == "已生成 1 个 PDF 文件。"
    opened: list[QUrl] = []
    monkeypatch.setattr("ui.reports.dialog.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    dialog.show_folder.click()
    assert opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == tmp_path / "报告 2026"
    assert opened[0].scheme() == "file"
    seen: list[QUrl] = []
    assert open_folder(Path("C:/Users/李/报告"), lambda url: seen.append(url) or True)
    assert seen[0].toString() == "file:///C:/Users/李/报告"                 # the form Explorer opens
