"""SettingsService: stored settings, presets, the user's measures and packages."""
import pytest

from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import TANGSHAN_PROGRAMME, Settings
from retrofit.services.events import SettingsChanged


def test_defaults_until_changed_and_none_resets(app):
    assert app.settings.get() == Settings()
    s = app.settings.update({"coal_price_cny_tce": 800, "mc_samples": 200})
    assert s.coal_price_cny_tce == 800.0 and s.mc_samples == 200
    assert app.settings.get() == s
    assert app.settings.update({"coal_price_cny_tce": None}).coal_price_cny_tce == 1000.0


@pytest.mark.parametrize(("key", "value", "code"), [
    ("utility_share", 1.5, "value_out_of_range"), ("planning_index_w_m2", 0, "value_out_of_range"),
    ("price_basis", "1999", "value_not_allowed"), ("mc_samples", 10.5, "value_wrong_type"),
    ("no_such_key", 1, "unknown_field"), ("eta_network", "high", "value_wrong_type"),
])
def test_bad_settings_are_refused(app, key, value, code):
    with pytest.raises(ValidationError) as info:
        app.settings.update({key: value})
    assert info.value.code == code and info.value.params["field"] == key
    assert app.settings.get() == Settings()


def test_tangshan_preset_and_events(app):
    seen = []
    app.bus.subscribe(lambda event: seen.append(event))
    assert app.settings.apply_preset("tangshan_programme") == TANGSHAN_PROGRAMME
    assert app.settings.get().co2_factor_t_tce == 2.556
    assert isinstance(seen[-1], SettingsChanged)
    assert app.settings.apply_preset("default") == Settings()
    with pytest.raises(ValidationError):
        app.settings.apply_preset("nowhere")


def test_measure_overrides_and_user_packages(app):
    shipped = {m["key"]: m for m in app.settings.list_measures()}
    assert shipped["wall_eps_80"]["cost_2010_cny"] == 130 and not shipped["wall_eps_80"]["edited"]
    m = app.settings.update_measure("wall_eps_80", {"cost_2010_cny": 142.5, "thickness_m": 0.1})
    assert (m["cost_2010_cny"], m["thickness_m"], m["edited"]) == (142.5, 0.1, True)
    m = app.settings.update_measure("wall_eps_80", {"thickness_m": None})
    assert m["thickness_m"] == 0.08 and m["cost_2010_cny"] == 142.5
    with pytest.raises(ValidationError):
        app.settings.update_measure("wall_eps_80", {"cost_2010_cny": -1})
    with pytest.raises(ValidationError):
        app.settings.update_measure("no_such", {"cost_2010_cny": 1})
    app.settings.save_package("walls only", ["wall_eps_120"])
    assert app.settings.list_packages()["walls only"] == ["wall_eps_120"]
    assert app.settings.list_packages()["usual"][0] == "wall_eps_80"
    with pytest.raises(ValidationError):
        app.settings.save_package("bad", ["no_such"])
