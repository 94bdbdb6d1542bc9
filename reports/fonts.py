"""The one font of the PDF reports: WenQuanYi Zen Hei (GBK subset), a TrueType-outline CJK face
that also covers Latin. Registered once per process; every text of every report uses it, so no
base-14 font (Helvetica) is ever written into a PDF.
"""
from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import path

#: ReportLab name of the report font.
FONT = "WQYZenHei"
#: Shipped font file, relative to the ``resources`` package (the Qt UI loads the same file).
FONT_PARTS = ("fonts", "wqy-zenhei-gbk.ttf")

_lock = threading.Lock()


def font_path() -> Path:
    """The shipped TrueType file (``resources/fonts/wqy-zenhei-gbk.ttf``)."""
    return path(*FONT_PARTS)


def register_fonts(file: Path | None = None) -> str:
    """Register the report font once per process and return its ReportLab name.

    The family's bold and italic map to the same face (the font has one weight), so ``<b>`` in a
    paragraph never falls back to a base-14 font.
    """
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            source = Path(file) if file is not None else font_path()
            if not source.is_file():
                raise FileNotFoundError(f"report font not found: {source}")
            pdfmetrics.registerFont(TTFont(FONT, str(source)))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def covers(text: str, font_name: str = FONT) -> bool:
    """Whether every printable character of ``text`` has a glyph in the font."""
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    return all(ord(ch) in cmap or not ch.isprintable() or ch.isspace() for ch in text)


def missing_glyphs(text: str, font_name: str = FONT) -> str:
    """The printable characters of ``text`` the font cannot show (empty when all are covered)."""
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    return "".join(sorted({ch for ch in text if ch.isprintable() and not ch.isspace()
                           and ord(ch) not in cmap}))
