"""What each stored field may hold: type, range and longest text, made from the field vocabulary
(:mod:`retrofit.domain.vocabulary`). One table drives both the database's CHECK constraints
(:mod:`retrofit.storage.models`) and the services' validation, so the two cannot disagree; the
register reader and the app's editors are made from the same vocabulary. A value outside its
range is a :class:`~retrofit.domain.errors.ValidationError`, never clamped.
"""
from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from retrofit.domain.checks import (
    ValueProblem,
    building_problems,
    canonical_package,
    check_date,
    has_illegal,
    parse_date,
    text_problem,
)
from retrofit.domain.errors import ValidationError
from retrofit.domain.meters import METER_FIELDS, SEASON_MAX, SEASON_MIN
from retrofit.domain.vocabulary import BUILDING_FIELDS, ESTATE_FIELDS, THIS_YEAR, YEAR_MAX, Field


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One stored field: ``kind`` is str/int/float/money/bool/date/choice/package; bounds are
    inclusive unless ``low_open`` (``value > low``); a date's bounds are years."""

    name: str
    kind: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    required: bool = False
    max_length: int = 200
    choices: tuple[str, ...] = ()
    this_year: bool = False      # not after the current year (checked on entry; CHECK: YEAR_MAX)

    @classmethod
    def of(cls, f: Field) -> FieldSpec:
        kind = {"text": "str", "year": "int", "fraction": "float"}.get(f.kind, f.kind)
        high = YEAR_MAX if f.high == THIS_YEAR else f.high
        return cls(f.key, kind, f.low, high, f.low_open, f.required, f.max_length or 200, f.choice_values(),
                   f.high == THIS_YEAR)

    def check_sql(self, column: str | None = None) -> str | None:
        """The SQL CHECK expression for the range, or None."""
        col = column or self.name
        parts = []
        if self.kind == "date":
            if self.low is not None:
                parts.append(f"{col} >= '{int(self.low):04d}-01-01'")
            if self.high is not None:
                parts.append(f"{col} <= '{int(self.high):04d}-12-31'")
        else:
            if self.low is not None:
                parts.append(f"{col} {'>' if self.low_open else '>='} {_num(self.low)}")
            if self.high is not None:
                parts.append(f"{col} <= {_num(self.high)}")
        if self.kind == "choice":
            parts.append(f"{col} IN ({', '.join(repr(c) for c in self.choices)})")
        if not parts:
            return None
        return " AND ".join(parts) if self.required else f"{col} IS NULL OR (" + " AND ".join(parts) + ")"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


#: The storage names of the estate's own fields (the estate's key and city are stored as such too).
ESTATE_SPECS: dict[str, FieldSpec] = {f.key: FieldSpec.of(f) for f in ESTATE_FIELDS}
#: The building row's fields (the estate and the city live on the estate).
BUILDING_SPECS: dict[str, FieldSpec] = {f.key: FieldSpec.of(f) for f in BUILDING_FIELDS
                                        if f.key not in ("estate", "city")}
#: A meter reading's fields (the season is a year: the one the heating season starts in).
METER_SPECS: dict[str, FieldSpec] = {f.key: FieldSpec.of(f) if f.kind != "season" else
                                     FieldSpec(f.key, "int", SEASON_MIN, SEASON_MAX, required=True)
                                     for f in METER_FIELDS}

def _bad(code: str, spec: FieldSpec, value: Any, **params: Any) -> ValidationError:
    return ValidationError(code, field=spec.name, value=value, **params)


def _coerce_text(spec: FieldSpec, value: Any) -> Any:
    if not isinstance(value, str):
        raise _bad("value_wrong_type", spec, value, kind="text")
    text = value.strip()
    if spec.kind == "choice":
        if text not in spec.choices:
            raise _bad("value_not_allowed", spec, value, choices=", ".join(spec.choices))
        return text
    if spec.kind == "package":
        text = canonical_package(text)
    problem = text_problem(text, spec.max_length)
    if problem is not None:
        code, params = problem
        raise ValidationError(code, field=spec.name, value=value[:100], **params)
    return text


