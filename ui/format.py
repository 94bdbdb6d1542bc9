"""Number formatting for display (raw values stay in the EditRole)."""
from __future__ import annotations

import math
from typing import Any

from ui.fields import FieldSpec, choice_label, yes_no


def number(value: float | None, decimals: int = 1) -> str:
    """``12,345.6``; an empty string for None or NaN."""
    if value is None:
        return ""
    value = float(value)
    if math.isnan(value):
        return ""
    return f"{value:,.{decimals}f}"


def amount(value: float | None) -> str:
    """A quantity such as tonnes a year: one decimal below 1,000, none above (``360,836``)."""
    if value is None or math.isnan(float(value)):
        return ""
    return number(value, 1 if abs(float(value)) < 1000 else 0)


def money(value: float | None) -> str:
    """RMB with thousands separators and no decimals (money is rounded only here)."""
    return number(value, 0)


def field_text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.kind in ("enum", "package"):
        return choice_label(str(value))
    if spec.kind == "bool":
        return yes_no(bool(value))
    if spec.kind == "date":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if spec.kind == "int":
        return str(int(value))
    if spec.kind == "float":
        return number(value, spec.decimals) if spec.decimals <= 1 else f"{float(value):.{spec.decimals}f}"
    return str(value)
