"""The settings dialog on the real settings service: every CO2 preset, a typed factor, shares in
per cent, defaults shown as values."""
import pytest

from retrofit.domain.settings import CO2_PRESETS, CUSTOM_CO2, Settings
from ui.preferences.dialog import SettingsDialog


@pytest.fixture
def dialog(empty_services, errors, qtbot, zh):
    d = SettingsDialog(empty_services, "zh", errors.append)
    qtbot.addWidget(d)
    return d


@pytest.mark.parametrize("preset", [p.key for p in CO2_PRESETS])
def test_every_co2_preset_is_saved(empty_services, errors, qtbot, zh, preset):
    d = SettingsDialog(empty_services, "zh", errors.append)
    qtbot.addWidget(d)
    d.preset.setCurrentIndex(d.preset.findData(preset))
    d.accept()
    assert not errors, [e.message() for e in errors]
    s = empty_services.settings.get()
    factor = next(p.factor_t_tce for p in CO2_PRESETS if p.key == preset)
    assert (s.co2_preset, s.co2_factor_t_tce) == (preset, factor)
    again = SettingsDialog(empty_services, "zh", errors.append)          # the dialog shows what was saved
    qtbot.addWidget(again)
    assert again.preset.currentData() == preset
    assert again.numbers["co2_factor_t_tce"].value() == pytest.approx(factor)


def test_a_typed_factor_makes_the_preset_custom(dialog, empty_services, errors):
    dialog.preset.setCurrentIndex(dialog.preset.findData("tangshan_programme"))
    dialog.numbers["co2_factor_t_tce"].setValue(2.7)
    assert dialog.preset.currentData() == CUSTOM_CO2
    assert dialog.preset.currentText() == "自定义（手动输入）"
    dialog.numbers["co2_factor_t_tce"].setValue(2.66)                     # a preset's factor names it
    assert dialog.preset.currentData() == "ndrc_2_66"
    dialog.numbers["co2_factor_t_tce"].setValue(2.7)
    dialog.accept()
    s = empty_services.settings.get()
    assert (s.co2_preset, s.co2_factor_t_tce, errors) == (CUSTOM_CO2, 2.7, [])


def test_the_service_keeps_preset_and_factor_in_step(empty_services):
    settings = empty_services.settings
    assert settings.update({"co2_factor_t_tce": 2.6}).co2_preset == "ipcc_2_6"
    assert settings.update({"co2_preset": "high_2_77"}).co2_factor_t_tce == 2.77
    s = settings.update({"co2_factor_t_tce": None})                       # back to the default
    assert (s.co2_preset, s.co2_factor_t_tce) == (Settings().co2_preset, Settings().co2_factor_t_tce)
    assert settings.apply_preset("co2_ndrc_2_66").co2_factor_t_tce == 2.66


def test_shares_are_edited_in_per_cent(dialog, empty_services):
    consent = dialog.numbers["min_consent_rate"]
    assert consent.suffix() == " %" and consent.text() == "66.7 %"
    assert "min_consent_rate" not in dialog.changes()                     # 66.7 % is the stored 2/3
    consent.setValue(75)
    dialog.numbers["utility_share"].setValue(25)
    dialog.accept()
    s = empty_services.settings.get()
    assert (s.min_consent_rate, s.utility_share) == (0.75, 0.25)


def test_defaults_are_shown_as_values_and_restored(dialog, empty_services):
    assert dialog.numbers["co2_factor_t_tce"].toolTip() == "2.493 t CO2/tce（默认）"
    assert dialog.numbers["rebuild_cap_share"].toolTip() == "30 %（默认）"
    dialog.numbers["coal_price_cny_tce"].setValue(800)
    dialog.preset.setCurrentIndex(dialog.preset.findData("high_2_77"))
    dialog.restore_defaults()
    assert dialog.numbers["coal_price_cny_tce"].value() == 1000
    assert dialog.preset.currentData() == "china_common"
    assert dialog.changes() == {}


def test_preset_names_say_what_the_factor_is(dialog):
    names = [dialog.preset.itemText(i) for i in range(dialog.preset.count())]
    assert names == ["国内常用值（2.493）", "唐山改造项目口径（2.556）", "宣传常用值（2.6）",
                     "国家气候项目系数（2.66）", "IPCC 缺省值（2.77）", "自定义（手动输入）"]


def test_indoor_temperature_after_the_works_is_saved(dialog, empty_services, errors):
    box = dialog.numbers["indoor_temp_after_c"]
    assert box.value() == pytest.approx(18.0)
    box.setValue(20.0)
    dialog.accept()
    assert not errors, [e.message() for e in errors]
    assert empty_services.settings.get().indoor_temp_after_c == pytest.approx(20.0)


def test_report_settings_are_edited_and_saved(dialog, empty_services, errors):
    assert dialog.numbers["vat_share"].text() == "9.0 %"
    dialog.numbers["vat_share"].setValue(6)
    dialog.numbers["works_months_rebuild"].setValue(30)
    dialog.texts["office_name"].setText("  路南区住房保障办 ")
    dialog.texts["office_phone"].setText("0315-2800000")
    dialog.accept()
    s = empty_services.settings.get()
    assert errors == []
    assert (s.vat_share, s.works_months_rebuild, s.office_name, s.office_phone, s.office_contact) == (
        0.06, 30, "路南区住房保障办", "0315-2800000", "")
