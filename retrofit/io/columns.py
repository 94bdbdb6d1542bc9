"""The register columns: keys, Chinese headers, units, kinds, ranges, aliases, and header matching.

Two sheet layouts share these columns (``docs/data-dictionary.md``):

* the **buildings** layout (one row per building; the import template, CSV files): every
  building field plus the estate-level columns, which the estate takes;
* the **estates** layout (one row per estate), the first sheet of a two-sheet XLSX export.

On a buildings sheet ``建成年份``/``户数`` are the building's; the estate's year and household
count are ``小区建成年份`` (``year_completed``) and ``小区户数`` (``estate_households``).
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass

from retrofit.domain.meters import METER_FIELDS
from retrofit.domain.vocabulary import BUILDING_BY_KEY, BUILDING_FIELDS, ESTATE_BY_KEY, ESTATE_FIELDS, THIS_YEAR, Field

BUILDING = "building"
ESTATE = "estate"
METER = "meter"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a register sheet, made from a field of the vocabulary.

    ``key`` is the canonical header (and the ``mapping`` value); ``name`` the record field it
    fills; ``target`` ``"building"``, ``"estate"`` or ``"both"`` (the city of a building row).
    ``lo``/``hi`` bound numbers (``None``: open; ``hi`` -1: the current year); ``lo_open``
    excludes the bound.
    """

    key: str
    zh: str
    spec: Field
    target: str = BUILDING
    aliases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The record field this column fills."""
        return self.spec.key

    kind = property(lambda self: self.spec.kind)
    unit = property(lambda self: self.spec.unit)
    required = property(lambda self: self.spec.required)
    lo = property(lambda self: self.spec.low)
    hi = property(lambda self: self.spec.high)
    lo_open = property(lambda self: self.spec.low_open)
    hi_open = False
    max_length = property(lambda self: self.spec.max_length)

    def default(self, lang: str = "zh") -> str:
        return self.spec.default(lang)

    def header(self, lang: str = "zh") -> str:
        """The template header: Chinese with the unit in brackets, or the English key."""
        if lang == "en":
            return self.key
        return f"{self.zh}({self.unit})" if self.unit and self.kind != "year" else self.zh

    def range_text(self, this_year: int) -> str:
        """The allowed range in neutral notation, e.g. ``1–40``, ``> 0``, ``(0, 1]``."""
        hi = this_year if self.hi == THIS_YEAR else self.hi
        if self.lo is not None and hi is not None:
            if not self.lo_open:
                return f"{_num(self.lo)}–{_num(hi)}"
            return f"({_num(self.lo)}, {_num(hi)}]"
        if self.lo is not None:
            return f"{'>' if self.lo_open else '≥'} {_num(self.lo)}"
        if hi is not None:
            return f"≤ {_num(hi)}"
        return ""

    def allowed(self, lang: str = "zh") -> str:
        """Allowed values for the template's explanation sheet."""
        if self.kind == "choice":
            return " / ".join(f"{c.value} {c.zh}" for c in self.spec.choices)
        if self.kind == "bool":
            return "是/否, Y/N, yes/no, true/false, 1/0"
        if self.kind == "fraction":
            return f"{self.range_text(2000)} (85% = 0.85)"
        if self.kind == "date":
            text = "2010-04-15, 2010/4/15, 2010年4月" + ("（月份 = 当月 1 日）" if lang == "zh" else " (a month = its 1st)")
            return f"{text}; {int(self.lo or 0)}–{int(self.hi or 0)}"
        if self.kind == "package":
            return "basic 基础 / usual 常规 / advanced 深度" + (" 或自定义方案名" if lang == "zh" else " or a user package")
        if self.kind == "text" and self.max_length:
            return f"≤ {self.max_length} " + ("个字符" if lang == "zh" else "characters")
        return self.range_text(_dt.date.today().year)


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))
    return str(x)


def _column(f: Field, target: str, *, key: str = "", zh: str = "", aliases: tuple[str, ...] | None = None) -> Column:
    return Column(key or f.key, zh or f.zh, f, target, f.aliases if aliases is None else aliases)


