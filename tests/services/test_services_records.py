"""RecordService: one transaction per call, validation, audit, events, concurrent edits."""
import pytest

from retrofit.domain.errors import ConcurrentEditError, NotFoundError, ValidationError
from retrofit.domain.vocabulary import BUILDING_BY_KEY
from retrofit.services.app import open_services
from retrofit.services.events import BuildingsChanged, EstatesChanged

BUILDING = {"building": "1号楼", "year_built": 1978, "storeys": 5, "floor_area_m2": 3000.0, "households": 60}


@pytest.fixture
def estate(app):
    return app.records.create_estate({"estate": "河北1号小区", "city": "唐山", "district": "路北区"})


def test_create_and_read_back(app, estate):
    b = app.records.create_building(estate.id, {**BUILDING, "structure": "large_panel", "wwr": 0.25})
    got = app.records.get_building(b.id)
    assert got == b
    assert got["estate"] == "河北1号小区" and got["city"] == "唐山"
    assert got["structure"] == "large_panel" and got["wwr"] == 0.25 and got["wall_u"] is None
    row = app.records.get_estate(estate.id)
    assert (row.building_count, row.floor_area_m2, row.district) == (1, 3000.0, "路北区")
    assert [r.id for r in app.records.list_buildings(estate.id)] == [b.id]
    assert [r.id for r in app.records.list_buildings()] == [b.id]


def test_estate_without_district_reads_back_none_and_is_unique(app):
    e = app.records.create_estate({"estate": "A", "city": "唐山"})
    assert e.district is None
    with pytest.raises(ValidationError) as info:
        app.records.create_estate({"estate": "A", "city": "唐山"})
    assert info.value.code == "duplicate"


@pytest.mark.parametrize(("field", "value", "code"), [
    ("storeys", 0, "value_out_of_range"), ("storeys", 41, "value_out_of_range"),
    ("floor_area_m2", 0, "value_out_of_range"), ("wwr", 0.95, "value_out_of_range"),
    ("eta_source", 1.2, "value_out_of_range"), ("year_built", 2999, "value_out_of_range"),
    ("mode", "demolish", "value_not_allowed"), ("structure", "wood", "value_not_allowed"),
    ("storeys", 4.5, "value_wrong_type"), ("wall_u", "thick", "value_wrong_type"),
    ("added_storeys", 3, "value_out_of_range"), ("colour", "red", "unknown_field"),
    ("building", "  ", "value_required"),
])
def test_every_value_is_validated_with_its_field(app, estate, field, value, code):
    b = app.records.create_building(estate.id, BUILDING)
    with pytest.raises(ValidationError) as info:
        app.records.update_building(b.id, b.version, {field: value})
    assert info.value.code == code and info.value.params["field"] == field
    text = info.value.message("zh")
    if field in BUILDING_BY_KEY:                       # a field is named by its label, never its key
        assert BUILDING_BY_KEY[field].label("zh") in text and field not in text
    else:
        assert field in text                           # an unknown field is named as it was given
    assert app.records.get_building(b.id) == b


def test_none_sets_a_field_back_to_the_default(app, estate):
    b = app.records.create_building(estate.id, {**BUILDING, "wall_u": 1.4})
    b2 = app.records.update_building(b.id, b.version, {"wall_u": None, "mode": "rebuild"})
    assert b2["wall_u"] is None and b2["mode"] == "rebuild" and b2.version == b.version + 1


def test_update_writes_the_audit_log_and_publishes_after_commit(app, estate):
    seen = []
    app.bus.subscribe(lambda event: seen.append(event))
    b = app.records.create_building(estate.id, BUILDING)
    app.records.update_building(b.id, b.version, {"storeys": 6, "package": "advanced"})
    entry = app.records.audit_log(1)[0]
    assert entry["source"] == "edit" and entry["entity_id"] == b.id and entry["user"]
    assert entry["changes"] == {"storeys": [5, 6], "package": [None, "advanced"]}
    assert "河北1号小区 1号楼" in entry["label"]
    assert seen == [BuildingsChanged(estate.id, (b.id,)), BuildingsChanged(estate.id, (b.id,))]


def test_a_stale_version_raises_and_overwrites_nothing(app, estate):
    b = app.records.create_building(estate.id, BUILDING)
    app.records.update_building(b.id, b.version, {"storeys": 6})
    with pytest.raises(ConcurrentEditError) as info:
        app.records.update_building(b.id, b.version, {"storeys": 7})
    assert "1号楼" in str(info.value)
    assert app.records.get_building(b.id)["storeys"] == 6


