"""Tracking the works of a selection: one dialog, one transaction, one undo step, the audit log,
and a refusal of the service shown in the open form."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.buildings.works import WORKS_KEYS, common_values, works_dialog
from ui.i18n import install_translators


def _rows(window, ids):
    return [window.services.records.get_building(i) for i in ids]


def test_works_of_a_selection_saved_undone_and_logged(window, qapp, qtbot):
    install_translators(qapp, "en")
    presenter = window.buildings
    qtbot.waitUntil(lambda: presenter.model.rowCount() > 3, timeout=30000)
    ids = [presenter.model.rows()[i].id for i in range(3)]
    before = {r.id: {k: r.values.get(k) for k in WORKS_KEYS} for r in _rows(window, ids)}
    common = common_values(_rows(window, ids))
    assert str(getattr(common["status"], "value", common["status"])) == "completed"
    dialog = works_dialog(presenter, ids, window)
    editors = dialog.form.editors
    assert list(editors) == list(WORKS_KEYS)
    editors["contractor"].setText("唐山新建设工程公司")
    editors["actual_cost_rmb"].setText("1,250,000")
    start = min(r["works_completed"] for r in _rows(window, ids)) - dt.timedelta(days=120)
    editors["works_start"].setText(f"{start.year}年{start.month}月{start.day}日")
    dialog.accept()
    assert dialog.form.error.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted
    after = _rows(window, ids)
    assert {r["contractor"] for r in after} == {"唐山新建设工程公司"}
    assert {r["actual_cost_rmb"] for r in after} == {1_250_000.0}
    assert {r["works_start"] for r in after} == {start}
    assert window.undo_stack.undoText() == "Set the works of 3 buildings"
    audit = window.services.records.audit_log(10)
    assert sum(1 for e in audit if e["entity"] == "building" and e["entity_id"] in ids) >= 3
    window.undo_stack.undo()
    assert {r.id: {k: r.values.get(k) for k in WORKS_KEYS} for r in _rows(window, ids)} == before
    window.undo_stack.redo()
    assert {r["contractor"] for r in _rows(window, ids)} == {"唐山新建设工程公司"}


def test_a_refused_change_stays_in_the_form(window, qtbot):
    presenter = window.buildings
    qtbot.waitUntil(lambda: presenter.model.rowCount() > 1, timeout=30000)
    ids = [presenter.model.rows()[0].id]
    stored = _rows(window, ids)[0]
    dialog = works_dialog(presenter, ids, window)
    status: QComboBox = dialog.form.editors["status"]
    status.setCurrentIndex(status.findData(stored["status"]))
    done: QLineEdit = dialog.form.editors["works_completed"]
    done.setText("")                                   # a completed building without its completion date
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.error.text()
    assert _rows(window, ids)[0]["works_completed"] == stored["works_completed"]


def test_the_count_is_a_plural_with_thousands_separators(window, qapp, qtbot):
    install_translators(qapp, "en")
    presenter = window.buildings
    qtbot.waitUntil(lambda: presenter.model.rowCount() > 0, timeout=30000)
    row = presenter.model.rows()[0]
    many = SimpleNamespace(model=SimpleNamespace(row_by_id=lambda i: row), packages=presenter.packages)
    assert works_dialog(many, [row.id], window).windowTitle() == "Works of 1 building"
    assert works_dialog(many, list(range(7319)), window).windowTitle() == "Works of 7,319 buildings"
    try:
        install_translators(qapp, "zh")
        assert works_dialog(many, list(range(7319)), window).windowTitle() == "7,319 栋楼的实施情况"
    finally:
        install_translators(qapp, "en")
