"""A lean reader of one worksheet's XML: cell values by row, and the merged ranges.

openpyxl opens the workbook (:func:`load_workbook`: read-only; styles, date system, sheet paths),
with two of its slow steps replaced: shared strings are read here, and sheets are not parsed on
opening to find their size. The sheet XML itself is read here, several times faster than
openpyxl's general cell parser. Values are what openpyxl's own worksheet parser gives with
``data_only=True``: shared and inline strings, numbers (``int`` when integral in the file),
booleans, dates for date-formatted numbers (``"#VALUE!"`` when the serial is no valid date), the
cached value of a formula (``None`` when none was saved).

Two readers give the same rows:

* :meth:`SheetReader.fast_rows` reads the ``<sheetData>`` part in chunks with one regular
  expression per row or cell. It accepts only the plain XML that spreadsheet programs write
  (UTF-8, unprefixed elements, double-quoted attributes, simple inline strings) and raises
  :class:`Unusual` on anything else; the part before and after ``<sheetData>`` goes through a
  real XML parser, which checks the namespace and collects the merged ranges.
* :meth:`SheetReader.rows` streams the whole sheet with ``iterparse``: the fallback for
  anything unusual (rich or phonetic inline strings, comments, entities from a DTD, other
  encodings, broken XML, whose error it reports).
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from xml.etree.ElementTree import XMLPullParser, iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS

_DIGITS = "0123456789"
#: The SpreadsheetML main namespaces: transitional (what Excel writes) and strict.
MAIN_NS = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
           "http://purl.oclc.org/ooxml/spreadsheetml/main")
#: What a date-formatted number outside Excel's date range reads as (as in openpyxl).
BAD_DATE = "#VALUE!"

CHUNK = 1 << 20
#: A single row or cell longer than this is unusual (the fast reader gives up).
MAX_TOKEN = 8 << 20


# --- the workbook -------------------------------------------------------------------------------

class _Sheet(ReadOnlyWorksheet):
    """A read-only worksheet that does not size itself on opening: openpyxl reads a sheet without
    a ``<dimension>`` element (as its write-only mode saves them) to the end just for that."""

    def _get_size(self) -> None:
        pass


class _Reader(ExcelReader):
    """openpyxl's reader of a workbook in read-only mode, with lazy sheets and a faster reader of
    the shared strings."""

    def read_strings(self) -> None:
        ct = self.package.find(SHARED_STRINGS)
        if ct is not None:
            with self.archive.open(ct.PartName[1:]) as src:
                self.shared_strings = read_shared_strings(src)

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def load_workbook(path):
    """The workbook as ``openpyxl.load_workbook(path, read_only=True, data_only=True)`` opens it
    (the same sheets, shared strings, styles and date system), in less time for large files."""
    reader = _Reader(path, read_only=True, data_only=True)
    reader.read()
    return reader.wb


def read_shared_strings(src) -> list[str]:
    """The shared strings as openpyxl reads them: each item's text and the text of its rich-text
    runs, without phonetic runs (``<rPh>``); ``x005F_`` removed."""
    si, t, r = (f"{{{SHEET_MAIN_NS}}}{name}" for name in ("si", "t", "r"))
    strings: list[str] = []
    for _, node in iterparse(src):
        if node.tag != si:
            continue
        plain = None
        runs = []
        for child in node:
            if child.tag == t:
                plain = child.text
            elif child.tag == r:
                run = None
                for part in child:
                    if part.tag == t:
                        run = part.text
                if run is not None:
                    runs.append(run)
        text = "".join(runs) if plain is None else plain + "".join(runs)
        strings.append(text.replace("x005F_", ""))
        node.clear()
    return strings


class Unusual(Exception):
    """The sheet XML is not of the plain kind that :meth:`SheetReader.fast_rows` reads."""


class _Tags:
    """The qualified tag names of a sheet's namespace (transitional or strict OOXML)."""

    def __init__(self, ns: str) -> None:
        ns = f"{{{ns}}}" if ns else ""
        self.row, self.c, self.v, self.t, self.merge = (f"{ns}{name}" for name in ("row", "c", "v", "t", "mergeCell"))
        self.inline, self.run = f"{ns}is", f"{ns}r"


