"""A lean reader of one worksheet's XML: cell values by row, and the merged ranges.

openpyxl opens the workbook (read-only: shared strings, styles, sheet paths); the sheet XML
itself is streamed here with ``iterparse``, several times faster than openpyxl's general cell
parser, which builds an object per inline string. Values are what openpyxl would give with
``data_only=True``: shared and inline strings, numbers (``int`` when integral in the file), booleans,
dates for date-formatted numbers, the cached value of a formula (``None`` when none was saved).
"""
from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import iterparse

from openpyxl.utils import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601

_DIGITS = "0123456789"


class _Tags:
    """The qualified tag names of a sheet's namespace (transitional or strict OOXML)."""

    def __init__(self, first_tag: str) -> None:
        ns = first_tag[:first_tag.index("}") + 1] if first_tag.startswith("{") else ""
        self.row, self.c, self.v, self.t, self.merge = (f"{ns}{name}" for name in ("row", "c", "v", "t", "mergeCell"))


def _number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    try:
        return int(text)
    except ValueError:
        return float(text)


class SheetReader:
    """Streams the rows of one worksheet of an open read-only workbook."""

    def __init__(self, wb, ws) -> None:
        self.wb, self.ws = wb, ws
        self.shared = ws._shared_strings
        self.dates = set(wb._date_formats)
        self.durations = set(wb._timedelta_formats)
        self.epoch = wb.epoch
        self.merged: list[str] = []
        self._columns: dict[str, int] = {}

    def _column(self, ref: str) -> int:
        letters = ref.rstrip(_DIGITS)
        index = self._columns.get(letters)
        if index is None:
            index = self._columns[letters] = column_index_from_string(letters)
        return index

    def rows(self) -> Iterator[tuple[int, dict[int, object]]]:
        """``(row number, {column index: value})`` for every row element; then :attr:`merged`
        holds the merged ranges (they follow the rows in the file)."""
        number = 0
        with self.ws._get_source() as src:
            tags = None
            for _, el in iterparse(src):
                if tags is None:
                    tags = _Tags(el.tag)
                tag = el.tag
                if tag == tags.row:
                    r = el.get("r")
                    number = int(r) if r else number + 1
                    yield number, self._cells(el, tags)
                    el.clear()
                elif tag == tags.merge:
                    self.merged.append(el.get("ref", ""))

    def _cells(self, row, tags: _Tags) -> dict[int, object]:
        values: dict[int, object] = {}
        column = 0
        for c in row:
            if c.tag != tags.c:
                continue
            ref = c.get("r")
            column = self._column(ref) if ref else column + 1
            value = self._value(c, tags)
            if value is not None:
                values[column] = value
        return values

    def _value(self, c, tags: _Tags) -> object:
        kind = c.get("t", "n")
        if kind == "inlineStr":
            return "".join(t.text or "" for t in c.iter(tags.t))
        text = c.findtext(tags.v)
        if text is None:
            return None
        if kind == "n":
            value = _number(text)
            style = c.get("s")
            if style and int(style) in self.dates:
                try:
                    return from_excel(value, self.epoch, timedelta=int(style) in self.durations)
                except (OverflowError, ValueError):
                    return text
            return value
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return text == "1"
        if kind == "d":
            return from_ISO8601(text)
        return text                                    # "str" (formula text result), "e" (#N/A ...)
