"""Assertions shared by the report tests."""
from __future__ import annotations


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
