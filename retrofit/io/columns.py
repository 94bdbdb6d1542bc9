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

from retrofit.domain.records import AFTER_FIELDS, MODE_ZH, STRUCTURE_ZH

BUILDING = "building"
ESTATE = "estate"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the register template.

    ``key`` is the canonical header (and the ``mapping`` value); ``field`` the record field it
    fills; ``target`` ``"building"``, ``"estate"`` or ``"both"`` (the city of a building row).
    ``lo``/``hi`` bound numbers (``None``: open); ``lo_open``/``hi_open`` exclude the bound.
    """

    key: str
    zh: str
    kind: str            # text, year, int, float, fraction, bool, structure, mode
    unit: str = ""
    required: bool = False
    default: str = ""
    lo: float | None = None
    hi: float | None = None
    lo_open: bool = False
    hi_open: bool = False
    aliases: tuple[str, ...] = ()
    field: str = ""
    target: str = BUILDING
    note_zh: str = ""
    note_en: str = ""

    @property
    def name(self) -> str:
        """The record field this column fills."""
        return self.field or self.key

    def header(self, lang: str = "zh") -> str:
        """The template header: Chinese with the unit in brackets, or the English key."""
        if lang == "en":
            return self.key
        return f"{self.zh}({self.unit})" if self.unit and self.kind != "year" else self.zh

    def range_text(self, this_year: int) -> str:
        """The allowed range in neutral notation, e.g. ``1–40``, ``> 0``, ``(0, 1]``."""
        hi = this_year if self.hi == -1 else self.hi
        if self.lo is not None and hi is not None:
            if not self.lo_open and not self.hi_open:
                return f"{_num(self.lo)}–{_num(hi)}"
            return f"{'(' if self.lo_open else '['}{_num(self.lo)}, {_num(hi)}{')' if self.hi_open else ']'}"
        if self.lo is not None:
            return f"{'>' if self.lo_open else '≥'} {_num(self.lo)}"
        if hi is not None:
            return f"{'<' if self.hi_open else '≤'} {_num(hi)}"
        return ""

    def allowed(self) -> str:
        """Allowed values for the template's explanation sheet."""
        if self.kind == "structure":
            return " / ".join(f"{k.value} {v}" for k, v in STRUCTURE_ZH.items())
        if self.kind == "mode":
            return " / ".join(f"{k.value} {v}" for k, v in MODE_ZH.items())
        if self.kind == "bool":
            return "是/否, Y/N, yes/no, true/false, 1/0"
        if self.kind == "fraction":
            return f"{self.range_text(2000)} (85% = 0.85)"
        return self.range_text(_dt.date.today().year)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_U = "W/(m²·K)"
_THIS_YEAR = -1   # ``hi`` placeholder: the current year

