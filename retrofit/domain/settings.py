"""User settings of the method and the money (``method.md`` §1, §5, §7, §10, §11).

Every default of the method lives here, once. A ``Settings`` is immutable; change it with
:meth:`Settings.replace`. Stored as key/value rows by ``retrofit.storage``; keys carry units.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

PriceBasis = Literal["2010", "today"]


@dataclass(frozen=True, slots=True)
class Settings:
    # §1 method constants
    indoor_temp_c: float = 18.0
    internal_gains_w_m2: float = 3.8
    coal_heat_value_kwh_kgce: float = 8.14
    air_specific_heat_wh_kgk: float = 0.28
    ventilated_share_unheated_stairs: float = 0.60
    ventilated_share_heated_stairs: float = 0.65
    u_correction: float = 1.0
    floor_factor: float = 0.5
    default_width_m: float = 10.0
    default_storey_height_m: float = 2.8
    eta_network: float = 0.90
    eta_source: float = 0.68
    co2_preset: str = "china_common"
    co2_factor_t_tce: float = 2.493
    planning_index_w_m2: float = 80.0
    # §9 modes
    rebuild_factor: float = 1.3
    added_storeys: int = 1
    rebuild_cap_share: float = 0.30
    # §10 money
    price_basis: PriceBasis = "2010"
    add_storey_cost_cny_m2: float = 2000.0
    rebuild_cost_cny_m2: float = 2500.0
    subsidy_cold_cny_m2: float = 45.0
    subsidy_severe_cold_cny_m2: float = 55.0
    local_topup_cny_m2: float = 0.0
    utility_share: float = 0.30
    utility_years: float = 5.0
    sale_price_cny_m2: float = 4000.0
    sale_share: float = 0.50
    resident_cap_cny_m2: float = 100.0
    coal_price_cny_tce: float = 1000.0
    area_tariff_cny_m2: float = 22.0
    metered_fixed_share: float = 0.40
    metered_tariff_cny_gj: float = 44.45
    typical_flat_m2: float = 60.0
    # what each tonne costs: net present value of the saved coal
    discount_rate: float = 0.06
    coal_price_escalation: float = 0.02
    appraisal_years: float = 20.0
    # programme rules (issue: planner)
    min_consent_rate: float = 2 / 3
    min_remaining_life_years: float = 20.0
    # §11 uncertainty
    mc_samples: int = 1000
    mc_seed: int = 20080512

    def replace(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from stored key/values; unknown keys are ignored, types follow the defaults."""
        known = {f.name: f for f in fields(cls)}
        base = cls()
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            default = getattr(base, key)
            kwargs[key] = type(default)(value) if not isinstance(default, str) else str(value)
        return cls(**kwargs)


#: Named CO2 factors of standard coal (t CO2 / tce), method.md §1.
CO2_PRESETS: dict[str, float] = {
    "china_common": 2.493,
    "tangshan_programme": 2.556,
    "ipcc_2_6": 2.6,
    "ndrc_2_66": 2.66,
    "high_2_77": 2.77,
}

#: The "Tangshan programme" settings preset used by the demo city (issue: records).
TANGSHAN_PROGRAMME = Settings(co2_preset="tangshan_programme", co2_factor_t_tce=2.556,
                              planning_index_w_m2=80.0, price_basis="2010")
