"""Texts of the engine in Chinese and English, in one place: the reasons of
:class:`calc.errors.CalcInputError` (by reason code), the notices of :mod:`calc.engine` (by notice
code) and the errors of :mod:`retrofit.estimate`.

The calculator gives codes and parameters only; :func:`reason_text` and :class:`Notice` word
them in the language asked for when the message is shown.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calc.errors import CalcInputError
from retrofit import i18n
from retrofit.domain.errors import ValidationError

#: Reason code of the calculator → (Chinese, English); parameters as in :data:`calc.errors.REASONS`.
REASON_TEXTS: dict[str, tuple[str, str]] = {
    "not_positive": ("必须大于 0", "must be > 0"),
    "negative": ("不能为负", "must not be negative"),
    "not_efficiency": ("必须在 (0, 1] 之间", "must be in (0, 1]"),
    "out_of_range": ("必须在 {low}–{high} 之间", "must be in [{low}, {high}]"),
    "not_whole_number": ("必须是不小于 {low} 的整数", "must be a whole number >= {low}"),
    "not_one_of": ("只能是以下之一：{choices}", "must be one of: {choices}"),
    "missing": ("缺失", "is missing"),
    "missing_without_footprint": ("缺失（且未同时给出长度和进深）",
                                  "is missing (and length and width are not both given)"),
    "not_below_indoor": ("必须低于室内温度 {limit:g} °C", "must be below the indoor temperature ({limit:g} °C)"),
    "not_above_outdoor": ("必须高于采暖期室外平均温度", "must be above the mean outdoor temperature of the heating season"),
    "heat_index_below_zero": ("计算的耗热量指标小于 0：输入数据不合理",
                              "gives a heat consumption index below zero: the inputs are implausible"),
    "unknown_measure": ("不在措施目录中", "is not in the measure catalogue"),
    "duplicate": ("重复", "is given twice"),
    "season_twice": ("同一采暖季重复", "is the same heating season twice for one meter"),
    "before_other": ("不能早于 {other}", "must not be before {other}"),
    "not_exactly_one": ("{choices} 必须且只能填一项", "needs exactly one of {choices}"),
}

#: Notice code of :mod:`calc.engine` (and of the estimate as a whole) → (Chinese, English).
NOTICE_TEXTS: dict[str, tuple[str, str]] = {
    "area_mismatch": (
        "建筑面积 {floor_area_m2:.0f} ㎡ 与 长×宽×层数 = {geometric_area_m2:.0f} ㎡ 相差超过 15%，按建筑面积计算",
        "Floor area {floor_area_m2:.0f} m² differs from length × width × storeys = {geometric_area_m2:.0f} m² "
        "by more than 15 %; the floor area is used"),
    "metering_without_envelope": (
        "方案含分户计量但无围护结构改造：老旧住宅仅做计量，许多住户的热费反而增加",
        "The package has household metering but no envelope measure: in old flats, metering alone has made "
        "many households pay more"),
    "calibration_out_of_range": (
        "校准系数 k = {k:.2f} 超出 0.6–1.6，实测值或输入数据可能有误",
        "Calibration factor k = {k:.2f} is outside 0.6–1.6; the measurement or the inputs are probably wrong"),
    "window_no_better": (
        "现有外窗传热系数 {window_u:.2f} 已不高于方案中的新窗，换窗不计节能",
        "The existing windows (U {window_u:.2f}) are not worse than the package's new windows; no saving is "
        "counted for them"),
    "after_values_ignored": ("改造模式为“不改造”，改造后数值未使用",
                             "Mode is 'none'; the explicit after values are not used"),
    "package_ignored_rebuild": ("拆改建按新建标准计算，改造方案不适用",
                                "A rebuild is computed at new-build values; the package does not apply"),
    "mostly_defaults": ("多数数值为典型值，而非实测值", "Most values are typical values, not measurements"),
    "mostly_defaults_all": ("全部 {count:,} 栋楼多数数值为典型值，而非实测值",
                            "Most values are typical values, not measurements, for all {count:,} buildings"),
    "mostly_defaults_buildings": ("{count:,} 栋楼多数数值为典型值，而非实测值：{buildings}",
                                  "Most values are typical values, not measurements, for {count:,} building(s): "
                                  "{buildings}"),
    "rebuild_share_exceeded": ("拆改建面积占 {share:.0f}%，超过上限 {cap:.0f}%",
                               "Rebuilds take {share:.0f} % of the floor area, more than the cap of {cap:.0f} %"),
}

i18n.register({f"calc_reason_{code}": {"zh": zh, "en": en} for code, (zh, en) in REASON_TEXTS.items()})
i18n.register({f"notice_{code}": {"zh": zh, "en": en} for code, (zh, en) in NOTICE_TEXTS.items()})
i18n.register({
    "estimate_invalid_value": {
        "zh": "小区“{estate}”楼栋“{building}”：字段“{field}”的值“{value}”{reason}",
        "en": "Estate '{estate}', building '{building}': value '{value}' of field '{field}' {reason}",
    },
    "estimate_unknown_city": {
        "zh": "小区“{estate}”楼栋“{building}”：城市“{value}”不在气候数据表中（请使用表中城市的中文或英文名）",
        "en": "Estate '{estate}', building '{building}': city '{value}' is not in the climate table "
              "(use the Chinese or English name of a city in it)",
    },
    "estimate_unknown_choice": {
        "zh": "小区“{estate}”楼栋“{building}”：字段“{field}”的值“{value}”未知，可选：{choices}",
        "en": "Estate '{estate}', building '{building}': unknown {field} '{value}'; choose one of {choices}",
    },
})


def reason_text(code: str, params: Mapping[str, Any] | None = None, lang: str | None = None) -> str:
    """The words of a calculator reason code in the language in force (or ``lang``)."""
    return i18n.message(f"calc_reason_{code}", lang, **dict(params or {}))


class EngineInputError(ValidationError):
    """A value the engine refused, naming estate, building, field and value; the reason is
    worded in the language of the message (``params``: ``reason_code``, ``reason_params``)."""

    code = "estimate_invalid_value"

    def message(self, lang: str | None = None) -> str:
        params = {k: v for k, v in self.params.items() if k not in ("reason_code", "reason_params")}
        reason_params: Any = self.params.get("reason_params")
        reason = reason_text(str(self.params.get("reason_code")), reason_params, lang)
        return i18n.message(self.code, lang, **params, reason=reason)


def engine_error(exc: CalcInputError, *, estate: object = "", building: object = "", field: str | None = None,
                 value: object = None, position: int | None = None) -> EngineInputError:
    """An :class:`EngineInputError` for a calculator error at one building."""
    return EngineInputError(estate=estate, building=building, field=field or exc.field,
                            value=exc.values[0] if value is None and exc.values else value,
                            position=position, reason_code=exc.code, reason_params=dict(exc.params))


@dataclass(frozen=True, slots=True)
class Notice:
    """A soft finding about one building (or the whole set): a stable ``code`` and its ``params``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return i18n.message(f"notice_{self.code}", lang, **self.params)