_B = [
    Column("estate", "小区名称", "text", required=True, aliases=("小区", "小区名", "小区名字", "estate name", "estate_name")),
    Column("building", "楼号", "text", required=True,
           aliases=("楼栋", "楼栋号", "栋号", "楼栋编号", "楼栋名称", "building no", "building number", "building name")),
    Column("city", "城市", "text", required=True, target="both", aliases=("所在城市", "市", "city name")),
    Column("year_built", "建成年份", "year", "年", required=True, lo=1900, hi=_THIS_YEAR,
           aliases=("建成年代", "建造年份", "建设年份", "竣工年份", "建筑年代", "year", "year built", "built")),
    Column("structure", "结构类型", "structure", default="brick_concrete 砖混",
           aliases=("结构", "结构形式", "structure type")),
    Column("storeys", "层数", "int", "层", required=True, lo=1, hi=40,
           aliases=("地上层数", "楼层数", "floors", "stories", "storey count", "number of storeys")),
    Column("floor_area_m2", "建筑面积", "float", "m²", required=True, lo=0, lo_open=True,
           aliases=("面积", "总建筑面积", "楼栋面积", "area", "gross floor area")),
    Column("households", "户数", "int", "户", required=True, lo=0,
           aliases=("住户数", "总户数", "居民户数", "dwellings", "flats", "households count")),
    Column("storey_height_m", "层高", "float", "m", default="2.8", lo=0, hi=10, lo_open=True),
    Column("length_m", "长度", "float", "m", default="method §2", lo=0, hi=1000, lo_open=True,
           aliases=("建筑长度", "楼长", "length")),
    Column("width_m", "进深", "float", "m", default="10", lo=0, hi=200, lo_open=True,
           aliases=("宽度", "进深/宽度", "进深宽度", "建筑进深", "width", "depth")),
    Column("wwr", "窗墙比", "fraction", default="construction default", lo=0, hi=0.9,
           aliases=("窗墙面积比", "window wall ratio", "window to wall ratio")),
    Column("wall_u", "外墙传热系数", "float", _U, default="construction default", lo=0, hi=10, lo_open=True,
           aliases=("外墙k值", "外墙u值", "wall u value")),
    Column("window_u", "外窗传热系数", "float", _U, default="construction default", lo=0, hi=10, lo_open=True,
           aliases=("外窗k值", "外窗u值", "窗户传热系数", "window u value")),
    Column("roof_u", "屋面传热系数", "float", _U, default="construction default", lo=0, hi=10, lo_open=True,
           aliases=("屋面k值", "屋顶传热系数", "roof u value")),
    Column("floor_u", "地面传热系数", "float", _U, default="construction default", lo=0, hi=10, lo_open=True,
           aliases=("地面k值", "floor u value")),
    Column("floor_factor", "地面修正系数", "fraction", default="0.5", lo=0, hi=1),
    Column("air_change_h", "换气次数", "float", "h⁻¹", default="construction default", lo=0, hi=10, lo_open=True,
           aliases=("air change", "air changes")),
    Column("stairwell_heated", "楼梯间采暖", "bool", default="否 no", aliases=("楼梯间是否采暖",)),
    Column("eta_network", "管网输送效率", "fraction", default="0.90", lo=0, hi=1, lo_open=True,
           aliases=("管网效率", "室外管网输送效率")),
    Column("eta_source", "热源效率", "fraction", default="0.68", lo=0, hi=1, lo_open=True,
           aliases=("锅炉效率", "锅炉运行效率", "热源运行效率")),
    Column("measured_kgce_m2", "实测单位面积耗煤量", "float", "kgce/m²", default="none (no calibration)",
           lo=0, hi=500, lo_open=True, aliases=("实测耗煤量", "单位面积耗煤量", "measured coal")),
    Column("remaining_life_years", "剩余使用年限", "float", "年", lo=0, hi=200,
           aliases=("剩余年限", "remaining life")),
    Column("mode", "改造模式", "mode", default="retrofit 节能改造", aliases=("改造方式", "改造类型", "retrofit mode")),
    Column("package", "改造方案", "text", default="usual", aliases=("方案", "改造套餐", "措施包")),
    Column("planned_year", "计划年度", "year", "年", lo=2000, hi=2100,
           aliases=("计划改造年度", "计划年份", "改造年度", "plan year")),
    Column("added_storeys", "加层层数", "int", "层", default="1 (add_storey only)", lo=1, hi=2,
           aliases=("增加层数", "加层数")),
]

_AFTER_ZH = {
    "wall_u_after": ("改造后外墙传热系数", _U, 10), "window_u_after": ("改造后外窗传热系数", _U, 10),
    "roof_u_after": ("改造后屋面传热系数", _U, 10), "floor_u_after": ("改造后地面传热系数", _U, 10),
    "air_change_after_h": ("改造后换气次数", "h⁻¹", 10), "eta_network_after": ("改造后管网输送效率", "", 1),
    "eta_source_after": ("改造后热源效率", "", 1),
}
for _key in AFTER_FIELDS:
    _zh, _unit, _hi = _AFTER_ZH[_key]
    _B.append(Column(_key, _zh, "fraction" if _hi == 1 else "float", _unit, default="from the package",
                     lo=0, hi=_hi, lo_open=True))

