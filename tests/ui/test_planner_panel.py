"""The planner tab on the real services (the demo city): charts, totals and mode shares of the
solved plan, the saved plans (save, open, approve, delete, locked plans, another user's change)
and the language switch."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from retrofit.domain.errors import ConcurrentEditError
from retrofit.planner.gap import gap_text
from ui.fields import choice_label
from ui.format import number
from ui.i18n import install_translators
from ui.results.panel import funding_label


@pytest.fixture
def demo_url(before_works_template, tmp_path):
    """The demo city as planned in 2008, before any works: the planner's starting point."""
    path = tmp_path / "demo-city-2008.sqlite"
    shutil.copyfile(before_works_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def planner(window, qapp, qtbot):
    install_translators(qapp, "en")
    window.tabs.setCurrentWidget(window.planner)
    panel = window.planner
    qtbot.waitUntil(lambda: panel.plans_loaded, timeout=60000)
    yield panel
    install_translators(qapp, "en")
    qtbot.wait(100)                           # the language change recomputes the results: let it finish
    qtbot.waitUntil(lambda: window.runner.running == 0 and not window.results.busy, timeout=60000)


def solve(planner, qtbot, first: int, last: int, budget_million: float):
    planner.presenter.result = None
    planner.first_year.setValue(first)
    planner.last_year.setValue(last)
    planner.budget.setValue(budget_million)
    planner.solve()
    qtbot.waitUntil(lambda: planner.result is not None, timeout=120000)
    return planner.result


def _combo_option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    return option


def plan_names(planner) -> list[tuple[str, str, str]]:
    """(name, version, status) per row of the saved plans' table."""
    table = planner.plans_table
    return [tuple(table.item(r, c).text() for c in (0, 1, 2)) for r in range(table.rowCount())]


def test_solved_plan_shows_charts_totals_mode_shares_and_follows_the_language(planner, qapp, qtbot):
    result = solve(planner, qtbot, 2008, 2010, 9000.0)
    years, totals, shares = result.years, result.totals, result.mode_shares
    assert [y.year for y in years] == [2008, 2009, 2010]

    # cost per year by funding source, in million RMB, with the yearly budget as a line
    chart = planner.cost_chart
    assert chart.categories == ["2008", "2009", "2010"]
    assert chart.totals() == pytest.approx([y.cost_rmb / 1e6 for y in years], rel=1e-6)
    central = dict(chart.series)[funding_label("central")]
    assert central == pytest.approx([y.funding["central"] / 1e6 for y in years])
    city = dict(chart.series)[funding_label("city")]
    assert city == pytest.approx([y.funding["city"] / 1e6 for y in years])
    assert funding_label("local") not in dict(chart.series)          # the demo city has no local top-up
    assert chart.lines == [("Budget", pytest.approx(9000.0))]
    assert chart.unit == "million RMB"

    # cumulative saved coal against the 360,000 tce programme target
    progress = planner.progress_chart
    assert progress.categories == ["2008", "2009", "2010"]
    assert progress.totals() == pytest.approx([y.cumulative_saved_tce for y in years])
    assert progress.totals()[-1] == pytest.approx(totals.saved_tce)
    assert progress.lines == [("Target", 360000.0)]

    # mode shares by floor area and the rebuild cap
    parts = {label: value for label, value, _ in planner.mode_chart.parts}
    assert parts == pytest.approx({choice_label(m): shares[m] for m in ("retrofit", "add_storey", "rebuild")})
    assert 0 < shares["rebuild"] <= 0.3
    assert planner.cap_note.text() == f"Rebuild {100 * shares['rebuild']:.0f} % ≤ 30 % (cap kept)"

    # totals
    values = {key: label.text() for key, label in planner.total_values.items()}
    assert values["estates"] == str(totals.estates)
    assert values["cost_rmb"] == f"{number(totals.cost_rmb / 1e6, 0)} million RMB"
    # rebuilds add floor area: the figures net of its new load beside the gross ones
    assert totals.added_area_m2 > 0 and 0 < totals.saved_net_tce < totals.saved_tce
    assert values["saved_tce"] == (f"{number(totals.saved_tce, 0)} "
                                   f"({100 * totals.saved_tce / 360000:.0f} % of the target); "
                                   f"net of new load {number(totals.saved_tce - totals.new_coal_tce, 0)}")
    assert values["saved_tco2"] == f"{number(totals.saved_tco2, 0)}; net of new load {number(totals.saved_net_tco2, 0)}"
    assert values["freed_capacity_mw"] == (f"{number(totals.freed_capacity_mw, 1)}; net of new load "
                                           f"{number(totals.freed_capacity_mw - totals.new_load_mw, 1)}")
    assert values["gap"] == f"{gap_text(result.gap, result.status, 'en')} (MILP)"
    assert values["gap"].startswith(("within ", "proven"))
    assert values["cost_per_tce"] == number(totals.cost_rmb / totals.saved_tce, 0)
    assert planner.rule_values["min_consent_rate"].text() == "67 %"
    assert planner.rule_values["co2_factor_t_tce"].text() == f"{result.assumptions['co2_factor_t_tce']:.3f}"

    # the cost curve of the planned estates, with the target
    curve = planner.curve_chart.curve
    assert len(curve.segments) == totals.estates and curve.target_tce == 360000.0
    assert curve.total_tce == pytest.approx(totals.saved_tce, rel=1e-6)

    # the year table: translated headers, one row a year and a total row
    table = planner.years
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:6] == ["Year", "Estates", "Households", "Floor area [m²]", "Budget [million RMB]",
                           "Cost [million RMB]"]
    assert "Cumulative saved coal [tce/a]" in headers and "City budget [million RMB]" in headers
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == ["2008", "2009", "2010", "Total"]
    assert [table.item(r, 1).text() for r in range(3)] == [str(len(y.estates)) for y in years]
    cost = headers.index("Cost [million RMB]")
    assert table.item(3, cost).text() == number(sum(y.cost_rmb for y in years) / 1e6, 0)
    assert table.item(3, cost).font().bold()
    assert planner.waiting.count() == len(result.waiting) + len(result.not_scheduled) > 0
    assert planner.waiting_box.title() == f"Why are these estates waiting? ({planner.waiting.count()})"

    try:
        install_translators(qapp, "zh")
        qtbot.waitUntil(lambda: planner.plans_box.title() == "已保存的规划")
        assert planner.totals_box.title() == "规划合计"
        assert planner.cap_note.text() == f"拆改建 {100 * shares['rebuild']:.0f} % ≤ 30 %（未超上限）"
        assert "中央财政奖励" in dict(planner.cost_chart.series)
        assert planner.cost_chart.lines[0][0] == "预算" and planner.cost_chart.unit == "亿元"    # 万元/亿元
        assert planner.cost_chart.lines[0][1] == pytest.approx(90.0)                           # 90 亿元
        assert planner.budget.value() == 90.0 and planner.inputs_box.labels[2].text() == "年度预算 [亿元]"
        assert planner.years.horizontalHeaderItem(4).text() == "预算 [亿元]"
        assert planner.total_values["cost_rmb"].text().endswith(" 亿元")
        assert planner.progress_chart.lines[0][0] == "目标"
        assert planner.years.horizontalHeaderItem(0).text() == "年度"
        assert planner.years.item(3, 0).text() == "合计"
        assert planner.open_button.text() == "打开" and planner.approve_button.text() == "审批…"
        assert planner.waiting.item(0).text().split(": ", 1)[1].startswith("同意率")
        assert planner.total_values["gap"].text().startswith(("与最优方案相差不超过", "已证明为最优方案"))
        assert planner.charts.tabText(2) == "每吨投资（成本曲线）"
    finally:
        install_translators(qapp, "en")
    qtbot.waitUntil(lambda: planner.plans_box.title() == "Saved plans")
    assert "consent" in planner.waiting.item(0).text()


