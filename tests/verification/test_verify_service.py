"""Meter registers in the database (SQLite and PostgreSQL): import all or nothing, replace on
re-import, export, constraints; the measured level calibrates every estimate; the city, estate
and progress views."""
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from retrofit.domain.errors import InputFileError
from retrofit.domain.meters import MeterReading, MeterRegister
from retrofit.io.meters import read_meter_register
from retrofit.storage.models import AuditEntry, MeterReadingRow

REGISTER = """小区名称,楼号,城市,建成年份,层数,建筑面积(㎡),户数,长度,进深,外墙传热系数,外窗传热系数,屋面传热系数,地面传热系数,换气次数,实施状态,开工日期,竣工日期,计划年度
河北一号院,1号楼,唐山,1982,6,3600,60,60,10,1.6,4.7,1.0,1.5,0.8,竣工,2010-04-15,2010-10-20,2010
河北一号院,2号楼,唐山,1982,6,3600,60,60,10,1.6,4.7,1.0,1.5,0.8,竣工,2010-04-15,2010-10-20,2010
光明里,1号楼,唐山,1985,5,2500,40,,,,,,,,施工,2011-04-01,,2011
光明里,2号楼,唐山,1985,5,2500,40,,,,,,,,,,,2011
"""
METERS = """小区名称,楼号,采暖季,供热量(GJ),供热量(MWh),耗煤量(tce)
河北一号院,1号楼,2008-2009,1300,,
河北一号院,1号楼,2009-2010,,380,
河北一号院,1号楼,2010-2011,600,,
河北一号院,2号楼,2010-2011,,,30
光明里,,2009-2010,,,130
"""


@pytest.fixture
def city(app, tmp_path):
    (tmp_path / "r.csv").write_text(REGISTER, encoding="utf-8")
    app.imports.commit(tmp_path / "r.csv")
    (tmp_path / "m.csv").write_text(METERS, encoding="utf-8")
    return app, tmp_path / "m.csv"


def _count(app) -> int:
    with app.session_factory() as s:
        return s.scalar(select(func.count()).select_from(MeterReadingRow))


def test_import_replace_and_export(city, tmp_path):
    app, path = city
    summary = app.verification.commit(path)
    assert (summary.inserted, summary.updated, summary.unchanged, summary.estates) == (5, 0, 0, 2)
    assert app.verification.plan(read_meter_register(path)).unchanged == 5
    path.write_text(METERS.replace("1300", "1320"), encoding="utf-8")
    summary = app.verification.commit(path)
    assert (summary.inserted, summary.updated, summary.unchanged) == (0, 1, 4)
    readings = app.verification.readings()
    assert MeterReading("河北一号院", "1号楼", 2008, heat_gj=1320.0) in readings
    assert MeterReading("光明里", None, 2009, coal_tce=130.0) in readings
    out = tmp_path / "export.xlsx"
    assert app.verification.export(out) == 5
    assert sorted(read_meter_register(out).readings, key=repr) == sorted(readings, key=repr)
    with app.session_factory() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "meter_register")).all()
    assert [e.changes["inserted"] for e in entries] == [5, 0]


def test_a_reading_of_an_unknown_building_changes_nothing(city):
    app, path = city
    app.verification.commit(path)
    path.write_text(METERS.replace("1320", "1300") + "河北一号院,9号楼,2011-2012,500,,\n光明里2,,2011-2012,,,1\n",
                    encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace("1300", "999"), encoding="utf-8")
    with pytest.raises(InputFileError) as info:
        app.verification.commit(path)
    assert [(e.row, e.column, e.value, e.code) for e in info.value.errors] == [
        (7, "楼号", "9号楼", "meter_unknown_building"), (8, "小区名称", "光明里2", "meter_unknown_estate")]
    assert _count(app) == 5
    assert MeterReading("河北一号院", "1号楼", 2008, heat_gj=1300.0) in app.verification.readings()


