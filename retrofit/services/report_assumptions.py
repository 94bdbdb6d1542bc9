"""The assumptions page of a plan: every setting and default used, each with the standard or rule
it comes from (the reader has the standards, not this program's documents), and the standards
referred to."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from reports.data import Assumption
from retrofit.domain.settings import CO2_BY_KEY, Settings

#: Where a value comes from: key → (Chinese, English).
BASES: dict[str, tuple[str, str]] = {
    "jgj26": ("JGJ 26-2010", "JGJ 26-2010"),
    "gbt2589": ("GB/T 2589-2020", "GB/T 2589-2020"),
    "cjj34": ("CJJ 34-2010 供热规划热指标", "CJJ 34-2010, planning heat-load index"),
    "jgjt129": ("JGJ/T 129-2012", "JGJ/T 129-2012"),
    "subsidy": ("财建〔2007〕957号", "Caijian [2007] 957"),
    "typical": ("典型住宅", "typical housing block"),
    "programme": ("规划设定", "programme setting"),
    "bill": ("报价设定", "pricing setting"),
    "statistics": ("蒙特卡洛抽样", "Monte Carlo sampling"),
}
#: Settings printed on the assumptions page: key, Chinese name, English name, unit (zh, en), basis.
ASSUMED: tuple[tuple[str, str, str, tuple[str, str], str], ...] = (
    ("indoor_temp_c", "室内计算温度", "Indoor design temperature", ("℃", "°C"), "jgj26"),
    ("indoor_temp_after_c", "改造后室内温度（有实测改造前室温的楼栋）", "Indoor temperature after (buildings surveyed before)",
     ("℃", "°C"), "jgjt129"),
    ("internal_gains_w_m2", "室内得热", "Internal gains", ("W/m²", "W/m²"), "jgj26"),
    ("coal_heat_value_kwh_kgce", "标准煤热值", "Heat value of standard coal", ("kWh/kgce", "kWh/kgce"), "gbt2589"),
    ("air_specific_heat_wh_kgk", "空气比热容", "Specific heat of air", ("Wh/(kg·K)", "Wh/(kg·K)"), "jgj26"),
    ("ventilated_share_unheated_stairs", "换气体积比（楼梯间不采暖）", "Ventilated share (unheated stairs)", ("", ""),
     "jgj26"),
    ("ventilated_share_heated_stairs", "换气体积比（楼梯间采暖）", "Ventilated share (heated stairs)", ("", ""), "jgj26"),
    ("u_correction", "传热系数修正系数 ε", "U correction ε", ("", ""), "jgj26"),
    ("floor_factor", "地面修正系数", "Floor correction factor", ("", ""), "jgj26"),
    ("default_width_m", "默认进深", "Default building depth", ("m", "m"), "typical"),
    ("default_storey_height_m", "默认层高", "Default storey height", ("m", "m"), "typical"),
    ("eta_network", "管网输送效率 η₁（现状默认）", "Network efficiency η₁ (default)", ("", ""), "jgj26"),
    ("eta_source", "热源效率 η₂（现状默认）", "Heat-source efficiency η₂ (default)", ("", ""), "jgj26"),
    ("co2_factor_t_tce", "二氧化碳排放因子", "CO2 factor", ("t/tce", "t/tce"), "co2"),
    ("planning_index_w_m2", "新增入网规划热指标", "Planning heat-load index", ("W/m²", "W/m²"), "cjj34"),
    ("rebuild_factor", "拆改建面积系数", "Rebuild floor-area factor", ("", ""), "programme"),
    ("price_basis", "价格基准年", "Price basis", ("", ""), "programme"),
    ("add_storey_cost_cny_m2", "加层造价", "Added storey cost", ("元/m²", "RMB/m²"), "programme"),
    ("rebuild_cost_cny_m2", "拆改建造价", "Rebuild cost", ("元/m²", "RMB/m²"), "programme"),
    ("demolition_cost_cny_m2", "其中拆除（按原建筑面积）", "of which demolition (old floor area)", ("元/m²", "RMB/m²"),
     "bill"),
    ("scaffolding_cny_m2", "外脚手架（按立面面积）", "Scaffolding (facade area)", ("元/m²", "RMB/m²"), "bill"),
    ("site_overheads_share", "现场管理费及措施费", "Site overheads", ("", ""), "bill"),
    ("contingency_share", "不可预见费", "Contingency", ("", ""), "bill"),
    ("vat_share", "增值税税率", "VAT rate", ("", ""), "bill"),
    ("subsidy_cold_cny_m2", "中央奖励（寒冷地区）", "Central subsidy (cold zone)", ("元/m²", "RMB/m²"), "subsidy"),
    ("subsidy_severe_cold_cny_m2", "中央奖励（严寒地区）", "Central subsidy (severe cold)", ("元/m²", "RMB/m²"),
     "subsidy"),
    ("local_topup_cny_m2", "地方配套", "Local top-up", ("元/m²", "RMB/m²"), "programme"),
    ("utility_share", "供热企业分享节煤收益比例", "Utility share of the coal savings", ("", ""), "programme"),
    ("utility_years", "供热企业分享年限", "Utility years", ("年", "years"), "programme"),
    ("sale_price_cny_m2", "新增面积售价", "Sale price of new floor area", ("元/m²", "RMB/m²"), "programme"),
    ("sale_share", "售房收入用于改造的比例", "Share of sales to the project", ("", ""), "programme"),
    ("resident_cap_cny_m2", "居民出资上限", "Residents' cap", ("元/m²", "RMB/m²"), "programme"),
    ("coal_price_cny_tce", "标准煤价格", "Coal price", ("元/tce", "RMB/tce"), "programme"),
    ("area_tariff_cny_m2", "面积热价", "Area tariff", ("元/m²·采暖季", "RMB/m² a season"), "programme"),
    ("metered_fixed_share", "两部制热价固定部分比例", "Fixed part of the two-part tariff", ("", ""), "programme"),
    ("metered_tariff_cny_gj", "计量热价", "Metered tariff", ("元/GJ", "RMB/GJ"), "programme"),
    ("mc_samples", "蒙特卡洛样本数", "Monte Carlo samples", ("", ""), "statistics"),
    ("mc_seed", "随机数种子", "Random-number seed", ("", ""), "statistics"),
)
#: Building fields that fall back to the construction defaults (typical values) when not entered.
DEFAULTED = (("wall_u", "外墙传热系数", "Wall U"), ("window_u", "外窗传热系数", "Window U"),
             ("roof_u", "屋面传热系数", "Roof U"), ("floor_u", "地面传热系数", "Floor U"),
             ("wwr", "窗墙比", "Window-to-wall ratio"), ("air_change_h", "换气次数", "Air change rate"),
             ("structure", "结构类型", "Structure"), ("storey_height_m", "层高", "Storey height"),
             ("eta_network", "管网输送效率", "Network efficiency"), ("eta_source", "热源效率", "Source efficiency"))

STANDARDS = {
    "zh": ("JGJ 26-2010《严寒和寒冷地区居住建筑节能设计标准》（JGJ 26-95 度日法）",
           "JGJ/T 129-2012《既有居住建筑节能改造技术规程》",
           "GB 50736-2012《民用建筑供暖通风与空气调节设计规范》附录 A（气象参数）",
           "GB/T 2589-2020《综合能耗计算通则》（标准煤）",
           "CJJ 34-2010《城镇供热管网设计规范》（热指标）",
           "财建〔2007〕957号《北方采暖区既有居住建筑供热计量及节能改造奖励资金管理暂行办法》"),
    "en": ("JGJ 26-2010, energy-efficiency design of residential buildings in severe cold and cold zones "
           "(degree-day method of JGJ 26-95)",
           "JGJ/T 129-2012, technical specification for energy-efficiency retrofit of existing residential buildings",
           "GB 50736-2012, design code for heating, ventilation and air conditioning, Appendix A (climate)",
           "GB/T 2589-2020, general rules for calculation of comprehensive energy consumption (standard coal)",
           "CJJ 34-2010, design code for city heating networks (heat-load indices)",
           "Caijian [2007] 957, central subsidy for heat metering and energy retrofits in the north"),
}


def _value(value: Any, key: str) -> str:
    if key.endswith("_share"):
        return f"{value * 100:.1f} %"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def _basis(key: str, settings: Settings, lang: str) -> str:
    if key == "co2":
        preset = CO2_BY_KEY.get(settings.co2_preset)
        return preset.name(lang) if preset else BASES["programme"][lang == "en"]
    return BASES[key][lang == "en"]


def assumptions(settings: Settings, defaulted: Mapping[str, np.ndarray], lang: str) -> tuple[Assumption, ...]:
    """Every setting the plan used (marked default or user setting), and for each building field
    how many buildings took the construction default (``defaulted``: key → bool per building)."""
    zh = lang == "zh"
    base = Settings()
    found = []
    for key, name_zh, name_en, unit, basis in ASSUMED:
        value = getattr(settings, key)
        source = ("默认值" if zh else "default") if value == getattr(base, key) else ("用户设置" if zh else "user setting")
        found.append(Assumption(name_zh if zh else name_en, f"{_value(value, key)} {unit[0 if zh else 1]}".strip(),
                                f"{_basis(basis, settings, lang)}{'；' if zh else '; '}{source}"))
    for key, name_zh, name_en in DEFAULTED:
        flags = np.asarray(defaulted.get(key, ()), dtype=bool)
        if flags.any():
            n, missing = flags.size, int(flags.sum())
            text = f"{missing}/{n} 栋取典型值" if zh else f"{missing} of {n} buildings: typical value"
            found.append(Assumption(name_zh if zh else name_en, text,
                                    "按结构类型、建成年代和气候区（非实测）" if zh
                                    else "by structure, era and climate zone (not measured)"))
    return tuple(found)
