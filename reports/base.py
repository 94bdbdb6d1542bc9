"""The renderer skeleton shared by the three reports (after pretix's invoice renderers).

A report is a class built from small template methods: ``_styles`` (one stylesheet, one font),
``_doc_template`` (page frames and header/footer callbacks), ``_story`` (the content) and
``render`` (bytes out). The canvas holds pages back until the end so that each footer can say
"第 x 页 / 共 y 页" (Page x of y).
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Table, TableStyle

from reports import fmt
from reports.data import DocInfo
from reports.flowables import RowTable
from reports.fonts import register_fonts
from reports.labels import Labels
from reports.wrap import Para, keep


class Name(str):
    """A name (estate, building, company) to be kept on one line in a paragraph."""


class Marked(str):
    """Paragraph markup already escaped (:meth:`BaseReport.markup`); ``markup`` gives it back."""

    @property
    def markup(self) -> str:
        return str(self)

#: Colours of the house: before (grey-blue) and after (green), header lines.
BEFORE = colors.HexColor("#8a9bb0")
AFTER = colors.HexColor("#3f9b5a")
ACCENT = colors.HexColor("#1f4e79")
ZEBRA = colors.HexColor("#f1f4f8")


class NumberedCanvas(Canvas):
    """Keeps every page until ``save`` and then writes "page x of y" on each."""

    def __init__(self, *args, page_label: str, font: str, **kwargs) -> None:
        kwargs.setdefault("initialFontName", font)
        super().__init__(*args, **kwargs)
        self._page_label, self._font = page_label, font
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(self._font, 8)
            self.setFillColor(colors.black)
            self.drawCentredString(self._pagesize[0] / 2, 10 * mm,
                                   self._page_label.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


class BaseReport:
    """Plain data and labels in, PDF bytes out. No database, no Qt, no file paths."""

    pagesize = A4
    margins = (18 * mm, 18 * mm, 20 * mm, 18 * mm)      # left, right, top, bottom
    base_size = 9.0                                      # body text, pt

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.lang = labels.lang
        self.font = register_fonts()
        self.styles = self._styles()

    # -- template methods -------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def doc_info(self) -> DocInfo:
        return DocInfo()

    def _story(self, width: float) -> list:
        raise NotImplementedError

    def render(self) -> bytes:
        """The PDF as bytes."""
        out = io.BytesIO()
        doc = self._doc_template(out)
        doc.build(self._story(doc.width), canvasmaker=self._canvas_maker)
        return out.getvalue()

    # -- setup ------------------------------------------------------------------------------
    def _styles(self) -> StyleSheet1:
        size, font = self.base_size, self.font
        sheet = StyleSheet1()
        body = ParagraphStyle("Body", fontName=font, fontSize=size, leading=size * 1.45,
                              wordWrap="CJK")
        sheet.add(body)
        sheet.add(ParagraphStyle("Small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.35))
        sheet.add(ParagraphStyle("Cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25))
        sheet.add(ParagraphStyle("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT))
        sheet.add(ParagraphStyle("Head", parent=sheet["Cell"], textColor=colors.white))
        sheet.add(ParagraphStyle("HeadRight", parent=sheet["Head"], alignment=TA_RIGHT))
        sheet.add(ParagraphStyle("Title", parent=body, fontSize=size * 2.3, leading=size * 3,
                                 textColor=ACCENT, spaceAfter=3 * mm))
        sheet.add(ParagraphStyle("Subtitle", parent=body, fontSize=size * 1.4, leading=size * 2,
                                 spaceAfter=2 * mm))
        sheet.add(ParagraphStyle("H1", parent=body, fontSize=size * 1.6, leading=size * 2.1,
                                 textColor=ACCENT, spaceBefore=4 * mm, spaceAfter=2 * mm))
        sheet.add(ParagraphStyle("H2", parent=body, fontSize=size * 1.2, leading=size * 1.6,
                                 textColor=ACCENT, spaceBefore=3 * mm, spaceAfter=1.5 * mm))
        sheet.add(ParagraphStyle("Big", parent=body, fontSize=size * 1.8, leading=size * 2.3,
                                 alignment=TA_CENTER))
        return sheet

    def _doc_template(self, out: io.BytesIO) -> BaseDocTemplate:
        left, right, top, bottom = self.margins
        doc = BaseDocTemplate(out, pagesize=self.pagesize, leftMargin=left, rightMargin=right,
                              topMargin=top, bottomMargin=bottom, title=self.title(),
                              author=self.doc_info().author, creator="Retrofit Planner",
                              initialFontName=self.font, initialFontSize=self.base_size,
                              invariant=1)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        return doc

    def _canvas_maker(self, *args, **kwargs) -> NumberedCanvas:
        return NumberedCanvas(*args, page_label=self.labels["page_of"], font=self.font, **kwargs)

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Header: title left, version/date/status right, a rule under it."""
        width, height = self.pagesize
        left, right, top, _ = self.margins
        info = self.doc_info()
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        y = height - top + 6 * mm
        canvas.drawString(left, y, self.title())
        canvas.drawRightString(width - right, y, self._header_right(info))
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.6)
        canvas.line(left, y - 2 * mm, width - right, y - 2 * mm)
        canvas.restoreState()

    def _header_right(self, info: DocInfo) -> str:
        status = self.labels.get(f"status_{info.status}", info.status)
        return self.labels["header_doc"].format(version=info.version, date=info.date, status=status)

    # -- helpers for the story --------------------------------------------------------------
    def para(self, text: str, style: str = "Body", markup: bool = False) -> Paragraph:
        """A paragraph; user text is escaped unless ``markup`` or :class:`Marked` (then the caller
        escaped it). Lines break between words, never inside a name (:mod:`reports.wrap`)."""
        if isinstance(text, Name):
            text = self.markup("{n}", n=text)
        plain = markup or isinstance(text, Marked)
        return Para(str(text) if plain else escape(str(text)), self.styles[style])

    def line(self, template: str, style: str = "Body", **values: object) -> Paragraph:
        """A paragraph of ``template`` filled with ``values``: text escaped, a :class:`Name`
        (or a list of names, joined) kept on one line."""
        return Para(self.markup(template, **values), self.styles[style])

    def markup(self, template: str, **values: object) -> Marked:
        """``template`` escaped and filled (see :meth:`line`)."""
        filled = {k: self._piece(v) for k, v in values.items()}
        return Marked(escape(template).format(**filled))

    def _piece(self, value: object) -> str:
        if isinstance(value, Marked):
            return value.markup
        if isinstance(value, Name):
            return keep(value)
        if isinstance(value, (list, tuple)):
            return self.sep().join(self._piece(v) for v in value)
        return escape(str(value))

    def sep(self) -> str:
        """How a list of names is joined."""
        return "、" if self.lang == "zh" else ", "

    def heading(self, text: str, style: str = "H1", need: float = 30 * mm) -> list:
        """A heading that never ends a page: it moves to the next page unless ``need`` is left for
        it and the start of what follows (a long table then goes on to the next page; a heading
        that kept with the whole table would leave the rest of the page empty)."""
        return [CondPageBreak(need), self.para(text, style)]

    def num(self, value: float | None, digits: int = 0) -> str:
        return fmt.number(value, digits)

    #: Money columns: decimals of 万元 (zh); RMB per unit and decimals (en: thousands, or
    #: millions where the amounts are a city's).
    money_digits = 1
    money_unit_en, money_digits_en = 1000.0, 0

    def money_col(self, rmb: float | None) -> str:
        """Money in a table column headed "万元" (zh) or "k RMB" / "M RMB" (en)."""
        if rmb is None:
            return "–"
        if self.lang == "zh":
            return fmt.number(rmb / 10_000, self.money_digits)
        return fmt.number(rmb / self.money_unit_en, self.money_digits_en)

    def bullet(self, text: str, style: str = "Body") -> Paragraph:
        """A bulleted paragraph with a hanging indent (the font has no U+2022: the bullet is ●)."""
        name = f"{style}Bullet"
        if name not in self.styles:
            base = self.styles[style]
            self.styles.add(ParagraphStyle(name, parent=base, leftIndent=base.fontSize * 1.2,
                                           bulletIndent=0, bulletFontName=self.font,
                                           bulletFontSize=base.fontSize * 0.5,
                                           bulletOffsetY=base.fontSize * 0.15))
        return Para(text.markup if isinstance(text, Marked) else escape(str(text)), self.styles[name],
                    bulletText="●")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
              right_from: int = 1, total_row: bool = False) -> Table:
        """A table with a coloured header row repeated on each page, zebra rows, numbers right.

        Cells are strings (wrapped in paragraphs) or ready flowables.
        """
        head = [self.para(h, "HeadRight" if i >= right_from else "Head") for i, h in enumerate(header)]
        body = [[self._cell(c, widths[i], i >= right_from) for i, c in enumerate(row)] for row in rows]
        table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        style = [("FONTNAME", (0, 0), (-1, -1), self.font),
                 ("FONTSIZE", (0, 0), (-1, -1), self.base_size - 1),
                 ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.5, ACCENT),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
        if total_row:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                      ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#dde6f0"))]
        table.setStyle(TableStyle(style))
        return table

    def _cell(self, value: object, width: float, right: bool) -> object:
        """Short text stays a plain string (fast, drawn in the table's font); text that would
        not fit on one line becomes a wrapping paragraph."""
        if not isinstance(value, str):
            return value
        size = self.base_size - 1
        if "\n" not in value and stringWidth(value, self.font, size) <= width - 5.5:
            return value
        return self.para(value, "CellRight" if right else "Cell")

    def rows(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
             right_from: int = 1, total_row: bool = False, carry: int | None = None) -> RowTable:
        """A long table of one-line string cells (fast; splits across pages with its header;
        column ``carry`` repeats its last value on the next page, marked continued)."""
        return RowTable(header, rows, widths, font=self.font, size=self.base_size - 1, right_from=right_from,
                        header_fill=ACCENT, zebra=ZEBRA, total_row=total_row, carry=carry,
                        continued=self.labels["continued"])


    def key_values(self, pairs: Sequence[tuple[str, str]], width: float, ratio: float = 0.42) -> Table:
        """A two-column block of "label: value" lines without a header."""
        rows = [[self.para(k, "Cell"), self.para(v, "Cell")] for k, v in pairs]
        table = Table(rows, colWidths=[width * ratio, width * (1 - ratio)], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.font),
                                   ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white, ZEBRA]),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return table