def test_the_database_refuses_what_the_register_refuses(city):
    app, path = city
    app.verification.commit(path)
    with pytest.raises(IntegrityError), app.engine.begin() as c:        # the estate meter's season again
        c.execute(text("INSERT INTO meter_reading (estate_id, building_id, season, coal_tce, created_at, "
                       "updated_at) SELECT estate_id, NULL, 2009, 1, created_at, updated_at FROM meter_reading "
                       "WHERE building_id IS NULL"))
    with pytest.raises(IntegrityError), app.engine.begin() as c:        # heat and coal together
        c.execute(text("UPDATE meter_reading SET coal_tce = 1 WHERE heat_gj IS NOT NULL"))
    with pytest.raises(IntegrityError), app.engine.begin() as c:
        c.execute(text("UPDATE meter_reading SET heating_days = 0 WHERE heat_gj IS NOT NULL"))
    with app.engine.begin() as c:                                       # deleting a building takes its readings
        c.execute(text("DELETE FROM building WHERE id IN (SELECT building_id FROM meter_reading "
                       "WHERE heat_mwh IS NOT NULL)"))
    assert _count(app) == 2                                             # 1号楼 had three


def test_meters_calibrate_every_estimate(city):
    app, path = city
    est_id = next(e.id for e in app.records.list_estates() if e.estate == "河北一号院")
    before = app.results.summarize(estate_id=est_id).buildings[0].values["coal_before_kgce_m2"]
    app.verification.commit(path)
    level = (1300 + 380 * 3.6) * (1e6 / 3600) / (8.14 * 0.9 * 0.68) / 3600 / 2
    after = app.results.summarize(estate_id=est_id).buildings[0].values
    assert after["coal_before_kgce_m2"] == pytest.approx(level, rel=1e-9) != before
    _, est = app.results.city_estimate()
    assert est.columns["meter_kgce_m2"][0] == pytest.approx(level) and est.calibration_sources[0] == "meters"
    plan = app.reports.plan_data(est_id, "zh")
    assert plan.buildings[0].coal_before_kgce_m2 == pytest.approx(level, rel=1e-9)


def test_city_estate_and_progress_views(city):
    app, path = city
    app.verification.commit(path)
    verified = app.verification.verify()
    assert verified.totals()["verified_buildings"] == 1
    assert app.verification.verify() is verified                        # cached until a change
    hebei = next(e.id for e in app.records.list_estates() if e.estate == "河北一号院")
    view = app.verification.estate_view(hebei)
    assert [b["status"] for b in view["buildings"]] == ["verified", "no_baseline"]
    assert view["buildings"][0]["performance"] in ("under", "within", "over")
    assert view["series"][0]["class"] == "before" and view["predicted_after_kgce_m2"] > 0
    lines = {line["estate"]: line for line in app.verification.overview()["estates"]}
    assert lines["河北一号院"]["verified"] == 1 and lines["河北一号院"]["no_baseline"] == 1
    assert lines["光明里"]["estate_meter"] == "no_after" and lines["光明里"]["no_readings"] == 2
    progress = app.verification.progress()
    assert progress.area_by_status == {"planned": 2500.0, "design": 0.0, "construction": 2500.0,
                                          "completed": 7200.0}
    years = {y.year: y for y in progress.years}
    assert years[2010].planned_area_m2 == 7200.0 and years[2011].planned_area_m2 == 5000.0
    assert years[2010].completed_area_m2 == 7200.0 and years[2011].completed_area_m2 == 0.0
    assert years[2010].cumulative_measured_saved_tce == pytest.approx(verified.totals()["measured_saved_tce"],
                                                                      abs=1e-3)
    assert progress.measured_saved_tce == years[2011].cumulative_measured_saved_tce
    assert progress.verified_buildings == verified.totals()["verified_buildings"] > 0
    assert progress.realisation_rate == verified.totals()["realisation_rate"]
    assert progress.target_tce == 360_000.0
    app.verification.commit_register(MeterRegister((MeterReading("河北一号院", "2号楼", 2008, coal_tce=70.0),), "x.csv"))
    assert app.verification.verify().totals()["verified_buildings"] == 2


def test_verification_report_of_an_estate(city, tmp_path):
    app, path = city
    app.verification.commit(path)
    paths = app.reports.render(None, "verification", "zh", tmp_path / "out")
    assert len(paths) == 2 and all(p.read_bytes()[:4] == b"%PDF" for p in paths)
    data = app.reports.programme_data()
    assert data.verification is not None and data.verification.verified_buildings == 1
