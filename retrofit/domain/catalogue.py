"""The words of the measure catalogue (``resources/data/measures.toml``): kinds of measure, what a
unit cost is paid per, the two categories, and the fields of a measure with their labels, units
and ranges. The catalogue editor, the settings service's checks and its messages use them.

Which parameters each kind needs follows :mod:`calc.measures` (``method.md`` §7).
"""
from __future__ import annotations

from retrofit.domain.vocabulary import Choice, Field

KINDS = (
    Choice("wall_insulation", "外墙保温", "Wall insulation"),
    Choice("roof_insulation", "屋面保温", "Roof insulation"),
    Choice("floor_insulation", "地下室顶板保温", "Basement ceiling insulation"),
    Choice("window_replacement", "更换外窗", "Window replacement"),
    Choice("air_tightness", "气密性改善", "Air tightness"),
    Choice("behaviour", "计量与温控", "Metering and thermostatic valves"),
    Choice("network", "管网平衡", "Network balancing"),
    Choice("source", "热源改造", "Heat source"),
)
#: What a unit cost is paid per: the labels name the unit (元 per …).
QUANTITIES = (
    Choice("wall_m2", "m² 外墙", "m² of wall"),
    Choice("window_m2", "m² 外窗", "m² of window"),
    Choice("roof_m2", "m² 屋面", "m² of roof"),
    Choice("basement_m2", "m² 地下室顶板", "m² of basement ceiling"),
    Choice("floor_area_m2", "m² 建筑面积", "m² of floor area"),
)
CATEGORIES = (
    Choice("basic", "基础类", "Basic"),
    Choice("improvement", "完善类", "Improvement"),
)

#: The fields of a measure a user edits (names, prices and the parameters of its kind).
MEASURE_FIELDS: tuple[Field, ...] = (
    Field("name_zh", "text", "中文名称", "Chinese name", max_length=200),
    Field("name_en", "text", "英文名称", "English name", max_length=200),
    Field("cost_2010_cny", "money", "2010 年单价", "Unit cost, 2010 prices", "元", 0.0, 1e6, decimals=0),
    Field("cost_today_cny", "money", "现行单价", "Unit cost, today's prices", "元", 0.0, 1e6, decimals=0),
    Field("thickness_m", "float", "保温层厚度", "Insulation thickness", "m", 0.0, 1.0, low_open=True, decimals=3),
    Field("conductivity_w_mk", "float", "导热系数", "Conductivity", "W/(m·K)", 0.0, 5.0, low_open=True, decimals=3),
    Field("window_u_w_m2k", "float", "外窗传热系数", "Window U", "W/(m²·K)", 0.0, 7.0, low_open=True, decimals=2),
    Field("air_change_cap_h", "float", "换气次数上限", "Air change at most", "h⁻¹", 0.0, 3.0, low_open=True),
    Field("air_change_cut_h", "float", "换气次数降低", "Air change reduction", "h⁻¹", 0.0, 3.0, low_open=True),
    Field("air_change_floor_h", "float", "换气次数下限", "Air change at least", "h⁻¹", 0.0, 3.0, low_open=True),
    Field("heat_factor", "float", "耗热量系数", "Heat factor", "", 0.0, 1.0, low_open=True, decimals=3),
    Field("eta_network_min", "float", "管网输送效率（改造后不低于）", "Network efficiency at least", "", 0.0, 1.0,
          low_open=True),
    Field("eta_source_min", "float", "热源效率（改造后不低于）", "Source efficiency at least", "", 0.0, 1.0,
          low_open=True),
)
MEASURE_BY_KEY: dict[str, Field] = {f.key: f for f in MEASURE_FIELDS}

#: The parameters each kind of measure needs (file keys).
PARAMETERS: dict[str, tuple[str, ...]] = {
    "wall_insulation": ("thickness_m", "conductivity_w_mk"),
    "roof_insulation": ("thickness_m", "conductivity_w_mk"),
    "floor_insulation": ("thickness_m", "conductivity_w_mk"),
    "window_replacement": ("window_u_w_m2k", "air_change_cap_h"),
    "air_tightness": ("air_change_cut_h", "air_change_floor_h"),
    "behaviour": ("heat_factor",),
    "network": ("eta_network_min",),
    "source": ("eta_source_min",),
}


def choice_name(choices: tuple[Choice, ...], value: str, lang: str = "zh") -> str:
    """The label of ``value`` among ``choices`` (the value itself when it is not one of them)."""
    for c in choices:
        if c.value == value:
            return c.en if lang == "en" else c.zh
    return value
