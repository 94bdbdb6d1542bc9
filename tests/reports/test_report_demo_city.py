"""End to end on the demo city: ``retrofit demo`` then ``retrofit report``."""
from __future__ import annotations

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
    assert len(read_pdf(Path(line).read_bytes()).pages) <= 2


def test_demo_programme_meets_the_seed(demo_url, tmp_path, capsys, read_pdf):
    from retrofit.services.app import open_services

    with open_services(demo_url) as app:
        data = app.reports.programme_data()
    assert data.estates == 470
    assert data.totals.saved_tce == pytest.approx(360_000, rel=0.05)
    assert data.totals.freed_capacity_mw == pytest.approx(800, rel=0.05)
    rebuild = sum(g.floor_area_m2 for g in data.by_mode if g.name == "rebuild")
    assert rebuild / sum(g.floor_area_m2 for g in data.by_mode) <= 0.30
    capsys.readouterr()
    assert main(["report", "--db", demo_url, "--kind", "programme", "--out", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    pdf = read_pdf(Path(line).read_bytes())
    assert pdf.contains(f"{data.totals.saved_tce:,.0f}") and pdf.contains("360,000")
    assert pdf.contains("不超过上限 30%：符合")
