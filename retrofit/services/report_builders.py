"""Engine results (:class:`retrofit.estimate.Estimate`) + money (:mod:`retrofit.funding`) + records
→ the plain data of :mod:`reports.data`: the parts every report shares (per-building columns,
totals with the new load and the figures net of it, the band, the funding lines, the year of
the works).

The estate plan, the residents' letter and the programme are built in
:mod:`~retrofit.services.report_plan`, :mod:`~retrofit.services.report_letter` and
:mod:`~retrofit.services.report_programme`. Functions of plain inputs (no session, no
ReportLab): the reporting service calls them.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from reports.data import Band, FundingLine, NewLoad, Totals
from reports.fonts import missing_glyphs, register_fonts
from retrofit import i18n
from retrofit.domain.settings import Settings
from retrofit.domain.targets import net_of_new_load
from retrofit.estimate import Estimate
from retrofit.funding import SOURCES, EstateMoney
from retrofit.services.dto import EstateRow


def figures(est: Estimate) -> dict[str, list]:
    """The estimate's per-building output columns as Python lists (one conversion, then plain
    loops), with ``mode`` and ``package``."""
    out: dict[str, list] = {k: v.tolist() for k, v in est.building_columns().items()}
    out["mode"] = est.modes.tolist()
    out["package"] = [str(p) for p in est.packages]
    return out


def band(est: Estimate, factor: float = 1.0) -> Band | None:
    """The Monte Carlo band of the saved coal (× ``factor``: CO2), or None."""
    if est.band is None:
        return None
    p10, p50, p90 = (float(x) * factor for x in est.band.total)
    return Band(p10, p50, p90)


def new_load(saved_tce: float, saved_tco2: float, freed_capacity_mw: float, added_area_m2: float,
             new_coal_tce: float, new_load_mw: float, settings: Settings) -> NewLoad:
    """The new load of a selection and the figures net of it, as every report prints them
    (:func:`retrofit.domain.targets.net_of_new_load`)."""
    net = net_of_new_load(saved_tce, saved_tco2, freed_capacity_mw, new_coal_tce,
                          new_coal_tce * settings.co2_factor_t_tce, new_load_mw, settings.planning_index_w_m2)
    return NewLoad(added_area_m2=added_area_m2, coal_tce=new_coal_tce, tco2=net.new_tco2, load_mw=new_load_mw,
                   net_saved_tce=net.saved_tce, net_saved_tco2=net.saved_tco2,
                   net_freed_capacity_mw=net.freed_capacity_mw, net_extra_area_m2=net.extra_area_m2)


def totals(est: Estimate) -> Totals:
    """The estimate's totals, gross, with the new load."""
    t = est.totals()
    return Totals(floor_area_m2=t["floor_area_m2"], coal_before_tce=t["coal_before_tce"],
                  coal_after_tce=t["coal_after_tce"], saved_tce=t["saved_tce"], saved_tco2=t["saved_tco2"],
                  freed_capacity_mw=t["freed_capacity_mw"], extra_area_m2=t["extra_area_m2"],
                  cost_rmb=t["cost_rmb"], households=int(round(t["households"])), buildings=len(est),
                  new_load=new_load(t["saved_tce"], t["saved_tco2"], t["freed_capacity_mw"], t["added_area_m2"],
                                    t["new_coal_tce"], t["new_load_mw"], est.settings))


def funding_lines(money: EstateMoney | None) -> tuple[FundingLine, ...]:
    """The sources that pay something, in paying order."""
    if money is None:
        return ()
    return tuple(FundingLine(s, money.funding_rmb[s]) for s in SOURCES if money.funding_rmb.get(s, 0.0) > 0.005)


def planned_years(cols: Mapping[str, np.ndarray]) -> list[int | None]:
    """The planned year of each building (None where not entered)."""
    return [None if np.isnan(y) else int(y) for y in np.asarray(cols["planned_year"], dtype=float).tolist()]


def works_year(years: Sequence[int | None]) -> int | None:
    """The year an estate's works start: its earliest planned year."""
    known = [y for y in years if y is not None]
    return min(known) if known else None


def year_notices(years: Sequence[int | None], date: str, lang: str) -> tuple[str, ...]:
    """A notice for each planned year before the year of ``date`` (an ISO date)."""
    today = int(date[:4]) if date[:4].isdigit() else None
    past = sorted({y for y in years if y is not None and today is not None and y < today})
    return tuple(i18n.message("report_year_past", lang, year=y, date=date) for y in past)


def is_past(year: int | None, date: str) -> bool:
    """Whether ``year`` is before the year of ``date`` (an ISO date)."""
    return year is not None and date[:4].isdigit() and year < int(date[:4])


def typical_values(est: Estimate, lang: str) -> tuple[str, ...]:
    """One line naming the buildings whose figures rest mostly on typical values (method §11)."""
    notice = est.typical_values_notice()
    return (notice.message(lang),) if notice is not None else ()


def glyph_notices(estate: EstateRow, names: Sequence[str], lang: str) -> tuple[str, ...]:
    """A notice when names hold characters the report font cannot show (outside GBK)."""
    register_fonts()
    text = " ".join([estate.estate, estate.address or "", estate.district or "", estate.heat_supplier or "", *names])
    missing = missing_glyphs(text)
    return (i18n.message("report_missing_glyphs", lang, chars=" ".join(missing)),) if missing else ()
