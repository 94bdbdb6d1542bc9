"""Opening a database and listing its estates (what the window needs first) imports neither the
engine and numpy nor the import machinery nor Alembic; they load on first use, and the results
service still sees every change made before its first calculation."""
import subprocess
import sys

from retrofit.domain.records import BuildingRecord, EstateRecord, Register
from retrofit.services.app import open_services

HEAVY = ("numpy", "calc", "alembic", "retrofit.estimate", "retrofit.storage.importer", "retrofit.storage.load")

CODE = f"""
import sys
from retrofit.services.app import open_services
app = open_services(sys.argv[1])
app.records.list_estates()
app.results                      # the service exists; nothing is calculated yet
print(sorted(m for m in {HEAVY!r} if m in sys.modules))
summary = app.results.summarize(uncertainty=False)
print(len(summary.buildings), "numpy" in sys.modules)
app.close()
"""

REG = Register(estates=(EstateRecord("甲", "唐山"),),
               buildings=(BuildingRecord("甲", "1号楼", "唐山", 1980, 5, 3000.0, 60),))


def test_opening_a_database_loads_no_engine(tmp_path):
    url = str(tmp_path / "x.sqlite")
    with open_services(url) as app:
        app.imports.commit_register(REG)
    out = subprocess.run([sys.executable, "-c", CODE, url], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "1 True"]


def test_changes_before_the_first_calculation_are_seen(db_url):
    with open_services(db_url) as app:
        app.imports.commit_register(REG)                             # DatabaseReplaced, nothing cached yet
        app.settings.update({"co2_factor_t_tce": 3.0})
        first = app.results.summarize(uncertainty=False).totals
        estate = app.records.list_estates()[0]
        row = app.records.list_buildings(estate.id)[0]
        current = app.records.get_building(row.id)
        app.records.update_building(row.id, current.version, {"floor_area_m2": 6000.0})
        second = app.results.summarize(uncertainty=False).totals
    assert first["saved_tco2"] == first["saved_tce"] * 3.0
    assert second["floor_area_m2"] == 6000.0 and first["floor_area_m2"] == 3000.0
