"""retrofit.estimate: records → engine → results, defaults, notices, totals, JSON contract."""
import json

import numpy as np
import pytest
from estimate_examples import BUILDING_KEYS, TOTAL_KEYS
from numpy.testing import assert_allclose

from retrofit.domain.errors import ValidationError
from retrofit.domain.records import Mode
from retrofit.domain.settings import Settings
from retrofit.domain.vocabulary import label_of
from retrofit.estimate import BUILDING_COLUMNS, estimate, estimate_columns, records_to_columns
from retrofit.funding import money_inputs


def test_we4_through_records(we4_record):
    b = we4_record(package="none", wall_u_after=0.45, window_u_after=2.5, roof_u_after=0.35,
                   air_change_after_h=0.5, eta_network_after=0.92, eta_source_after=0.70)
    row = estimate([b], Settings()).to_dict()["buildings"][0]
    assert row["q_h_before_w_m2"] == pytest.approx(40.732, rel=5e-4)
    assert row["coal_after_kgce_m2"] == pytest.approx(10.313, rel=5e-4)
    assert row["design_load_before_w_m2"] == pytest.approx(61.80, rel=5e-4)
    assert row["design_load_after_w_m2"] == pytest.approx(29.32, rel=5e-4)
    assert row["freed_capacity_kw"] == pytest.approx(132.5, rel=1e-3)
    assert row["saved_tco2"] == pytest.approx(54.71 * 2.493, rel=1e-3)


def test_we5_cost_at_today_prices(we4_record):
    b = we4_record()
    cat_settings = Settings(price_basis="today")
    from retrofit.reference import load_catalogue

    cat = load_catalogue().with_changes(packages={"we5": ["wall_eps_80", "window_pvc_double", "roof_xps_80",
                                                          "metering_trv", "network_balancing"]})
    est = estimate([b.__class__(**{**{f: getattr(b, f) for f in b.__slots__}, "package": "we5"})],
                   cat_settings, cat)
    assert est.results.cost[0] / 3600 == pytest.approx(331.1, rel=5e-4)


def test_defaults_are_filled_and_marked(small_city):
    buildings, estates = small_city
    est = estimate(buildings, Settings(), estates=estates)
    assert "wall_u" not in est.defaulted_fields(0)
    assert {"wall_u", "structure", "mode"} - set(est.defaulted_fields(2)) == {"mode"}
    assert est.inputs.wall_u[2] == 1.3      # brick (the default structure), ≤ 1985, severe cold: 490 mm
    assert est.city.tolist() == ["唐山", "唐山", "哈尔滨"]   # the second building takes its estate's city


def test_structure_default_is_brick_and_severe_cold_walls(we4_record):
    b = we4_record(city="沈阳", structure=None, wall_u=None, year_built=1978)
    est = estimate([b], Settings())
    assert est.inputs.wall_u[0] == 1.3 and est.defaulted["structure"][0]


def test_modes_and_new_load_reported_apart(small_city):
    buildings, estates = small_city
    row = estimate(buildings, Settings(), estates=estates).to_dict()["buildings"]
    assert row[1]["mode"] == "add_storey" and row[1]["added_area_m2"] == pytest.approx(500)
    assert row[1]["new_load_kw"] > 0 and row[1]["construction_cost_rmb"] == pytest.approx(1_000_000)
    assert row[2]["mode"] == "rebuild" and row[2]["added_area_m2"] == pytest.approx(600)


def test_totals_and_estates_add_up(small_city):
    buildings, estates = small_city
    est = estimate(buildings, Settings(co2_factor_t_tce=2.556), estates=estates)
    t = est.totals()
    assert t["saved_tce"] == pytest.approx(float(est.results.saved_coal.sum()))
    assert t["coal_before_tce"] - t["coal_after_tce"] == pytest.approx(t["saved_tce"])
    assert t["saved_tco2"] == pytest.approx(2.556 * t["saved_tce"])
    assert t["extra_area_m2"] == pytest.approx(t["freed_capacity_mw"] * 1e6 / 80)
    per = est.by_estate()
    assert set(per) == {"河北一号院", "哈尔滨小区"}
    assert per["河北一号院"]["building_count"] == 2
    assert sum(v["saved_tce"] for v in per.values()) == pytest.approx(t["saved_tce"])
    assert per["哈尔滨小区"]["city"] == "哈尔滨"


def test_same_estate_name_in_two_cities_is_kept_apart(we4_record):
    est = estimate([we4_record(), we4_record(city="北京")], Settings())
    assert set(est.by_estate()) == {"河北一号院（唐山）", "河北一号院（北京）"}


