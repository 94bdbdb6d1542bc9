"""The assumptions page of a plan: every setting and default used, the standards referred to."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from reports.data import Assumption
from retrofit.domain.settings import Settings

#: Settings printed on the assumptions page: key, Chinese name, English name, unit, basis.
ASSUMED: tuple[tuple[str, str, str, str, str], ...] = (
    ("indoor_temp_c", "室内计算温度", "Indoor design temperature", "℃", "JGJ 26 / method §1"),
    ("indoor_temp_after_c", "改造后室内温度（有实测改造前室温的楼栋）", "Indoor temperature after (buildings surveyed before)",
     "℃", "method §8"),
    ("internal_gains_w_m2", "室内得热", "Internal gains", "W/m²", "JGJ 26 / method §1"),
    ("coal_heat_value_kwh_kgce", "标准煤热值", "Heat value of standard coal", "kWh/kgce", "method §1"),
    ("air_specific_heat_wh_kgk", "空气比热容", "Specific heat of air", "Wh/(kg·K)", "method §1"),
    ("ventilated_share_unheated_stairs", "换气体积比（楼梯间不采暖）", "Ventilated share (unheated stairs)", "", "method §1"),
    ("ventilated_share_heated_stairs", "换气体积比（楼梯间采暖）", "Ventilated share (heated stairs)", "", "method §1"),
    ("u_correction", "传热系数修正系数 ε", "U correction ε", "", "method §1"),
    ("floor_factor", "地面修正系数", "Floor correction factor", "", "method §1"),
    ("default_width_m", "默认进深", "Default building depth", "m", "method §2"),
    ("default_storey_height_m", "默认层高", "Default storey height", "m", "method §2"),
    ("eta_network", "管网输送效率 η₁（现状默认）", "Network efficiency η₁ (default)", "", "method §4"),
    ("eta_source", "热源效率 η₂（现状默认）", "Heat-source efficiency η₂ (default)", "", "method §4"),
    ("co2_factor_t_tce", "二氧化碳排放因子", "CO2 factor", "t/tce", "method §1"),
    ("planning_index_w_m2", "新增入网规划热指标", "Planning heat-load index", "W/m²", "method §5"),
    ("rebuild_factor", "拆改建面积系数", "Rebuild floor-area factor", "", "method §9"),
    ("price_basis", "价格基准年", "Price basis", "", "method §10"),
    ("add_storey_cost_cny_m2", "加层造价", "Added storey cost", "元/m²", "method §10"),
    ("rebuild_cost_cny_m2", "拆改建造价", "Rebuild cost", "元/m²", "method §10"),
    ("subsidy_cold_cny_m2", "中央奖励（寒冷地区）", "Central subsidy (cold zone)", "元/m²", "财建〔2007〕957号"),
    ("subsidy_severe_cold_cny_m2", "中央奖励（严寒地区）", "Central subsidy (severe cold)", "元/m²", "财建〔2007〕957号"),
    ("local_topup_cny_m2", "地方配套", "Local top-up", "元/m²", "method §10"),
    ("utility_share", "供热企业分享节煤收益比例", "Utility share of the coal savings", "", "method §10"),
    ("utility_years", "供热企业分享年限", "Utility years", "a", "method §10"),
    ("sale_price_cny_m2", "新增面积售价", "Sale price of new floor area", "元/m²", "method §10"),
    ("sale_share", "售房收入用于改造的比例", "Share of sales to the project", "", "method §10"),
    ("resident_cap_cny_m2", "居民出资上限", "Residents' cap", "元/m²", "method §10"),
    ("coal_price_cny_tce", "标准煤价格", "Coal price", "元/tce", "method §10"),
    ("area_tariff_cny_m2", "面积热价", "Area tariff", "元/m²·采暖季", "method §10"),
    ("metered_fixed_share", "两部制热价固定部分比例", "Fixed part of the two-part tariff", "", "method §10"),
    ("metered_tariff_cny_gj", "计量热价", "Metered tariff", "元/GJ", "method §10"),
    ("typical_flat_m2", "典型住房面积", "Typical flat", "m²", "method §10"),
    ("mc_samples", "蒙特卡洛样本数", "Monte Carlo samples", "", "method §11"),
    ("mc_seed", "随机种子", "Random seed", "", "method §11"),
)
#: Building fields that fall back to the construction defaults (method §6) when not entered.
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
           "财建〔2007〕957号《北方采暖区既有居住建筑供热计量及节能改造奖励资金管理暂行办法》"),
    "en": ("JGJ 26-2010, energy-efficiency design of residential buildings in severe cold and cold zones "
           "(degree-day method of JGJ 26-95)",
           "JGJ/T 129-2012, technical specification for energy-efficiency retrofit of existing residential buildings",
           "GB 50736-2012, design code for heating, ventilation and air conditioning, Appendix A (climate)",
           "GB/T 2589-2020, general rules for calculation of comprehensive energy consumption (standard coal)",
           "Caijian [2007] 957, central subsidy for heat metering and energy retrofits in the north"),
}


def _value(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def assumptions(settings: Settings, defaulted: Mapping[str, np.ndarray], lang: str) -> tuple[Assumption, ...]:
    """Every setting the plan used (marked default or user setting), and for each building field
    how many buildings took the construction default (``defaulted``: key → bool per building)."""
    zh = lang == "zh"
    base = Settings()
    found = []
    for key, name_zh, name_en, unit, basis in ASSUMED:
        value = getattr(settings, key)
        if value != getattr(base, key):
            source = "用户设置" if zh else "user setting"
        else:
            source = "默认值" if zh else "default"
        basis = basis.replace("method §", "计算方法 §") if zh else basis
        found.append(Assumption(name_zh if zh else name_en, f"{_value(value)} {unit}".strip(),
                                f"{basis}；{source}" if zh else f"{basis}; {source}"))
    for key, name_zh, name_en in DEFAULTED:
        flags = np.asarray(defaulted.get(key, ()), dtype=bool)
        if flags.any():
            n, missing = flags.size, int(flags.sum())
            text = f"{missing}/{n} 栋按方法默认值" if zh else f"{missing} of {n} buildings: method default"
            found.append(Assumption(name_zh if zh else name_en, text, "计算方法 §6" if zh else "method §6"))
    return tuple(found)
