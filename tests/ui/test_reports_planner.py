"""Reports dialog and planner tab on the real services (the demo city)."""
import shutil

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from ui.reports.dialog import ReportsDialog


@pytest.fixture
def demo_url(before_works_template, tmp_path):
    """The demo city as planned in 2008, before any works: the planner's starting point."""
    path = tmp_path / "demo-city-2008.sqlite"
    shutil.copyfile(before_works_template, path)
    return f"sqlite:///{path}"


def test_reports_dialog_creates_pdfs_in_the_background(window, services, app_settings, qtbot, tmp_path):
    estates = services.records.list_estates()[:2]
    dialog = ReportsDialog(services, window.runner, app_settings, estates, estates[0].id, window,
                           open_folder=False)
    qtbot.addWidget(dialog)
    dialog.estates.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    assert dialog.selected_estates() == sorted([e.id for e in estates], key=lambda i: [
        (e.district or "", e.estate) for e in estates if e.id == i][0])
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.paths), timeout=120000)
    assert len(dialog.paths) == 2
    for path in dialog.paths:
        assert path.parent == tmp_path / "out" and path.suffix == ".pdf"
        assert len(PdfReader(path).pages) >= 1
    assert app_settings.report_dir == str(tmp_path / "out")
    assert "2" in dialog.status.text()


def test_reports_can_be_cancelled(window, services, app_settings, qtbot, tmp_path):
    estates = services.records.list_estates()[:30]
    dialog = ReportsDialog(services, window.runner, app_settings, estates, None, window, open_folder=False)
    qtbot.addWidget(dialog)
    for i in range(dialog.estates.count()):
        dialog.estates.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.start()
    dialog.cancel.click()                     # cancels the running task
    qtbot.waitUntil(lambda: dialog.task is None, timeout=120000)
    assert dialog.paths == []
    assert dialog.status.text() in ("Cancelled.", "已取消。")
    assert dialog.generate.isEnabled()


def test_planner_tab_solves_year_by_year(window, qtbot):
    w = window
    planner = w.planner
    assert planner.solve_button.isEnabled()
    planner.first_year.setValue(2008)
    planner.last_year.setValue(2010)
    planner.budget.setValue(5000.0)               # million RMB a year
    planner.solve()
    qtbot.waitUntil(lambda: planner.result is not None, timeout=120000)
    years = planner.result.years
    assert [y.year for y in years] == [2008, 2009, 2010]
    assert planner.years.rowCount() == 4                # three years and the total
    assert planner.result.totals.saved_tce > 0
    assert planner.waiting.count() == len(planner.result.waiting) + len(planner.result.not_scheduled)
    plan_id = planner.save("三年计划")
    saved = {p.id: p for p in w.services.plans.list_plans()}
    assert saved[plan_id].name == "三年计划"


def test_cancel_during_the_solve_stops_it_within_a_second(window, qtbot, monkeypatch):
    """Planner → Plan → Cancel while "Solving the programme": the worker process is ended, the
    tab says so and takes the next plan."""
    import multiprocessing
    import time

    planner = window.planner
    # 2 bn RMB a year over five years, every way of every estate, the exact optimum: about a
    # minute of HiGHS (the budget in RMB: the spin box's unit follows the language)
    slow = {"years": 5, "choose_modes": True, "mip_rel_gap": 0.0, "time_limit_s": 60, "annual_budget_rmb": 2e9}
    monkeypatch.setattr(planner, "inputs", lambda: {**planner.inputs_box.inputs("en"), **slow})
    planner.first_year.setValue(2009)
    planner.solve()
    assert planner.cancel_button.isEnabled() and not planner.solve_button.isEnabled()
    qtbot.waitUntil(lambda: "Solving the programme" in planner.status.text(), timeout=60000)
    qtbot.wait(1000)                                   # HiGHS is busy
    assert planner.task is not None, planner.status.text()
    start = time.perf_counter()
    planner.cancel_button.click()
    assert planner.status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: planner.task is None, timeout=5000)
    assert time.perf_counter() - start < 1.0
    assert planner.status.text() == "Cancelled: no plan was made."
    assert planner.solve_button.isEnabled() and not planner.cancel_button.isEnabled()
    assert planner.result is None and multiprocessing.active_children() == []
