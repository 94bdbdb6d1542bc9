"""Report data of a verification: the estate report and the programme section."""
import numpy as np
import pytest
from verify_builders import block, columns

from reports import render_verification
from retrofit.domain.meters import MeterReading
from retrofit.domain.settings import Settings
from retrofit.verification import reading_columns, verify_columns
from retrofit.verification.report_data import estate_data, programme_data

E = "河北一号院"


def run(buildings, readings, **kw):
    cols = columns(buildings)
    cols["contractor"] = np.array(["唐山市第一建筑工程有限公司"] * len(buildings), dtype=object)
    cols["actual_cost_rmb"] = np.array([1.0e6] * len(buildings))
    return verify_columns(cols, reading_columns(readings), Settings(), **kw)


def test_estate_series_is_floor_area_weighted_by_season():
    buildings = [block(), block(building="2号楼", floor_area_m2=1800.0, length_m=30.0)]
    readings = [MeterReading(E, "1号楼", 2008, coal_tce=72.0), MeterReading(E, "2号楼", 2008, coal_tce=45.0),
                MeterReading(E, "1号楼", 2011, coal_tce=36.0), MeterReading(E, "2号楼", 2011, coal_tce=27.0)]
    v = run(buildings, readings)
    d = estate_data(v, E, district="路北区")
    assert [(p.season, p.kind) for p in d.series] == [("2008-2009", "before"), ("2011-2012", "after")]
    assert d.series[0].q_c_norm_kgce_m2 == pytest.approx((72_000 + 45_000) / 5400)
    assert d.series[1].q_c_norm_kgce_m2 == pytest.approx((36_000 + 27_000) / 5400)
    assert d.measured_saved_tce == pytest.approx(72 - 36 + 45 - 27, abs=1e-3)
    saved = v.estimate.results.saved_coal
    assert d.predicted_saved_tce == pytest.approx(float(saved.sum()))
    assert [b.name for b in d.buildings] == ["1号楼", "2号楼"] and d.estate_meter is None
    assert d.buildings[0].contractor == "唐山市第一建筑工程有限公司" and d.buildings[0].actual_cost_rmb == 1.0e6
    before = v.estimate.results.before.coal_index
    assert d.predicted_before_kgce_m2 == pytest.approx(float((before * [3600, 1800]).sum() / 5400))
    assert render_verification(d, "zh")[:4] == b"%PDF"


def test_counted_estate_meter_gives_the_estate_figures():
    buildings = [block(), block(building="2号楼")]
    readings = [MeterReading(E, None, 2008, coal_tce=150.0), MeterReading(E, None, 2011, coal_tce=70.0)]
    d = estate_data(run(buildings, readings), E, lang="en")
    assert d.estate_meter is not None and d.estate_meter.name == "Estate meter"
    assert d.measured_saved_tce == pytest.approx(80.0)
    assert [p.season for p in d.series] == ["2008-2009", "2011-2012"]


def test_programme_data_lists_under_performers_worst_first():
    buildings = [block(), block(building="2号楼"), block(building="3号楼")]
    readings = [MeterReading(E, b, s, coal_tce=q) for b, s, q in (
        ("1号楼", 2008, 72.0), ("1号楼", 2011, 60.0), ("2号楼", 2008, 72.0), ("2号楼", 2011, 50.0),
        ("3号楼", 2008, 72.0), ("3号楼", 2011, 26.0))]
    v = run(buildings, readings, uncertainty=True)
    p = programme_data(v, 360_000.0)
    assert [u[1] for u in p.under_performers] == ["1号楼", "2号楼"]
    assert p.under_performers[0][2] == pytest.approx(12.0)
    assert p.verified_buildings == 3 and p.target_tce == 360_000.0
    assert p.years[0].year == 2010 and p.years[0].cumulative_measured_tce == pytest.approx(12 + 22 + 46)