def test_one_definition_of_the_building_columns(small_city):
    buildings, estates = small_city
    est = estimate(buildings, Settings(), estates=estates, uncertainty=True)
    cols = est.building_columns()
    assert set(cols) == set(BUILDING_COLUMNS) | {"saved_tce_p10", "saved_tce_p50", "saved_tce_p90"}
    rows = est.to_dict()["buildings"]
    for key, values in cols.items():
        assert [row[key] for row in rows] == pytest.approx(values, abs=1e-4), key
    assert_allclose(cols["saved_tce"], est.results.saved_coal)
    assert_allclose(cols["freed_capacity_kw"], est.results.freed_capacity / 1e3)
    assert sum(cols["saved_tce"]) == pytest.approx(est.totals()["saved_tce"])
    money = money_inputs(est)
    assert_allclose(money.saved_tce, cols["saved_tce"])
    assert money.mode.tolist() == ["retrofit", "add_storey", "rebuild"]


def test_json_contract_keys(small_city):
    buildings, estates = small_city
    doc = json.loads(estimate(buildings, Settings(), estates=estates, uncertainty=True).to_json())
    assert BUILDING_KEYS <= set(doc["buildings"][0])
    assert TOTAL_KEYS <= set(doc["totals"])
    assert {"saved_tce_p10", "saved_tce_p50", "saved_tce_p90"} <= set(doc["totals"])
    assert doc["totals"]["saved_tce_p10"] <= doc["totals"]["saved_tce_p90"]
    assert isinstance(doc["buildings"][0]["notices"], list)


def test_notices_in_both_languages(we4_record):
    b = we4_record(package="basic", floor_area_m2=5000.0, measured_kgce_m2=50.0)
    est = estimate([b], Settings())
    codes = [n.code for n in est.notices[0]]
    assert codes == ["area_mismatch", "metering_without_envelope", "calibration_out_of_range"]
    assert "15%" in est.notices[0][0].message("zh") and "15 %" in est.notices[0][0].message("en")
    k = est.results.calibration_factor[0]
    assert k > 1.6 and f"k = {k:.2f}" in est.notices[0][2].message("en")


@pytest.mark.parametrize("change, field", [
    (dict(floor_area_m2=-3600.0), "floor_area_m2"), (dict(storeys=0), "storeys"),
    (dict(eta_network=1.2), "eta_network"), (dict(wwr=0.95), "wwr"),
])
def test_bad_values_name_estate_building_field(we4_record, change, field):
    with pytest.raises(ValidationError) as info:
        estimate([we4_record(), we4_record(building="7号楼", **change)], Settings())
    assert info.value.params["field"] == field and info.value.params["building"] == "7号楼"
    assert info.value.params["position"] == 1
    assert "7号楼" in info.value.message("zh") and label_of(field, "zh") in info.value.message("zh")
    assert label_of(field, "en") in info.value.message("en")


def test_engine_reasons_are_codes_worded_in_the_language_asked(we4_record):
    with pytest.raises(ValidationError) as info:
        estimate([we4_record(eta_network=1.2)], Settings())
    assert (info.value.params["reason_code"], info.value.params["field"]) == ("not_efficiency", "eta_network")
    assert info.value.message("zh").endswith("必须在 (0, 1] 之间")
    assert info.value.message("en").endswith("must be in (0, 1]")
    with pytest.raises(ValidationError) as info:
        estimate([we4_record(wwr=0.95)], Settings())
    assert info.value.params["reason_params"] == {"low": 0, "high": 0.9}
    assert "0–0.9" in info.value.message("zh") and "[0, 0.9]" in info.value.message("en")


def test_every_reason_code_of_the_calculator_has_texts():
    from calc.errors import REASONS
    from retrofit import i18n

    for code, names in REASONS.items():
        assert i18n.has_message(f"calc_reason_{code}"), code
        params = {name: 1 for name in names}
        for lang in ("zh", "en"):
            text = i18n.message(f"calc_reason_{code}", lang, **params)
            assert text and "{" not in text and not text.startswith("calc_reason_"), (code, lang)


def test_unknown_city_is_an_error(we4_record):
    with pytest.raises(ValidationError) as info:
        estimate([we4_record(city="Atlantis")], Settings())
    assert info.value.code == "estimate_unknown_city"
    assert "Atlantis" in info.value.message("en") and "河北一号院" in info.value.message("zh")


