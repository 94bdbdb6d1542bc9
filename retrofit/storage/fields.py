"""What each stored field may hold: type and range. One table drives both the database's CHECK
constraints (:mod:`retrofit.storage.models`) and the services' validation, so the two cannot
disagree. Ranges follow ``docs/data-dictionary.md``; a value outside them is a
:class:`~retrofit.domain.errors.ValidationError`, never clamped.
"""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Any

from retrofit import i18n
from retrofit.domain.errors import ValidationError
from retrofit.domain.records import Mode, Structure

i18n.register({
    "value_required": {"zh": "字段“{field}”不能为空", "en": "Field '{field}' is required"},
    "value_wrong_type": {"zh": "字段“{field}”的值“{value}”类型不对（应为{kind}）",
                         "en": "Field '{field}': '{value}' is not a {kind}"},
    "value_out_of_range": {"zh": "字段“{field}”的值“{value}”超出范围 {low} – {high}",
                           "en": "Field '{field}': {value} is outside {low} – {high}"},
    "value_not_allowed": {"zh": "字段“{field}”的值“{value}”不是可选值之一：{choices}",
                          "en": "Field '{field}': '{value}' is not one of {choices}"},
    "unknown_field": {"zh": "未知字段“{field}”", "en": "Unknown field '{field}'"},
    "duplicate": {"zh": "“{value}”已存在（{field}）", "en": "'{value}' already exists ({field})"},
})

#: Largest year accepted anywhere (the CHECK constraints); "not in the future" is checked on entry.
YEAR_MAX = 2100


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field: ``kind`` is str/int/float/bool/mode/structure; bounds are inclusive unless
    ``low_open`` (``value > low``)."""

    name: str
    kind: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    required: bool = False
    max_length: int = 200

    def check_sql(self, column: str | None = None) -> str | None:
        """The SQL CHECK expression for the range, or None."""
        col = column or self.name
        parts = []
        if self.low is not None:
            parts.append(f"{col} {'>' if self.low_open else '>='} {_num(self.low)}")
        if self.high is not None:
            parts.append(f"{col} <= {_num(self.high)}")
        if self.kind == "mode":
            parts.append(f"{col} IN ({', '.join(repr(m.value) for m in Mode)})")
        if self.kind == "structure":
            parts.append(f"{col} IN ({', '.join(repr(s.value) for s in Structure)})")
        if not parts:
            return None
        return " AND ".join(parts) if self.required else f"{col} IS NULL OR (" + " AND ".join(parts) + ")"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _u(name: str) -> FieldSpec:
    return FieldSpec(name, "float", 0.0, 10.0, low_open=True)


def _eta(name: str) -> FieldSpec:
    return FieldSpec(name, "float", 0.0, 1.0, low_open=True)


ESTATE_SPECS: dict[str, FieldSpec] = {s.name: s for s in (
    FieldSpec("estate", "str", required=True),
    FieldSpec("city", "str", required=True),
    FieldSpec("district", "str"),
    FieldSpec("subdistrict", "str"),
    FieldSpec("address", "str", max_length=400),
    FieldSpec("year_completed", "int", 1900, YEAR_MAX),
    FieldSpec("households", "int", 0, 10_000_000),
    FieldSpec("consent_rate", "float", 0.0, 1.0),
    FieldSpec("heat_supplier", "str"),
    FieldSpec("metered_billing", "bool"),
)}

BUILDING_SPECS: dict[str, FieldSpec] = {s.name: s for s in (
    FieldSpec("building", "str", required=True),
    FieldSpec("year_built", "int", 1900, YEAR_MAX, required=True),
    FieldSpec("storeys", "int", 1, 40, required=True),
    FieldSpec("floor_area_m2", "float", 0.0, 10_000_000.0, low_open=True, required=True),
    FieldSpec("households", "int", 0, 100_000, required=True),
    FieldSpec("structure", "structure"),
    FieldSpec("storey_height_m", "float", 0.0, 10.0, low_open=True),
    FieldSpec("length_m", "float", 0.0, 2000.0, low_open=True),
    FieldSpec("width_m", "float", 0.0, 500.0, low_open=True),
    FieldSpec("wwr", "float", 0.0, 0.9),
    _u("wall_u"), _u("window_u"), _u("roof_u"), _u("floor_u"),
    FieldSpec("floor_factor", "float", 0.0, 1.0),
    FieldSpec("air_change_h", "float", 0.0, 10.0, low_open=True),
    FieldSpec("stairwell_heated", "bool"),
    _eta("eta_network"), _eta("eta_source"),
    FieldSpec("measured_kgce_m2", "float", 0.0, 500.0, low_open=True),
    FieldSpec("remaining_life_years", "float", 0.0, 300.0),
    FieldSpec("mode", "mode"),
    FieldSpec("package", "str", max_length=100),
    FieldSpec("planned_year", "int", 1990, YEAR_MAX),
    FieldSpec("added_storeys", "int", 1, 2),
    _u("wall_u_after"), _u("window_u_after"), _u("roof_u_after"), _u("floor_u_after"),
    FieldSpec("air_change_after_h", "float", 0.0, 10.0, low_open=True),
    _eta("eta_network_after"), _eta("eta_source_after"),
)}

_YEAR_FIELDS = {"year_built", "year_completed"}


def _bad(code: str, spec: FieldSpec, value: Any, **params: Any) -> ValidationError:
    return ValidationError(code, field=spec.name, value=value, **params)


def _coerce(spec: FieldSpec, value: Any) -> Any:
    kind = spec.kind
    if kind in ("str", "mode", "structure"):
        if not isinstance(value, str):
            raise _bad("value_wrong_type", spec, value, kind="text")
        text = value.strip()
        if kind == "mode":
            if text not in {m.value for m in Mode}:
                raise _bad("value_not_allowed", spec, value, choices=", ".join(m.value for m in Mode))
        elif kind == "structure":
            if text not in {s.value for s in Structure}:
                raise _bad("value_not_allowed", spec, value, choices=", ".join(s.value for s in Structure))
        elif not text or len(text) > spec.max_length:
            raise _bad("value_out_of_range", spec, value, low=1, high=spec.max_length)
        return text
    if kind == "bool":
        if not isinstance(value, bool):
            raise _bad("value_wrong_type", spec, value, kind="yes/no")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad("value_wrong_type", spec, value, kind="number")
    if kind == "int":
        if isinstance(value, float) and not value.is_integer():
            raise _bad("value_wrong_type", spec, value, kind="whole number")
        return int(value)
    if not math.isfinite(value):
        raise _bad("value_wrong_type", spec, value, kind="number")
    return float(value)


def validate(spec: FieldSpec, value: Any) -> Any:
    """The value to store for ``spec`` (``None`` = not entered), or raise ValidationError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise _bad("value_required", spec, value)
        return None
    value = _coerce(spec, value)
    if spec.kind in ("int", "float"):
        high = spec.high
        if spec.name in _YEAR_FIELDS:
            high = _dt.date.today().year
        too_low = spec.low is not None and (value <= spec.low if spec.low_open else value < spec.low)
        if too_low or (high is not None and value > high):
            raise _bad("value_out_of_range", spec, value,
                       low=f"{spec.low:g}" if spec.low is not None else "", high=f"{high:g}" if high else "")
    return value