def test_saved_plans_open_approve_delete_and_locking(planner, window, errors, qtbot):
    answers: list[bool] = []
    questions: list[str] = []

    def confirm(title: str, text: str) -> bool:
        questions.append(text)
        return answers.pop(0)

    planner.confirm = confirm
    assert planner.plans == [] and planner.plans_table.rowCount() == 0
    assert not planner.save_button.isEnabled()
    saved = solve(planner, qtbot, 2008, 2010, 9000.0)
    assert planner.save_button.isEnabled()

    first = planner.save("三年计划")
    qtbot.waitUntil(lambda: len(planner.plans) == 1)
    second = planner.save("三年计划")                               # a new version of the same name
    qtbot.waitUntil(lambda: len(planner.plans) == 2)
    assert plan_names(planner) == [("三年计划", "2", "draft"), ("三年计划", "1", "draft")]
    assert planner.plans_table.item(0, 4).text() == number(saved.totals.saved_tce, 0)
    assert planner.selected_plan().id == second                  # the plan just saved

    # approving asks first; "no" changes nothing
    assert planner.select_plan(first)
    assert planner.approve_button.isEnabled() and planner.delete_button.isEnabled()
    answers.append(False)
    assert not planner.approve_selected()
    assert window.services.plans.get(first).status == "draft"
    answers.append(True)
    assert planner.approve_selected()
    assert "version 1" in questions[-1] and "locked" in questions[-1]
    qtbot.waitUntil(lambda: ("三年计划", "1", "approved") in plan_names(planner))
    assert window.services.plans.get(first).status == "approved"
    assert planner.selected_plan().id == first
    assert planner.open_button.isEnabled()
    assert not planner.approve_button.isEnabled() and not planner.delete_button.isEnabled()

    # the service refuses to delete an approved plan; the error is shown, nothing is lost
    answers.append(True)
    assert not planner.delete_selected()
    assert [getattr(e, "code", None) for e in errors] == ["plan_locked"]
    assert "locked" in errors[-1].message("en")
    qtbot.waitUntil(lambda: len(planner.plans) == 2)
    assert window.services.plans.get(first).status == "approved"

    # another plan is shown; opening the saved one shows its inputs and years again
    other = solve(planner, qtbot, 2009, 2010, 4000.0)
    assert [y.year for y in other.years] == [2009, 2010]
    assert planner.years.rowCount() == 3
    assert planner.select_plan(first)
    planner.open_selected()
    assert (planner.first_year.value(), planner.last_year.value(), planner.budget.value()) == (2008, 2010, 9000.0)
    assert planner.result.years == saved.years
    assert planner.years.rowCount() == 4
    assert [planner.years.item(r, 0).text() for r in range(3)] == ["2008", "2009", "2010"]
    assert planner.cost_chart.categories == ["2008", "2009", "2010"]
    assert planner.status.text() == "Saved plan “三年计划”, version 1 (approved)."

    # someone else approves the draft meanwhile: our stale version is refused and shown
    stale = planner.selected_plan() if planner.select_plan(second) else None
    window.services.plans.approve(second, stale.version)
    answers.append(True)
    assert not planner.delete_selected()
    assert isinstance(errors[-1], ConcurrentEditError)
    qtbot.waitUntil(lambda: plan_names(planner) == [("三年计划", "2", "approved"), ("三年计划", "1", "approved")])
    assert not planner.delete_button.isEnabled()

    # saving the shown (approved) plan again makes a new draft, which can be deleted
    third = planner.save("三年计划")
    qtbot.waitUntil(lambda: len(planner.plans) == 3)
    assert plan_names(planner)[0] == ("三年计划", "3", "draft")
    assert planner.selected_plan().id == third and planner.delete_button.isEnabled()
    answers.append(True)
    assert planner.delete_selected()
    qtbot.waitUntil(lambda: len(planner.plans) == 2)
    assert third not in {p.id for p in window.services.plans.list_plans()}
    assert planner.status.text() == "Plan “三年计划” deleted."
    assert len(errors) == 2 and answers == []


