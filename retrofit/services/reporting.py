"""Reports over the stored records: builds the plain report data (:mod:`reports.data`) from the
records, the engine results and the funding split, renders the PDFs and writes them.

Implements :class:`retrofit.services.api.ReportService`. The city-wide programme report groups
the whole city's results by mode, district and planned year; the chosen programme plan (the
``retrofit plan --json`` document) is printed when given or when an approved plan is stored.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from reports import render_plan, render_programme, render_summary, render_verification
from reports.data import Climate, DocInfo, PlanData, SummaryData, VerificationData
from reports.labels import Labels
from reports.programme_data import ProgrammeData
from retrofit import i18n
from retrofit.domain.errors import ValidationError
from retrofit.domain.records import EstateRecord
from retrofit.domain.settings import Settings
from retrofit.domain.targets import TARGETS
from retrofit.estimate import Estimate, estimate_columns
from retrofit.files import output_folder, safe_filename, write_bytes
from retrofit.funding import EstateMoney, estate_money, money_inputs
from retrofit.planner.plan import PlanResult, SavedPlan, plan_curve
from retrofit.progress import Cancelled, CancelToken, Progress
from retrofit.reference import Catalogue, load_climate
from retrofit.services import report_builders, report_letter, report_plan, report_programme
from retrofit.services.dto import EstateRow
from retrofit.services.report_scope import ReportPlan
from retrofit.storage.load import load_columns
from retrofit.verification import verify_columns
from retrofit.verification.report_data import estate_data
from retrofit.verification.report_data import programme_data as verification_section

if TYPE_CHECKING:
    from retrofit.services.app import AppServices

KINDS = ("plan", "summary", "programme", "verification")


class ReportingService:
    """``render`` writes one PDF per estate (or one for the city) and returns the paths."""

    def __init__(self, app: AppServices) -> None:
        self._app = app
        self._cached_settings: Settings | None = None
        self._cached_catalogue: Catalogue | None = None
        self._cached_plan: SavedPlan | None | Literal[False] = False
        self._plan: ReportPlan | None = None
        self._price_basis: str | None = None
        #: Estates of the last run whose planned year is before this year (the reports say so).
        self.past_years: list[str] = []

    # -- the service method ---------------------------------------------------------------
    def render(self, estate_ids: Sequence[int] | None, kind: str, lang: str, out_dir: Path, *,
               progress: Progress | None = None, cancel: CancelToken | None = None,
               plan: PlanResult | SavedPlan | None = None, price_basis: str | None = None) -> list[Path]:
        """kind: plan | summary | programme | verification. ``None`` estates = all. Returns the
        PDF paths.

        ``plan`` is the programme plan whose modes and years the reports follow (default: the
        newest approved stored plan, if any); ``price_basis`` ("2010" or "today") overrides
        the setting for this run.
        """
        if kind not in KINDS:
            raise ValidationError("report_kind", field="kind", value=kind)
        if lang not in i18n.LANGUAGES:
            raise ValidationError("report_lang", field="lang", value=lang)
        if price_basis not in (None, "2010", "today"):
            raise ValidationError("value_not_allowed", field="price_basis", value=price_basis, choices="2010, today")
        out_dir = output_folder(out_dir)
        self._use(plan, price_basis)
        if kind == "programme":
            data = self._programme_data(lang)
            path = out_dir / safe_filename(data.city, ".pdf", tail=f"-{_KIND_NAMES[kind][lang]}-{lang}")
            write_bytes(path, render_programme(data, lang, self._labels(lang)))
            if progress:
                progress(1, 1, path.name)
            return [path]
        ids = list(estate_ids) if estate_ids is not None else [e.id for e in self._app.records.list_estates()]
        labels = self._labels(lang)
        paths: list[Path] = []
        try:
            self._render_estates(ids, kind, lang, out_dir, labels, paths, progress, cancel)
        except Cancelled:
            for path in paths:                      # cancelled: leave nothing behind
                path.unlink(missing_ok=True)
            raise
        return paths

    def _use(self, plan: PlanResult | SavedPlan | None = None, price_basis: str | None = None) -> None:
        """Start a run: settings and catalogue as stored now, the plan the reports follow (the
        one given, else the newest approved stored plan) and the price basis."""
        self._cached_settings = self._cached_catalogue = None
        self._cached_plan = False
        self.past_years = []
        self._app.settings.forget_catalogue()
        self._price_basis = price_basis
        self._plan = ReportPlan.of(plan) if plan is not None else ReportPlan.of(self._approved_row())

    def _render_estates(self, ids: Sequence[int], kind: str, lang: str, out_dir: Path, labels: Labels,
                        paths: list[Path], progress: Progress | None, cancel: CancelToken | None) -> None:
        for done, estate_id in enumerate(ids):
            if cancel is not None:
                cancel.raise_if_cancelled()
            estate = self._app.records.get_estate(estate_id)
            if progress:
                progress(done, len(ids), i18n.message("report_progress", lang, name=estate.estate))
            if kind == "plan":
                pdf = render_plan(self._plan_data(estate, lang), lang, labels)
            elif kind == "verification":
                pdf = render_verification(self._verification_data(estate, lang), lang, labels)
            else:
                pdf = render_summary(self._summary_data(estate, lang), lang, labels)
            path = out_dir / safe_filename(estate.estate, ".pdf", tail=f"-{_KIND_NAMES[kind][lang]}-{lang}-{estate.id}")
            write_bytes(path, pdf)
            paths.append(path)
        if progress:
            progress(len(ids), len(ids), "")

    # -- report data ------------------------------------------------------------------------
    def plan_data(self, estate: EstateRow | int, lang: str, plan: PlanResult | SavedPlan | None = None,
                  price_basis: str | None = None) -> PlanData:
        """The contractor's plan of one estate as plain data (``plan`` and ``price_basis`` as in
        :meth:`render`)."""
        self._use(plan, price_basis)
        return self._plan_data(estate, lang)

    def summary_data(self, estate: EstateRow | int, lang: str = "zh",
                     plan: PlanResult | SavedPlan | None = None) -> SummaryData:
        """The residents' letter of one estate as plain data."""
        self._use(plan)
        return self._summary_data(estate, lang)

    def verification_data(self, estate: EstateRow | int, lang: str) -> VerificationData:
        """The verification report of one estate as plain data (method §12)."""
        self._use()
        return self._verification_data(estate, lang)

    def programme_data(self, lang: str = "zh", plan: PlanResult | SavedPlan | None = None,
                       price_basis: str | None = None) -> ProgrammeData:
        """The whole city's programme as plain data: of ``plan`` (else the approved stored plan)
        when there is one, with the verification against the meters when readings are stored."""
        self._use(plan, price_basis)
        return self._programme_data(lang)

    def _plan_data(self, estate: EstateRow | int, lang: str) -> PlanData:
        estate, cols, est, money = self._estate_results(estate)
        shown = self._plan if self._plan is not None and self._plan.covers(estate.estate) else None
        follows = shown is not None
        data = report_plan.plan_data(estate, cols, est, money, climate_row(estate.city, lang), lang,
                                     self._doc(estate.estate), shown.name if shown is not None else "")
        return dataclasses.replace(data, follows_plan=follows)

    def _summary_data(self, estate: EstateRow | int, lang: str) -> SummaryData:
        estate, cols, est, money = self._estate_results(estate)
        return report_letter.summary_data(estate, cols, est, money, self._doc(estate.estate),
                                          climate_row(estate.city, lang).city)

    def _verification_data(self, estate: EstateRow | int, lang: str) -> VerificationData:
        if isinstance(estate, int):
            estate = self._app.records.get_estate(estate)
        verified = self._app.verification.verify(estate_id=estate.id, uncertainty=True)
        return estate_data(verified, estate.estate, lang=lang, district=estate.district or "",
                           heat_supplier=estate.heat_supplier or "", climate=climate_row(estate.city, lang),
                           doc=self._doc(estate.estate))

    def _programme_data(self, lang: str) -> ProgrammeData:
        estates = self._app.records.list_estates()
        cols = load_columns(self._app.engine)
        shown = self._plan
        if shown is not None:
            cols = shown.apply(cols, everything=True)
        est = self._estimate(cols, estates)
        doc = self._doc() if shown is None or shown.saved is not None else DocInfo(date=dt.date.today().isoformat())
        city = climate_row(_main_city(estates), lang).city if estates else ""
        data = report_programme.programme_data(
            estates, cols, est, shown.result if shown else None, doc, lang, city=city,
            plan_name=shown.name if shown else "", curve=plan_curve(shown.result, TARGETS.saved_tce) if shown else None)
        readings = self._app.verification.reading_columns()
        if len(readings["season"]) and len(est):
            if shown is None:              # the records as they are: the estimate above
                verified = verify_columns(cols, readings, self._settings(), self._catalogue(), estimate=est)
            else:
                verified = verify_columns(load_columns(self._app.engine), readings, self._settings(), self._catalogue())
            data = dataclasses.replace(data, verification=verification_section(verified, TARGETS.saved_tce))
        return data

    # -- helpers ----------------------------------------------------------------------------
    def _estate_results(self, estate: EstateRow | int,
                        ) -> tuple[EstateRow, Mapping[str, Any], Estimate, EstateMoney | None]:
        """The estate, its building columns (with the plan's modes and years when the plan
        covers it), the engine's estimate (with the band) and its money."""
        if isinstance(estate, int):
            estate = self._app.records.get_estate(estate)
        cols = load_columns(self._app.engine, estate_id=estate.id)
        if self._plan is not None and self._plan.covers(estate.estate):
            cols = self._plan.apply(cols)
        if any(report_builders.is_past(y, dt.date.today().isoformat()) for y in report_builders.planned_years(cols)):
            self.past_years.append(estate.estate)
        est = self._estimate(cols, [estate])
        record = EstateRecord(estate=estate.estate, city=estate.city, metered_billing=estate.metered_billing)
        money = estate_money(money_inputs(est), est.settings, {estate.estate: record}) if len(est) else {}
        return estate, cols, est, money.get(estate.estate)

    def _estimate(self, cols: Mapping[str, Any], estates: Sequence[EstateRow]) -> Estimate:
        cols = self._app.verification.calibrated(cols, self._settings())      # meters first (method §8)
        return estimate_columns(cols, self._settings(), self._catalogue(), uncertainty=True,
                                estate_cities={e.estate: e.city for e in estates})

    def _settings(self) -> Settings:
        if self._cached_settings is None:
            settings = self._app.settings.get()
            if self._price_basis is not None:
                settings = settings.replace(price_basis=self._price_basis)
            self._cached_settings = settings
        return self._cached_settings

    def _catalogue(self) -> Catalogue:
        """The measure catalogue with the user's measure edits and packages (as the engine uses it)."""
        if self._cached_catalogue is None:
            self._cached_catalogue = self._app.settings.catalogue()
        return self._cached_catalogue

    def _labels(self, lang: str) -> Labels:
        return report_labels(self._catalogue(), lang)

    def _doc(self, estate: str | None = None) -> DocInfo:
        """Header data: the stored plan's revision, date and status when the estate (or, for the
        programme report, the city) is in it; otherwise a draft of today."""
        today = dt.date.today().isoformat()
        row = self._plan.saved if self._plan is not None else None
        if row is not None and row.result is not None and (estate is None or estate in row.result.estate_year()):
            date = (row.approved_at or "")[:10] or today if row.approved else today
            return DocInfo(version=str(row.revision), date=date, status="approved" if row.approved else "draft")
        return DocInfo(version="1", date=today, status="draft")

    def _approved_row(self) -> SavedPlan | None:
        """The newest approved stored programme plan (with its result), if any."""
        cached = self._cached_plan
        if cached is False:
            plans = self._app.plans.list_plans()
            approved = [p for p in plans if p.approved and p.result is not None]
            cached = self._cached_plan = approved[-1] if approved else None
        return cached