#: Estate-level columns as they appear on a buildings sheet (the estate takes them).
_ESTATE_ON_BUILDINGS = [
    Column("district", "区/县", "text", target=ESTATE, aliases=("区县", "区", "县", "所在区", "行政区", "城区")),
    Column("subdistrict", "街道", "text", target=ESTATE, aliases=("街道办", "街道办事处", "乡镇街道")),
    Column("address", "地址", "text", target=ESTATE, aliases=("小区地址", "详细地址", "位置")),
    Column("year_completed", "小区建成年份", "year", "年", lo=1900, hi=_THIS_YEAR, target=ESTATE,
           aliases=("小区建成年代", "estate year completed")),
    Column("estate_households", "小区户数", "int", "户", lo=0, field="households", target=ESTATE,
           aliases=("小区总户数",)),
    Column("consent_rate", "居民同意率", "fraction", lo=0, hi=1, target=ESTATE,
           aliases=("同意率", "居民改造意愿", "consent")),
    Column("heat_supplier", "供热单位", "text", target=ESTATE, aliases=("供热企业", "供热公司", "热力公司")),
    Column("metered_billing", "按热计量收费", "bool", default="否 no", target=ESTATE,
           aliases=("热计量收费", "按热计量", "计量收费", "metered")),
]

BUILDING_COLUMNS: tuple[Column, ...] = tuple(_B + _ESTATE_ON_BUILDINGS)


def _estate_columns() -> tuple[Column, ...]:
    by_key = {c.key: c for c in BUILDING_COLUMNS}
    out = [Column("estate", "小区名称", "text", required=True, target=ESTATE, aliases=by_key["estate"].aliases),
           Column("city", "城市", "text", required=True, target=ESTATE, aliases=by_key["city"].aliases)]
    for c in _ESTATE_ON_BUILDINGS[:3]:
        out.append(c)
    out.append(Column("year_completed", "建成年份", "year", "年", lo=1900, hi=_THIS_YEAR, target=ESTATE,
                      aliases=("小区建成年份", "建成年代", "竣工年份", "year")))
    out.append(Column("households", "户数", "int", "户", lo=0, target=ESTATE,
                      aliases=("小区户数", "总户数", "estate_households", "dwellings")))
    out.extend(_ESTATE_ON_BUILDINGS[5:])
    return tuple(out)


ESTATE_COLUMNS: tuple[Column, ...] = _estate_columns()

_BRACKETED = re.compile(r"[(\[【〔{<][^()\[\]【】〔〕{}<>]*[)\]】〕}>]")
_SEPARATORS = re.compile(r"[\s_\-·:*※#.'\"]+")
_TRAILING_UNIT = re.compile(r"(?:/|单位)?(?:m2|m\^2|平方米|平米|kgce/m2a?|kgce/|w/m2k|w/|h-1|1/h|次/h|m|米|年|层|户|%|/)$")
_UNIT_SUFFIX = re.compile(r"_(m2|m|h|years|kgce_m2)$")


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
        for name in names:
            norm = normalize_header(name)
            if index.get(norm, c.key) != c.key:
                raise RuntimeError(f"header alias {name!r} names both {index[norm]} and {c.key}")
            index[norm] = c.key
    return index


_INDEX = {BUILDING: _index(BUILDING_COLUMNS), ESTATE: _index(ESTATE_COLUMNS)}
COLUMNS = {BUILDING: {c.key: c for c in BUILDING_COLUMNS}, ESTATE: {c.key: c for c in ESTATE_COLUMNS}}


def match_header(text: object, layout: str = BUILDING) -> str | None:
    """The key a header names in ``layout`` (``"building"`` or ``"estate"``), or ``None``."""
    if text is None:
        return None
    index = _INDEX[layout]
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
