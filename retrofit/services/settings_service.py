"""User settings (key/value rows) and presets; the user's measure catalogue and packages are
edited through :class:`retrofit.services.catalogue_edits.CatalogueEdits`, part of this service."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import CO2_BY_KEY, CO2_PRESETS, CUSTOM_CO2, TANGSHAN_PROGRAMME, Settings, co2_preset_for
from retrofit.services.catalogue_edits import CatalogueEdits
from retrofit.services.events import DatabaseReplaced, SettingsChanged
from retrofit.storage.models import MeasureOverride, UserPackage
from retrofit.storage.repositories import AuditRepository, SettingRepository

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


#: Settings that are shares or efficiencies, in [0, 1].
_UNIT_INTERVAL = {"ventilated_share_unheated_stairs", "ventilated_share_heated_stairs", "floor_factor",
                  "eta_network", "eta_source", "rebuild_cap_share", "utility_share", "sale_share",
                  "metered_fixed_share", "min_consent_rate", "discount_rate",
                  "coal_price_escalation", "site_overheads_share", "contingency_share", "vat_share"}
#: Settings that may be zero (all other numbers must be > 0).
_MAY_BE_ZERO = {"internal_gains_w_m2", "local_topup_cny_m2", "resident_cap_cny_m2", "min_remaining_life_years",
                "subsidy_cold_cny_m2", "subsidy_severe_cold_cny_m2", "mc_seed", "utility_years",
                "coal_price_cny_tce", "sale_price_cny_m2", "area_tariff_cny_m2", "metered_tariff_cny_gj",
                "add_storey_cost_cny_m2", "rebuild_cost_cny_m2", "demolition_cost_cny_m2",
                "scaffolding_cny_m2"} | _UNIT_INTERVAL
#: Text settings that may be empty (the reports then print a blank to fill in).
_MAY_BE_EMPTY = {"office_name", "office_contact", "office_phone"}
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
        if key in _MAY_BE_EMPTY and isinstance(value, str):
            return value.strip()
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


class SettingsService(CatalogueEdits):
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
            from retrofit.reference import load_catalogue  # lazy: not when a database is opened

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
