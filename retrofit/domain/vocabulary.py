"""The one table of record fields (``docs/data-dictionary.md``): key, kind, unit, range, Chinese
and English labels, register aliases, default and longest text.

Everything that needs to know a field is made from this table, so that the parts cannot
disagree: the database's CHECK constraints and the services' validation
(:mod:`retrofit.storage.fields`), the register columns (:mod:`retrofit.io.columns`), the export
template, the desktop app's editors (``ui/fields.py``) and the field table of
``docs/registers.md`` (checked by a test).

Kinds: ``text``, ``int``, ``year`` (an int; ``high`` :data:`THIS_YEAR` = the current year),
``float``, ``fraction`` (a float; ``85%`` reads as 0.85), ``money`` (RMB, kept to the fen),
``bool``, ``date`` (``low``/``high`` are years), ``choice`` (one of ``choices``) and
``package`` (a package name; the shipped packages are stored by their key, never by a Chinese
name). Ranges are inclusive unless ``low_open``.
"""
from __future__ import annotations

from dataclasses import dataclass

#: ``high`` of a year field that must not lie in the future.
THIS_YEAR = -1
#: Largest year anywhere (the CHECK constraints of year fields bounded by the current year).
YEAR_MAX = 2100
BUILDING = "building"
ESTATE = "estate"