def test_two_users_on_one_database_the_second_save_fails(db_url):
    with open_services(db_url) as alice, open_services(db_url) as bob:
        e = alice.records.create_estate({"estate": "E", "city": "唐山"})
        b = alice.records.create_building(e.id, BUILDING)
        seen_by_bob = bob.records.get_building(b.id)
        alice.records.update_building(b.id, b.version, {"wall_u": 1.1})
        with pytest.raises(ConcurrentEditError):
            bob.records.update_building(seen_by_bob.id, seen_by_bob.version, {"wall_u": 0.9})
        assert bob.records.get_building(b.id)["wall_u"] == 1.1


def test_bulk_update_is_all_or_nothing(app, estate):
    a = app.records.create_building(estate.id, BUILDING)
    b = app.records.create_building(estate.id, {**BUILDING, "building": "2号楼"})
    app.records.update_building(b.id, b.version, {"storeys": 4})
    with pytest.raises(ConcurrentEditError):
        app.records.bulk_update_buildings({a.id: a.version, b.id: b.version}, {"package": "basic"})
    assert app.records.get_building(a.id)["package"] is None
    rows = app.records.bulk_update_buildings({a.id: a.version, b.id: b.version + 1}, {"package": "basic"})
    assert [r["package"] for r in rows] == ["basic", "basic"]


def test_different_changes_on_many_buildings_are_all_or_nothing(app, estate):
    seen = []
    app.bus.subscribe(lambda event: seen.append(event))
    a = app.records.create_building(estate.id, BUILDING)
    b = app.records.create_building(estate.id, {**BUILDING, "building": "2号楼"})
    seen.clear()
    with pytest.raises(ValidationError) as info:            # the second building's value is refused
        app.records.update_buildings({a.id: (a.version, {"storeys": 6, "wwr": 0.3}),
                                      b.id: (b.version, {"storeys": 41})})
    assert info.value.params["field"] == "storeys" and seen == []
    assert app.records.get_building(a.id)["storeys"] == 5           # nothing was saved
    with pytest.raises(ValidationError):                            # a rule across fields
        app.records.update_buildings({a.id: (a.version, {"status": "completed"})})
    rows = app.records.update_buildings({a.id: (a.version, {"storeys": 6, "wwr": 0.3}),
                                         b.id: (b.version, {"storeys": 7, "package": "深度"})})
    assert [(r["storeys"], r["wwr"], r["package"]) for r in rows] == [(6, 0.3, None), (7, None, "advanced")]
    assert [r.version for r in rows] == [a.version + 1, b.version + 1]
    assert seen == [BuildingsChanged(estate.id, (a.id, b.id))]
    audit = {e["entity_id"]: e["changes"] for e in app.records.audit_log(2)}
    assert audit == {a.id: {"storeys": [5, 6], "wwr": [None, 0.3]}, b.id: {"storeys": [5, 7], "package": [None, "advanced"]}}
    with pytest.raises(ConcurrentEditError):
        app.records.update_buildings({a.id: (a.version, {"storeys": 8})})
    assert app.records.get_building(a.id)["storeys"] == 6


def test_delete_estate_and_building(app, estate):
    seen = []
    app.bus.subscribe(lambda event: seen.append(event))
    b = app.records.create_building(estate.id, BUILDING)
    with pytest.raises(ConcurrentEditError):
        app.records.delete_building(b.id, b.version + 5)
    app.records.delete_building(b.id, b.version)
    with pytest.raises(NotFoundError):
        app.records.get_building(b.id)
    b = app.records.create_building(estate.id, BUILDING)
    app.records.delete_estate(estate.id, estate.version)
    assert app.records.list_estates() == [] and app.records.list_buildings() == []
    assert seen[-1] == EstatesChanged((estate.id,))


def test_building_of_another_city_is_refused(app, estate):
    with pytest.raises(ValidationError) as info:
        app.records.create_building(estate.id, {**BUILDING, "city": "北京"})
    assert info.value.params["field"] == "city"
    assert app.records.create_building(estate.id, {**BUILDING, "city": "唐山", "estate": "河北1号小区"})


def test_estates_and_buildings_are_listed_with_numbers_by_value(app):
    for name in ["西新村31号院", "西新村6号小区", "西新村2号院"]:
        app.records.create_estate({"estate": name, "city": "唐山", "district": "路北区"})
    first = app.records.list_estates()[0]
    for name in ["10号楼", "2号楼", "1号楼", "11号楼"]:
        app.records.create_building(first.id, {**BUILDING, "building": name})
    assert [e.estate for e in app.records.list_estates()] == ["西新村2号院", "西新村6号小区", "西新村31号院"]
    assert [b["building"] for b in app.records.list_buildings(first.id)] == ["1号楼", "2号楼", "10号楼", "11号楼"]
