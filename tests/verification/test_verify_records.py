"""retrofit.verification: readings matched to buildings and estates, the measured level as the
first calibration source (method §8), per-building and estate-meter verification, the JSON."""
import numpy as np
import pytest
from numpy.testing import assert_allclose
from verify_builders import block, columns

from retrofit.domain.errors import InputFileError
from retrofit.domain.meters import MeterReading
from retrofit.domain.settings import Settings
from retrofit.estimate import estimate_columns
from retrofit.verification import Origin, reading_columns, verify_columns

E = "河北一号院"
KWH = 1e6 / 3600


def run(buildings, readings, works=None, **kw):
    return verify_columns(columns(buildings, works), reading_columns(readings), Settings(), **kw)


def test_measured_level_is_the_calibration_source():
    # 1,300 GJ → 20.1355 kgce/m²; 70 tce on 3,600 m² → 19.4444; level 19.790 (method §8, first source)
    v = run([block(measured_kgce_m2=30.0)], [MeterReading(E, "1号楼", 2008, heat_gj=1300.0),
                                             MeterReading(E, "1号楼", 2009, coal_tce=70.0)])
    level = (1300 * KWH / (8.14 * 0.9 * 0.68) / 3600 + 70_000 / 3600) / 2
    assert_allclose(level, 19.790, rtol=1e-4)
    assert_allclose(v.columns["meter_kgce_m2"], [level], rtol=1e-12)
    assert_allclose(v.estimate.results.before.coal_index, [level], rtol=1e-9)
    row = v.to_dict()["buildings"][0]
    assert row["calibration_source"] == "meters"
    assert row["predicted_q_c_before_kgce_m2"] == pytest.approx(level, rel=1e-4)
    assert row["status"] == "no_after" and row["measured_saved_tce"] is None


def test_without_readings_the_given_measurement_calibrates():
    v = run([block(measured_kgce_m2=22.0)], [])
    row = v.to_dict()["buildings"][0]
    assert row["calibration_source"] == "measured_kgce_m2" and row["status"] == "no_readings"
    assert_allclose(v.estimate.results.before.coal_index, [22.0], rtol=1e-9)


def test_verified_building_by_hand():
    readings = [MeterReading(E, "1号楼", 2008, heat_gj=1300.0), MeterReading(E, "1号楼", 2009, heat_mwh=380.0),
                MeterReading(E, "1号楼", 2010, heat_gj=600.0, heating_days=125, mean_outdoor_temp_c=-0.5)]
    v = run([block()], readings)
    row = v.to_dict()["buildings"][0]
    est = v.estimate
    eta_after = float(est.results.after.eta_network[0] * est.results.after.eta_source[0])
    assert_allclose(eta_after, 0.92 * 0.68)                    # "usual" balances the network
    q_before = (1300 + 380 * 3.6) * KWH / (8.14 * 0.612) / 3600 / 2
    q_after = 600 * KWH / (8.14 * eta_after) / 3600 * (130 * 19.6) / (125 * 18.5)
    measured = (q_before - q_after) * 3.6
    assert row["status"] == "verified"
    assert (row["seasons_before"], row["seasons_after"]) == (2, 1)
    assert row["q_c_before_norm_kgce_m2"] == pytest.approx(q_before, abs=1e-4)
    assert row["q_c_after_norm_kgce_m2"] == pytest.approx(q_after, abs=1e-4)
    assert row["measured_saved_tce"] == pytest.approx(measured, abs=1e-3)
    predicted = float(est.results.saved_coal[0])
    assert row["predicted_saved_tce"] == pytest.approx(predicted, abs=1e-3)
    assert row["realisation_rate"] == pytest.approx(measured / predicted, abs=1e-4)
    assert row["predicted_q_c_after_kgce_m2"] == pytest.approx(float(est.results.after.coal_index[0]), abs=1e-4)
    assert [s["class"] for s in row["seasons"]] == ["before", "before", "after"]
    assert row["performance"] is None                           # no band without --uncertainty


def test_added_storey_after_area_and_efficiency_from_the_engine():
    v = run([block(mode="add_storey", added_storeys=1)],
            [MeterReading(E, "1号楼", 2009, heat_gj=1300.0), MeterReading(E, "1号楼", 2011, heat_gj=800.0)])
    row = v.to_dict()["buildings"][0]
    assert row["floor_area_after_m2"] == pytest.approx(4200.0)   # 6 → 7 storeys
    assert row["seasons"][1]["area_m2"] == pytest.approx(4200.0)
    q_after = 800 * KWH / (8.14 * 0.92 * 0.68) / 4200
    assert row["q_c_after_norm_kgce_m2"] == pytest.approx(q_after, abs=1e-4)
    q_before = 1300 * KWH / (8.14 * 0.612) / 3600
    assert row["measured_saved_tce"] == pytest.approx((q_before - q_after) * 3600 / 1000, abs=1e-3)


