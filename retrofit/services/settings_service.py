"""User settings (key/value rows), presets, and the user's measure catalogue and packages
(overrides of the shipped ``resources/data/measures.toml`` and ``packages.toml``)."""
from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

import resources
from retrofit import i18n
from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import CO2_BY_KEY, CO2_PRESETS, CUSTOM_CO2, TANGSHAN_PROGRAMME, Settings, co2_preset_for
from retrofit.services.events import DatabaseReplaced, SettingsChanged
from retrofit.storage.models import MeasureOverride, UserPackage
from retrofit.storage.repositories import AuditRepository, SettingRepository

if TYPE_CHECKING:
    from retrofit.services.app import AppServices

i18n.register({
    "unknown_preset": {"zh": "未知的预设“{value}”，可选：{choices}", "en": "Unknown preset '{value}'; use one of {choices}"},
    "unknown_measure": {"zh": "未知的措施“{value}”", "en": "Unknown measure '{value}'"},
})

#: Settings that are shares or efficiencies, in [0, 1].
_UNIT_INTERVAL = {"ventilated_share_unheated_stairs", "ventilated_share_heated_stairs", "floor_factor",
                  "eta_network", "eta_source", "rebuild_cap_share", "utility_share", "sale_share",
                  "metered_fixed_share", "min_consent_rate", "discount_rate",
                  "coal_price_escalation"}
#: Settings that may be zero (all other numbers must be > 0).
_MAY_BE_ZERO = {"internal_gains_w_m2", "local_topup_cny_m2", "resident_cap_cny_m2", "min_remaining_life_years",
                "subsidy_cold_cny_m2", "subsidy_severe_cold_cny_m2", "mc_seed", "utility_years",
                "coal_price_cny_tce", "sale_price_cny_m2", "area_tariff_cny_m2", "metered_tariff_cny_gj",
                "add_storey_cost_cny_m2", "rebuild_cost_cny_m2"} | _UNIT_INTERVAL
#: Numeric measure fields a user may edit (anything else in the catalogue is fixed).
_MEASURE_NUMBERS = {"thickness_m", "conductivity_w_mk", "window_u_w_m2k", "air_change_cap_h",
                    "air_change_floor_h", "air_change_cut_h", "heat_factor", "eta_network_min",
                    "eta_source_min", "cost_2010_cny", "cost_today_cny"}
#: Named presets: the Tangshan programme, the defaults, and each CO2 factor preset.
PRESETS: dict[str, dict[str, Any]] = {
    "default": Settings().to_dict(),
    "tangshan_programme": TANGSHAN_PROGRAMME.to_dict(),
    **{f"co2_{p.key}": {"co2_preset": p.key, "co2_factor_t_tce": p.factor_t_tce} for p in CO2_PRESETS},
}


def validate_setting(key: str, value: Any) -> Any:
    """The stored value of setting ``key``, or ValidationError."""
    known = {f.name: f for f in fields(Settings)}
    if key not in known:
        raise ValidationError("unknown_field", field=key, value=value)
    default = getattr(Settings(), key)
    if isinstance(default, str):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError("value_wrong_type", field=key, value=value, kind="text")
        value = value.strip()
        if key == "price_basis" and value not in ("2010", "today"):
            raise ValidationError("value_not_allowed", field=key, value=value, choices="2010, today")
        if key == "co2_preset" and value not in CO2_BY_KEY and value != CUSTOM_CO2:
            raise ValidationError("unknown_preset", field=key, value=value,
                                  choices=", ".join([*CO2_BY_KEY, CUSTOM_CO2]))
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError("value_wrong_type", field=key, value=value, kind="number")
    if isinstance(default, int):
        if float(value) != int(value):
            raise ValidationError("value_wrong_type", field=key, value=value, kind="whole number")
        value = int(value)
    else:
        value = float(value)
    low_ok = value >= 0 if key in _MAY_BE_ZERO else value > 0
    high_ok = value <= 1 if key in _UNIT_INTERVAL else True
    if key == "added_storeys":
        high_ok = value <= 2
    if not (low_ok and high_ok):
        raise ValidationError("value_out_of_range", field=key, value=value,
                              low=0, high=1 if key in _UNIT_INTERVAL else "∞")
    return value