def _namespace(tag: str) -> str | None:
    """The namespace of a main-namespace (or unqualified) tag, else ``None``."""
    if not tag.startswith("{"):
        return ""
    ns = tag[1:tag.index("}")]
    return ns if ns in MAIN_NS else None


def _number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    try:
        return int(text)
    except ValueError:
        return float(text)


def _row_number(text: str | bytes) -> int:
    """A row's ``r`` attribute (openpyxl also takes ``"5.0"``)."""
    try:
        return int(text)
    except ValueError:
        value = float(text)
        if not value.is_integer():
            raise ValueError(f"{text!r} is not a valid row number") from None
        return int(value)


# --- the plain-XML reader -----------------------------------------------------------------------

_WS = r"[ \t\n\r]"                                          # XML's white space (not str's \s)
_ATTRS = rf'(?:{_WS}+[A-Za-z_][\w.:-]*{_WS}*={_WS}*"[^"<]*")*{_WS}*'
#: A row start: its attributes, ``r`` when written first, ``/`` of an empty row.
_ROW = re.compile(rf'{_WS}*<row((?:{_WS}+r="([0-9]+)")?{_ATTRS})(/?)>')
#: A cell: the whole match, its attributes (``r``'s letters, ``s`` and ``t`` when written in that
#: order, then any others), the <v> text, "<is" for an inline string and its <t> text.
_CELL = re.compile(
    rf'({_WS}*<c((?:{_WS}+r="([A-Z]{{1,3}})[0-9]+")?(?:{_WS}+s="([0-9]+)")?(?:{_WS}+t="([A-Za-z]+)")?({_ATTRS}))'
    rf'(?:/>|>{_WS}*'
    rf'(?:<f{_ATTRS}(?:/>|>[^<]*</f>){_WS}*)?'
    rf'(?:<v{_WS}*/>|<v>([^<]*)</v>|(<is)(?:{_WS}*/>|>{_WS}*(?:<t{_ATTRS}(?:/>|>([^<]*)</t>){_WS}*)?</is>))?'
    rf'{_WS}*</c>))')
_ATTR = re.compile(rf'([A-Za-z_][\w.:-]*){_WS}*={_WS}*"([^"<]*)"')
_SHEET_DATA = re.compile(rb'<sheetData((?:[ \t\n\r]+[A-Za-z_][\w.:-]*[ \t\n\r]*=[ \t\n\r]*"[^"<]*")*[ \t\n\r]*)(/?)>')
_SHEET_DATA_END = re.compile(rf'{_WS}*</sheetData{_WS}*>')
#: Characters that well-formed XML never holds.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: What only the real parser reads right: namespace declarations, comments, CDATA, processing
#: instructions.
_NEEDS_PARSER = ("xmlns", "<!", "<?")
_DECLARATION = re.compile(rb'<\?xml[^>]*?encoding\s*=\s*["\']([^"\']*)["\']')
_REFERENCE = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|lt|gt|amp|quot|apos);")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _reference(m: re.Match) -> str:
    name = m.group(1)
    if name[0] != "#":
        return _ENTITIES[name]
    code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
    if not (code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF):
        raise Unusual(f"character reference {name}")
    return chr(code)


