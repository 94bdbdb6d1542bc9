"""Register files in and out: the import and export commands, round trips, all or nothing."""
import csv

import pytest

from retrofit.cli import main
from retrofit.domain.records import BuildingRecord, EstateRecord, Mode, Register, Structure
from retrofit.services.app import open_services

HEADER = ["小区名称", "楼号", "城市", "区/县", "建成年份", "层数", "建筑面积(m²)", "户数", "结构类型", "外墙传热系数"]


def _write_csv(path, rows, header=HEADER):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


ROWS = [["河北1号小区", "1号楼", "唐山", "路北区", "1978年", "5", "3,600", "60", "大板", ""],
        ["河北1号小区", "2号楼", "唐山", "路北区", "1979", "6", "4200㎡", "72", "砖混", "1.4"],
        ["唐钢小区", "1号楼", "唐山", "路南区", "1985", "4", "2400", "48", "", ""]]


def test_import_command_inserts_then_dry_run_shows_changes(tmp_path, db_url, capsys):
    file = _write_csv(tmp_path / "reg.csv", ROWS)
    assert main(["import", str(file), "--db", db_url]) == 0
    assert "3" in capsys.readouterr().out
    changed = [r[:] for r in ROWS]
    changed[0][9] = "1.1"
    file2 = _write_csv(tmp_path / "reg2.csv", changed)
    assert main(["--lang", "en", "import", str(file2), "--db", db_url, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "河北1号小区 1号楼: wall_u: — → 1.1" in out and "1 updated" in out and "nothing was changed" in out
    with open_services(db_url) as app:
        rows = {(r["estate"], r["building"]): r for r in app.records.list_buildings()}
        assert rows[("河北1号小区", "1号楼")]["wall_u"] is None
        assert rows[("河北1号小区", "1号楼")]["floor_area_m2"] == 3600.0
        assert rows[("河北1号小区", "1号楼")]["structure"] == "large_panel"
        assert {e.estate: e.district for e in app.records.list_estates()} == {"河北1号小区": "路北区", "唐钢小区": "路南区"}


def test_bad_file_lists_every_error_and_changes_nothing(tmp_path, sqlite_url, capsys):
    main(["import", str(_write_csv(tmp_path / "ok.csv", ROWS[:1])), "--db", sqlite_url])
    capsys.readouterr()
    bad = [r[:] for r in ROWS]
    bad[1][5] = "六十"
    bad[2][4] = "1850"
    code = main(["--lang", "en", "import", str(_write_csv(tmp_path / "bad.csv", bad)), "--db", sqlite_url])
    captured = capsys.readouterr()
    assert code != 0 and captured.out == ""
    assert "bad.csv" in captured.err and "row 3" in captured.err and "row 4" in captured.err
    assert "六十" in captured.err and "1850" in captured.err
    with open_services(sqlite_url) as app:
        assert len(app.records.list_buildings()) == 1


def _sample_register():
    b = dict(city="唐山", year_built=1980, storeys=5, floor_area_m2=3000.5, households=60)
    return Register(
        estates=(EstateRecord("甲小区", "唐山", district="路北区", address="北新道 1 号", year_completed=1980,
                              households=120, consent_rate=0.75, heat_supplier="唐山热力", metered_billing=True),
                 EstateRecord("乙小区", "唐山", district="古冶区")),
        buildings=(BuildingRecord(estate="甲小区", building="1号楼", structure=Structure.FRAME, wall_u=1.23,
                                  wwr=0.3, stairwell_heated=True, mode=Mode.ADD_STOREY, added_storeys=2,
                                  package="advanced", planned_year=2009, measured_kgce_m2=24.7,
                                  remaining_life_years=35.0, wall_u_after=0.45, eta_source_after=0.85, **b),
                   BuildingRecord(estate="甲小区", building="2号楼", **b),
                   BuildingRecord(estate="乙小区", building="A座", mode=Mode.NONE, **b)))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_round_trips_without_change(tmp_path, db_url, suffix, capsys):
    with open_services(db_url) as app:
        app.imports.commit_register(_sample_register())
        before = app.records.list_buildings()
        estates_before = app.records.list_estates()
    out = tmp_path / f"all{suffix}"
    assert main(["export", str(out), "--db", db_url]) == 0
    assert "3" in capsys.readouterr().out
    assert main(["import", str(out), "--db", db_url]) == 0
    with open_services(db_url) as app:
        assert app.records.list_buildings() == before
        assert app.records.list_estates() == estates_before
        assert app.imports.preview(out)[0].unchanged_buildings == 3


def test_export_refuses_an_unknown_suffix(tmp_path, sqlite_url, capsys):
    assert main(["export", str(tmp_path / "x.pdf"), "--db", sqlite_url]) != 0
    assert ".csv" in capsys.readouterr().err


def test_english_export_round_trips_and_bad_folder_is_reported(tmp_path, sqlite_url, capsys):
    with open_services(sqlite_url) as app:
        app.imports.commit_register(_sample_register())
        before = app.records.list_buildings()
    out = tmp_path / "all_en.csv"
    assert main(["--lang", "en", "export", str(out), "--db", sqlite_url]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("estate,building,city")
    assert main(["import", str(out), "--db", sqlite_url]) == 0
    with open_services(sqlite_url) as app:
        assert app.records.list_buildings() == before
    capsys.readouterr()
    assert main(["--lang", "en", "export", str(tmp_path / "missing" / "x.csv"), "--db", sqlite_url]) == 2
    assert "Cannot write" in capsys.readouterr().err


def test_preview_and_commit_with_a_column_mapping(tmp_path, app):
    header = ["小区名称", "栋", "城市", "建成年份", "层数", "建筑面积", "户数"]
    file = _write_csv(tmp_path / "odd.csv", [["甲", "1号楼", "唐山", "1980", "5", "3000", "60"]], header)
    summary, messages = app.imports.preview(file, {"栋": "building"})
    assert summary.inserted_buildings == 1 and any(m.startswith("栋 → ") and m.endswith(" (building)") for m in messages)
    assert app.records.list_buildings() == []
    assert app.imports.commit(file, {"栋": "building"}).inserted_buildings == 1
    assert [b["building"] for b in app.records.list_buildings()] == ["1号楼"]