def test_estate_meter_on_the_sums_and_counted_once():
    buildings = [block(), block(building="2号楼", floor_area_m2=2400.0, length_m=40.0)]
    readings = [MeterReading(E, None, 2008, coal_tce=125.0), MeterReading(E, None, 2011, coal_tce=66.0)]
    v = run(buildings, readings)
    d = v.to_dict()
    estate = d["estates"][0]
    assert estate["estate"] == E and estate["buildings"] == 2 and estate["counted"]
    assert estate["q_c_before_norm_kgce_m2"] == pytest.approx(125_000 / 6000, abs=1e-4)
    assert estate["q_c_after_norm_kgce_m2"] == pytest.approx(66_000 / 6000, abs=1e-4)
    assert estate["measured_saved_tce"] == pytest.approx(125.0 - 66.0)
    predicted = float(np.sum(v.estimate.results.saved_coal))
    assert estate["predicted_saved_tce"] == pytest.approx(predicted, abs=1e-3)
    assert d["totals"]["verified_buildings"] == 2 and d["totals"]["verified_by_estate_meter"] == 2
    assert d["totals"]["measured_saved_tce"] == pytest.approx(59.0)
    assert d["totals"]["realisation_rate"] == pytest.approx(59.0 / predicted, abs=1e-4)
    # a building with its own meter: the estate meter is shown but no longer counted
    v = run(buildings, readings + [MeterReading(E, "1号楼", 2008, coal_tce=72.0),
                                   MeterReading(E, "1号楼", 2011, coal_tce=40.0)])
    d = v.to_dict()
    assert not d["estates"][0]["counted"]
    assert d["totals"]["verified_buildings"] == 1
    assert d["totals"]["measured_saved_tce"] == pytest.approx(72.0 - 40.0)


def test_estate_is_not_after_until_every_building_is_completed():
    buildings = [block(), block(building="2号楼")]
    works = [("completed", "2010-04-15", "2010-10-20"), ("construction", "2011-04-01", None)]
    readings = [MeterReading(E, None, 2008, coal_tce=140.0), MeterReading(E, None, 2010, coal_tce=100.0)]
    d = run(buildings, readings, works).to_dict()
    assert d["estates"][0]["status"] == "no_after"
    assert d["estates"][0]["seasons_left_out"] == 1


def test_seasons_overlapping_the_works_are_listed():
    works = [("completed", "2010-03-01", "2010-11-15")]
    d = run([block()], [MeterReading(E, "1号楼", s, coal_tce=60.0) for s in (2008, 2009, 2010, 2011)],
            works).to_dict()
    row = d["buildings"][0]
    assert [s["class"] for s in row["seasons"]] == ["before", "overlap", "overlap", "after"]
    assert row["seasons_left_out"] == 2
    assert "seasons_left_out" in row["notice_codes"]
    assert "2009-2010、2010-2011" in row["notices"][0]


def test_no_baseline_compares_with_the_predicted_coal_index_after():
    v = run([block()], [MeterReading(E, "1号楼", 2011, coal_tce=36.0)])
    row = v.to_dict("en")["buildings"][0]
    predicted_after = float(v.estimate.results.after.coal_index[0])
    assert row["status"] == "no_baseline" and row["realisation_rate"] is None
    assert row["after_ratio"] == pytest.approx(10.0 / predicted_after, abs=1e-4)
    assert "No readings before the works" in row["notices"][0]


def test_uncertainty_flags_under_performers():
    buildings = [block(), block(building="2号楼")]
    readings = [MeterReading(E, "1号楼", 2008, coal_tce=72.0), MeterReading(E, "1号楼", 2011, coal_tce=60.0),
                MeterReading(E, "2号楼", 2008, coal_tce=72.0), MeterReading(E, "2号楼", 2011, coal_tce=5.0)]
    v = run(buildings, readings, uncertainty=True)
    rows = v.to_dict()["buildings"]
    assert [r["performance"] for r in rows] == ["under", "over"]
    assert rows[0]["measured_saved_tce"] < rows[0]["predicted_saved_tce_p10"]
    assert rows[1]["measured_saved_tce"] > rows[1]["predicted_saved_tce_p90"]
    totals = v.totals()
    assert (totals["under_performing"], totals["over_performing"]) == (1, 1)


