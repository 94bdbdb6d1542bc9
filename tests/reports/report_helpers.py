"""Assertions shared by the report tests."""
from __future__ import annotations

import re
from collections import Counter


def assert_fonts_embedded(pdf) -> None:
    """Every font is our embedded TrueType subset; no base-14 font (Helvetica) anywhere."""
    fonts = pdf.fonts()
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "Helvetica" not in name and "Times" not in name and "Courier" not in name, name
        descendants = font.get("/DescendantFonts")
        descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"].get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), name
    assert b"Helvetica" not in pdf.data


def assert_page_numbers(pdf, lang: str) -> None:
    n = len(pdf.pages)
    for i in range(1, n + 1):
        label = f"第 {i} 页 / 共 {n} 页" if lang == "zh" else f"Page {i} of {n}"
        assert pdf.contains(label), label


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def cjk_outside(text: str, names) -> list[str]:
    """The lines of ``text`` that hold Chinese characters once every name is taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return [line for line in text.splitlines() if CJK.search(line)]


def font_sizes(pdf) -> Counter:
    """How often each font size [pt] is set in the PDF's pages (text and drawings)."""
    sizes: Counter = Counter()
    for page in pdf.reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        sizes.update(round(float(s), 1) for s in re.findall(r"/F[\w+]+\s+([\d.]+)\s+Tf", content))
        for xobj in (page["/Resources"].get("/XObject") or {}).values():
            data = xobj.get_object().get_data().decode("latin-1")
            sizes.update(round(float(s), 1) for s in re.findall(r"/F[\w+]+\s+([\d.]+)\s+Tf", data))
    return sizes