def _coerce(spec: FieldSpec, value: Any) -> Any:
    kind = spec.kind
    if kind in ("str", "choice", "package"):
        return _coerce_text(spec, _plain(value))
    if kind == "bool":
        if not isinstance(value, bool):
            raise _bad("value_wrong_type", spec, value, kind="yes/no")
        return value
    if kind == "date":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            raise _bad("value_wrong_type", spec, value, kind="date")
        try:
            return parse_date(value)
        except ValueProblem as exc:
            raise _bad(exc.code, spec, value, **exc.params) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad("value_wrong_type", spec, value, kind="number")
    if kind == "int":
        if isinstance(value, float) and not value.is_integer():
            raise _bad("value_wrong_type", spec, value, kind="whole number")
        return int(value)
    if not math.isfinite(value):
        raise _bad("value_wrong_type", spec, value, kind="number")
    return round(float(value), 2) if kind == "money" else float(value)


def _high(spec: FieldSpec) -> float | None:
    return _dt.date.today().year if spec.this_year else spec.high


def validate(spec: FieldSpec, value: Any) -> Any:
    """The value to store for ``spec`` (``None`` = not entered), or raise ValidationError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise _bad("value_required", spec, value)
        return None
    value = _coerce(spec, value)
    if value is None:
        return None
    if spec.kind == "date":
        try:
            check_date(value, spec.low, spec.high)
        except ValueProblem as exc:
            raise _bad(exc.code, spec, value.isoformat(), **exc.params) from None
    elif spec.kind in ("int", "float", "money"):
        high = _high(spec)
        too_low = spec.low is not None and (value <= spec.low if spec.low_open else value < spec.low)
        if too_low or (high is not None and value > high):
            raise _bad("value_out_of_range", spec, value,
                       low=f"{spec.low:g}" if spec.low is not None else "", high=f"{high:g}" if high else "")
    return value


def check_building(values: dict[str, Any]) -> None:
    """Raise ValidationError for the first rule across fields that ``values`` (a whole
    building) breaks (:func:`retrofit.domain.checks.building_problems`)."""
    for name, code, params in building_problems(values):
        raise ValidationError(code, field=name, value=values.get(name), **params)


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
    return value.value if isinstance(value, StrEnum) else value


def validate_column(spec: FieldSpec, values: list[Any]) -> tuple[list[Any], list[tuple[int, ValidationError]]]:
    """Validate many values of one field at once (the import's fast path): the stored values and
    the (index, error) of every bad one. Same rules as :func:`validate`."""
    if spec.kind == "choice":
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
    if not spec.required and values.count(None) == len(values):
        return values
    if spec.kind in ("int", "float"):
        return _fast_numbers(spec, values)
    if spec.kind == "money":
        fast = _fast_numbers(spec, values)
        return fast if fast is not None and all(v is None or round(v, 2) == v for v in fast) else None
    if spec.kind == "date":
        return None
    types = set(map(type, values))
    if spec.required and type(None) in types:
        return None
    types.discard(type(None))
    present = [v for v in values if v is not None] if types else []
    if spec.kind == "bool":
        return values if types <= {bool} else None
    if not types <= {str}:
        return None
    if spec.kind == "choice":
        return values if set(present) <= set(spec.choices) else None
    if spec.kind == "package" and any(canonical_package(p) != p for p in set(present)):
        return None
    if present and (min(map(len, present)) == 0 or max(map(len, present)) > spec.max_length
                    or present != list(map(str.strip, present)) or has_illegal(present)):
        return None
    return values


def _fast_numbers(spec: FieldSpec, values: list[Any]) -> list[Any] | None:
    import numpy as np  # lazy: not when a database is opened

    types = set(map(type, values))
    if not types <= {int, float, type(None)}:
        return None
    arr = np.array(values, dtype=float)
    present = ~np.isnan(arr)
    if spec.required and not present.all():
        return None
    x = arr[present]
    high = _high(spec)
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
