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


WALL = {"name_zh": "外墙外保温 石墨聚苯板 100 mm", "name_en": "Wall insulation, graphite EPS 100 mm",
        "kind": "wall_insulation", "quantity": "wall_m2", "category": "improvement", "cost_2010_cny": 150,
        "cost_today_cny": 250, "thickness_m": 0.1, "conductivity_w_mk": 0.033}


def test_own_measures_are_added_copied_used_and_deleted(app):
    m = app.settings.add_measure(WALL)
    assert m["key"] == "user_wall_insulation_1" and m["origin"] == "user" and m["thickness_m"] == 0.1
    copy = app.settings.copy_measure("wall_eps_80")
    assert copy["name_zh"] == "外墙外保温 EPS 80 mm（副本）" and copy["cost_2010_cny"] == 130
    assert copy["key"] == "user_wall_insulation_2" and copy["conductivity_w_mk"] == 0.049
    catalogue = app.settings.catalogue()                         # the engine sees the new measures
    assert catalogue.measures[m["key"]].params["thickness_m"] == 0.1
    app.settings.save_package("外墙加窗", [m["key"], "window_pvc_double"])
    assert app.settings.catalogue().package_mask(["外墙加窗"]).sum() == 2
    with pytest.raises(ValidationError) as info:                 # still in a package
        app.settings.delete_measure(m["key"])
    assert info.value.code == "measure_in_use" and "外墙加窗" in info.value.message("zh")
    app.settings.delete_measure(copy["key"])
    assert copy["key"] not in {x["key"] for x in app.settings.list_measures()}
    with pytest.raises(ValidationError) as info:                 # a shipped measure stays
        app.settings.delete_measure("wall_eps_80")
    assert info.value.code == "shipped_not_deleted"


@pytest.mark.parametrize(("change", "field"), [
    ({"kind": "glazing"}, "kind"), ({"thickness_m": 0}, "thickness_m"), ({"cost_2010_cny": -5}, "cost_2010_cny"),
    ({"window_u_w_m2k": 1.5}, "window_u_w_m2k"), ({"name_zh": " "}, "name_zh")])
def test_a_bad_measure_is_refused_with_the_field_named(app, change, field):
    with pytest.raises(ValidationError) as info:
        app.settings.add_measure({**WALL, **change})
    assert info.value.params["field"] == field
    assert not [m for m in app.settings.list_measures() if m["origin"] == "user"]


def test_reset_and_delete_of_packages(app):
    app.settings.update_measure("wall_eps_80", {"cost_2010_cny": 99})
    assert app.settings.reset_measure("wall_eps_80")["cost_2010_cny"] == 130
    app.settings.save_package("usual", ["wall_eps_80"])
    assert app.settings.package_origin("usual") == "edited"
    app.settings.reset_package("usual")
    assert app.settings.package_origin("usual") == "shipped" and len(app.settings.list_packages()["usual"]) == 6
    app.settings.save_package("外墙加窗", ["wall_eps_80", "window_pvc_double"])
    estate = app.records.create_estate({"estate": "甲小区", "city": "唐山"})
    app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1980, "storeys": 5,
                                            "floor_area_m2": 3000.0, "households": 60, "package": "外墙加窗"})
    with pytest.raises(ValidationError) as info:
        app.settings.delete_package("外墙加窗")
    assert info.value.code == "package_in_use" and info.value.params["count"] == 1
    with pytest.raises(ValidationError):
        app.settings.delete_package("usual")
    app.settings.save_package("空方案", [])
    app.settings.delete_package("空方案")
    assert "空方案" not in app.settings.list_packages()