def validate_values(specs: dict[str, FieldSpec], values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Validate a mapping of field → value. With ``partial`` only the given fields are checked
    (an update); otherwise every required field must be present."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        spec = specs.get(key)
        if spec is None:
            raise ValidationError("unknown_field", field=key, value=value)
        out[key] = validate(spec, value)
    if not partial:
        for spec in specs.values():
            if spec.required and spec.name not in out:
                raise _bad("value_required", spec, None)
    return out


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, (Mode, Structure)) else value


def validate_column(spec: FieldSpec, values: list[Any]) -> tuple[list[Any], list[tuple[int, ValidationError]]]:
    """Validate many values of one field at once (the import's fast path): the stored values and
    the (index, error) of every bad one. Same rules as :func:`validate`."""
    if spec.kind in ("mode", "structure"):
        values = [None if v is None else _plain(v) for v in values]
    fast = _fast_column(spec, values)
    if fast is not None:
        return fast, []
    out: list[Any] = []
    errors: list[tuple[int, ValidationError]] = []
    for i, value in enumerate(values):
        try:
            out.append(validate(spec, value))
        except ValidationError as exc:
            out.append(None)
            errors.append((i, exc))
    return out, errors


def _fast_column(spec: FieldSpec, values: list[Any]) -> list[Any] | None:
    """The stored values if every value is clearly valid, else None (then value by value)."""
    if spec.kind in ("int", "float"):
        return _fast_numbers(spec, values)
    types = set(map(type, values))
    if spec.required and type(None) in types:
        return None
    types.discard(type(None))
    present = [v for v in values if v is not None] if types else []
    if spec.kind == "bool":
        return values if types <= {bool} else None
    if not types <= {str}:
        return None
    if spec.kind in ("mode", "structure"):
        allowed = {m.value for m in (Mode if spec.kind == "mode" else Structure)}
        return values if set(present) <= allowed else None
    if present and (min(map(len, present)) == 0 or max(map(len, present)) > spec.max_length
                    or present != list(map(str.strip, present))):
        return None
    return values


def _fast_numbers(spec: FieldSpec, values: list[Any]) -> list[Any] | None:
    import numpy as np

    types = set(map(type, values))
    if not types <= {int, float, type(None)}:
        return None
    arr = np.array(values, dtype=float)
    present = ~np.isnan(arr)
    if spec.required and not present.all():
        return None
    x = arr[present]
    high = _dt.date.today().year if spec.name in _YEAR_FIELDS else spec.high
    ok = bool(np.isfinite(x).all())
    if spec.low is not None:
        ok = ok and bool(np.all(x > spec.low) if spec.low_open else np.all(x >= spec.low))
    if high is not None:
        ok = ok and bool(np.all(x <= high))
    if not ok:
        return None
    if spec.kind == "int":
        if not bool(np.all(x == np.round(x))):
            return None
        return values if types <= {int, type(None)} else [None if v is None else int(v) for v in values]
    return values if types <= {float, type(None)} else [None if v is None else float(v) for v in values]
