"""Text the database or the XLSX writer cannot hold is refused, at edit and at import, with the
field (row and column for a file) named, on SQLite and PostgreSQL alike (never a driver error)."""
import pytest

from retrofit.domain.errors import InputFileError, ValidationError
from retrofit.domain.records import BuildingRecord, EstateRecord, Register
from retrofit.services.app import open_services


def _one(estate="甲", building="1号楼", **values):
    return Register((EstateRecord(estate, "唐山"),),
                    (BuildingRecord(estate, building, "唐山", 1980, 5, 3000.0, 60, **values),))


@pytest.mark.parametrize(("values", "code"), [
    ({"estate": "小" * 201, "city": "唐山"}, "text_too_long"), ({"estate": "小" * 1000, "city": "唐山"}, "text_too_long"),
    ({"estate": "甲\x00", "city": "唐山"}, "text_control"), ({"estate": "甲\x1b[31m", "city": "唐山"}, "text_control"),
    ({"estate": "甲", "city": "唐" * 101}, "text_too_long")])
def test_an_estate_edit_is_refused(db_url, values, code):
    with open_services(db_url) as app:
        with pytest.raises(ValidationError) as info:
            app.records.create_estate(values)
        assert info.value.code == code and info.value.params["field"] in ("estate", "city")
        assert app.records.list_estates() == []


def test_a_building_edit_is_refused(db_url):
    with open_services(db_url) as app:
        app.imports.commit_register(_one())
        row = app.records.list_buildings()[0]
        for changes, code in (({"contractor": "建工\x00"}, "text_control"), ({"building": "楼" * 201}, "text_too_long"),
                              ({"package": "方案\x07"}, "text_control")):
            with pytest.raises(ValidationError) as info:
                app.records.update_building(row.id, row.version, changes)
            assert info.value.code == code and info.value.params["field"] == next(iter(changes))
        assert app.records.get_building(row.id)["contractor"] is None


@pytest.mark.parametrize(("register", "column"), [
    (_one(estate="小" * 300), "estate"), (_one(building="楼\x00"), "building"),
    (_one(contractor="\x1b"), "contractor"), (_one(package="p" * 101), "package")])
def test_an_import_is_refused_with_the_row_and_column(db_url, register, column):
    with open_services(db_url) as app:
        with pytest.raises(InputFileError) as info:
            app.imports.commit_register(register)
        assert column in {e.column for e in info.value.errors}
        assert app.records.list_buildings() == []
