"""End to end on the demo city: ``retrofit demo`` then ``retrofit report``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_helpers import assert_fonts_embedded, assert_page_numbers

from retrofit import i18n
from retrofit.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_url(demo_copy, tmp_path_factory):
    yield demo_copy(tmp_path_factory.mktemp("demo"))
    i18n.set_language(None)


@pytest.fixture
def planned_url(before_works_template, tmp_path):
    """The demo city as planned in 2008 (no works carried out yet): a programme still to plan."""
    path = tmp_path / "demo-city-2008.sqlite"
    shutil.copyfile(before_works_template, path)
    return f"sqlite:///{path}"


def test_demo_estate_plan_and_summary(demo_url, tmp_path, capsys, read_pdf):
    capsys.readouterr()
    assert main(["report", "--db", demo_url, "--estate-id", "1", "--estate-id", "2", "--kind", "plan",
                 "--lang", "zh", "--out", str(tmp_path)]) == 0
    paths = [Path(p) for p in capsys.readouterr().out.splitlines()]
    assert len(paths) == 2
    pdf = read_pdf(paths[0].read_bytes())
    assert len(pdf.pages) >= 4
    assert_page_numbers(pdf, "zh")
    assert_fonts_embedded(pdf)
    assert pdf.contains("唐山：采暖期 130 天")
    assert main(["report", "--db", demo_url, "--estate-id", "1", "--kind", "summary", "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert len(read_pdf(Path(line).read_bytes()).pages) <= 3


def test_demo_programme_meets_the_seed_gross_but_not_net_of_new_load(demo_url, tmp_path, capsys, read_pdf):
    from retrofit.services.app import open_services

    with open_services(demo_url) as app:
        data = app.reports.programme_data("zh")
    t, n = data.totals, data.totals.new_load
    assert data.estates == 470
    assert t.saved_tce == pytest.approx(360_000, rel=0.05)
    assert t.freed_capacity_mw == pytest.approx(800, rel=0.05)
    assert n.net_saved_tce == pytest.approx(t.saved_tce - n.coal_tce)
    assert n.net_freed_capacity_mw == pytest.approx(t.freed_capacity_mw - n.load_mw)
    assert n.net_extra_area_m2 == pytest.approx(n.net_freed_capacity_mw * 1e6 / 80.0)
    assert n.net_extra_area_m2 < 10_000_000 < t.extra_area_m2                         # under the target net
    rebuild = sum(g.floor_area_m2 for g in data.by_mode if g.name == "rebuild")
    assert rebuild / sum(g.floor_area_m2 for g in data.by_mode) <= 0.30
    capsys.readouterr()
    assert main(["report", "--db", demo_url, "--kind", "programme", "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    pdf = read_pdf(Path(line).read_bytes())
    assert pdf.contains(f"{t.saved_tce:,.0f}") and pdf.contains("360,000")
    assert pdf.contains(f"{n.net_saved_tce:,.0f}") and pdf.contains(f"{n.net_extra_area_m2:,.0f}")
    assert pdf.contains("扣除新增负荷后，下列指标低于目标") and pdf.contains("可新增供热面积")
    assert pdf.contains("不超过上限 30%：符合") and pdf.contains("边际减排成本曲线")


def test_demo_programme_of_a_plan(planned_url, tmp_path, capsys, read_pdf):
    import json

    from retrofit.planner.plan import PlanResult

    capsys.readouterr()
    assert main(["plan", "--db", planned_url, "--start-year", "2027", "--years", "3", "--annual-budget", "8.5e9",
                 "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    plan = PlanResult.from_dict(doc)
    from retrofit.services.app import open_services

    with open_services(planned_url) as app:
        data = app.reports.programme_data("zh", plan=plan)
    assert data.totals.saved_tce == plan.totals.saved_tce and data.estates == plan.totals.estates
    assert sum(g.saved_tce for g in data.by_mode) == pytest.approx(plan.totals.saved_tce, rel=0.005)
    assert [g.name for g in data.by_year] == [str(y.year) for y in plan.years]
    assert len(data.plan.left_out) == len(plan.waiting) + len(plan.not_scheduled)
    assert main(["report", "--db", planned_url, "--kind", "programme", "--plan", str(path), "--out", str(tmp_path)]) == 0
    pdf = read_pdf(Path(capsys.readouterr().out.strip()).read_bytes())
    first = pdf.pages[0]
    assert f"{plan.totals.saved_tce:,.0f}" in first and f"{plan.totals.saved_tce / 360_000:.1%}" in first
    assert f"{plan.totals.freed_capacity_mw:,.1f}" in first
    assert "2008" not in pdf.text and "2010" not in pdf.text                          # the plan's years only
    assert pdf.contains("求解精度") and not pdf.contains("与目标的差距：")
