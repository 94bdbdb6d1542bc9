"""A small city in a real SQLite database, made through the record service."""
from __future__ import annotations

from pathlib import Path

from retrofit.services.app import AppServices, open_services

ESTATES = (
    dict(estate="新华里小区", city="唐山", district="路南区", address="新华东道 12 号", households=150,
         consent_rate=0.82, heat_supplier="唐山市热力总公司", metered_billing=False),
    dict(estate='东区 <3>/"A"', city="唐山", district="路北区", households=96, consent_rate=None,
         metered_billing=True),
    dict(estate="Nordstadt", city="Beijing", district="Haidian", households=60, consent_rate=0.7),
)
BUILDINGS = (
    (0, dict(building="1号楼", year_built=1978, storeys=5, floor_area_m2=3000, households=50,
             structure="brick_concrete", mode="retrofit", package="usual", planned_year=2027,
             measured_kgce_m2=24.0)),
    (0, dict(building="2号楼", year_built=1982, storeys=6, floor_area_m2=3600, households=60,
             structure="large_panel", mode="add_storey", package="advanced", planned_year=2027, wall_u=1.5)),
    (0, dict(building="3号楼", year_built=1975, storeys=4, floor_area_m2=2400, households=40, mode="rebuild",
             planned_year=2028)),
    (1, dict(building="A座", year_built=1988, storeys=6, floor_area_m2=4800, households=96, package="basic",
             planned_year=2029)),
    (2, dict(building="B1", year_built=1990, storeys=5, floor_area_m2=3000, households=60, package="advanced")),
)


def make_city(path: Path) -> AppServices:
    app = open_services(f"sqlite:///{path}")
    ids = [app.records.create_estate(values).id for values in ESTATES]
    for index, values in BUILDINGS:
        app.records.create_building(ids[index], values)
    return app
