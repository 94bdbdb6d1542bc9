"""Numbers as the reports print them, per language.

Both languages group thousands with a comma and use a decimal point (as Chinese statistical
tables do). Large money amounts read in 万元 in Chinese and in millions in English.
"""
from __future__ import annotations

import math


def number(value: float | int | None, digits: int = 0) -> str:
    """``1234.5`` → ``"1,234.5"`` (``digits`` after the point); ``None``/NaN → ``"–"``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    rounded = round(float(value), digits) + 0.0   # no "-0.0"
    return f"{rounded:,.{digits}f}"


def percent(share: float | None, digits: int = 0) -> str:
    """``0.305`` → ``"30.5%"`` (share of one)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    return f"{share * 100:,.{digits}f}%"


def money(rmb: float | None, lang: str = "zh") -> str:
    """Money for tables and text: ``"3,250.4 万元"`` / ``"RMB 32.50 million"``, below 100,000 RMB
    in whole yuan (``"8,600 元"`` / ``"RMB 8,600"``)."""
    if rmb is None or (isinstance(rmb, float) and math.isnan(rmb)):
        return "–"
    if abs(rmb) >= 100_000:
        if lang == "zh":
            return f"{rmb / 10_000:,.1f} 万元"
        return f"RMB {rmb / 1_000_000:,.2f} million"
    return f"{rmb:,.0f} 元" if lang == "zh" else f"RMB {rmb:,.0f}"


def yuan(rmb: float | None, lang: str = "zh") -> str:
    """Whole yuan always (``"6,000 元"`` / ``"RMB 6,000"``), for per-household amounts."""
    if rmb is None or (isinstance(rmb, float) and math.isnan(rmb)):
        return "–"
    return f"{rmb:,.0f} 元" if lang == "zh" else f"RMB {rmb:,.0f}"


def band(p10: float | None, p90: float | None, digits: int = 0) -> str:
    """The P10–P90 range: ``"1,020–1,340"``."""
    return f"{number(p10, digits)}–{number(p90, digits)}"
