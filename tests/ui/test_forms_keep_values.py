"""Forms keep what was typed: a bad field is marked and explained in the UI language, the form
stays open; shares are typed in per cent (75, 75% and 0.75 all mean 75 %)."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from retrofit import i18n


@pytest.fixture(autouse=True)
def chinese():
    """Messages of the core in Chinese (an earlier test may have switched the language)."""
    i18n.set_language("zh")
    yield
    i18n.set_language(None)


def _when_open(check):
    """Run ``check(dialog)`` once the modal form is open (exec() blocks meanwhile)."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            check(dialog)
        finally:
            seen.append(dialog)
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, run)
    return seen


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_form_edit_with_storeys_45_keeps_the_form_and_says_why(fake_window, errors):
    w = fake_window
    assert w.estates_panel.select_estate(1)
    w.buildings_panel.select_ids([1])
    result = {}

    def check(dialog):
        form = dialog.form
        form.editors["storeys"].setText("45")
        form.editors["wall_u"].setText("0.5")
        form.editors["floor_area_m2"].setText("3,600")
        _ok(dialog)
        result.update(visible=dialog.isVisible(), text=form.editors["storeys"].text(), bad=form.bad_keys(),
                      error=form.error.text(), tip=form.editors["storeys"].toolTip(),
                      wall=form.editors["wall_u"].text())
        form.editors["storeys"].setText("12")                    # corrected: saved, closed
        _ok(dialog)
        result["closed"] = not dialog.isVisible()

    seen = _when_open(check)
    w.menus.actions["form"].trigger()                             # Ctrl+Enter
    assert seen, "the form did not open"
    assert result["visible"] and result["text"] == "45" and result["wall"] == "0.5"
    assert result["bad"] == ["storeys"]
    assert result["error"] == "层数：应在 1–40 范围内" == result["tip"]
    assert "storeys" not in result["error"]
    assert result["closed"] and errors == []
    values = w.services.records.get_building(1).values
    assert (values["storeys"], values["wall_u"], values["floor_area_m2"]) == (12, 0.5, 3600.0)
    assert w.undo_stack.undoText() == "Edit building"            # the three fields: one step
    w.undo_stack.undo()
    values = w.services.records.get_building(1).values
    assert (values["storeys"], values["wall_u"], values["floor_area_m2"]) == (5, 1.6, 3000.0)


def test_estate_form_reads_a_consent_of_75_percent(fake_window, errors):
    w = fake_window
    assert w.estates_panel.select_estate(2)
    result = {}

    def check(dialog):
        consent = dialog.form.editors["consent_rate"]
        result["shown"] = consent.text()
        consent.setText("75%")
        _ok(dialog)
        result["closed"] = not dialog.isVisible()

    seen = _when_open(check)
    w.menus.actions["estate"].trigger()                           # Ctrl+Shift+E
    assert seen and result == {"shown": "50%", "closed": True}
    assert w.services.records.get_estate(2).consent_rate == 0.75 and errors == []


def test_a_share_is_typed_in_per_cent_everywhere(fake_window):
    from ui.fields import ESTATE_FIELDS
    from ui.forms import FormDialog

    for text, share in (("75%", 0.75), ("75", 0.75), ("0.75", 0.75), ("75 %", 0.75), ("７５％", 0.75),
                        ("100", 1.0), ("1", 1.0), ("0.5%", 0.005)):
        dialog = FormDialog("estate", ESTATE_FIELDS, {"estate": "E", "city": "唐山"})
        dialog.form.editors["consent_rate"].setText(text)
        assert dialog.changes() == {"consent_rate": share}, text
        dialog.deleteLater()


def test_service_refusals_show_in_the_form_by_label(fake_window, qtbot):
    from ui.fields import ESTATE_FIELDS
    from ui.forms import FormDialog

    saved = []

    import retrofit.storage.fields  # noqa: F401  (the storage's messages, as with the real services)

    def apply(values):
        from retrofit.domain.errors import ValidationError
        if not saved:
            saved.append(values)
            raise ValidationError("value_out_of_range", field="consent_rate", value=1.5, low=0, high=1)
        return "saved"

    dialog = FormDialog("estate", ESTATE_FIELDS, {"estate": "E", "city": "唐山"}, apply=apply)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.editors["consent_rate"].setText("80")
    dialog.form.editors["district"].setText("路北区")
    dialog.accept()
    assert dialog.isVisible() and dialog.form.bad_keys() == ["consent_rate"]
    assert dialog.form.error.text().startswith("字段“居民同意率”")          # the label, not consent_rate
    assert dialog.form.editors["district"].text() == "路北区"
    dialog.accept()
    assert not dialog.isVisible() and dialog.saved == "saved"


def test_rules_across_fields_are_checked_in_the_form(fake_window):
    import datetime as dt

    from ui.buildings.form import BuildingFormDialog, building_check

    row = fake_window.services.records.get_building(1)
    dialog = BuildingFormDialog(row, ["usual"], check=building_check(row.values), apply=lambda changes: changes)
    dialog.form.editors["status"].setCurrentIndex(dialog.form.editors["status"].findData("completed"))
    dialog.accept()
    assert dialog.form.bad_keys() == ["works_completed"]
    assert dialog.form.error.text() == "实施状态为“竣工”时须填写竣工日期"
    dialog.form.editors["works_completed"].setText("2012年10月")
    dialog.accept()
    assert dialog.saved == {"status": "completed", "works_completed": dt.date(2012, 10, 1)}
    i18n.set_language("en")
    try:
        dialog = BuildingFormDialog(row, ["usual"])
        dialog.form.editors["storeys"].setText("0")
        dialog.accept()
        assert dialog.form.error.text() == "Storeys: must be in the range 1–40"
    finally:
        i18n.set_language(None)
