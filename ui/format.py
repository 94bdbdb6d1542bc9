"""How the app writes numbers, money, shares and defaults: the one place for display formats
(raw values stay in the EditRole and in the services).

- quantities with thousands separators (``360,836``; one decimal below 1,000);
- counts as whole numbers (``132`` households, ``7,165`` buildings);
- money in 万元 or 亿元 in Chinese (million RMB in English), in 元 (RMB) per household, per m²
  and per tonne; a table of money has one unit, chosen for its largest value;
- shares in per cent (``66.7 %``); the stored value stays a fraction;
- a value not entered shows the default that applies: ``1.70（默认）``.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from retrofit import i18n
from ui.fields import FieldSpec, choice_label, yes_no


def _finite(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    value = float(value)
    return None if math.isnan(value) or math.isinf(value) else value


def number(value: float | None, decimals: int = 1) -> str:
    """``12,345.6``; an empty string for None or NaN."""
    value = _finite(value)
    return "" if value is None else f"{value:,.{decimals}f}"


def integer(value: float | None) -> str:
    """A count: ``7,165`` (households, buildings, estates); empty for None."""
    value = _finite(value)
    return "" if value is None else f"{round(value):,}"


def amount(value: float | None) -> str:
    """A quantity such as tonnes a year: one decimal below 1,000, none above (``360,836``)."""
    value = _finite(value)
    return "" if value is None else number(value, 1 if abs(value) < 1000 else 0)


def percent(share: float | None, decimals: int = 1) -> str:
    """A share (0–1) in per cent: ``66.7 %``; empty for None."""
    share = _finite(share)
    return "" if share is None else f"{100 * share:.{decimals}f} %"


@dataclass(frozen=True, slots=True)
class MoneyUnit:
    """A unit of money: RMB per unit, its name in both languages and the decimals shown."""

    scale: float
    zh: str
    en: str
    decimals: int

    @property
    def name(self) -> str:
        return self.en if i18n.language() == "en" else self.zh

    def value(self, rmb: float) -> float:
        return rmb / self.scale

    def text(self, rmb: float | None) -> str:
        """The number in this unit, without the unit (no decimals from 1,000 up)."""
        rmb = _finite(rmb)
        if rmb is None:
            return ""
        value = rmb / self.scale
        return number(value, self.decimals if abs(value) < 1000 else 0)


YUAN = MoneyUnit(1.0, "元", "RMB", 0)
WAN = MoneyUnit(1e4, "万元", "10k RMB", 1)
YI = MoneyUnit(1e8, "亿元", "100 million RMB", 2)
MILLION = MoneyUnit(1e6, "百万元", "million RMB", 2)


def money_unit(largest: float | None) -> MoneyUnit:
    """The unit for amounts up to ``largest`` RMB: 万元, or 亿元 from 1 亿 up, in Chinese;
    million RMB in English (totals of a city, a district or an estate; per household:
    :data:`YUAN`)."""
    if i18n.language() == "en":
        return MILLION
    return YI if abs(_finite(largest) or 0.0) >= 1e8 else WAN


def budget_unit() -> MoneyUnit:
    """The unit in which a yearly programme budget is typed: 亿元 (million RMB in English)."""
    return MILLION if i18n.language() == "en" else YI


def money_unit_of(values: Iterable[float | None]) -> MoneyUnit:
    """One unit for a column of amounts (chosen by its largest value)."""
    return money_unit(max((abs(v) for v in map(_finite, values) if v is not None), default=0.0))


def money(rmb: float | None) -> str:
    """An amount with its unit: ``1,234.5 万元``, ``12.35 亿元`` (``12.35 million RMB``)."""
    rmb = _finite(rmb)
    if rmb is None:
        return ""
    unit = money_unit(rmb)
    return f"{unit.text(rmb)} {unit.name}"


def yuan(rmb: float | None) -> str:
    """An amount in 元 without decimals (per household, per m², per tonne): ``8,520``."""
    return YUAN.text(rmb)


def defaulted(text: str) -> str:
    """A default value as the app shows it where nothing was entered: ``1.70（默认）``."""
    if not text:
        return ""
    return f"{text} (default)" if i18n.language() == "en" else f"{text}（默认）"


def default_text(spec: FieldSpec, value: Any = None) -> str:
    """What a field that was not entered shows: the default that applies as its value,
    ``2.80（默认）``, ``砖混（默认）``; without a known value the field's own description of its
    default (``构造默认值``, ``由方案给出``)."""
    if value is not None:
        return defaulted(field_text(spec, value))
    text = spec.field.default(i18n.language())
    if not text:
        return ""
    choice = next((c for c in spec.field.choices if text in (c.zh, c.en, c.value)), None)
    if choice is not None or spec.kind == "bool" or text[0].isdigit():
        return defaulted(choice_label(choice.value) if choice is not None else text)
    return text


#: Columns of plain data that count things (shown as whole numbers with separators).
COUNT_KEYS = frozenset({"buildings", "households", "estates", "building_count"})


def column_kind(key: str) -> str:
    """How a column of plain data (dashboard, planner, comparison) is written, from its key:
    ``money`` (``*_rmb``), ``count``, ``year``, ``share`` or ``number``."""
    if key.endswith("_rmb"):
        return "money"
    if key in COUNT_KEYS:
        return "count"
    if key == "year":
        return "year"
    if key == "share" or key.endswith(("_share", "_rate")):
        return "share"
    return "number"


def field_text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind in ("enum", "package"):
        return choice_label(str(value))
    if spec.kind == "bool":
        return yes_no(bool(value))
    if spec.kind == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if spec.field.percent:
        return percent(value, spec.decimals)
    if spec.kind == "int":
        return integer(value) if spec.field.kind != "year" else str(int(value))
    if spec.kind == "float":
        return number(value, spec.decimals) if spec.decimals <= 1 else f"{float(value):.{spec.decimals}f}"
    return str(value)
