"""Cell values as registers write them, parsed per column.

:func:`make_parser` compiles one function per column; it returns the parsed value, ``None`` for
an empty cell, or raises :class:`BadValue` with a message code and parameters. The common case
(a plain number or word) takes a fast path without regular expressions; ``3,600``, ``3600㎡``,
``3 600``, ``３６００``, ``1978年``, ``85%`` go through the slow path.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Callable

from retrofit.domain.checks import (
    CHOICE_TABLES,
    ValueProblem,
    canonical_package,
    check_date,
    fold,
    parse_date,
    text_problem,
)
from retrofit.domain.records import ENUMS
from retrofit.io.columns import Column

Parser = Callable[[object], object]
#: A parser of a number column.
NumberParser = Callable[[object], float | None]

#: Longest text accepted in a mapped cell without a limit of its own [characters].
MAX_TEXT_CHARS = 1000


class BadValue(Exception):
    """A cell that cannot be read; ``code`` and ``params`` make the reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_NUMBER = re.compile(r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)(?:e([+-]?\d+))?(.*)")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f\u3000']+")

UNITS = _UNITS = {
    "m²": {"m2", "m^2", "平方米", "平米", "平方"},
    "m": {"m", "米"},
    "年": {"年"},
    "层": {"层", "f"},
    "户": {"户"},
    "W/(m²·K)": {"w/(m2·k)", "w/(m2k)", "w/m2k", "w/m2·k", "w/(m2.k)", "w/m2.k"},
    "h⁻¹": {"h-1", "1/h", "/h", "次/h", "次/小时", "h^-1"},
    "kgce/m²": {"kgce/m2", "kgce/(m2·a)", "kgce/m2a", "kgce/(m2a)", "kgce/m2·a"},
    "GJ/m²": {"gj/m2", "gj/(m2·a)", "gj/m2a"},
    "°C": {"°c", "c", "度", "℃"},
    "GJ": {"gj", "吉焦"},
    "MWh": {"mwh", "兆瓦时"},
    "tce": {"tce", "吨标煤", "t标煤", "吨标准煤"},
    "天": {"天", "d", "日"},
    "元": {"元"},
}

_TRUE = {"是", "y", "yes", "true", "t", "1", "有", "√", "✓", "对"}
_FALSE = {"否", "n", "no", "false", "f", "0", "无", "×", "✗", "不"}


def _fold(text: str) -> str:
    return fold(text)


def text_of(value: object) -> str:
    """A cell value as text, as the spreadsheet shows it (``3.0`` → ``3``)."""
    if value is None:
        return ""
    if type(value) is float and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime) and value.time() == _dt.time():
        return value.date().isoformat()
    return str(value)


def shown(value: object, limit: int = 100) -> str:
    """A cell value for an error message: as written, cut to ``limit`` characters."""
    text = text_of(value)
    return text if len(text) <= limit else text[:limit] + "…"


def parse_text(value: object, limit: int = MAX_TEXT_CHARS) -> str | None:
    if value is None:
        return None
    s = (value if type(value) is str else text_of(value)).strip()
    if not s:
        return None
    problem = text_problem(s, limit)
    if problem is not None:
        raise BadValue(problem[0], **problem[1])
    return s


def text_parser(column: Column) -> Parser:
    """Text within the column's length, without control characters; the shipped packages by key."""
    limit = column.max_length or MAX_TEXT_CHARS
    if column.kind == "package":
        def parse(value: object) -> str | None:
            s = parse_text(value, limit)
            return None if s is None else canonical_package(s)
        parse.text_limit = limit        # type: ignore[attr-defined]
        parse.canonical = canonical_package  # type: ignore[attr-defined]
        return parse

    def parse_plain(value: object) -> str | None:
        return parse_text(value, limit)
    parse_plain.text_limit = limit      # type: ignore[attr-defined]
    return parse_plain


def date_parser(column: Column) -> Parser:
    low, high = column.lo, column.hi

    def parse(value: object) -> object:
        try:
            d = parse_date(value)
            if d is not None:
                check_date(d, low, high)
        except ValueProblem as exc:
            raise BadValue(exc.code, **exc.params) from None
        return d
    return parse


def _slow_number(s: str, unit: str, fraction: bool) -> float:
    """Read ``3,600``, ``3 600``, ``３６００``, ``3600㎡``, ``85%`` (fractions), ``1978年``."""
    t = _SPACES.sub("", unicodedata.normalize("NFKC", s)).lower().replace("，", ",")
    m = _NUMBER.fullmatch(t)
    if m is None:
        raise BadValue("io_not_number")
    digits, exponent, suffix = m.groups()
    x = float(digits.replace(",", "") + (f"e{exponent}" if exponent else ""))
    if suffix:
        if suffix[0] in ",.0123456789":
            raise BadValue("io_not_number")
        if suffix == "%" and fraction:
            return x / 100.0
        if suffix not in _UNITS.get(unit, ()):
            raise BadValue("io_bad_unit", unit=suffix)
    return x


