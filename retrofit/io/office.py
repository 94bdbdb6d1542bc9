"""Registers as offices lay them out: a title above the header, a two-row header (group headings
such as 基本信息 / 围护结构 / 改造后 merged over the field headings), a row of units under it
(㎡, m, kgce/㎡, 万元), and a footer of signatures, dates and notes (填表人：… 审核：… 日期：…).

The header row itself is found by :func:`retrofit.io.layout.best_header_row`; this module looks
at the rows around it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from retrofit.io.columns import match_header, normalize_header
from retrofit.io.sources import Row
from retrofit.io.values import UNITS, text_of

#: Unit cells as a units row writes them (compared after NFKC, lower case, without spaces and brackets).
UNIT_WORDS = frozenset({
    "m2", "m²", "平方米", "平米", "万m2", "m", "米", "年", "层", "户", "栋", "个", "座", "%", "元", "万元", "元/m2",
    "kgce/m2", "kgce/m2a", "kgce/(m2a)", "kgce/(m2·a)", "w/(m2·k)", "w/(m2k)", "w/m2k", "w/m2·k", "h-1", "1/h",
    "次/h", "°c", "gj/m2", "gj", "mwh", "tce", "t", "kw", "mw", "-", "—", "/", "无量纲", "单位", "日期", "年月日",
})
#: First words of a footer row: who filled in and checked the sheet, when, and notes.
FOOTER_WORDS = ("填表人", "填报人", "制表人", "制表", "填表", "审核", "审核人", "审批", "复核", "负责人", "单位负责人",
                "联系人", "联系电话", "电话", "日期", "填表日期", "填报日期", "制表日期", "注：", "注:", "说明：", "说明:",
                "备注：", "备注:", "盖章", "（盖章）", "(盖章)", "签字", "签名")
_FOLD = re.compile(r"[\s()（）\[\]【】]+")


def _unit(text: str) -> str:
    return _FOLD.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass
class OfficeLayout:
    """What was found around the header row of one sheet (shown in the import wizard)."""

    title_rows: int = 0                # rows with text above the header (and its group row)
    group_row: int | None = None       # row number of the group headings of a two-row header
    units_row: int | None = None       # row number of the units row
    units: dict[int, str] = field(default_factory=dict)   # column index → unit from the units row
    footer_rows: list[int] = field(default_factory=list)


def is_units_row(cells: list) -> bool:
    """Whether every filled cell of the row is a unit (and at least two are)."""
    texts = [t for t in (text_of(c).strip() for c in cells) if t]
    return len(texts) >= 2 and all(not isinstance(c, (int, float)) for c in cells if c not in (None, "")) and all(
        _unit(t) in UNIT_WORDS for t in texts)


_FOOTER_FIRST = frozenset(w[0] for w in FOOTER_WORDS) | frozenset(" \u3000")


def footer_text(cells: list) -> str | None:
    """The text of a signature, date or notes row (its first filled cell), else None."""
    for c in cells:
        if c is None or c == "":
            continue
        if type(c) is not str or c[0] not in _FOOTER_FIRST:
            return None
        text = unicodedata.normalize("NFKC", c).strip()
        return c.strip() if text.startswith(FOOTER_WORDS) else None
    return None


def group_cells(head: list[Row], i: int) -> list | None:
    """The group headings directly above the header row ``head[i]``, if that row holds text."""
    if i == 0 or head[i - 1][0] != head[i][0] - 1:
        return None
    cells = head[i - 1][1]
    texts = {text_of(c).strip() for c in cells} - {""}
    return cells if len(texts) >= 2 else None          # one text over the row is a title


def combined_header(group: list | None, fields: list, layout: str) -> list:
    """The header cells, where a group heading and the field heading under it name a field
    together (改造后 + 外墙传热系数 → 改造后外墙传热系数), that combination."""
    if not group:
        return fields
    out = list(fields)
    for j, cell in enumerate(fields):
        top = text_of(group[j]).strip() if j < len(group) else ""
        text = text_of(cell).strip()
        if not top or not text or normalize_header(top) == normalize_header(text):
            continue
        joined = f"{top}{text}"
        key = match_header(joined, layout)
        if key is not None and key != match_header(text, layout):
            out[j] = joined
    return out


#: Units a column's values may be written in, folded, with the factor to the column's own unit.
_SCALED = {"m²": {"m2": 1.0, "平方米": 1.0, "平米": 1.0, "万m2": 1e4, "万平方米": 1e4, "万平米": 1e4},
           "元": {"元": 1.0, "万元": 1e4, "亿元": 1e8}}
_NEUTRAL = frozenset({"", "-", "—", "/", "无量纲", "单位"})


def unit_factor(column_unit: str, unit: str | None) -> float | None:
    """The factor from ``unit`` (as a units row or a header's brackets write it) to the column's
    own unit: 1 for the same unit, 10,000 for 万㎡ or 万元; ``None`` when the unit does not fit."""
    text = _unit(unit or "")
    if text in _NEUTRAL:
        return 1.0
    scaled = _SCALED.get(column_unit)
    if scaled is not None and text in scaled:
        return scaled[text]
    if text == _unit(column_unit) or text in {_unit(u) for u in UNITS.get(column_unit, ())}:
        return 1.0
    if column_unit == "年" and text in ("年份", "年度"):
        return 1.0
    return None


def unit_fits(kind: str, column_unit: str, unit: str) -> bool:
    """Whether a units-row cell fits its column: any for text, choices, yes/no and dates (units
    rows leave them blank or write a dash), a share in per cent, else the column's unit."""
    if kind in ("text", "choice", "package", "bool", "date"):
        return True
    if column_unit:
        return unit_factor(column_unit, unit) is not None
    return _unit(unit) in _NEUTRAL or (kind == "fraction" and _unit(unit) == "%")


_BRACKET = re.compile(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]\s*$")


def header_unit(header_text: str) -> str:
    """The unit in brackets at the end of a header (``实际投资(万元)`` → ``万元``), or ''."""
    m = _BRACKET.search(unicodedata.normalize("NFKC", header_text))
    return m.group(1).strip() if m else ""


def scale_of(header_text: str, unit: str | None, column_unit: str = "元") -> float:
    """The factor of a column whose values are written in 万元 or 万㎡ (in the header's brackets
    or in the units row); 1 otherwise."""
    for text in (unit or "", header_unit(header_text)):
        factor = unit_factor(column_unit, text)
        if factor not in (None, 1.0):
            return factor
    return 1.0


def find_layout(head: list[Row], i: int) -> OfficeLayout:
    """The title rows, group row and units row around the header row ``head[i]``."""
    layout = OfficeLayout()
    group = group_cells(head, i)
    if group is not None:
        layout.group_row = head[i - 1][0]
    above = i - (1 if group is not None else 0)
    layout.title_rows = sum(1 for _, cells in head[:above] if any(text_of(c).strip() for c in cells))
    if i + 1 < len(head) and is_units_row(head[i + 1][1]):
        number, cells = head[i + 1]
        layout.units_row = number
        layout.units = {j: text_of(c).strip() for j, c in enumerate(cells) if text_of(c).strip()}
    return layout