#: Estate-level columns on a buildings sheet (the estate takes them): the estate's year and
#: household count there are 小区建成年份 and 小区户数, since 建成年份 and 户数 are the building's.
_ESTATE_ON_BUILDINGS = (
    *(_column(ESTATE_BY_KEY[k], ESTATE) for k in ("district", "subdistrict", "address")),
    _column(ESTATE_BY_KEY["year_completed"], ESTATE, zh="小区建成年份",
            aliases=("小区建成年代", "estate year completed")),
    _column(ESTATE_BY_KEY["households"], ESTATE, key="estate_households", zh="小区户数", aliases=("小区总户数",)),
    *(_column(ESTATE_BY_KEY[k], ESTATE) for k in ("consent_rate", "heat_supplier", "metered_billing", "must_do")),
)

BUILDING_COLUMNS: tuple[Column, ...] = (
    *(_column(f, "both" if f.key == "city" else BUILDING) for f in BUILDING_FIELDS),
    *_ESTATE_ON_BUILDINGS,
)
ESTATE_COLUMNS: tuple[Column, ...] = tuple(_column(f, ESTATE) for f in ESTATE_FIELDS)
#: The meter register (one row per building or estate and heating season).
METER_COLUMNS: tuple[Column, ...] = tuple(_column(f, METER) for f in METER_FIELDS)
assert set(BUILDING_BY_KEY) <= {c.key for c in BUILDING_COLUMNS}

_BRACKETED = re.compile(r"[(\[【〔{<][^()\[\]【】〔〕{}<>]*[)\]】〕}>]")
_SEPARATORS = re.compile(r"[\s_\-·:*※#.'\"]+")
_TRAILING_UNIT = re.compile(r"(?:/|单位)?(?:m2|m\^2|平方米|平米|kgce/m2a?|kgce/|w/m2k|w/|h-1|1/h|次/h|m|米|年|层|户|%|/)$")
_UNIT_SUFFIX = re.compile(r"_(m2|m|h|c|years|rmb)$")


def normalize_header(text: object) -> str:
    """The comparable form of a header: NFKC (full width → half width, ㎡ → m2), lower case,
    bracketed units and spaces, underscores and dashes removed."""
    s = unicodedata.normalize("NFKC", str(text)).lower()
    while True:
        stripped = _BRACKETED.sub("", s)
        if stripped == s:
            break
        s = stripped
    return _SEPARATORS.sub("", s)


def _index(columns: tuple[Column, ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for c in columns:
        names = {c.key, c.zh, _UNIT_SUFFIX.sub("", c.key), *c.aliases}
        if c.key == "heat_mwh":            # 供热量(MWh): told from 供热量(GJ) by its unit, see match_header
            names -= {c.zh, "heat"}
        if c.spec.label_zh and c.target != ESTATE:
            names.add(c.spec.label_zh)
        for name in names:
            norm = normalize_header(name)
            if index.get(norm, c.key) != c.key:
                raise RuntimeError(f"header alias {name!r} names both {index[norm]} and {c.key}")
            index[norm] = c.key
    return index


_INDEX = {BUILDING: _index(BUILDING_COLUMNS), ESTATE: _index(ESTATE_COLUMNS), METER: _index(METER_COLUMNS)}
COLUMNS = {BUILDING: {c.key: c for c in BUILDING_COLUMNS}, ESTATE: {c.key: c for c in ESTATE_COLUMNS},
           METER: {c.key: c for c in METER_COLUMNS}}
_HEAT_UNITS = (("heat_mwh", ("mwh", "兆瓦时")), ("heat_gj", ("gj", "吉焦")))


def _heat_key(text: str) -> str | None:
    """A meter register's heat column by the unit its header names (供热量(MWh), 热量[GJ])."""
    s = unicodedata.normalize("NFKC", text).lower()
    if "热" not in s and "heat" not in s:
        return None
    for key, units in _HEAT_UNITS:
        if any(u in s for u in units):
            return key
    return None


def match_header(text: object, layout: str = BUILDING) -> str | None:
    """The key a header names in ``layout`` (``"building"`` or ``"estate"``), or ``None``."""
    if text is None:
        return None
    index = _INDEX[layout]
    if layout == METER and (heat := _heat_key(str(text))):
        return heat
    norm = normalize_header(text)
    if not norm:
        return None
    key = index.get(norm)
    if key is None:
        stripped = _TRAILING_UNIT.sub("", norm)
        if stripped and stripped != norm:
            key = index.get(stripped)
    return key


def valid_keys(layout: str = BUILDING) -> tuple[str, ...]:
    return tuple(COLUMNS[layout])
