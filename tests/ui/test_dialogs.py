"""Settings, estate and building forms (fake services); the catalogue editor is tested in
``test_catalogue_editor.py`` on the real services."""
from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.buildings.form import BuildingFormDialog
from ui.estates.presenter import EstatesPresenter
from ui.preferences.dialog import SettingsDialog


def test_settings_dialog_saves_preset_and_prices(fake, errors, qtbot):
    dialog = SettingsDialog(fake, "zh", errors.append)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("tangshan_programme"))
    assert dialog.numbers["co2_factor_t_tce"].value() == 2.556
    dialog.numbers["coal_price_cny_tce"].setValue(800)
    dialog.basis.setCurrentIndex(dialog.basis.findData("today"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    dialog.accept()
    s = fake.settings.get()
    assert (s.co2_preset, s.co2_factor_t_tce, s.coal_price_cny_tce, s.price_basis) == (
        "tangshan_programme", 2.556, 800.0, "today")
    assert dialog.language() == "en" and not errors


def test_estate_edit_is_saved_and_undoable(fake, undo_stack, errors):
    presenter = EstatesPresenter(fake, undo_stack, errors.append)
    presenter.load()
    assert presenter.update_estate(2, {"consent_rate": 0.8})
    assert fake.records.get_estate(2).consent_rate == 0.8
    undo_stack.undo()
    assert fake.records.get_estate(2).consent_rate == 0.5
    undo_stack.redo()
    assert presenter.estates[2].consent_rate == 0.8


def test_building_form_reports_only_changes(fake, qtbot):
    row = fake.records.get_building(1)
    dialog = BuildingFormDialog(row, ["usual", "advanced"])
    qtbot.addWidget(dialog)
    wall = dialog.form.editors["wall_u"]
    package = dialog.form.editors["package"]
    assert isinstance(wall, QLineEdit) and isinstance(package, QComboBox)
    wall.setText("0.55")
    package.setCurrentIndex(package.findData("advanced"))
    assert dialog.changes() == {"wall_u": 0.55, "package": "advanced"}
    wall.setText("")                                              # back to the default
    assert dialog.changes() == {"wall_u": None, "package": "advanced"}