def _number(value: object, unit: str, fraction: bool) -> float | None:
    """A finite float from a cell, or ``None`` when empty."""
    tv = type(value)
    if tv is float or tv is int:
        x = float(value)                              # type: ignore[arg-type]  # type() is not narrowed
    elif value is None:
        return None
    elif tv is str:
        s = value.strip()                             # type: ignore[attr-defined]  # type() is not narrowed
        if not s:
            return None
        try:
            x = float(s)
        except ValueError:
            x = _slow_number(s, unit, fraction)
    elif tv is bool or isinstance(value, (_dt.date, _dt.time, _dt.timedelta)):
        raise BadValue("io_not_number")
    else:
        x = _slow_number(str(value), unit, fraction)
    if not math.isfinite(x):
        raise BadValue("io_not_number")
    return x


def _bounds(column: Column, this_year: int) -> tuple[float, float, bool, bool, str]:
    lo = -math.inf if column.lo is None else column.lo
    hi = math.inf if column.hi is None else (this_year if column.hi == -1 else column.hi)
    return lo, hi, column.lo_open, column.hi_open, column.range_text(this_year)


def _float_parser(column: Column, this_year: int) -> NumberParser:
    unit, fraction = column.unit, column.kind == "fraction"
    lo, hi, lo_open, hi_open, text = _bounds(column, this_year)

    def parse(value: object) -> float | None:
        if type(value) is str:
            try:
                x = float(value)
            except ValueError:
                x = None
                if fraction and value[-1:] == "%":
                    try:
                        x = float(value[:-1]) / 100.0
                    except ValueError:
                        pass
                if x is None:
                    x = _number(value, unit, fraction)
                if x is None:
                    return None
        elif type(value) is float:
            x = value
        else:
            x = _number(value, unit, fraction)
            if x is None:
                return None
        # x is a float here (mypy does not narrow type(value) is float)
        if x - x != 0.0:                              # type: ignore[operator]  # nan or ±inf
            raise BadValue("io_not_number")
        if x < lo or x > hi or (lo_open and x == lo) or (hi_open and x == hi):  # type: ignore[operator]
            raise BadValue("io_out_of_range", range=text)
        return x
    return parse


def _int_parser(column: Column, this_year: int) -> Parser:
    unit, year = column.unit, column.kind == "year"
    lo, hi, lo_open, hi_open, text = _bounds(column, this_year)

    def parse(value: object) -> int | None:
        if type(value) is str:
            try:
                n = int(value)
            except ValueError:
                n = None
                if year and value[-1:] == "年":
                    try:
                        n = int(value[:-1])
                    except ValueError:
                        pass
        elif type(value) is int:
            n = value
        elif year and isinstance(value, _dt.date):
            n = value.year
        else:
            n = None
        if n is None:
            x = _number(value, unit, False)
            if x is None:
                return None
            if not x.is_integer():
                raise BadValue("io_not_integer")
            n = int(x)
        if n < lo or n > hi or (lo_open and n == lo) or (hi_open and n == hi):
            raise BadValue("io_out_of_range", range=text)
        return n
    return parse


def _money_parser(column: Column, this_year: int) -> NumberParser:
    """RMB to the fen; ``12.5万`` and ``12.5万元`` are read as 125,000."""
    plain = _float_parser(column, this_year)

    def parse(value: object) -> float | None:
        if type(value) is str:
            s = unicodedata.normalize("NFKC", value).strip().removesuffix("元")
            if s.endswith("万"):
                x = plain(s[:-1].strip())
                return None if x is None else plain(round(x * 10_000, 2))
            value = s
        x = plain(value)
        return None if x is None else round(x, 2)
    return parse


_BOOL_FAST = {**{w: True for w in _TRUE}, **{w: False for w in _FALSE},
              **{w.upper(): True for w in _TRUE}, **{w.upper(): False for w in _FALSE},
              "Yes": True, "No": False, "True": True, "False": False}


def _bool(value: object) -> bool | None:
    if type(value) is str:
        hit = _BOOL_FAST.get(value)
        if hit is not None:
            return hit
    elif value is None:
        return None
    if type(value) is bool:
        return value
    if type(value) is int or type(value) is float:
        if value in (0, 1):
            return bool(value)
        raise BadValue("io_not_bool")
    s = text_of(value).strip().lower()
    if not s:
        return None
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    s = _fold(s)
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise BadValue("io_not_bool")


def _choice_parser(table: dict[str, str], enum: type, choices: str) -> Parser:
    cache: dict[str, object] = {}

    def parse(value: object) -> object:
        hit = cache.get(value) if type(value) is str else None
        if hit is not None:
            return hit
        s = text_of(value).strip()
        if not s:
            return None
        key = table.get(_fold(s))
        if key is None:
            raise BadValue("io_bad_choice", choices=choices)
        result = enum(key)
        if type(value) is str and len(cache) < 1000:
            cache[value] = result
        return result
    return parse


def make_parser(column: Column, this_year: int | None = None) -> Parser:
    """The parsing function of one column (see the module docstring)."""
    year = this_year or _dt.date.today().year
    kind = column.kind
    if kind in ("text", "package"):
        return text_parser(column)
    if kind == "date":
        return date_parser(column)
    if kind in ("float", "fraction"):
        return _float_parser(column, year)
    if kind == "money":
        return _money_parser(column, year)
    if kind in ("int", "year"):
        return _int_parser(column, year)
    if kind == "bool":
        return _bool
    if kind == "choice":
        choices = column.spec.choices
        text = "/".join(c.zh for c in choices) + " (" + "/".join(c.value for c in choices) + ")"
        return _choice_parser(CHOICE_TABLES[column.name], ENUMS[column.name], text)
    raise ValueError(f"unknown column kind {kind!r}")
