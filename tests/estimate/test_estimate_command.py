"""``retrofit estimate`` end to end through retrofit.cli.main."""
import json

import pytest
from estimate_examples import BUILDING_KEYS, CSV, TOTAL_KEYS

from retrofit.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_document_keys_and_values(capsys, register_csv):
    code, out, err = _run(capsys, "estimate", str(register_csv()), "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert len(doc["buildings"]) == 2
    for row in doc["buildings"]:
        assert BUILDING_KEYS <= set(row)
    assert TOTAL_KEYS <= set(doc["totals"])
    first = doc["buildings"][0]
    assert first["estate"] == "河北一号院" and first["q_h_before_w_m2"] == pytest.approx(40.732, rel=5e-4)
    assert doc["totals"]["floor_area_m2"] == pytest.approx(6100)
    assert out == json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n"   # stable, not escaped


def test_options_change_factor_index_prices(capsys, register_csv):
    path = str(register_csv())
    base = json.loads(_run(capsys, "estimate", path, "--json")[1])["totals"]
    other = json.loads(_run(capsys, "estimate", path, "--json", "--co2-preset", "tangshan_programme",
                            "--planning-index", "40", "--price-basis", "today")[1])["totals"]
    assert other["saved_tco2"] == pytest.approx(base["saved_tce"] * 2.556, rel=1e-4)
    assert other["extra_area_m2"] == pytest.approx(base["extra_area_m2"] * 2, rel=1e-4)
    assert other["cost_rmb"] > base["cost_rmb"]
    factor = json.loads(_run(capsys, "estimate", path, "--json", "--co2-factor", "2.77")[1])["totals"]
    assert factor["saved_tco2"] == pytest.approx(base["saved_tce"] * 2.77, rel=1e-4)


def test_uncertainty_band(capsys, register_csv):
    code, out, _ = _run(capsys, "estimate", str(register_csv()), "--json", "--uncertainty", "--samples", "200")
    doc = json.loads(out)
    assert code == 0 and doc["assumptions"]["uncertainty_samples"] == 200
    row = doc["buildings"][0]
    assert row["saved_tce_p10"] <= row["saved_tce_p50"] <= row["saved_tce_p90"]


def test_table_in_chinese_and_english(capsys, register_csv):
    code, out, _ = _run(capsys, "estimate", str(register_csv()))
    assert code == 0 and "节煤tce" in out.splitlines()[0] and "合计" in out
    code, out, _ = _run(capsys, "--lang", "en", "estimate", str(register_csv()), "--uncertainty", "--samples", "100")
    assert code == 0 and "Saved tce" in out.splitlines()[0] and "Total" in out
    assert "P10 / P50 / P90" in out.splitlines()[-1]


def test_bad_cell_names_row_and_column(capsys, register_csv):
    code, out, err = _run(capsys, "estimate", str(register_csv(CSV.replace('"3,600"', "-3600"))), "--json")
    assert code != 0 and out == ""
    assert "第 2 行" in err and "建筑面积" in err


def test_unknown_city_is_a_readable_error(capsys, register_csv):
    text = CSV.replace("河北一号院,2号楼,唐山", "海底小区,2号楼,Atlantis")
    code, out, err = _run(capsys, "--lang", "en", "estimate", str(register_csv(text)), "--json")
    assert code != 0 and out == ""
    assert "Atlantis" in err and "2号楼" in err
    assert "row 3" in err and "'城市'" in err


def test_engine_refusal_in_xlsx_names_row_and_column(capsys, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["某市既有住宅楼栋登记表"])
    ws.append(["小区名称", "楼号", "城市", "建成年份", "层数", "建筑面积", "户数"])
    ws.append(["甲小区", "1号楼", "唐山", 1980, 6, 3600, 60])
    ws.append(["乙小区", "1号楼", "唐山", 1980, 6, 3600, 60])
    ws.append([None, "2号楼", "亚特兰蒂斯", 1980, 6, 3600, 60])
    ws.merge_cells("A4:A5")                                        # the estate written once
    path = tmp_path / "register.xlsx"
    wb.save(path)
    code, out, err = _run(capsys, "estimate", str(path), "--json")
    assert code != 0 and out == ""
    assert "第 5 行" in err and "“城市”列" in err and "亚特兰蒂斯" in err


def test_bad_option_values(capsys, register_csv):
    code, out, err = _run(capsys, "estimate", str(register_csv()), "--co2-preset", "martian")
    assert code != 0 and out == "" and "martian" in err
    code, out, err = _run(capsys, "estimate", str(register_csv()), "--planning-index", "0")
    assert code != 0 and out == ""


def test_database_without_file(capsys, register_csv, tmp_path):
    url = f"sqlite:///{tmp_path / 'city.db'}"
    code, _, err = _run(capsys, "--db", url, "import", str(register_csv()))
    assert code == 0, err
    code, out, err = _run(capsys, "--db", url, "estimate", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert {row["building"] for row in doc["buildings"]} == {"1号楼", "2号楼"}
    assert doc["totals"]["floor_area_m2"] == pytest.approx(6100)


def test_database_columns_give_the_same_results(capsys, register_csv, tmp_path):
    from retrofit.domain.settings import Settings
    from retrofit.estimate import estimate, estimate_columns
    from retrofit.storage.db import make_engine
    from retrofit.storage.load import load_columns, load_register

    url = f"sqlite:///{tmp_path / 'city.db'}"
    assert _run(capsys, "--db", url, "import", str(register_csv()))[0] == 0
    register = load_register(url)
    engine = make_engine(url)
    try:
        columns = load_columns(engine)
    finally:
        engine.dispose()
    a = estimate(register.buildings, Settings(), estates=register.estates)
    b = estimate_columns(columns, Settings())
    assert a.to_dict()["totals"] == b.to_dict()["totals"]


def test_database_uses_its_settings_and_measure_edits(capsys, register_csv, tmp_path):
    from retrofit.services.app import open_services

    url = f"sqlite:///{tmp_path / 'city.db'}"
    assert _run(capsys, "--db", url, "import", str(register_csv()))[0] == 0
    before = json.loads(_run(capsys, "--db", url, "estimate", "--json")[1])["totals"]
    with open_services(url) as app:
        app.settings.update_measure("wall_eps_80", {"cost_2010_cny": 1130.0})
        app.settings.update({"co2_factor_t_tce": 2.6})
    after = json.loads(_run(capsys, "--db", url, "estimate", "--json")[1])["totals"]
    assert after["cost_rmb"] == pytest.approx(before["cost_rmb"] + 1000.0 * 1834.56, rel=1e-6)
    assert after["saved_tco2"] == pytest.approx(after["saved_tce"] * 2.6)
