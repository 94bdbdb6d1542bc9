"""User settings of the method and the money (``method.md`` §1, §5, §7, §10, §11).

Every default of the method lives here, once. A ``Settings`` is immutable; change it with
:meth:`Settings.replace`. Stored as key/value rows by ``retrofit.storage``; keys carry units.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Literal

PriceBasis = Literal["2010", "today"]


@dataclass(frozen=True, slots=True)
class CO2Preset:
    """A named CO2 factor of standard coal (``method.md`` §1, ``domain.md`` §6).

    ``key`` is what the settings store (``co2_preset``) and ``retrofit estimate --co2-preset``
    takes; it never changes, the names say what the factor is.
    """

    key: str
    factor_t_tce: float          #: [t CO2/tce]
    zh: str
    en: str
    source: str

    def name(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    def label(self, lang: str = "zh") -> str:
        """``国内常用值（2.493）`` / ``China common (2.493)``."""
        factor = f"{self.factor_t_tce:g}"
        return f"{self.en} ({factor})" if lang == "en" else f"{self.zh}（{factor}）"


#: Every CO2 preset, once: the settings, the settings dialog and the commands use this table.
CO2_PRESETS: tuple[CO2Preset, ...] = (
    CO2Preset("china_common", 2.493, "国内常用值", "China common",
              "0.68 t C/tce × 44/12; the Chinese energy-saving conversion table"),
    CO2Preset("tangshan_programme", 2.556, "唐山改造项目口径", "Tangshan programme",
              "reproduces 360 kt coal → 920 kt CO2 of the programme's reports"),
    CO2Preset("ipcc_2_6", 2.6, "宣传常用值", "Publicity figure", "round figure of Chinese publicity"),
    CO2Preset("ndrc_2_66", 2.66, "国家气候项目系数", "National climate programme", "0.726 t C/tce"),
    CO2Preset("high_2_77", 2.77, "IPCC 缺省值", "IPCC default", "IPCC default about 25.8 t C/TJ, full oxidation"),
)
CO2_BY_KEY: dict[str, CO2Preset] = {p.key: p for p in CO2_PRESETS}
#: ``co2_preset`` of a factor that no preset has (typed in by the user).
CUSTOM_CO2 = "custom"
_DEFAULT_CO2 = CO2_BY_KEY["china_common"]


def co2_preset_for(factor_t_tce: float) -> str:
    """The key of the preset with this factor, or :data:`CUSTOM_CO2`."""
    for preset in CO2_PRESETS:
        if abs(preset.factor_t_tce - factor_t_tce) < 5e-4:
            return preset.key
    return CUSTOM_CO2


@dataclass(frozen=True, slots=True)
class Settings:
    # §1 method constants
    indoor_temp_c: float = 18.0
    indoor_temp_after_c: float = 18.0        # §8: t_i,after of buildings with a surveyed t_i before
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
    co2_preset: str = _DEFAULT_CO2.key            # a key of CO2_PRESETS, or CUSTOM_CO2
    co2_factor_t_tce: float = _DEFAULT_CO2.factor_t_tce
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
    # programme rules
    min_consent_rate: float = 2 / 3
    min_remaining_life_years: float = 20.0
    # §11 uncertainty
    mc_samples: int = 1000
    mc_seed: int = 20080512
    # reports: the contractor's bill of quantities (lines beside the method's costs)
    demolition_cost_cny_m2: float = 60.0     # part of the rebuild cost, per m² of the old building
    scaffolding_cny_m2: float = 15.0         # per m² of facade where walls or windows are worked on
    site_overheads_share: float = 0.05       # of the works
    contingency_share: float = 0.05          # of the works and site overheads
    vat_share: float = 0.09                  # of all the above
    # reports: the residents' letter
    works_months_retrofit: int = 4           # works per building
    works_months_add_storey: int = 8
    works_months_rebuild: int = 24           # from moving out to moving back
    office_name: str = ""                    # the sender; empty: "{city} retrofit office"
    office_contact: str = ""                 # contact person
    office_phone: str = ""

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


#: The "Tangshan programme" settings preset, used by the demo city.
TANGSHAN_PROGRAMME = Settings(co2_preset="tangshan_programme",
                              co2_factor_t_tce=CO2_BY_KEY["tangshan_programme"].factor_t_tce,
                              planning_index_w_m2=80.0, price_basis="2010")