def _co2_in_step(changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` with ``co2_preset`` and ``co2_factor_t_tce`` agreeing (``None`` = default)."""
    if "co2_preset" not in changes and "co2_factor_t_tce" not in changes:
        return changes
    default = Settings()
    out = dict(changes)
    if "co2_factor_t_tce" in out:                              # the factor decides the preset
        factor = out["co2_factor_t_tce"]
        out["co2_preset"] = co2_preset_for(default.co2_factor_t_tce if factor is None else factor)
    else:                                                      # a preset alone brings its factor
        preset = out["co2_preset"] or default.co2_preset
        if preset != CUSTOM_CO2:
            out["co2_factor_t_tce"] = CO2_BY_KEY[preset].factor_t_tce
    for key in ("co2_preset", "co2_factor_t_tce"):
        if out.get(key) == getattr(default, key):
            out[key] = None                                    # the default: stored as "not set"
    return out


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


def _measure_number(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not math.isfinite(value):
        raise ValidationError("value_wrong_type", field=key, value=value, kind="number")
    if key.startswith("cost_") and value < 0 or not key.startswith("cost_") and value <= 0:
        raise ValidationError("value_out_of_range", field=key, value=value, low=0, high="∞")
    return float(value)


class SettingsService:
    """Implements :class:`retrofit.services.api.SettingsService`."""

    def __init__(self, app: AppServices) -> None:
        self._app = app
        self._catalogue: Any = None
        app.bus.subscribe(self._on_event)

    def _on_event(self, event: object) -> None:
        if isinstance(event, (SettingsChanged, DatabaseReplaced)):
            self._catalogue = None

    def forget_catalogue(self) -> None:
        """Drop the cached catalogue (another process may have changed it)."""
        self._catalogue = None

    def catalogue(self) -> Any:
        """The engine's :class:`retrofit.reference.Catalogue` with the user's measure edits and
        packages applied (cached until the catalogue changes)."""
        cat = self._catalogue
        if cat is None:
            from retrofit.reference import load_catalogue

            with self._app.session_factory() as session:
                measures = {o.key: self._override_values(o) for o in session.scalars(select(MeasureOverride))}
                packages = {p.name: list(p.measures) for p in session.scalars(select(UserPackage))}
            cat = self._catalogue = load_catalogue().with_changes(measures=measures, packages=packages)
        return cat

    def get(self) -> Settings:
        with self._app.session_factory() as session:
            return Settings.from_dict(SettingRepository(session).all())

    def update(self, changes: Mapping[str, Any]) -> Settings:
        """Set settings (``None`` = back to the default); validated, audited, published.

        The CO2 preset and factor stay in step: a preset alone brings its factor, a factor alone
        the preset that has it (or ``custom``)."""
        clean = _co2_in_step({k: (None if v is None else validate_setting(k, v)) for k, v in changes.items()})
        Settings.from_dict({k: v for k, v in clean.items() if v is not None})  # types hold together
        with self._app.session_factory.begin() as session:
            repo = SettingRepository(session)
            stored = repo.all()
            diff = {}
            for key, value in clean.items():
                if stored.get(key) != value:
                    diff[key] = [stored.get(key), value]
                repo.delete(key) if value is None else repo.put(key, value)
            if diff:
                AuditRepository(session).add("settings", "settings", None, "settings", diff)
            session.flush()
            result = Settings.from_dict(repo.all())
        self._app.bus.publish(SettingsChanged(tuple(clean)))
        return result

    def apply_preset(self, name: str) -> Settings:
        """Apply a named preset (:data:`PRESETS`): ``tangshan_programme``, ``default``, ``co2_<name>``."""
        if name not in PRESETS:
            raise ValidationError("unknown_preset", field="preset", value=name, choices=", ".join(PRESETS))
        defaults = Settings().to_dict()
        return self.update({k: (None if v == defaults[k] else v) for k, v in PRESETS[name].items()})

    # -- catalogue -----------------------------------------------------------------------
    def list_packages(self) -> dict[str, list[str]]:
        """Package name → measure keys: the shipped packages, then the user's (which win)."""
        _, shipped = shipped_catalogue()
        out = {name: list(p["measures"]) for name, p in shipped.items()}
        with self._app.session_factory() as session:
            for pkg in session.scalars(select(UserPackage).order_by(UserPackage.name)).all():
                out[pkg.name] = list(pkg.measures)
        return out

    def list_measures(self) -> list[dict[str, Any]]:
        """Every measure as shipped with the user's edits applied (``edited`` tells which)."""
        measures, _ = shipped_catalogue()
        with self._app.session_factory() as session:
            overrides = {o.key: o for o in session.scalars(select(MeasureOverride)).all()}
        out = []
        for key, base in measures.items():
            item = {"key": key, **base, "edited": key in overrides}
            if key in overrides:
                item.update(self._override_values(overrides[key]))
            out.append(item)
        return out

    @staticmethod
    def _override_values(o: MeasureOverride) -> dict[str, Any]:
        values = dict(o.params or {})
        if o.cost_2010_cny is not None:
            values["cost_2010_cny"] = float(o.cost_2010_cny)
        if o.cost_today_cny is not None:
            values["cost_today_cny"] = float(o.cost_today_cny)
        return values

    def update_measure(self, key: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Edit a shipped measure's numbers or names (``None`` = back to the shipped value)."""
        measures, _ = shipped_catalogue()
        if key not in measures:
            raise ValidationError("unknown_measure", field="measure", value=key)
        params: dict[str, Any] = {}
        for field, value in changes.items():
            if field in ("name_zh", "name_en"):
                if value is not None and (not isinstance(value, str) or not value.strip()):
                    raise ValidationError("value_wrong_type", field=field, value=value, kind="text")
            elif field not in _MEASURE_NUMBERS or field not in measures[key]:
                raise ValidationError("unknown_field", field=field, value=value)
            elif value is not None:
                value = _measure_number(field, value)
            params[field] = value
        with self._app.session_factory.begin() as session:
            row = session.get(MeasureOverride, key) or MeasureOverride(key=key, params={})
            session.add(row)
            before = self._override_values(row)
            merged = {**(row.params or {})}
            for field, value in params.items():
                if field in ("cost_2010_cny", "cost_today_cny"):
                    setattr(row, field, _money(field, value))
                elif value is None:
                    merged.pop(field, None)
                else:
                    merged[field] = value
            row.params = merged
            AuditRepository(session).add("settings", "measure", None, key,
                                         {f: [before.get(f), v] for f, v in params.items()})
        self._app.bus.publish(SettingsChanged((f"measure:{key}",)))
        return next(m for m in self.list_measures() if m["key"] == key)

    def save_package(self, name: str, measures: Sequence[str]) -> None:
        """Save (or replace) a user package; every measure must exist."""
        known, _ = shipped_catalogue()
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
