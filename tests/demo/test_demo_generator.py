"""The demo city: deterministic, at the programme's scale, and the method gives the seed's numbers."""
import json
from collections import Counter

import pytest

from retrofit.cli import main
from retrofit.demo import build_city, ensure_demo
from retrofit.domain.settings import TANGSHAN_PROGRAMME
from retrofit.services.app import open_services


@pytest.fixture(scope="module")
def city():
    return build_city()


def test_same_seed_same_city_and_another_seed_another(city):
    assert build_city() == city
    assert build_city(seed=7).buildings != city.buildings


def test_scale_of_the_tangshan_programme(city):
    area = sum(b["floor_area_m2"] for b in city.buildings)
    assert len(city.estates) == 470
    assert 6500 <= len(city.buildings) <= 7500
    assert area == pytest.approx(22e6, rel=0.01)
    assert sum(b["households"] for b in city.buildings) == pytest.approx(400_000, rel=0.03)
    assert {e["city"] for e in city.estates} == {"唐山"}
    assert {"路南区", "路北区", "古冶区", "开平区", "丰南区", "丰润区", "曹妃甸区"} <= {e["district"] for e in city.estates}
    assert len({(e["name"], e["district"]) for e in city.estates}) == 470


def test_stock_mix_is_plausible(city):
    n = len(city.buildings)
    storeys = Counter(b["storeys"] for b in city.buildings)
    assert sum(storeys[s] for s in (4, 5, 6)) / n > 0.7
    assert sum(storeys[s] for s in (2, 3)) > 0 and sum(v for s, v in storeys.items() if s >= 7) > 0
    assert all(1970 <= b["year_built"] <= 1999 for b in city.buildings)
    assert {b["structure"] for b in city.buildings} == {"brick_concrete", "large_panel", "frame"}
    assert {b["planned_year"] for b in city.buildings} == {2008, 2009, 2010}
    consent = [e["consent_rate"] for e in city.estates]
    assert 0.7 < sum(c >= 2 / 3 for c in consent) / len(consent) < 1.0
    area = sum(b["floor_area_m2"] for b in city.buildings)
    coal = sum(b["measured_kgce_m2"] * b["floor_area_m2"] for b in city.buildings) / area
    assert coal == pytest.approx(25.0, abs=0.1)


def test_mode_split_by_floor_area(city):
    area = Counter()
    for b in city.buildings:
        area[b["mode"]] += b["floor_area_m2"]
    total = sum(area.values())
    assert area["retrofit"] / total == pytest.approx(0.52, abs=0.02)
    assert area["rebuild"] / total == pytest.approx(0.27, abs=0.02)
    assert area["add_storey"] / total == pytest.approx(0.21, abs=0.02)
    assert area["rebuild"] / total <= TANGSHAN_PROGRAMME.rebuild_cap_share


def test_ensure_demo_creates_once_with_the_programme_preset(db_url):
    assert ensure_demo(db_url) is True
    assert ensure_demo(db_url) is False
    with open_services(db_url) as app:
        assert app.settings.get() == TANGSHAN_PROGRAMME
        estates = app.records.list_estates()
        assert len(estates) == 470
        pilot = next(e for e in estates if e.estate == "河北1号小区")
        assert (pilot.district, pilot.building_count, pilot.year_completed) == ("路北区", 24, 1978)
        assert app.records.audit_log(1)[0]["source"] == "demo"


def test_estimate_of_the_demo_city_gives_the_programme_numbers(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    assert main(["demo", "--db", url]) == 0
    capsys.readouterr()
    assert main(["estimate", "--db", url, "--json"]) == 0
    totals = json.loads(capsys.readouterr().out)["totals"]
    assert totals["coal_before_tce"] == pytest.approx(550_000, rel=0.05)
    assert totals["saved_tce"] == pytest.approx(360_000, rel=0.05)
    assert totals["saved_tco2"] == pytest.approx(920_000, rel=0.05)
    assert totals["freed_capacity_mw"] == pytest.approx(800, rel=0.05)
    assert totals["extra_area_m2"] == pytest.approx(10e6, rel=0.05)


def test_demo_command_refuses_a_database_with_records(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    with open_services(url) as app:
        app.records.create_estate({"estate": "甲", "city": "唐山"})
    assert main(["--lang", "en", "demo", "--db", url]) != 0
    assert "--replace" in capsys.readouterr().err
    assert main(["demo", "--db", url, "--replace"]) == 0
    with open_services(url) as app:
        assert "甲" not in {e.estate for e in app.records.list_estates()}