def past_years_notice(estates: Sequence[str], lang: str) -> str:
    """One line naming (the first few of) the estates whose planned year has passed."""
    names = ("、" if lang == "zh" else ", ").join(estates[:5]) + (" …" if len(estates) > 5 else "")
    return i18n.message("report_past_years", lang, count=len(estates), names=names)


def _main_city(estates: Sequence[EstateRow]) -> str:
    cities = [e.city for e in estates]
    return max(set(cities), key=cities.count)


_KIND_NAMES = {"plan": {"zh": "改造方案", "en": "plan"},
               "summary": {"zh": "居民告知书", "en": "residents"},
               "programme": {"zh": "规划报告", "en": "programme"},
               "verification": {"zh": "效果核验", "en": "verification"}}

def climate_row(city: str, lang: str = "zh") -> Climate:
    """The climate row of a city (Chinese or English name), as the reports print it."""
    row = load_climate().get(city)
    if row is None:
        raise ValidationError(field="city", value=city)
    return Climate(city=row.city_zh if lang == "zh" else row.city_en, heating_days=row.heating_days, mean_outdoor_temp_c=row.mean_outdoor_temp_c,
                   design_outdoor_temp_c=row.design_outdoor_temp_c, zone=row.subsidy_zone, source=row.source)


def report_labels(catalogue: Catalogue, lang: str) -> Labels:
    """Report texts in ``lang``, with the names of the measures and packages from ``catalogue``
    (the reports' own texts do not name them)."""
    names = {f"measure_{k}": m.name(lang) for k, m in catalogue.measures.items()}
    names.update({f"package_{k}": p.name(lang) for k, p in catalogue.packages.items()})
    return Labels.for_language(lang, names)


__all__ = ["ReportingService", "climate_row", "past_years_notice", "report_labels", "safe_filename"]