@dataclass(frozen=True, slots=True)
class Choice:
    """One value of a ``choice`` field: the stored key, its labels and register spellings."""

    value: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Field:
    """One record field (see the module docstring)."""

    key: str
    kind: str
    zh: str                      # the register header (data dictionary)
    en: str                      # the English label
    unit: str = ""
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    required: bool = False
    aliases: tuple[str, ...] = ()
    default_zh: str = ""
    default_en: str = ""
    max_length: int | None = None
    choices: tuple[Choice, ...] = ()
    label_zh: str = ""           # a shorter Chinese label for the app, when the header is long
    decimals: int = 2            # shown decimals in the app
    defaultable: bool = False    # the method fills it in when not entered
    percent: bool = False        # a share (a fraction) that people write in per cent: shown as 75 %

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "year", "float", "fraction", "money")

    @property
    def text_like(self) -> bool:
        return self.kind in ("text", "package", "choice")

    def label(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else (self.label_zh or self.zh)

    def default(self, lang: str = "zh") -> str:
        return self.default_en if lang == "en" else self.default_zh

    def high_value(self, this_year: int) -> float | None:
        return this_year if self.high == THIS_YEAR else self.high

    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


_U = "W/(m²·K)"
_D = ("构造默认值", "construction default")

STRUCTURES = (
    Choice("brick_concrete", "砖混", "Brick-concrete", ("砖混结构", "砌体", "砖混砌体", "brick")),
    Choice("large_panel", "大板", "Large panel", ("大板结构", "装配式大板", "panel")),
    Choice("frame", "框架", "Frame", ("框架结构", "框剪")),
)
MODES = (
    Choice("none", "不改造", "No retrofit", ("无", "不改", "no")),
    Choice("retrofit", "节能改造", "Energy retrofit", ("改造", "节能", "综合改造", "节能综合改造")),
    Choice("add_storey", "加层改造", "Add storeys", ("加层",)),
    Choice("rebuild", "拆改建", "Rebuild", ("拆除重建", "拆建", "拆除新建")),
)
STATUSES = (
    Choice("planned", "计划", "Planned", ("计划中", "规划", "拟改造", "未开工")),
    Choice("design", "设计", "Design", ("设计中", "方案设计")),
    Choice("construction", "施工", "Construction", ("施工中", "在建", "已开工")),
    Choice("completed", "竣工", "Completed", ("已竣工", "完工", "已完工", "竣工验收")),
)
REBUILD_RULES = (
    Choice("required", "必须拆改建", "Rebuild required", ("必须拆建", "危房", "须拆改建", "rebuild required")),
    Choice("excluded", "不拆改建", "No rebuild", ("不得拆改建", "不拆建", "禁止拆改建", "no rebuild")),
)
#: The shipped packages: key, Chinese name, English name, register spellings.
PACKAGES = (
    Choice("basic", "基础", "Basic", ("基础方案", "基础包", "基本", "基本方案")),
    Choice("usual", "常规", "Usual", ("常规方案", "常规包", "标准", "标准方案")),
    Choice("advanced", "深度", "Advanced", ("深度方案", "深度包", "深度改造", "高标准")),
)


def _u(key: str, zh: str, en: str, low: float, high: float, *, after: bool = False) -> Field:
    default = ("由方案给出", "from the package") if after else _D
    return Field(key, "float", zh, en, _U, low, high, aliases=() if after else (zh.replace("传热系数", "k值"),
                 zh.replace("传热系数", "u值"), en.lower() + " value"),
                 default_zh=default[0], default_en=default[1], defaultable=not after)


def _eta(key: str, zh: str, en: str, default: str, aliases: tuple[str, ...] = (), after: bool = False) -> Field:
    d = ("由方案给出", "from the package") if after else (default, default)
    return Field(key, "fraction", zh, en, "", 0.0, 1.0, low_open=True, aliases=aliases,
                 default_zh=d[0], default_en=d[1], defaultable=not after)


BUILDING_FIELDS: tuple[Field, ...] = (
    Field("estate", "text", "小区名称", "Estate", required=True, max_length=200, label_zh="小区",
          aliases=("小区", "小区名", "小区名字", "estate name", "estate_name")),
    Field("building", "text", "楼号", "Building", required=True, max_length=200,
          aliases=("楼栋", "楼栋号", "栋号", "楼栋编号", "楼栋名称", "building no", "building number", "building name")),
    Field("city", "text", "城市", "City", required=True, max_length=100, aliases=("所在城市", "市", "city name")),
    Field("year_built", "year", "建成年份", "Year built", "年", 1900, THIS_YEAR, required=True, decimals=0,
          aliases=("建成年代", "建造年份", "建设年份", "竣工年份", "建筑年代", "year", "year built", "built")),
    Field("structure", "choice", "结构类型", "Structure", choices=STRUCTURES, default_zh="砖混",
          default_en="brick_concrete", aliases=("结构", "结构形式", "structure type"), defaultable=True),
    Field("storeys", "int", "层数", "Storeys", "层", 1, 40, required=True, decimals=0,
          aliases=("地上层数", "楼层数", "floors", "stories", "storey count", "number of storeys")),
    Field("floor_area_m2", "float", "建筑面积", "Floor area", "m²", 0.0, 10_000_000.0, low_open=True, required=True,
          decimals=1, aliases=("面积", "总建筑面积", "楼栋面积", "area", "gross floor area")),
    Field("households", "int", "户数", "Households", "户", 0, 100_000, required=True, decimals=0,
          aliases=("住户数", "总户数", "居民户数", "dwellings", "flats", "households count")),
    Field("storey_height_m", "float", "层高", "Storey height", "m", 2.0, 6.0, default_zh="2.8", default_en="2.8",
          defaultable=True),
    Field("length_m", "float", "长度", "Length", "m", 1.0, 500.0, decimals=1, default_zh="按方法 §2",
          default_en="method §2", aliases=("建筑长度", "楼长", "length"), defaultable=True),
    Field("width_m", "float", "进深", "Width", "m", 1.0, 100.0, decimals=1, default_zh="10", default_en="10",
          aliases=("宽度", "进深/宽度", "进深宽度", "建筑进深", "width", "depth"), defaultable=True),
    Field("wwr", "fraction", "窗墙比", "Window-wall ratio", "", 0.0, 0.9, default_zh=_D[0], default_en=_D[1],
          aliases=("窗墙面积比", "window wall ratio", "window to wall ratio"), defaultable=True),
    _u("wall_u", "外墙传热系数", "Wall U", 0.05, 5.0),
    _u("window_u", "外窗传热系数", "Window U", 0.5, 7.0),
    _u("roof_u", "屋面传热系数", "Roof U", 0.05, 5.0),
    _u("floor_u", "地面传热系数", "Floor U", 0.05, 5.0),
    Field("floor_factor", "fraction", "地面修正系数", "Floor factor", "", 0.0, 1.0, default_zh="0.5",
          default_en="0.5", defaultable=True),
    Field("air_change_h", "float", "换气次数", "Air change", "h⁻¹", 0.1, 3.0, default_zh=_D[0], default_en=_D[1],
          aliases=("air change", "air changes"), defaultable=True),
    Field("stairwell_heated", "bool", "楼梯间采暖", "Heated stairwell", default_zh="否", default_en="no",
          aliases=("楼梯间是否采暖",), defaultable=True),
    _eta("eta_network", "管网输送效率", "Network efficiency", "0.90", ("管网效率", "室外管网输送效率")),
    _eta("eta_source", "热源效率", "Source efficiency", "0.68", ("锅炉效率", "锅炉运行效率", "热源运行效率")),
    Field("measured_kgce_m2", "float", "实测单位面积耗煤量", "Metered coal use", "kgce/m²", 0.0, 200.0, low_open=True,
          decimals=1, default_zh="无（不校准）", default_en="none (no calibration)",
          aliases=("实测耗煤量", "单位面积耗煤量", "measured coal")),
    Field("remaining_life_years", "float", "剩余使用年限", "Remaining life", "年", 0.0, 100.0, decimals=0,
          aliases=("剩余年限", "remaining life")),
    Field("mode", "choice", "改造模式", "Mode", choices=MODES, default_zh="节能改造", default_en="retrofit",
          aliases=("改造方式", "改造类型", "retrofit mode"), defaultable=True),
    Field("package", "package", "改造方案", "Package", max_length=100, default_zh="常规", default_en="usual",
          aliases=("方案", "改造套餐", "措施包", "改造标准"), defaultable=True),
    Field("planned_year", "year", "计划年度", "Planned year", "年", 2000, YEAR_MAX, decimals=0,
          aliases=("计划改造年度", "计划年份", "改造年度", "plan year")),
    Field("added_storeys", "int", "加层层数", "Added storeys", "层", 1, 2, decimals=0, label_zh="加层数",
          default_zh="1（仅加层改造）", default_en="1 (add_storey only)", aliases=("增加层数", "加层数"),
          defaultable=True),
    _u("wall_u_after", "改造后外墙传热系数", "Wall U after", 0.05, 5.0, after=True),
    _u("window_u_after", "改造后外窗传热系数", "Window U after", 0.5, 7.0, after=True),
    _u("roof_u_after", "改造后屋面传热系数", "Roof U after", 0.05, 5.0, after=True),
    _u("floor_u_after", "改造后地面传热系数", "Floor U after", 0.05, 5.0, after=True),
    Field("air_change_after_h", "float", "改造后换气次数", "Air change after", "h⁻¹", 0.1, 3.0,
          default_zh="由方案给出", default_en="from the package"),
    _eta("eta_network_after", "改造后管网输送效率", "Network efficiency after", "", after=True),
    _eta("eta_source_after", "改造后热源效率", "Source efficiency after", "", after=True),
    Field("indoor_temp_before_c", "float", "改造前室内温度", "Indoor temperature before", "°C", 8.0, 26.0,
          decimals=1, default_zh="无（按方法 §8）", default_en="none (method §8)",
          aliases=("室内温度", "改造前室温", "indoor temperature before")),
    Field("measured_gj_m2", "float", "实测单位面积供热量", "Metered heat use", "GJ/m²", 0.0, 5.0, low_open=True,
          decimals=3, default_zh="无", default_en="none",
          aliases=("实测供热量", "单位面积供热量", "measured heat")),
    Field("status", "choice", "实施状态", "Status", choices=STATUSES, default_zh="计划", default_en="planned",
          aliases=("状态", "改造状态", "进度", "实施进度", "execution status")),
    Field("works_start", "date", "开工日期", "Works start", "", 1990, YEAR_MAX,
          aliases=("开工时间", "开工", "start date", "works start date")),
    Field("works_completed", "date", "竣工日期", "Works completed", "", 1990, YEAR_MAX,
          aliases=("竣工时间", "完工日期", "completion date", "works completed date")),
    Field("actual_cost_rmb", "money", "实际投资", "Actual cost", "元", 0.0, 10_000_000_000.0, decimals=0,
          aliases=("实际造价", "实际费用", "实际投资额", "决算金额", "actual cost")),
    Field("contractor", "text", "施工单位", "Contractor", max_length=200,
          aliases=("承包单位", "施工企业", "施工方", "contractor name")),
    Field("rebuild_rule", "choice", "拆改建规定", "Rebuild rule", choices=REBUILD_RULES,
          default_zh="按剩余使用年限", default_en="by remaining life",
          aliases=("是否拆改建", "拆改建要求", "rebuild")),
)

ESTATE_FIELDS: tuple[Field, ...] = (
    Field("estate", "text", "小区名称", "Estate", required=True, max_length=200, label_zh="小区",
          aliases=BUILDING_FIELDS[0].aliases),
    Field("city", "text", "城市", "City", required=True, max_length=100, aliases=BUILDING_FIELDS[2].aliases),
    Field("district", "text", "区/县", "District", max_length=200,
          aliases=("区县", "区", "县", "所在区", "行政区", "城区")),
    Field("subdistrict", "text", "街道", "Subdistrict", max_length=200, aliases=("街道办", "街道办事处", "乡镇街道")),
    Field("address", "text", "地址", "Address", max_length=400, aliases=("小区地址", "详细地址", "位置")),
    Field("year_completed", "year", "建成年份", "Year completed", "年", 1900, THIS_YEAR, decimals=0,
          aliases=("小区建成年份", "建成年代", "竣工年份", "year")),
    Field("households", "int", "户数", "Households", "户", 0, 10_000_000, decimals=0,
          aliases=("小区户数", "总户数", "estate_households", "dwellings")),
    Field("consent_rate", "fraction", "居民同意率", "Consent rate", "", 0.0, 1.0, percent=True, decimals=1,
          aliases=("同意率", "居民改造意愿", "consent")),
    Field("heat_supplier", "text", "供热单位", "Heat supplier", max_length=200,
          aliases=("供热企业", "供热公司", "热力公司")),
    Field("metered_billing", "bool", "按热计量收费", "Metered billing", default_zh="否", default_en="no",
          aliases=("热计量收费", "按热计量", "计量收费", "metered")),
    Field("must_do", "bool", "必须改造", "Must do", default_zh="否", default_en="no",
          aliases=("必改", "必须实施", "must")),
)

BUILDING_BY_KEY: dict[str, Field] = {f.key: f for f in BUILDING_FIELDS}
ESTATE_BY_KEY: dict[str, Field] = {f.key: f for f in ESTATE_FIELDS}
FIELDS = {BUILDING: BUILDING_BY_KEY, ESTATE: ESTATE_BY_KEY}

#: The settings a user edits (``retrofit.domain.settings.Settings``), with their labels and
#: units. ``fraction`` settings are shares (shown in %); the services check the values.
SETTING_FIELDS: tuple[Field, ...] = (
    Field("indoor_temp_after_c", "float", "改造后室内温度（有实测改造前室温的楼栋）",
          "Indoor temperature after (buildings surveyed before)", "°C", 12.0, 26.0,
          decimals=1),
    Field("co2_factor_t_tce", "float", "CO2 排放因子", "CO2 factor", "t CO2/tce", 0.1, 5.0, decimals=3),
    Field("planning_index_w_m2", "float", "规划热负荷指标", "Planning heat-load index", "W/m²", 10.0, 200.0,
          decimals=1),
    Field("coal_price_cny_tce", "float", "标煤价格", "Coal price", "元/tce", 0.0, 10_000.0, decimals=0),
    Field("subsidy_cold_cny_m2", "float", "中央奖励（寒冷地区）", "Central subsidy, cold zone", "元/m²", 0.0,
          1000.0, decimals=1),
    Field("subsidy_severe_cold_cny_m2", "float", "中央奖励（严寒地区）", "Central subsidy, severe cold zone",
          "元/m²", 0.0, 1000.0, decimals=1),
    Field("local_topup_cny_m2", "float", "地方配套", "Local top-up", "元/m²", 0.0, 1000.0, decimals=1),
    Field("utility_share", "fraction", "供热企业分担比例（节煤收益）", "Heat utility share of the saved coal's value",
          "", 0.0, 1.0, decimals=0, percent=True),
    Field("sale_price_cny_m2", "float", "新增面积售价", "Sale price of new floor area", "元/m²", 0.0, 100_000.0,
          decimals=0),
    Field("resident_cap_cny_m2", "float", "居民出资上限", "Residents' contribution cap", "元/m²", 0.0, 1000.0,
          decimals=1),
    Field("area_tariff_cny_m2", "float", "按面积收费标准", "Area-based heating tariff", "元/m²", 0.0, 200.0,
          decimals=2),
    Field("rebuild_cap_share", "fraction", "拆改建上限（占建筑面积）", "Rebuild cap (share of floor area)", "",
          0.0, 1.0, decimals=0, percent=True),
    Field("min_consent_rate", "fraction", "最低居民同意率", "Minimum consent rate", "", 0.0, 1.0, decimals=1,
          percent=True),
    Field("discount_rate", "fraction", "折现率（净现值）", "Discount rate (net present value)", "", 0.0, 1.0,
          decimals=1, percent=True),
    Field("coal_price_escalation", "fraction", "煤价年涨幅", "Coal price escalation per year", "", 0.0, 1.0,
          decimals=1, percent=True),
    Field("appraisal_years", "float", "评价期", "Appraisal period", "年", 1.0, 100.0, decimals=0),
    Field("demolition_cost_cny_m2", "float", "拆除单价（含在拆改建造价内）", "Demolition (part of the rebuild cost)",
          "元/m²", 0.0, 2000.0, decimals=0),
    Field("scaffolding_cny_m2", "float", "外脚手架单价（按立面面积）", "Scaffolding (per m² of facade)", "元/m²", 0.0,
          500.0, decimals=1),
    Field("site_overheads_share", "fraction", "现场管理费及措施费", "Site overheads", "", 0.0, 1.0, decimals=1,
          percent=True),
    Field("contingency_share", "fraction", "不可预见费", "Contingency", "", 0.0, 1.0, decimals=1, percent=True),
    Field("vat_share", "fraction", "增值税税率", "VAT rate", "", 0.0, 1.0, decimals=1, percent=True),
    Field("works_months_retrofit", "int", "节能改造工期（每栋）", "Works per building, retrofit", "月", 1, 60,
          decimals=0),
    Field("works_months_add_storey", "int", "加层改造工期（每栋）", "Works per building, added storey", "月", 1, 60,
          decimals=0),
    Field("works_months_rebuild", "int", "拆改建过渡期（搬出到回迁）", "Rebuild: moving out to moving back", "月",
          1, 120, decimals=0),
    Field("office_name", "text", "发文单位", "Sender (office)", max_length=200),
    Field("office_contact", "text", "联系人", "Contact person", max_length=100),
    Field("office_phone", "text", "联系电话", "Contact phone", max_length=50),
    Field("co2_preset", "text", "CO2 排放因子预设", "CO2 preset"),
    Field("price_basis", "text", "价格基准", "Price basis"),
)
SETTING_BY_KEY: dict[str, Field] = {f.key: f for f in SETTING_FIELDS}


def label_of(key: str, lang: str = "zh") -> str:
    """The label of a record field or setting in ``lang``; a key nobody knows stays as it is."""
    f = BUILDING_BY_KEY.get(key) or ESTATE_BY_KEY.get(key) or SETTING_BY_KEY.get(key)
    return f.label(lang) if f is not None else key