def test_by_year_cumulates_measured_and_predicted():
    buildings = [block(), block(building="2号楼")]
    works = [("completed", "2009-04-01", "2009-10-01"), ("completed", "2010-04-01", "2010-10-01")]
    readings = [MeterReading(E, "1号楼", 2007, coal_tce=72.0), MeterReading(E, "1号楼", 2010, coal_tce=36.0),
                MeterReading(E, "2号楼", 2008, coal_tce=70.0), MeterReading(E, "2号楼", 2011, coal_tce=40.0)]
    v = run(buildings, readings, works)
    years = v.by_year()
    assert [y["year"] for y in years] == [2009, 2010]
    assert years[0]["measured_saved_tce"] == pytest.approx(36.0)
    assert years[1]["cumulative_measured_saved_tce"] == pytest.approx(36.0 + 30.0)
    assert years[1]["cumulative_completed_area_m2"] == pytest.approx(7200.0)
    saved = v.estimate.results.saved_coal
    assert years[1]["cumulative_predicted_verified_tce"] == pytest.approx(float(saved.sum()), abs=1e-3)


def test_json_contract_keys_and_nulls():
    d = run([block(), block(building="2号楼")], [MeterReading(E, "1号楼", 2008, coal_tce=72.0),
                                                  MeterReading(E, "1号楼", 2011, coal_tce=40.0)]).to_dict()
    keys = {"estate", "building", "status", "seasons_before", "seasons_after", "q_c_before_norm_kgce_m2",
            "q_c_after_norm_kgce_m2", "predicted_q_c_after_kgce_m2", "measured_saved_tce", "predicted_saved_tce",
            "realisation_rate", "notices"}
    for row in d["buildings"]:
        assert keys <= set(row)
    assert set(d["totals"]) >= {"verified_buildings", "measured_saved_tce", "predicted_saved_tce", "realisation_rate"}
    empty = d["buildings"][1]
    assert empty["status"] == "no_readings"
    assert all(empty[k] is None for k in ("q_c_before_norm_kgce_m2", "q_c_after_norm_kgce_m2", "measured_saved_tce",
                                          "realisation_rate"))


def test_unknown_estate_building_and_ambiguous_estate_name_file_row_column():
    buildings = [block(), block(estate="光明里", city="北京")]
    readings = [MeterReading("无此小区", "1号楼", 2008, coal_tce=1.0), MeterReading(E, "9号楼", 2008, coal_tce=1.0),
                MeterReading(E, "1号楼", 2008, coal_tce=1.0)]
    origin = Origin("计量.xlsx", rows=(5, 6, 7), headers={"estate": "小区", "building": "楼号"})
    with pytest.raises(InputFileError) as info:
        run(buildings, readings, origin=origin)
    errors = info.value.errors
    assert [(e.file, e.row, e.column, e.value, e.code) for e in errors] == [
        ("计量.xlsx", 5, "小区", "无此小区", "meter_unknown_estate"),
        ("计量.xlsx", 6, "楼号", "9号楼", "meter_unknown_building")]
    assert "第 6 行" in str(info.value) and "9号楼" in str(info.value)
    twice = buildings + [block(estate="光明里", city="唐山")]
    with pytest.raises(InputFileError) as info:
        run(twice, [MeterReading("光明里", None, 2008, coal_tce=1.0)], origin=origin)
    assert info.value.errors[0].code == "meter_ambiguous_estate"


def test_season_twice_and_bad_rows_name_the_row():
    origin = Origin("计量.csv", rows=(2, 3, 4))
    with pytest.raises(InputFileError) as info:
        run([block()], [MeterReading(E, "1号楼", 2008, coal_tce=72.0), MeterReading(E, "1号楼", 2009, coal_tce=1.0),
                        MeterReading(E, "1号楼", 2008, heat_gj=1.0)], origin=origin)
    assert [(e.row, e.column) for e in info.value.errors] == [(4, "season")]
    assert "同一采暖季重复" in str(info.value)
    with pytest.raises(InputFileError) as info:
        run([block()], [MeterReading(E, "1号楼", 2008), MeterReading(E, "1号楼", 2009, heat_gj=1.0, coal_tce=2.0)],
            origin=origin)
    assert [e.row for e in info.value.errors] == [2, 3]


def test_calibrated_estimate_matches_a_direct_calibration():
    """Meters as the first source give the same engine result as the level typed in by hand."""
    readings = [MeterReading(E, "1号楼", 2008, coal_tce=80.0)]
    v = run([block()], readings)
    direct = estimate_columns(columns([block(measured_kgce_m2=80_000 / 3600)]), Settings())
    assert_allclose(v.estimate.results.saved_coal, direct.results.saved_coal, rtol=1e-12)
