"""A lean table flowable for long tables of one-line cells (the measure list of a large estate
runs to hundreds of rows). It draws straight onto the canvas, several times faster than
``platypus.Table``, and splits across pages repeating its header.

Cells are plain strings on one line; a cell too wide for its column is set in a smaller size
(down to ``min_size``), never cut. Header cells wrap onto several lines. A table that goes on to
the next page leaves at least :data:`MIN_ROWS` rows on each, and the column ``carry`` (the
building of a list of measures) repeats its last value on the new page, marked "continued".
"""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

PAD = 2.5       # left/right padding [pt]
#: Fewest rows a table leaves on a page when it goes on to the next.
MIN_ROWS = 3


class RowTable(Flowable):
    """Header + rows of strings; columns from ``right_from`` on are right-aligned (numbers)."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
                 font: str, size: float = 8.0, right_from: int = 1, header_fill=colors.HexColor("#1f4e79"),
                 zebra=colors.HexColor("#f1f4f8"), total_row: bool = False, min_size: float = 6.5,
                 first: int = 0, carry: int | None = None, continued: str = "{}") -> None:
        super().__init__()
        self.header, self.rows, self.widths = list(header), [list(map(str, r)) for r in rows], list(widths)
        self.font, self.size, self.right_from, self.min_size = font, size, right_from, min_size
        self.header_fill, self.zebra, self.total_row, self.first = header_fill, zebra, total_row, first
        self.carry, self.continued = carry, continued
        self.row_h = size * 1.25 + 4
        self._head_lines = [simpleSplit(h, font, size, w - 2 * PAD) or [""] for h, w in zip(header, widths, strict=True)]
        self.head_h = max(len(lines) for lines in self._head_lines) * size * 1.2 + 4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.head_h + len(self.rows) * self.row_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = int((avail_height - self.head_h) // self.row_h)
        fit = min(fit, len(self.rows) - MIN_ROWS)
        if fit < MIN_ROWS:
            return []
        head = self._copy(self.rows[:fit], total_row=False, first=self.first)
        tail = self._copy(self._carried(fit), total_row=self.total_row, first=self.first + fit)
        return [head, tail]

    def _carried(self, fit: int) -> list[list[str]]:
        """The rows from ``fit`` on; the first repeats the carried column's last value."""
        rows = [list(r) for r in self.rows[fit:]]
        if self.carry is not None and not rows[0][self.carry]:
            last = next((r[self.carry] for r in reversed(self.rows[:fit]) if r[self.carry]), "")
            if last:
                base = last[:-len(self.continued.format(""))] if last.endswith(self.continued.format("")) else last
                rows[0][self.carry] = self.continued.format(base)
        return rows

    def _copy(self, rows, *, total_row: bool, first: int) -> RowTable:
        return RowTable(self.header, rows, self.widths, font=self.font, size=self.size,
                        right_from=self.right_from, header_fill=self.header_fill, zebra=self.zebra,
                        total_row=total_row, min_size=self.min_size, first=first, carry=self.carry,
                        continued=self.continued)

    def draw(self) -> None:
        """Fills and rules first, then every text in one text object (cheaper than a string
        drawing per cell)."""
        canvas = self.canv
        width, top = sum(self.widths), self.head_h + len(self.rows) * self.row_h
        canvas.saveState()
        canvas.setFillColor(self.header_fill)
        canvas.rect(0, top - self.head_h, width, self.head_h, stroke=0, fill=1)
        last = len(self.rows) - 1
        for i in range(len(self.rows)):
            fill = colors.HexColor("#dde6f0") if (self.total_row and i == last) else \
                (self.zebra if (self.first + i) % 2 else None)
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, top - self.head_h - (i + 1) * self.row_h, width, self.row_h, stroke=0, fill=1)
        canvas.setStrokeColor(self.header_fill)
        canvas.setLineWidth(0.5)
        canvas.line(0, 0, width, 0)
        if self.carry is not None:                     # a thin rule between groups
            canvas.setLineWidth(0.3)
            for i, row in enumerate(self.rows):
                if i and row[self.carry]:
                    y = top - self.head_h - i * self.row_h
                    canvas.line(0, y, width, y)
            canvas.setLineWidth(0.5)
        if self.total_row:
            canvas.setLineWidth(0.8)
            canvas.line(0, self.row_h, width, self.row_h)
        text = canvas.beginText()
        text.setFillColor(colors.white)
        self._draw_header(text, top)
        text.setFillColor(colors.black)
        y = top - self.head_h
        for row in self.rows:
            y -= self.row_h
            self._draw_row(text, row, y)
        canvas.drawText(text)
        canvas.restoreState()

    def _draw_header(self, text, top: float) -> None:  # noqa: ANN001 (a PDFTextObject)
        x = 0.0
        leading = self.size * 1.2
        for lines, w, col in zip(self._head_lines, self.widths, range(len(self.widths)), strict=True):
            block = len(lines) * leading
            y = top - (self.head_h - block) / 2 - self.size
            for line in lines:
                self._text(text, line, x, y, w, col >= self.right_from)
                y -= leading
            x += w

    def _draw_row(self, text, row: Sequence[str], y: float) -> None:  # noqa: ANN001
        x = 0.0
        base = y + (self.row_h - self.size) / 2 + self.size * 0.12
        for col, (cell, w) in enumerate(zip(row, self.widths, strict=True)):
            if cell:
                self._text(text, cell, x, base, w, col >= self.right_from)
            x += w

    def _text(self, text, cell: str, x: float, y: float, w: float, right: bool) -> None:  # noqa: ANN001
        """One cell: shrunk to fit its column when too wide, right-aligned for numbers."""
        size, room = self.size, w - 2 * PAD
        natural = stringWidth(cell, self.font, size)
        if natural > room:
            size = max(self.min_size, size * room / natural)
            natural = stringWidth(cell, self.font, size)
        text.setFont(self.font, size)
        text.setTextOrigin(x + w - PAD - natural if right else x + PAD, y)
        text.textOut(cell)
