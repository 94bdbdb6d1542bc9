"""The new load of added floor area and the figures net of it (method §9), worked out once and
reported beside the gross figures: in the totals, per estate, in the JSON document and in the
table of ``retrofit estimate``."""
import json

import numpy as np
import pytest
from estimate_examples import CSV

from retrofit.cli import main
from retrofit.domain.settings import Settings
from retrofit.domain.targets import net_of_new_load
from retrofit.estimate import estimate

NET_KEYS = {"new_load_tce", "new_load_tco2", "saved_net_tce", "saved_net_tco2", "freed_capacity_net_mw",
            "extra_area_net_m2"}


def test_net_figures_by_hand():
    net = net_of_new_load(saved_tce=100.0, saved_tco2=255.6, freed_capacity_mw=2.0, new_coal_tce=10.0,
                          new_tco2=25.56, new_load_mw=0.5, planning_index_w_m2=80.0)
    assert net.saved_tce == pytest.approx(90.0) and net.saved_tco2 == pytest.approx(230.04)
    assert net.new_tco2 == pytest.approx(25.56)
    assert net.freed_capacity_mw == pytest.approx(1.5) and net.extra_area_m2 == pytest.approx(18_750.0)
    without_index = net_of_new_load(100.0, 255.6, 2.0, 10.0, 25.56, 0.5)
    assert without_index.extra_area_m2 == 0.0 and without_index.freed_capacity_mw == pytest.approx(1.5)


def test_totals_and_estates_net_of_the_new_load(small_city):
    buildings, estates = small_city
    est = estimate(buildings, Settings(co2_factor_t_tce=2.556, planning_index_w_m2=60.0), estates=estates)
    cols = est.building_columns()
    new_coal, new_mw = cols["new_coal_tce"].sum(), cols["new_load_kw"].sum() / 1e3
    assert new_coal > 0 and new_mw > 0                                # an add_storey and a rebuild
    t = est.totals()
    assert t["new_load_tce"] == pytest.approx(new_coal) and t["new_load_mw"] == pytest.approx(new_mw)
    assert t["new_load_tco2"] == pytest.approx(2.556 * new_coal)
    assert t["saved_net_tce"] == pytest.approx(cols["saved_tce"].sum() - new_coal)
    assert t["saved_net_tco2"] == pytest.approx(t["saved_tco2"] - 2.556 * new_coal)
    assert t["freed_capacity_net_mw"] == pytest.approx(cols["freed_capacity_kw"].sum() / 1e3 - new_mw)
    assert t["extra_area_net_m2"] == pytest.approx(t["freed_capacity_net_mw"] * 1e6 / 60.0)
    assert t["extra_area_net_m2"] < t["extra_area_m2"] and t["saved_net_tce"] < t["saved_tce"]
    per = est.by_estate()
    for key in NET_KEYS:
        assert sum(v[key] for v in per.values()) == pytest.approx(t[key])
    harbin = per["哈尔滨小区"]                                        # the rebuild alone
    rebuild = est.modes == "rebuild"
    assert harbin["saved_net_tce"] == pytest.approx(float(np.sum(cols["saved_tce"][rebuild] -
                                                                  cols["new_coal_tce"][rebuild])))


def test_without_added_floor_area_net_is_gross(we4_record):
    t = estimate([we4_record(), we4_record(building="2号楼", package="advanced")], Settings()).totals()
    assert t["new_load_tce"] == t["new_load_mw"] == 0
    assert (t["saved_net_tce"], t["freed_capacity_net_mw"], t["extra_area_net_m2"]) == pytest.approx(
        (t["saved_tce"], t["freed_capacity_mw"], t["extra_area_m2"]))


CSV_WITH_MODES = CSV.replace("改造方案\n", "改造方案,改造模式\n").replace("常规\n", "常规,节能改造\n") \
    .replace("advanced\n", "advanced,加层改造\n")


def test_json_totals_keep_their_keys_and_add_the_net_ones(capsys, register_csv):
    assert main(["estimate", str(register_csv(CSV_WITH_MODES)), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    t = doc["totals"]
    assert NET_KEYS <= set(t) and NET_KEYS <= set(doc["estates"][0])
    assert t["new_load_tce"] == t["new_coal_tce"] > 0
    assert t["saved_net_tce"] == pytest.approx(t["saved_tce"] - t["new_coal_tce"], abs=1e-3)
    assert t["freed_capacity_net_mw"] == pytest.approx(t["freed_capacity_mw"] - t["new_load_mw"], abs=1e-3)


def test_table_prints_the_new_load_and_the_net_totals(capsys, register_csv):
    assert main(["estimate", str(register_csv(CSV_WITH_MODES))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2].startswith("新增负荷（加层、拆改建新增建筑面积 500.0 ㎡）：用煤 ")
    assert lines[-1].startswith("扣除新增负荷后：节煤 ") and "释放容量" in lines[-1]
    assert main(["--lang", "en", "estimate", str(register_csv(CSV_WITH_MODES)), "--json"]) == 0
    t = json.loads(capsys.readouterr().out)["totals"]
    assert main(["--lang", "en", "estimate", str(register_csv(CSV_WITH_MODES))]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == (f"Net of the new load: saved {t['saved_net_tce']:,.1f} tce, {t['saved_net_tco2']:,.1f} tCO2, "
                    f"freed {t['freed_capacity_net_mw'] * 1e3:,.1f} kW, "
                    f"connectable area {t['extra_area_net_m2']:,.1f} m2")
    assert main(["estimate", str(register_csv())]) == 0               # nothing added: no such lines
    assert "新增负荷" not in capsys.readouterr().out
