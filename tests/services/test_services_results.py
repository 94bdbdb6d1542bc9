"""ResultService: the engine over the stored records, settings and user catalogue."""
import pytest

from retrofit.domain.errors import NotFoundError, ValidationError
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register
from retrofit.estimate import estimate


def _b(estate, building, **kw):
    base = dict(city="唐山", year_built=1980, storeys=5, floor_area_m2=3000.0, households=60)
    return BuildingRecord(estate=estate, building=building, **{**base, **kw})


REGISTER = Register(
    estates=(EstateRecord("甲", "唐山", district="路北区"), EstateRecord("乙", "唐山", district="路南区")),
    buildings=(_b("甲", "1号楼", measured_kgce_m2=26.0, planned_year=2009),
               _b("甲", "2号楼", package="advanced", planned_year=2010),
               _b("乙", "1号楼", mode=Mode.REBUILD, planned_year=2009),
               _b("乙", "2号楼", mode=Mode.NONE)))


@pytest.fixture
def city(app):
    app.imports.commit_register(REGISTER)
    return app


def test_city_totals_equal_the_engine_on_the_same_records(city):
    expected = estimate(REGISTER.buildings, city.settings.get()).totals()
    got = city.results.summarize(uncertainty=False)
    for key in ("floor_area_m2", "coal_before_tce", "saved_tce", "saved_tco2", "freed_capacity_mw", "cost_rmb"):
        assert got.totals[key] == pytest.approx(expected[key], rel=1e-9)
    assert len(got.buildings) == 4 and {b.building_id for b in got.buildings} == {
        r.id for r in city.records.list_buildings()}
    assert got.funding and sum(v for k, v in got.funding.items() if k != "surplus") == pytest.approx(
        sum(b.values["cost_rmb"] for b in got.buildings if b.values["mode"] != "none"), rel=1e-9)


def test_estate_and_selection_with_the_uncertainty_band(city):
    estate = next(e for e in city.records.list_estates() if e.estate == "甲")
    s = city.results.summarize(estate_id=estate.id)
    assert [b.building for b in s.buildings] == ["1号楼", "2号楼"]
    assert s.totals["saved_tce_p10"] < s.totals["saved_tce_p50"] < s.totals["saved_tce_p90"]
    one = s.buildings[1].building_id
    only = city.results.summarize([one], uncertainty=False)
    assert only.totals["saved_tce"] == pytest.approx(s.buildings[1].values["saved_tce"])
    with pytest.raises(NotFoundError):
        city.results.summarize(estate_id=9999)


def test_an_edit_and_a_setting_change_show_in_the_next_result(city):
    before = city.results.summarize(uncertainty=False).totals
    row = next(r for r in city.records.list_buildings() if r["package"] is None and r["mode"] is None)
    city.records.update_building(row.id, row.version, {"package": "advanced"})
    after = city.results.summarize(uncertainty=False).totals
    assert after["saved_tce"] > before["saved_tce"]
    city.settings.update({"co2_factor_t_tce": 2.77})
    assert city.results.summarize(uncertainty=False).totals["saved_tco2"] == pytest.approx(after["saved_tce"] * 2.77)


def test_user_catalogue_is_used(city):
    estate = next(e for e in city.records.list_estates() if e.estate == "甲")
    base = city.results.summarize(estate_id=estate.id, uncertainty=False).totals["cost_rmb"]
    city.settings.update_measure("wall_eps_80", {"cost_2010_cny": 260})
    assert city.results.summarize(estate_id=estate.id, uncertainty=False).totals["cost_rmb"] > base


def test_compare_packages_changes_nothing(city):
    estate = next(e for e in city.records.list_estates() if e.estate == "甲")
    out = city.results.compare_packages(estate.id, ["basic", "usual", "advanced"])
    saved = [out[p].totals["saved_tce"] for p in ("basic", "usual", "advanced")]
    assert saved[0] < saved[1] < saved[2]
    assert {r["package"] for r in city.records.list_buildings(estate.id)} == {None, "advanced"}
    with pytest.raises(ValidationError):
        city.results.compare_packages(estate.id, ["gold"])


def test_city_dashboard(city):
    d = city.results.city_dashboard()
    assert (d.target("saved_tce"), d.target("saved_tco2"), d.target("freed_capacity_mw")) == (360_000, 920_000, 800)
    assert d.progress_of("saved_tce") == pytest.approx(d.totals["saved_tce"] / 360_000)
    assert d.value("saved_tce", net=True) == pytest.approx(d.totals["saved_tce"] - d.totals["new_load_tce"])
    shares = d.mode_shares
    assert shares["retrofit"].share == pytest.approx(2 / 3) and shares["rebuild"].share == pytest.approx(1 / 3)
    assert shares["none"].share == pytest.approx(1 / 4) and shares["rebuild"].buildings == 1
    assert d.rebuild_cap == 0.3 and d.rebuild_within_cap is False
    assert {g.label: g.buildings for g in d.by_district} == {"路北区": 2, "路南区": 2}
    assert {g.label: g.buildings for g in d.by_year} == {2009: 2, 2010: 1, None: 1}
    assert sum(g.saved_tce for g in d.by_year) == pytest.approx(d.totals["saved_tce"])
    assert d.by_district[0].record("district")["district"] == "路北区"


def test_empty_database_gives_zero_results(app):
    assert app.results.summarize().totals["saved_tce"] == 0.0
    empty = app.results.city_dashboard()
    assert empty.by_district == () and empty.value("saved_tce", net=True) == 0.0 and empty.rebuild_within_cap


def test_changes_made_by_another_user_show_up(db_url):
    from retrofit.services.app import open_services

    with open_services(db_url) as mine, open_services(db_url) as theirs:
        mine.imports.commit_register(REGISTER)
        before = mine.results.summarize(uncertainty=False).totals
        row = next(r for r in theirs.records.list_buildings() if r["mode"] is None and r["package"] is None)
        theirs.records.update_building(row.id, row.version, {"package": "advanced"})
        assert mine.results.summarize(uncertainty=False).totals["saved_tce"] > before["saved_tce"]
        theirs.settings.update({"co2_factor_t_tce": 2.77})
        totals = mine.results.summarize(uncertainty=False).totals
        assert totals["saved_tco2"] == pytest.approx(totals["saved_tce"] * 2.77)
