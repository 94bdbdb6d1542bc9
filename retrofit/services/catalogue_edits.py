"""The user's measure catalogue and packages over the shipped ``resources/data/measures.toml`` and
``packages.toml``: edits of a shipped measure (kept as a ``MeasureOverride`` row, reset by
deleting it), measures of the user's own (added or copied, kept as a ``MeasureOverride`` row with
every field), and packages (``UserPackage`` rows: a shipped package the user changed, or one of
their own). Every change is checked with the catalogue's words (:mod:`retrofit.domain.catalogue`),
audited and published; the engine reads the result through ``SettingsService.catalogue()``.
"""
from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

import resources
from retrofit.domain.catalogue import CATEGORIES, KINDS, MEASURE_BY_KEY, PARAMETERS, QUANTITIES
from retrofit.domain.errors import ValidationError
from retrofit.services.events import SettingsChanged
from retrofit.storage.models import Building, MeasureOverride, UserPackage
from retrofit.storage.repositories import AuditRepository

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


#: The fields of a measure that say what it is (not numbers).
_WORDS = {"kind": KINDS, "quantity": QUANTITIES, "category": CATEGORIES}
_NAMES = ("name_zh", "name_en")
_COSTS = ("cost_2010_cny", "cost_today_cny")


@lru_cache(maxsize=1)
def shipped_catalogue() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(measures, packages) as shipped in ``resources/data``."""
    with open(resources.path("data", "measures.toml"), "rb") as fh:
        measures = tomllib.load(fh)["measures"]
    with open(resources.path("data", "packages.toml"), "rb") as fh:
        packages = tomllib.load(fh)["packages"]
    return measures, packages


def _money(key: str, value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValidationError("value_wrong_type", field=key, value=value, kind="number") from exc
    if not amount.is_finite() or amount < 0:
        raise ValidationError("value_out_of_range", field=key, value=value, low=0, high="∞")
    return amount.quantize(Decimal("0.01"))


def _number(key: str, value: Any) -> float:
    """A measure's number within the range of its field."""
    f = MEASURE_BY_KEY[key]
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not math.isfinite(value):
        raise ValidationError("value_wrong_type", field=key, value=value, kind="number")
    value = float(value)
    low, high = f.low if f.low is not None else 0.0, f.high if f.high is not None else math.inf
    if (value <= low if f.low_open else value < low) or value > high:
        raise ValidationError("value_out_of_range", field=key, value=value, low=low, high=high)
    return value


def _plain(value: Any) -> Any:
    """A value as the audit log keeps it (JSON: money as a number)."""
    return float(value) if isinstance(value, Decimal) else value


def _checked(key: str, value: Any, kind: str) -> Any:
    """One field of a measure of ``kind``, checked (``None`` = back to the shipped value)."""
    if key in _NAMES:
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise ValidationError("value_required", field=key, value=value)
        return value.strip() if isinstance(value, str) else None
    if key in _WORDS:
        if value not in {c.value for c in _WORDS[key]}:
            raise ValidationError("value_not_allowed", field=key, value=value,
                                  choices=", ".join(c.zh for c in _WORDS[key]))
        return value
    if key in _COSTS:
        return _money(key, value)
    if key not in PARAMETERS.get(kind, ()):
        raise ValidationError("unknown_field", field=key, value=value)
    return None if value is None else _number(key, value)


