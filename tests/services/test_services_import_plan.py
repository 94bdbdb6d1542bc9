"""Merging registers into the database: match on (estate, building), all or nothing."""
import pytest

from retrofit.domain.errors import InputFileError
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register, Structure
from retrofit.progress import Cancelled, CancelToken
from retrofit.services.events import DatabaseReplaced


def _b(estate="河北1号小区", building="1号楼", **kw):
    base = dict(city="唐山", year_built=1978, storeys=5, floor_area_m2=3000.0, households=60)
    return BuildingRecord(estate=estate, building=building, **{**base, **kw})


def _register(*buildings, estates=(), source="register.csv"):
    return Register(estates=tuple(estates), buildings=tuple(buildings), source=source)


def test_first_import_inserts_estates_and_buildings(app):
    reg = _register(_b(), _b(building="2号楼", structure=Structure.LARGE_PANEL, mode=Mode.REBUILD),
                    _b(estate="唐钢小区"),
                    estates=[EstateRecord("河北1号小区", "唐山", district="路北区", consent_rate=0.8)])
    summary, _ = app.imports.commit_register(reg)
    assert (summary.inserted_estates, summary.inserted_buildings) == (2, 3)
    estates = {e.estate: e for e in app.records.list_estates()}
    assert estates["河北1号小区"].district == "路北区" and estates["河北1号小区"].consent_rate == 0.8
    assert estates["河北1号小区"].building_count == 2 and estates["唐钢小区"].district is None
    rows = {(r["estate"], r["building"]): r for r in app.records.list_buildings()}
    assert rows[("河北1号小区", "2号楼")]["structure"] == "large_panel"
    assert rows[("河北1号小区", "2号楼")]["mode"] == "rebuild"
    assert app.records.audit_log(1)[0]["source"] == "import"


def test_second_import_updates_matches_and_counts_unchanged(app):
    app.imports.commit_register(_register(_b(), _b(building="2号楼")))
    before = {r["building"]: r for r in app.records.list_buildings()}
    plan = app.imports.plan(_register(_b(wall_u=1.2), _b(building="2号楼"), _b(building="3号楼")))
    assert plan.building_changes == [("河北1号小区 1号楼", {"wall_u": [None, 1.2]})]
    summary, _ = app.imports.commit_register(_register(_b(wall_u=1.2), _b(building="2号楼"), _b(building="3号楼")))
    assert (summary.inserted_buildings, summary.updated_buildings, summary.unchanged_buildings) == (1, 1, 1)
    after = {r["building"]: r for r in app.records.list_buildings()}
    assert after["1号楼"]["wall_u"] == 1.2 and after["1号楼"].version == before["1号楼"].version + 1
    assert after["2号楼"].version == before["2号楼"].version
    assert app.records.list_estates()[0].building_count == 3
    entries = [e for e in app.records.audit_log() if e["entity"] == "building" and e["source"] == "import"]
    assert entries[0]["changes"] == {"wall_u": [None, 1.2]}


def test_an_estate_named_without_district_matches_the_stored_one(app):
    app.imports.commit_register(_register(_b(), estates=[EstateRecord("河北1号小区", "唐山", district="路北区")]))
    summary, _ = app.imports.commit_register(_register(_b(building="9号楼")))
    assert (summary.inserted_estates, summary.inserted_buildings) == (0, 1)


def test_any_bad_value_lists_every_error_and_changes_nothing(app):
    app.imports.commit_register(_register(_b()))
    seen = []
    app.bus.subscribe(lambda event: seen.append(event))
    bad = _register(_b(wall_u=1.0), _b(building="2号楼", storeys=0), _b(building="3号楼", wwr=2.0, eta_source=0.0))
    with pytest.raises(InputFileError) as info:
        app.imports.commit_register(bad)
    errors = {(e.row, e.column, e.value) for e in info.value.errors}
    assert errors == {(3, "storeys", "0"), (4, "wwr", "2.0"), (4, "eta_source", "0.0")}
    assert "register.csv" in str(info.value) and "storeys" in str(info.value)
    assert [r["wall_u"] for r in app.records.list_buildings()] == [None]
    assert seen == []


def test_duplicate_buildings_in_one_file_are_errors(app):
    with pytest.raises(InputFileError) as info:
        app.imports.commit_register(_register(_b(), _b()))
    assert [(e.row, e.column) for e in info.value.errors] == [(3, "building")]
    assert app.records.list_estates() == []


def test_cancel_rolls_everything_back(app):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        app.imports.commit_register(_register(_b(), _b(building="2号楼")), cancel=token)
    assert app.records.list_estates() == [] and app.records.list_buildings() == []


def test_progress_and_event_after_commit(app):
    seen, steps = [], []
    app.bus.subscribe(lambda event: seen.append(event))
    app.imports.commit_register(_register(*[_b(building=f"{i}号楼") for i in range(12)]),
                                progress=lambda done, total, text: steps.append((done, total)))
    assert steps[-1] == (12, 12) and seen == [DatabaseReplaced()]


def test_register_reads_back_what_was_imported(app):
    reg = _register(_b(wall_u=1.3, stairwell_heated=True, mode=Mode.ADD_STOREY, added_storeys=2),
                    estates=[EstateRecord("河北1号小区", "唐山", district="路北区", metered_billing=False)])
    app.imports.commit_register(reg)
    back = app.imports.register()
    assert back.buildings == reg.buildings
    assert back.estates == (EstateRecord("河北1号小区", "唐山", district="路北区", metered_billing=False),)
    assert app.imports.plan(back).unchanged_buildings == 1


def test_a_district_given_later_completes_the_stored_estate(app):
    app.imports.commit_register(_register(_b()))
    summary, _ = app.imports.commit_register(
        _register(_b(), estates=[EstateRecord("河北1号小区", "唐山", district="路北区")]))
    assert (summary.inserted_estates, summary.updated_estates, summary.inserted_buildings) == (0, 1, 0)
    [estate] = app.records.list_estates()
    assert estate.district == "路北区" and estate.building_count == 1
