"""``retrofit report`` on a real database."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from retrofit import i18n
from retrofit.cli import main


@pytest.fixture(autouse=True)
def _language_reset():
    """``--lang`` sets the process-wide language; each test starts from the default."""
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def _url(city) -> str:
    return city.url


def test_all_estates_in_parallel_prints_the_paths(city, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["report", "--db", _url(city), "--all", "--kind", "plan", "--lang", "en", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    paths = [Path(line) for line in captured.out.splitlines()]
    assert len(paths) == 3 and all(p.is_file() for p in paths)
    assert {p.parent for p in paths} == {out}
    reader = PdfReader(str(paths[0]))
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def test_one_estate_by_name_and_the_programme(city, tmp_path, capsys):
    assert main(["report", "--db", _url(city), "--estate", "新华里小区", "--kind", "summary",
                 "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert Path(line).name == "新华里小区-居民告知书-zh-1.pdf"
    assert main(["report", "--db", _url(city), "--kind", "programme", "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert Path(line).is_file() and "唐山" in Path(line).name


def test_unknown_estate_is_an_error_on_stderr(city, tmp_path, capsys):
    code = main(["report", "--db", _url(city), "--estate", "没有这个小区", "--out", str(tmp_path), "--lang", "en"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "没有这个小区" in captured.err
    assert main(["report", "--db", _url(city), "--out", str(tmp_path), "--lang", "en"]) == 2
    assert "--all" in capsys.readouterr().err


def test_an_error_in_a_worker_process_reads_as_in_one_process(tmp_path, capsys):
    from report_city import make_city

    app = make_city(tmp_path / "atlantis.sqlite")
    try:
        estate = app.records.create_estate(dict(estate="亚特兰蒂斯", city="Atlantis"))
        app.records.create_building(estate.id, dict(building="1号楼", year_built=1980, storeys=5,
                                                    floor_area_m2=3000, households=50))
        code = main(["report", "--db", app.url, "--all", "--out", str(tmp_path / "out"), "--lang", "en"])
    finally:
        app.close()
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "city 'Atlantis' is not in the climate table" in captured.err


def test_price_basis_and_a_plan_file(city, tmp_path, capsys, read_pdf):
    import json

    doc = {"years": [{"year": 2031, "estates": ["新华里小区"], "cost_rmb": 1.0e7, "saved_tce": 170.0,
                      "saved_tco2": 434.5}],
           "totals": {"cost_rmb": 1.0e7, "saved_tce": 170.0, "saved_tco2": 434.5, "freed_capacity_mw": 0.4}}
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["report", "--db", _url(city), "--estate", "新华里小区", "--kind", "plan", "--price-basis", "today",
                 "--plan", str(plan), "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    pdf = read_pdf(Path(line).read_bytes())
    assert pdf.contains("当前价格") and pdf.contains("2031")
    assert main(["report", "--db", _url(city), "--kind", "programme", "--plan", str(plan), "--lang", "en",
                 "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert read_pdf(Path(line).read_bytes()).contains("programme plan: unsaved plan (2031–2031)")
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a plan"}', encoding="utf-8")
    assert main(["report", "--db", _url(city), "--kind", "programme", "--plan", str(bad), "--lang", "en",
                 "--out", str(tmp_path)]) == 2
    assert "not a retrofit plan --json document" in capsys.readouterr().err


def test_a_past_planned_year_is_noted_on_stderr(tmp_path, capsys):
    from report_city import make_city

    app = make_city(tmp_path / "past.sqlite")
    try:
        estate = next(e for e in app.records.list_estates() if e.estate == "Nordstadt")
        (b,) = app.records.list_buildings(estate.id)
        app.records.update_building(b.id, b.version, {"planned_year": 2010})
        for extra in ([], ["--all", "--jobs", "2"]):
            which = extra or ["--estate", "Nordstadt"]
            assert main(["report", "--db", app.url, *which, "--kind", "summary", "--out", str(tmp_path), "--lang",
                         "en"]) == 0
            err = capsys.readouterr().err
            assert "Note: 1 estate(s) have a planned year before this year" in err and "Nordstadt" in err
    finally:
        app.close()
