"""The demo city: deterministic, at the programme's scale, and the method gives the seed's numbers."""
import json
from collections import Counter

import numpy as np
import pytest

from retrofit.cli import main
from retrofit.demo import build_city, ensure_demo
from retrofit.domain.settings import TANGSHAN_PROGRAMME
from retrofit.planner.variants import allowed_modes, recorded_mode
from retrofit.services.app import open_services
from retrofit.storage.load import load_register


@pytest.fixture(scope="module")
def city():
    return build_city()


def test_same_random_seed_same_city_and_another_another(city):
    assert build_city() == city
    assert build_city(random_seed=7).buildings != city.buildings


def test_scale_of_the_tangshan_programme(city):
    area = sum(b["floor_area_m2"] for b in city.buildings)
    assert len(city.estates) == 470
    assert 6500 <= len(city.buildings) <= 7500
    assert area == pytest.approx(22e6, rel=0.001)
    assert sum(b["households"] for b in city.buildings) == pytest.approx(400_000, rel=0.03)
    assert {e["city"] for e in city.estates} == {"唐山"}
    assert {"路南区", "路北区", "古冶区", "开平区", "丰南区", "丰润区", "曹妃甸区"} <= {e["district"] for e in city.estates}
    assert len({(e["name"], e["district"]) for e in city.estates}) == 470


def _year_shares(city) -> dict[int, float]:
    years = Counter(b["year_built"] for b in city.buildings)
    return {y: years[y] / len(city.buildings) for y in range(min(years), max(years) + 1)}


def test_built_after_the_1976_earthquake_mostly_by_1990(city):
    shares = _year_shares(city)
    assert min(shares) == 1978 and max(shares) <= 1999
    assert sum(v for y, v in shares.items() if y < 1978) == 0
    assert sum(v for y, v in shares.items() if y <= 1990) > 0.65            # the majority …
    assert sum(v for y, v in shares.items() if y >= 1991) > 0.1             # … and some 1990s


def test_years_without_spikes(city):
    shares = _year_shares(city)
    years = sorted(shares)
    assert max(shares.values()) < 0.09                                      # no year holds much
    for before, year, after in zip(years, years[1:], years[2:], strict=False):
        assert shares[year] < 1.5 * (shares[before] + shares[after]) / 2, year
    assert shares[years[0]] < shares[years[1]] and shares[years[-1]] < shares[years[-2]]   # nothing piled at the ends
    pilot = {b["year_built"] for b in city.buildings if b["estate_index"] == 0}
    assert pilot == {1978}


def test_flat_sizes_by_era_and_structure(city):
    flat = np.array([b["floor_area_m2"] / b["households"] for b in city.buildings])
    year = np.array([b["year_built"] for b in city.buildings])
    structure = np.array([b["structure"] for b in city.buildings])
    assert np.mean((flat >= 40) & (flat <= 75)) > 0.97
    assert 50 < np.median(flat) < 60 and flat.min() > 35 and flat.max() < 85
    eras = [flat[(year >= lo) & (year <= hi)].mean() for lo, hi in ((1978, 1980), (1981, 1990), (1991, 1999))]
    assert eras == sorted(eras) and eras[-1] - eras[0] > 10
    assert flat[structure == "large_panel"].mean() < flat[structure == "brick_concrete"].mean() \
        < flat[structure == "frame"].mean()
    pilot = [b for b in city.buildings if b["estate_index"] == 0]
    assert sum(b["households"] for b in pilot) == 1350
    assert sum(b["floor_area_m2"] for b in pilot) == pytest.approx(64_000, abs=1)


def test_stock_mix_is_plausible(city):
    n = len(city.buildings)
    storeys = Counter(b["storeys"] for b in city.buildings)
    assert min(storeys) >= 3                                   # the programme's stock: 3 storeys and more
    assert sum(storeys[s] for s in (4, 5, 6)) / n > 0.7
    assert sum(v for s, v in storeys.items() if s >= 7) > 0
    structures = Counter(b["structure"] for b in city.buildings)
    assert structures["brick_concrete"] / n > 0.6 and structures["large_panel"] > structures["frame"] > 0
    frames = [b["year_built"] for b in city.buildings if b["structure"] == "frame"]
    panels = [b["year_built"] for b in city.buildings if b["structure"] == "large_panel"]
    assert np.mean(panels) < np.mean(frames)                   # panels in the 1980s, frames in the 1990s
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


def test_modes_follow_the_buildings(city):
    by_mode = {m: [b for b in city.buildings if b["mode"] == m] for m in ("retrofit", "add_storey", "rebuild")}
    year = {m: np.mean([b["year_built"] for b in bs]) for m, bs in by_mode.items()}
    assert year["rebuild"] < year["retrofit"] - 2
    panel = {m: np.mean([b["structure"] == "large_panel" for b in bs]) for m, bs in by_mode.items()}
    assert panel["rebuild"] > 2 * panel["retrofit"] and panel["add_storey"] == 0
    for b in by_mode["add_storey"]:
        assert b["structure"] == "brick_concrete" and 4 <= b["storeys"] <= 6 and b["added_storeys"] in (1, 2)
    assert {b["added_storeys"] for b in by_mode["retrofit"] + by_mode["rebuild"]} == {None}
    for b in city.buildings:
        short = b["remaining_life_years"] < TANGSHAN_PROGRAMME.min_remaining_life_years
        if b["rebuild_rule"] == "required" or (short and b["rebuild_rule"] != "excluded"):
            assert b["mode"] == "rebuild"
        if b["rebuild_rule"] == "excluded":
            assert b["mode"] != "rebuild" and not short
    rules = Counter(b["rebuild_rule"] for b in city.buildings)
    assert 0 < rules["required"] < 0.05 * len(city.buildings) and 0 < rules["excluded"] < 0.05 * len(city.buildings)
    modes = {}
    for b in city.buildings:
        modes.setdefault(b["estate_index"], set()).add(b["mode"])
    assert sum(len(m) > 1 for m in modes.values()) > 20                      # estates may mix modes
    assert modes[0] == {"retrofit"}


def test_a_few_estates_must_be_done(city):
    must = [i for i, e in enumerate(city.estates) if e["must_do"]]
    assert 0 in must and 3 <= len(must) <= 15
    assert {b["planned_year"] for b in city.buildings if b["estate_index"] in must} == {2008}
    danger = {b["estate_index"] for b in city.buildings if b["rebuild_rule"] == "required"}
    assert set(must) - {0} <= danger


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
    register = load_register(db_url)
    assert sum(bool(e.must_do) for e in register.estates) == sum(e["must_do"] for e in build_city().estates)
    years = TANGSHAN_PROGRAMME.min_remaining_life_years
    for b in register.buildings:                     # the planner's rules allow every recorded mode
        assert recorded_mode(b) in allowed_modes(b, years), (b.estate, b.building)


def test_estimate_of_the_demo_city_gives_the_programme_numbers(demo_url, capsys):
    assert main(["estimate", "--db", demo_url, "--json"]) == 0
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
    capsys.readouterr()
    assert main(["--lang", "zh", "demo", "--db", url, "--replace"]) == 0
    with open_services(url) as app:
        assert "甲" not in {e.estate for e in app.records.list_estates()}
        buildings = len(app.records.list_buildings())
    assert buildings > 1000 and f"470 个小区，{buildings:,} 栋楼" in capsys.readouterr().out
