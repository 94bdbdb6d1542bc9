"""Meter readings: one heating season of one building, or of an estate read by one meter
(``data-dictionary.md``, "Meter register"; ``method.md`` §12).

Season "Y–Y+1" runs from 1 November Y to 31 March Y+1 and is stored as Y. Registers write it
as ``2010-2011``, ``2010/11``, ``2010—2011``, ``2010～2011``, ``2010-2011采暖季``,
``2010年-2011年`` or with full-width digits; :func:`parse_season` reads all of them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from retrofit.domain.vocabulary import BUILDING_BY_KEY, Field

#: The heat and coal columns of a reading: exactly one of them is given.
QUANTITY_KEYS: tuple[str, ...] = ("heat_gj", "heat_mwh", "coal_tce")
#: Seasons accepted (Y of "Y–Y+1").
SEASON_MIN, SEASON_MAX = 1980, 2100

_SEASON_WORDS = re.compile(r"(采暖季|供暖季|采暖期|供暖期|供热季|供热期|采暖年度|年度|heatingseason|season|年)")
_SEASON = re.compile(r"^(\d{4})[-/~至到](\d{4}|\d{2})$")


class SeasonError(ValueError):
    """A season that cannot be read; ``code`` names the reason (``season_format``,
    ``season_not_consecutive``, ``season_range``)."""

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
        super().__init__(f"{code}: {text!r}")


#: The meter register's fields (``data-dictionary.md``, "Meter register"), in the style of
#: :mod:`retrofit.domain.vocabulary`. ``season`` is a kind of its own (:func:`parse_season`).
METER_FIELDS: tuple[Field, ...] = (
    Field("estate", "text", "小区名称", "Estate", required=True, max_length=200, label_zh="小区",
          aliases=BUILDING_BY_KEY["estate"].aliases),
    Field("building", "text", "楼号", "Building", max_length=200, default_zh="空：小区总表",
          default_en="blank: the estate's meter", aliases=BUILDING_BY_KEY["building"].aliases),
    Field("season", "season", "采暖季", "Heating season", required=True,
          aliases=("供暖季", "采暖期", "供暖期", "供热季", "采暖年度", "供暖年度", "heating season", "season year")),
    Field("heat_gj", "float", "供热量", "Heat delivered", "GJ", 0.0, 10_000_000.0, decimals=1,
          aliases=("热量", "耗热量", "用热量", "供热量gj", "热量gj", "heat", "heat gj")),
    Field("heat_mwh", "float", "供热量", "Heat delivered", "MWh", 0.0, 3_000_000.0, decimals=2,
          aliases=("供热量mwh", "热量mwh", "耗热量mwh", "heat mwh")),
    Field("coal_tce", "float", "耗煤量", "Coal burnt", "tce", 0.0, 400_000.0, decimals=2,
          aliases=("耗煤", "标煤量", "耗标煤量", "标准煤", "耗煤量tce", "coal", "coal tce")),
    Field("heated_area_m2", "float", "供热面积", "Heated area", "m²", 0.0, 10_000_000.0, low_open=True, decimals=1,
          default_zh="改造前为建筑面积，改造后为改造后面积", default_en="the floor area of the state in force",
          aliases=("采暖面积", "供暖面积", "收费面积", "计量面积", "heated area")),
    Field("heating_days", "float", "实际采暖天数", "Heating days", "天", 30.0, 300.0, decimals=0,
          default_zh="无（不做气象修正）", default_en="none (no weather normalisation)",
          aliases=("采暖天数", "供暖天数", "供热天数", "采暖期天数", "heating days", "days")),
    Field("mean_outdoor_temp_c", "float", "采暖期室外平均温度", "Mean outdoor temperature", "°C", -40.0, 17.0,
          decimals=1, default_zh="无（不做气象修正）", default_en="none (no weather normalisation)",
          aliases=("室外平均温度", "平均室外温度", "室外温度", "采暖期平均温度", "mean outdoor temperature")),
    Field("indoor_temp_c", "float", "室内平均温度", "Mean indoor temperature", "°C", 5.0, 30.0, decimals=1,
          aliases=("室内温度", "平均室温", "室温", "indoor temperature")),
)
METER_BY_KEY: dict[str, Field] = {f.key: f for f in METER_FIELDS}


def parse_season(value: object) -> int:
    """The year Y in which the heating season "Y–Y+1" starts.

    Parameters
    ----------
    value : object
        ``"2010-2011"``, ``"2010/11"``, ``"2010—2011"``, ``"2010-2011采暖季"``,
        ``"２０１０－２０１１"``, ``"2010年-2011年"``; a bare year is refused, since registers use
        it both for the year a season starts and for the year it ends.

    Raises
    ------
    SeasonError
        When the text is not a season, the second year does not follow the first, or the
        season lies outside 1980–2100.
    """
    text = "" if value is None else str(value)
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"\s+", "", s)
    s = _SEASON_WORDS.sub("", s)
    s = re.sub(r"[\u2010-\u2015\u2212\u301c\uff5e_]", "-", s)
    s = s.strip("-")
    s = re.sub(r"-+", "-", s)
    match = _SEASON.match(s)
    if match is None:
        raise SeasonError("season_format", text)
    first, second = int(match.group(1)), match.group(2)
    expected = first + 1
    if int(second) != (expected if len(second) == 4 else expected % 100):
        raise SeasonError("season_not_consecutive", text)
    if not SEASON_MIN <= first <= SEASON_MAX:
        raise SeasonError("season_range", text)
    return first


def season_text(season: int) -> str:
    """The canonical text of a season, ``2010-2011``."""
    return f"{season}-{season + 1}"


@dataclass(frozen=True, slots=True)
class MeterReading:
    """One row of the meter register (keys and units as in the data dictionary).

    ``building`` is ``None`` for an estate's meter. Exactly one of ``heat_gj``, ``heat_mwh`` and
    ``coal_tce`` is given; the rest may be ``None`` (not recorded).
    """

    estate: str
    building: str | None
    season: int
    heat_gj: float | None = None
    heat_mwh: float | None = None
    coal_tce: float | None = None
    heated_area_m2: float | None = None
    heating_days: float | None = None
    mean_outdoor_temp_c: float | None = None
    indoor_temp_c: float | None = None

    @property
    def unit(self) -> str:
        """``"GJ"``, ``"MWh"`` or ``"tce"``: the quantity the row gives."""
        if self.heat_gj is not None:
            return "GJ"
        return "MWh" if self.heat_mwh is not None else "tce"


@dataclass(frozen=True, slots=True)
class MeterRegister:
    """What one meter register file holds. ``rows[i]`` is the row of ``readings[i]`` as a
    spreadsheet shows it; ``extra`` holds the mapping of headers to keys and the notices."""

    readings: tuple[MeterReading, ...] = ()
    source: str = ""
    rows: tuple[int, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