def test_unknown_package_and_chinese_names(we4_record):
    est = estimate([we4_record(package="深度", mode="加层改造")], Settings())
    assert est.packages[0] == "advanced" and est.inputs.mode[0] == 2
    with pytest.raises(ValidationError, match="gold"):
        estimate([we4_record(package="gold")], Settings())


def test_columns_entry_point_equals_records(small_city):
    buildings, estates = small_city
    cols = records_to_columns(buildings)
    a = estimate(buildings, Settings(), estates=estates)
    b = estimate_columns(cols, Settings(), estate_cities={e.estate: e.city for e in estates})
    assert_allclose(a.results.saved_coal, b.results.saved_coal)
    assert cols["stairwell_heated"].dtype == float and np.isnan(cols["wall_u_after"]).all()


def test_mode_none_saves_nothing(we4_record):
    est = estimate([we4_record(mode=Mode.NONE, package="advanced")], Settings())
    assert est.totals()["saved_tce"] == 0.0 and est.totals()["cost_rmb"] == 0.0


def test_rebuild_share_against_the_cap(small_city):
    buildings, estates = small_city
    est = estimate(buildings, Settings(), estates=estates)
    t = est.totals()
    assert t["rebuild_share"] == pytest.approx(2000 / 8100)
    assert t["retrofit_area_m2"] + t["add_storey_area_m2"] + t["rebuild_area_m2"] + t["none_area_m2"] == 8100
    assert est.programme_notices == ()
    tight = estimate(buildings, Settings(rebuild_cap_share=0.2), estates=estates)
    assert [n.code for n in tight.programme_notices] == ["rebuild_share_exceeded"]
    assert "25%" in tight.programme_notices[0].message("zh")


def test_surveyed_temperature_and_gj_calibration_from_records(we4_record):
    # method §8 on the WE-4 block: 0.5 GJ/m² → 27.880 kgce/m²; surveyed 15 °C before the works
    est = estimate([we4_record(measured_gj_m2=0.5), we4_record(building="2号楼", indoor_temp_before_c=15.0),
                    we4_record(building="3号楼", measured_gj_m2=0.5, measured_kgce_m2=30.0)],
                   Settings(indoor_temp_after_c=20.0))
    rows = est.to_dict("en")["buildings"]
    assert rows[0]["coal_before_kgce_m2"] == pytest.approx(27.880, rel=1e-4)
    assert [r["calibration_source"] for r in rows] == ["measured_gj_m2", None, "measured_gj_m2"]
    assert rows[1]["q_h_before_w_m2"] == pytest.approx(33.916, rel=1e-4)        # ΔT = 15 − (−1.6)
    assert est.to_dict()["assumptions"]["indoor_temp_after_c"] == 20.0
    plain = estimate([we4_record(building="2号楼")], Settings(indoor_temp_after_c=20.0))
    assert rows[1]["saved_tce"] < plain.to_dict()["buildings"][0]["saved_tce"]


def test_meters_are_the_first_calibration_source(we4_record):
    est = estimate([we4_record(measured_gj_m2=0.5, measured_kgce_m2=30.0), we4_record(building="2号楼")],
                   Settings(), meter_kgce_m2=[22.0, float("nan")])
    assert est.calibration_sources.tolist() == ["meters", None]
    assert est.results.before.coal_index[0] == pytest.approx(22.0)


def test_buildings_of_mostly_typical_values_say_so(we4_record):
    typical = we4_record(building="2号楼", wall_u=None, window_u=None, roof_u=None, floor_u=None, air_change_h=None,
                         eta_network=None, eta_source=None)
    est = estimate([we4_record(), typical], Settings())
    assert est.mostly_defaults.tolist() == [False, True]
    assert [r["mostly_defaults"] for r in est.to_dict()["buildings"]] == [False, True]
    notice = est.typical_values_notice()
    assert notice.message("zh") == "1 栋楼多数数值为典型值，而非实测值：2号楼"
    assert notice.message("en") == "Most values are typical values, not measurements, for 1 building(s): 2号楼"
    assert estimate([we4_record()], Settings()).typical_values_notice() is None
    every = estimate([typical, typical], Settings()).typical_values_notice()
    assert every.message("en") == "Most values are typical values, not measurements, for all 2 buildings"
    # the results and the estate plan say it once, naming the buildings
    from retrofit.services.report_builders import typical_values
    from retrofit.services.results import summary_of

    summary = summary_of(est, np.array([1, 2]))
    assert summary.notices[0] == "1 栋楼多数数值为典型值，而非实测值：河北一号院 2号楼"
    assert summary.buildings[1].values["mostly_defaults"] is True
    assert typical_values(est, "en") == (notice.message("en"),)
