"""The commands: ``retrofit verify`` (the JSON contract, with a register and a meter file and no
database, or on the database), ``retrofit meters import|export`` and ``retrofit report --kind
verification``."""
import json

import pytest

from retrofit.cli import main

REGISTER = """小区名称,楼号,城市,建成年份,层数,建筑面积(㎡),户数,长度,进深,外墙传热系数,外窗传热系数,屋面传热系数,地面传热系数,换气次数,实施状态,开工日期,竣工日期
河北一号院,1号楼,唐山,1982,6,"3,600",60,60,10,1.6,4.7,1.0,1.5,0.8,竣工,2010-04-15,2010-10-20
河北一号院,2号楼,唐山,1990年,5,2500㎡,40,,,,,,,,竣工,2010/4/15,2010年10月
"""
METERS = """小区名称,楼号,采暖季,供热量(GJ),耗煤量(tce),实际采暖天数,采暖期室外平均温度
河北一号院,1号楼,2008-2009,1300,,,
河北一号院,1号楼,2011/12,600,,125,-0.5
河北一号院,2号楼,2011-2012,,21,,
河北一号院,,2008-2009,,130,,
"""
CONTRACT = {"estate", "building", "status", "seasons_before", "seasons_after", "q_c_before_norm_kgce_m2",
            "q_c_after_norm_kgce_m2", "predicted_q_c_after_kgce_m2", "measured_saved_tce", "predicted_saved_tce",
            "realisation_rate", "notices"}


@pytest.fixture
def files(tmp_path):
    register, meters = tmp_path / "台账.csv", tmp_path / "计量.csv"
    register.write_text(REGISTER, encoding="utf-8")
    meters.write_text(METERS, encoding="utf-8")
    return register, meters


def test_verify_file_and_meters_without_a_database(files, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("RETROFIT_HOME", str(tmp_path / "home"))
    register, meters = files
    assert main(["verify", str(register), "--meters", str(meters), "--json"]) == 0
    out, err = capsys.readouterr()
    d = json.loads(out)
    assert err == "" and not list((tmp_path / "home").glob("*.sqlite"))      # no database
    first, second = d["buildings"]
    assert CONTRACT <= set(first)
    assert (first["status"], first["seasons_before"], first["seasons_after"]) == ("verified", 1, 1)
    assert second["status"] == "no_baseline" and second["measured_saved_tce"] is None
    q_after = 600 * (1e6 / 3600) / (8.14 * 0.92 * 0.68) / 3600 * (130 * 19.6) / (125 * 18.5)
    assert first["q_c_after_norm_kgce_m2"] == pytest.approx(q_after, abs=1e-4)
    assert d["estates"][0]["status"] == "no_after"
    assert d["totals"]["verified_buildings"] == 1
    assert d["totals"]["realisation_rate"] == pytest.approx(first["realisation_rate"], abs=1e-4)


def test_verify_table_and_uncertainty(files, capsys):
    register, meters = files
    assert main(["--lang", "en", "verify", str(register), "--meters", str(meters), "--uncertainty"]) == 0
    out = capsys.readouterr().out
    assert "(estate meter)" in out and "1 of 2 buildings verified" in out
    assert main(["verify", str(register), "--meters", str(meters), "--uncertainty", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["buildings"][0]
    assert row["predicted_saved_tce_p10"] < row["predicted_saved_tce"] < row["predicted_saved_tce_p90"]
    assert row["performance"] in ("under", "within", "over")


def test_bad_meter_rows_exit_2_and_print_nothing(files, capsys):
    register, meters = files
    meters.write_text(METERS + "河北一号院,9号楼,2011-2012,500,,,\n河北一号院,1号楼,2011-2012,1,2,,\n",
                      encoding="utf-8")
    assert main(["verify", str(register), "--meters", str(meters), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "计量.csv 第 7 行，“耗煤量(tce)”列" in err
    meters.write_text(METERS + "河北一号院,9号楼,2011-2012,500,,,\n", encoding="utf-8")
    assert main(["verify", str(register), "--meters", str(meters), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "计量.csv 第 6 行，“楼号”列，值“9号楼”" in err


def test_meters_import_export_verify_and_report_on_a_database(files, capsys, tmp_path):
    register, meters = files
    url = f"sqlite:///{tmp_path / 'city.sqlite'}"
    assert main(["import", str(register), "--db", url]) == 0
    assert main(["meters", "import", str(meters), "--db", url, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "新增读数 4 条" in out and "试运行" in out
    assert main(["meters", "import", str(meters), "--db", url]) == 0
    assert "新增读数 4 条，更新 0 条，未变 0 条（1 个小区）" in capsys.readouterr().out
    assert main(["--lang", "en", "meters", "import", str(meters), "--db", url]) == 0
    assert "0 reading(s) added, 0 updated, 4 unchanged" in capsys.readouterr().out
    assert main(["meters", "export", str(tmp_path / "out.xlsx"), "--db", url]) == 0
    assert "4" in capsys.readouterr().out
    assert main(["verify", "--db", url, "--json"]) == 0
    from_db = json.loads(capsys.readouterr().out)
    assert main(["verify", str(register), "--meters", str(tmp_path / "out.xlsx"), "--json"]) == 0
    from_files = json.loads(capsys.readouterr().out)
    assert from_db["totals"] == from_files["totals"]
    assert main(["--lang", "zh", "report", "--kind", "verification", "--estate", "河北一号院", "--db", url,
                 "--out", str(tmp_path / "pdf")]) == 0
    pdf = capsys.readouterr().out.strip()
    assert pdf.endswith(".pdf") and "效果核验" in pdf
    assert main(["estimate", "--db", url, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["buildings"]
    assert rows[0]["coal_before_kgce_m2"] == pytest.approx(from_db["buildings"][0]["q_c_before_norm_kgce_m2"],
                                                          abs=1e-3)
    assert [r["calibration_source"] for r in rows] == ["meters", None]          # the source of k


def test_meters_import_refuses_unknown_buildings(files, capsys, tmp_path):
    register, meters = files
    url = f"sqlite:///{tmp_path / 'city.sqlite'}"
    assert main(["import", str(register), "--db", url]) == 0
    meters.write_text(METERS + "光明里,1号楼,2011-2012,500,,,\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "en", "meters", "import", str(meters), "--db", url]) == 2
    assert "计量.csv, row 6, column '小区名称', value '光明里': no estate of this name" in capsys.readouterr().err
    assert main(["meters", "export", str(tmp_path / "out.csv"), "--db", url]) == 0
    assert "0" in capsys.readouterr().out