def test_opening_a_plan_deleted_elsewhere_is_an_error_not_a_crash(planner, window, errors, qtbot):
    solve(planner, qtbot, 2008, 2009, 9000.0)
    plan_id = planner.save("两年计划")
    qtbot.waitUntil(lambda: len(planner.plans) == 1)
    version = window.services.plans.get(plan_id).version
    window.services.plans.delete(plan_id, version)
    assert planner.select_plan(plan_id)
    assert not planner.open_plan(plan_id)
    assert errors and errors[-1].code == "not_found"
    qtbot.waitUntil(lambda: planner.plans_table.rowCount() == 0)
    assert not planner.open_button.isEnabled()


def test_totals_wrapped_onto_more_lines_get_their_lines_in_a_window_opened_in_chinese(
        zh, services, app_settings, errors, qtbot):
    """At 1400×900 in Chinese the saved coal, the saved CO2, the freed capacity (each with its net
    figure) and the solver's result wrap onto two or three lines: each value gets the height of
    its lines instead of overlapping the next row (a window opened in Chinese, where a form
    layout got it wrong). The year table shows its total row without scrolling."""
    from ui.main_window import MainWindow

    window = MainWindow(services, app_settings, errors.append)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    try:
        window.tabs.setCurrentWidget(window.planner)
        planner = window.planner
        qtbot.waitUntil(lambda: planner.plans_loaded, timeout=60000)
        solve(planner, qtbot, 2008, 2010, 90.0)                 # 90 亿元 a year
        shown = [label for label in planner.total_values.values() if label.isVisible()]
        line = shown[0].fontMetrics().height()
        qtbot.waitUntil(lambda: sum(label.heightForWidth(label.width()) > 1.5 * line for label in shown) >= 3,
                        timeout=5000)
        qtbot.wait(200)
        assert [label.objectName() for label in shown if label.height() < label.heightForWidth(label.width())] == []
        # the year table shows every row down to the total, without scrolling
        table = planner.years
        total = table.item(table.rowCount() - 1, 0)
        assert total.text() == "合计" and table.verticalScrollBar().value() == 0
        assert table.visualItemRect(total).bottom() < table.viewport().height()
        assert planner.charts.height() >= 220                       # the charts keep their height
        assert errors == []
    finally:
        window.runner.cancel_all()
        window.runner.wait(30000)


def test_the_aim_shows_its_whole_text_at_1400_px(planner, window, qtbot):
    window.resize(1400, 900)
    aim = planner.inputs_box.aim
    assert [aim.itemText(i) for i in range(aim.count())] == ["Most saving within the budget",
                                                            "Least cost to reach the target"]
    for index in range(aim.count()):
        aim.setCurrentIndex(index)
        qtbot.waitUntil(lambda: aim.width() >= aim.sizeHint().width(), timeout=2000)
        room = aim.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, _combo_option(aim),
                                          QStyle.SubControl.SC_ComboBoxEditField, aim).width()
        assert aim.fontMetrics().horizontalAdvance(aim.currentText()) <= room