class CatalogueEdits:
    """The catalogue part of :class:`retrofit.services.settings_service.SettingsService`."""

    _app: AppServices

    # ----- reading -----
    def _overrides(self) -> dict[str, MeasureOverride]:
        with self._app.session_factory() as session:
            return {o.key: o for o in session.scalars(select(MeasureOverride)).all()}

    @staticmethod
    def _override_values(o: MeasureOverride) -> dict[str, Any]:
        values = dict(o.params or {})
        for key in _COSTS:
            if getattr(o, key) is not None:
                values[key] = float(getattr(o, key))
        return values

    def list_measures(self) -> list[dict[str, Any]]:
        """Every measure: the shipped ones with the user's edits applied, then the user's own.
        ``origin`` is ``shipped``, ``edited`` or ``user``; ``edited`` is True for the last two."""
        shipped, _ = shipped_catalogue()
        overrides = self._overrides()
        out = []
        for key, base in shipped.items():
            item = {"key": key, **base, "origin": "edited" if key in overrides else "shipped"}
            if key in overrides:
                item.update(self._override_values(overrides[key]))
            out.append(item)
        for key, o in overrides.items():
            if key not in shipped:
                out.append({"key": key, "category": "improvement", **self._override_values(o), "origin": "user"})
        for item in out:
            item["edited"] = item["origin"] != "shipped"
        return out

    def measure(self, key: str) -> dict[str, Any]:
        for m in self.list_measures():
            if m["key"] == key:
                return m
        raise ValidationError("unknown_measure", field="measure", value=key)

    def list_packages(self) -> dict[str, list[str]]:
        """Package name → measure keys: the shipped packages, then the user's (which win)."""
        _, shipped = shipped_catalogue()
        out = {name: list(p["measures"]) for name, p in shipped.items()}
        with self._app.session_factory() as session:
            for pkg in session.scalars(select(UserPackage).order_by(UserPackage.name)).all():
                out[pkg.name] = list(pkg.measures)
        return out

    def package_origin(self, name: str) -> str:
        """``shipped``, ``edited`` (a shipped package the user changed) or ``user``."""
        _, shipped = shipped_catalogue()
        with self._app.session_factory() as session:
            stored = session.get(UserPackage, name) is not None
        if name in shipped:
            return "edited" if stored else "shipped"
        if not stored:
            raise ValidationError("unknown_package", field="package", value=name)
        return "user"

    # ----- measures -----
    def update_measure(self, key: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Edit a measure's names, prices, parameters, category or what it is paid per (``None``
        = back to the shipped value)."""
        current = self.measure(key)
        if "kind" in changes and changes["kind"] != current["kind"]:
            raise ValidationError("unknown_field", field="kind", value=changes["kind"])
        clean = {f: _checked(f, v, current["kind"]) for f, v in changes.items() if f != "kind"}
        if current["origin"] == "user":                     # nothing shipped to go back to
            for field, value in clean.items():
                if value is None:
                    raise ValidationError("value_required", field=field, value="")
        self._store(key, clean, "measure")
        return self.measure(key)

    def _store(self, key: str, changes: Mapping[str, Any], what: str, replace: bool = False) -> None:
        with self._app.session_factory.begin() as session:
            row = session.get(MeasureOverride, key)
            if row is None:
                row = MeasureOverride(key=key, params={})
                session.add(row)
            before = {} if replace else self._override_values(row)
            params = {} if replace else dict(row.params or {})
            for field, value in changes.items():
                if field in _COSTS:
                    setattr(row, field, value)
                elif value is None:
                    params.pop(field, None)
                else:
                    params[field] = value
            row.params = params
            AuditRepository(session).add("settings", what, None, key,
                                         {f: [before.get(f), _plain(v)] for f, v in changes.items()})
        self._app.bus.publish(SettingsChanged((f"measure:{key}",)))

    def add_measure(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A measure of the user's own: names, kind, what it is paid per, category, both prices
        and every parameter of its kind are needed. Returns it (with its new key)."""
        kind = values.get("kind")
        _checked("kind", kind, "")                       # a known kind from here on
        assert isinstance(kind, str)
        needed = ("name_zh", "name_en", "quantity", "category", *_COSTS, *PARAMETERS[kind])
        for field in values:
            if field not in needed and field != "kind":               # e.g. a window U for a wall
                raise ValidationError("unknown_field", field=field, value=values[field])
        for field in needed:
            if values.get(field) is None:
                raise ValidationError("value_required", field=field, value="")
        clean = {f: _checked(f, values[f], kind) for f in needed}
        clean["kind"] = kind
        key = self._new_key(f"user_{kind}")
        self._store(key, clean, "measure", replace=True)
        return self.measure(key)

    def _new_key(self, stem: str) -> str:
        taken = {m["key"] for m in self.list_measures()}
        n = 1
        while f"{stem}_{n}" in taken:
            n += 1
        return f"{stem}_{n}"

    def copy_measure(self, key: str) -> dict[str, Any]:
        """A measure of the user's own with the values of ``key`` and "（副本）"/" (copy)" names."""
        m = self.measure(key)
        values = {f: m.get(f) for f in ("kind", "quantity", "category", *_COSTS, *PARAMETERS.get(m["kind"], ()))}
        values.update(name_zh=f"{m['name_zh']}（副本）", name_en=f"{m['name_en']} (copy)")
        return self.add_measure(values)

    def reset_measure(self, key: str) -> dict[str, Any]:
        """A shipped measure back to its shipped values (a measure of the user's own is kept)."""
        shipped, _ = shipped_catalogue()
        if key not in shipped:
            raise ValidationError("unknown_measure", field="measure", value=key)
        with self._app.session_factory.begin() as session:
            row = session.get(MeasureOverride, key)
            if row is not None:
                AuditRepository(session).add("settings", "measure", None, key, {"reset": [self._override_values(row),
                                                                                            None]})
                session.delete(row)
        self._app.bus.publish(SettingsChanged((f"measure:{key}",)))
        return self.measure(key)

    def delete_measure(self, key: str) -> None:
        """Delete a measure of the user's own; refused while a package lists it."""
        m = self.measure(key)
        if m["origin"] != "user":
            raise ValidationError("shipped_not_deleted", field="measure", value=m["name_zh"])
        using = [name for name, keys in self.list_packages().items() if key in keys]
        if using:
            raise ValidationError("measure_in_use", field="measure", value=m["name_zh"], packages="、".join(using))
        with self._app.session_factory.begin() as session:
            row = session.get(MeasureOverride, key)
            assert row is not None                           # a user's own measure is stored
            AuditRepository(session).add("settings", "measure", None, key, {"deleted": [self._override_values(row),
                                                                                          None]})
            session.delete(row)
        self._app.bus.publish(SettingsChanged((f"measure:{key}",)))

    # ----- packages -----
    def save_package(self, name: str, measures: Sequence[str]) -> None:
        """Save (or replace) a package; every measure must exist."""
        known = {m["key"] for m in self.list_measures()}
        name = name.strip() if isinstance(name, str) else name
        if not isinstance(name, str) or not name or len(name) > 100:
            raise ValidationError("value_out_of_range", field="package", value=name, low=1, high=100)
        for m in measures:
            if m not in known:
                raise ValidationError("unknown_measure", field="measures", value=m)
        with self._app.session_factory.begin() as session:
            row = session.get(UserPackage, name)
            before = list(row.measures) if row else None
            if row is None:
                session.add(UserPackage(name=name, measures=list(measures)))
            else:
                row.measures = list(measures)
            AuditRepository(session).add("settings", "package", None, name, {"measures": [before, list(measures)]})
        self._app.bus.publish(SettingsChanged((f"package:{name}",)))

    def reset_package(self, name: str) -> None:
        """A shipped package back to its shipped measures."""
        if self.package_origin(name) == "user":
            raise ValidationError("unknown_package", field="package", value=name)
        self._drop_package(name)

    def delete_package(self, name: str) -> None:
        """Delete a package of the user's own; refused while buildings use it."""
        if self.package_origin(name) != "user":
            raise ValidationError("shipped_not_deleted", field="package", value=name)
        with self._app.session_factory() as session:
            count = session.scalar(select(func.count()).select_from(Building).where(Building.package == name))
        if count:
            raise ValidationError("package_in_use", field="package", value=name, count=count)
        self._drop_package(name)

    def _drop_package(self, name: str) -> None:
        with self._app.session_factory.begin() as session:
            row = session.get(UserPackage, name)
            if row is None:
                return
            AuditRepository(session).add("settings", "package", None, name, {"measures": [list(row.measures), None]})
            session.delete(row)
        self._app.bus.publish(SettingsChanged((f"package:{name}",)))