def _text(text: str) -> str:
    """Element text as an XML parser gives it: line ends normalised, references resolved."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        if text.count("&") != len(_REFERENCE.findall(text)):
            raise Unusual("entity reference")
        text = _REFERENCE.sub(_reference, text)
    return text


def _attributes(raw: str) -> dict[str, str]:
    attrs = dict(_ATTR.findall(raw))
    for value in attrs.values():
        if "&" in value or "\t" in value or "\n" in value or "\r" in value:
            raise Unusual("attribute value needs normalising")
    return attrs


class SheetReader:
    """Reads the rows of one worksheet of an open read-only workbook."""

    def __init__(self, wb, ws) -> None:
        self.wb, self.ws = wb, ws
        self.shared = ws._shared_strings
        self.dates = set(wb._date_formats)
        self.durations = set(wb._timedelta_formats)
        self.epoch = wb.epoch
        self.merged: list[str] = []
        self._columns: dict = {}

    def _column(self, ref: str) -> int:
        letters = ref.rstrip(_DIGITS)
        index = self._columns.get(letters)
        if index is None:
            index = self._columns[letters] = column_index_from_string(letters)
        return index

    def _date(self, value: int | float, style: int) -> object:
        try:
            return from_excel(value, self.epoch, timedelta=style in self.durations)
        except (OverflowError, ValueError):
            return BAD_DATE

    # --- the fallback: iterparse ---------------------------------------------------------------

    def rows(self) -> Iterator[tuple[int, dict[int, object]]]:
        """``(row number, {column index: value})`` for every row element; then :attr:`merged`
        holds the merged ranges (they follow the rows in the file)."""
        self.merged = []
        number = 0
        with self.ws._get_source() as src:
            tags = None
            for _, el in iterparse(src):
                tag = el.tag
                if tags is None:
                    ns = _namespace(tag)
                    if ns is None:
                        continue
                    tags = _Tags(ns)
                if tag == tags.row:
                    r = el.get("r")
                    number = _row_number(r) if r else number + 1
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
            inline = c.find(tags.inline)
            if inline is None:
                return None
            # plain text and rich-text runs; phonetic runs (<rPh>) are not part of the value
            parts = [t.text or "" for t in inline.findall(tags.t)]
            parts += [t.text or "" for run in inline.findall(tags.run) for t in run.findall(tags.t)]
            return "".join(parts)
        text = c.findtext(tags.v)
        if not text:
            return None
        if kind == "n":
            value = _number(text)
            style = c.get("s")
            if style and int(style) in self.dates:
                return self._date(value, int(style))
            return value
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return text == "1"
        if kind == "d":
            return from_ISO8601(text)
        return text                                    # "str" (formula text result), "e" (#N/A ...)

    # --- the fast reader -------------------------------------------------------------------------

    def fast_rows(self) -> Iterator[tuple[int, dict[int, object]]]:
        """The same rows as :meth:`rows`, or :class:`Unusual` (possibly after some rows) when the
        sheet needs the real XML parser; the caller then starts again with :meth:`rows`."""
        self.merged = []
        try:
            with self.ws._get_source() as src:
                yield from self._fast(src)
        except Unusual:
            raise
        except Exception as exc:         # the fallback reports (or survives) whatever this was
            raise Unusual(f"{type(exc).__name__}: {exc}") from exc

    def _fast(self, src) -> Iterator[tuple[int, dict[int, object]]]:
        head = b""
        while (m := _SHEET_DATA.search(head)) is None:
            chunk = src.read(CHUNK)
            if not chunk or len(head) > MAX_TOKEN:
                raise Unusual("no <sheetData> element")
            head += chunk
        self._check_head(head[:m.end()], m.group(2))
        xml = XMLPullParser(events=("start", "end"))
        xml.feed(head[:m.end()])
        if hasattr(xml, "flush"):
            xml.flush()
        events = list(xml.read_events())
        if not events or events[-1][0] != "start" or _namespace(events[-1][1].tag) not in MAIN_NS \
                or events[-1][1].tag.rsplit("}", 1)[-1] != "sheetData":
            raise Unusual("<sheetData> not where the XML parser sees it")
        ns = _namespace(events[-1][1].tag)

        decoder = codecs.getincrementaldecoder("utf-8")()
        buf = decoder.decode(head[m.end():])
        del head
        row = _ROW.match
        pos, number, eof = 0, 0, False
        while True:
            stop = buf.find("</sheetData", pos)
            stop = len(buf) if stop < 0 else stop
            if _BAD_CHARS.search(buf, pos, stop) or any(buf.find(s, pos, stop) >= 0 for s in _NEEDS_PARSER):
                raise Unusual("comment, CDATA, namespace declaration or invalid character")
            while (m := row(buf, pos)) is not None:
                attrs, r, empty = m.groups()
                if not empty:
                    end = buf.find("</row>", m.end())
                    if end < 0:
                        break                                  # the row goes on in the next chunk
                if r is None and attrs.strip():
                    r = _attributes(attrs).get("r")
                number = _row_number(r) if r else number + 1
                if empty:
                    pos = m.end()
                    yield number, {}
                else:
                    pos = end + 6
                    yield number, self._fast_cells(buf[m.end():end])
            if _SHEET_DATA_END.match(buf, pos) is not None:
                break
            if eof:
                raise Unusual(f"unexpected XML in <sheetData>: {buf[pos:pos + 60]!r}")
            if len(buf) - pos > MAX_TOKEN:
                raise Unusual("row too long")
            chunk = src.read(CHUNK)
            eof = not chunk
            buf = buf[pos:] + decoder.decode(chunk, final=eof)
            pos = 0
        self._read_tail(xml, buf[pos:].encode("utf-8") + decoder.getstate()[0], src, ns)

    def _fast_cells(self, body: str) -> dict[int, object]:
        """The cells of one row's XML (between <row> and </row>)."""
        cells: dict[int, object] = {}
        columns, dates = self._columns, self.dates
        fix = "&" in body or "\r" in body
        column = covered = 0
        for whole, attrs, letters, style, kind, extras, v, inline, t in _CELL.findall(body):
            covered += len(whole)
            if extras and not extras.isspace():                # other attributes, or r/s/t in another order
                found = _attributes(attrs)
                ref, style, kind = found.get("r", ""), found.get("s", ""), found.get("t", "")
                letters = ref.rstrip(_DIGITS)
            if letters:
                column = columns.get(letters) or columns.setdefault(letters, column_index_from_string(letters))
            else:
                column += 1
            if fix:
                v, t = _text(v), _text(t)
            if not kind or kind == "n":
                if v:
                    value = _number(v)
                    if style and int(style) in dates:
                        value = self._date(value, int(style))
                    cells[column] = value
            elif kind == "s":
                if v:
                    cells[column] = self.shared[int(v)]
            elif kind == "inlineStr":
                if inline:
                    cells[column] = t
            elif v:
                if kind == "b":
                    cells[column] = v == "1"
                elif kind == "d":
                    cells[column] = from_ISO8601(v)
                else:
                    cells[column] = v                          # "str", "e" and unknown types: the text
        if covered != len(body.rstrip(" \t\n\r")):
            raise Unusual(f"unexpected XML in a row: {body[:60]!r}")
        return cells

    @staticmethod
    def _check_head(head: bytes, empty: bytes) -> None:
        if empty:
            raise Unusual("empty <sheetData/>")
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise Unusual("not UTF-8")
        declaration = _DECLARATION.match(head.removeprefix(b"\xef\xbb\xbf"))
        if declaration and declaration.group(1).lower() not in (b"utf-8", b"utf8"):
            raise Unusual("not UTF-8")
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise Unusual("document type declaration")

    def _read_tail(self, xml: XMLPullParser, tail: bytes, src, ns: str) -> None:
        """Feeds the rest of the sheet to the XML parser (it checks it) and keeps the merged ranges."""
        merge = f"{{{ns}}}mergeCell"
        while True:
            xml.feed(tail)
            for event, el in xml.read_events():
                if event == "end" and el.tag == merge:
                    self.merged.append(el.get("ref", ""))
            tail = src.read(CHUNK)
            if not tail:
                break
        xml.close()
        for event, el in xml.read_events():
            if event == "end" and el.tag == merge:
                self.merged.append(el.get("ref", ""))
