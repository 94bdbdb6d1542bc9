"""Fonts, labels, number formats, and a page rendered to pixels."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PIL import Image

from reports import fmt, render_plan
from reports.fonts import FONT, covers, font_path, missing_glyphs, register_fonts
from reports.labels import LOCALES, Labels
from resources import path


def test_font_file_and_licence_are_shipped():
    path = font_path()
    assert path.name == "wqy-zenhei-gbk.ttf" and path.is_file()
    assert 1_000_000 < path.stat().st_size < 10_000_000
    licence = path.with_name("LICENSE-wqy-zenhei.txt").read_text()
    assert "Font embedding exception" in licence and "GNU GENERAL PUBLIC LICENSE" in licence


def test_font_registers_once_and_covers_gbk_and_symbols():
    assert register_fonts() == FONT == register_fonts()
    assert covers("第 1 页 / 共 3 页 唐山市路南区新华里小区 m² ℃ ² ³ · – — × ≤ ≥ ± ‰ η₂ → λ")
    assert covers("丂丄丅")                      # GBK beyond GB 2312
    assert missing_glyphs("a𠀀b") == "𠀀"           # outside GBK


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_label_prints_with_the_font(lang):
    from babel.messages.pofile import read_po

    register_fonts()
    with open(path("locale", LOCALES[lang], "LC_MESSAGES", "reports.po"), "rb") as f:
        keys = [m.id for m in read_po(f) if m.id]
    labels = Labels.for_language(lang)
    assert len(keys) > 300
    for key in keys:
        assert missing_glyphs(labels[key]) == "", (key, missing_glyphs(labels[key]))


def test_labels_language_overrides_and_names():
    labels = Labels.for_language("en", {"plan_title": "Retrofit plan"})
    assert labels["plan_title"] == "Retrofit plan"
    assert labels.name("mode", "rebuild") == "demolish and rebuild"
    assert labels.name("package", "my own") == "my own"
    with pytest.raises(ValueError, match="unknown report language"):
        Labels.for_language("fr")
    with pytest.raises(KeyError):
        labels["no_such_label"]
    assert labels.get("no_such_label", "fallback") == "fallback"
    assert labels["after"] == "after" and Labels.for_language("zh")["after"] == "改造后"


def test_number_formats():
    assert fmt.number(1234.56, 1) == "1,234.6"
    assert fmt.number(-0.04, 1) == "0.0"
    assert fmt.number(None) == "–"
    assert fmt.percent(0.3049, 1) == "30.5%"
    assert fmt.money(32_504_000, "zh") == "3,250.4 万元"
    assert fmt.money(32_504_000, "en") == "RMB 32.50 million"
    assert fmt.money(8_600, "zh") == "8,600 元" and fmt.money(8_600, "en") == "RMB 8,600"
    assert fmt.band(251.2, 377.4) == "251–377"


def test_a_page_renders_to_a_non_blank_image(plan_data, tmp_path):
    exe = shutil.which("pdftoppm")
    assert exe, "poppler-utils (pdftoppm) is needed"
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(render_plan(plan_data, "zh"))
    subprocess.run([exe, "-png", "-r", "40", "-f", "3", "-l", "3", str(pdf), str(tmp_path / "p")],
                   check=True, capture_output=True, timeout=60)
    png = next(tmp_path.glob("p*.png"))
    image = Image.open(png).convert("L")
    dark = sum(image.histogram()[:200])
    assert dark > image.width * image.height * 0.02          # tables, text and the chart
    assert image.getextrema()[0] < 80                         # some real ink
