"""Optimistic locking in the schema: the version column turns a lost update into an error."""
import threading

import pytest
from sqlalchemy.orm.exc import StaleDataError

from retrofit.domain.errors import ConcurrentEditError
from retrofit.services.app import open_services
from retrofit.storage.models import Building, Estate, Plan

BUILDING = {"building": "1号楼", "year_built": 1978, "storeys": 5, "floor_area_m2": 3000.0, "households": 60}


def _make_building(app) -> tuple[type, int, str]:
    e = app.records.create_estate({"estate": "甲", "city": "唐山"})
    return Building, app.records.create_building(e.id, BUILDING).id, "wall_u"


def _make_estate(app) -> tuple[type, int, str]:
    return Estate, app.records.create_estate({"estate": "甲", "city": "唐山"}).id, "address"


def _make_plan(app) -> tuple[type, int, str]:
    from retrofit.planner.plan import PlanResult, PlanTotals

    plan = PlanResult(years=(), totals=PlanTotals(), start_year=2009)
    return Plan, app.plans.save("方案", {"start_year": 2009}, plan), "name"


@pytest.mark.parametrize("make", [_make_building, _make_estate, _make_plan])
def test_two_open_sessions_the_second_flush_fails(app, make):
    model, key, attribute = make(app)
    first, second = app.session_factory(), app.session_factory()
    try:
        mine, theirs = first.get(model, key), second.get(model, key)
        setattr(mine, attribute, 1.1 if attribute == "wall_u" else "first")
        first.commit()
        setattr(theirs, attribute, 0.9 if attribute == "wall_u" else "second")
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with app.session_factory() as session:
        assert getattr(session.get(model, key), attribute) in (1.1, "first")


def test_racing_saves_one_wins_the_other_is_told(db_url):
    """Many threads save the same building from the same version: exactly one succeeds."""
    with open_services(db_url) as app:
        e = app.records.create_estate({"estate": "甲", "city": "唐山"})
        b = app.records.create_building(e.id, BUILDING)
        outcomes: list[str] = []
        barrier = threading.Barrier(4)

        def save(n: int) -> None:
            barrier.wait()
            try:
                app.records.update_building(b.id, b.version, {"storeys": 5 + n})
                outcomes.append("saved")
            except ConcurrentEditError as exc:
                assert "1号楼" in str(exc)
                outcomes.append("refused")

        threads = [threading.Thread(target=save, args=(n,)) for n in range(1, 5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(outcomes) == ["refused"] * 3 + ["saved"]
        final = app.records.get_building(b.id)
        assert final.version == b.version + 1 and final["storeys"] in (6, 7, 8, 9)
