"""Report data for the tests: a small estate written out by hand, and larger generated ones."""
from __future__ import annotations

from reports.data import (
    Assumption,
    Band,
    BuildingPlan,
    Climate,
    DocInfo,
    EstateRank,
    FundingLine,
    GroupLine,
    MeasureLine,
    PlanData,
    ProgrammeData,
    ProgrammePlan,
    SummaryBuilding,
    SummaryData,
    Targets,
    Totals,
)
from reports.labels import Labels
from retrofit.reference import load_catalogue
from retrofit.services.reporting import report_labels


def labels(lang: str) -> Labels:
    """The report texts with the shipped catalogue's names of measures and packages, as the
    reporting service passes them."""
    return report_labels(load_catalogue(), lang)


TANGSHAN = Climate("唐山", 130, -1.6, -9.2, "cold", "GB 50736-2012 App. A")


def building(name: str, area: float, *, mode: str = "retrofit", package: str = "usual",
             year: int | None = 2027, saved: float = 60.0) -> BuildingPlan:
    wall = area * 0.55
    measures = (
        MeasureLine("wall_eps_80", round(wall), "m²", 130, round(wall) * 130, "EPS 80 mm, λ 0.049"),
        MeasureLine("window_pvc_double", round(area * 0.16), "m²", 400, round(area * 0.16) * 400,
                    f"≈ {round(area * 0.16 / 2.1)} 樘"),
        MeasureLine("roof_xps_80", round(area / 5), "m²", 120, round(area / 5) * 120, "XPS 80 mm"),
        MeasureLine("stairwell", area, "m²", 8, area * 8, "4 单元门"),
        MeasureLine("metering_trv", 48, "户", 40 * area / 48, 40 * area, "48 热表, 240 阀"),
        MeasureLine("network_balancing", area, "m²", 15, area * 15),
    )
    cost = sum(m.cost_rmb for m in measures)
    return BuildingPlan(name=name, mode=mode, package=package, floor_area_m2=area, households=48,
                        storeys=5, year_built=1982, planned_year=year, measures=measures, cost_rmb=cost,
                        q_h_before_w_m2=31.2, q_h_after_w_m2=16.4, coal_before_kgce_m2=21.14,
                        coal_after_kgce_m2=10.08, saved_tce=saved, saved_tco2=saved * 2.556,
                        design_load_before_w_m2=56.3, design_load_after_w_m2=31.0,
                        freed_capacity_kw=area * 25.3 / 0.9 / 1000, structure="brick_concrete",
                        calibration_factor=1.08 if name.startswith("1") else None,
                        notices=("窗墙比采用默认值 0.22",) if name.startswith("2") else ())


def plan_data(n_buildings: int = 6, estate: str = "新华里小区", lang: str = "zh") -> PlanData:
    buildings = tuple(building(f"{i + 1}号楼", 3000.0 + 120 * i, saved=50.0 + i,
                               mode="add_storey" if i == 2 else "retrofit",
                               package="advanced" if i % 3 == 1 else "usual")
                      for i in range(n_buildings))
    area = sum(b.floor_area_m2 for b in buildings)
    cost = sum(b.cost_rmb for b in buildings)
    saved = sum(b.saved_tce for b in buildings)
    totals = Totals(floor_area_m2=area, coal_before_tce=area * 21.14 / 1000,
                    coal_after_tce=area * 21.14 / 1000 - saved, saved_tce=saved,
                    saved_tco2=sum(b.saved_tco2 for b in buildings),
                    freed_capacity_mw=sum(b.freed_capacity_kw for b in buildings) / 1000,
                    extra_area_m2=sum(b.freed_capacity_kw for b in buildings) / 0.08,
                    cost_rmb=cost, households=48 * n_buildings, buildings=n_buildings)
    funding = (FundingLine("central", area * 45), FundingLine("utility", saved * 1000 * 5 * 0.3),
               FundingLine("residents", area * 20))
    funding += (FundingLine("city", cost - sum(f.amount_rmb for f in funding)),)
    return PlanData(
        estate=estate, city="唐山", district="路南区", address="新华东道 12 号", climate=TANGSHAN,
        households=48 * n_buildings, floor_area_m2=area, buildings=buildings, totals=totals,
        funding=funding, doc=DocInfo(version="3", date="2026-11-28", status="approved"),
        saved_tce_band=Band(saved * 0.8, saved, saved * 1.2),
        saved_tco2_band=Band(saved * 0.8 * 2.556, saved * 2.556, saved * 1.2 * 2.556),
        assumptions=(Assumption("室内计算温度", "18 ℃", "method.md §1"),
                     Assumption("热源效率 η₂", "0.68", "默认值"),
                     Assumption("二氧化碳排放因子", "2.556 t/tce", "唐山规划")),
        standards=("JGJ 26-2010 严寒和寒冷地区居住建筑节能设计标准", "GB 50736-2012"),
        typical_flat_m2=60.0, resident_rmb_m2=20.0, heat_supplier="唐山热力", metered_billing=False,
        consent_rate=0.82)


def summary_data(metered: bool = False, band: bool = True) -> SummaryData:
    buildings = tuple(SummaryBuilding(f"{i}号楼", "retrofit", "usual",
                                      ("wall_eps_80", "window_pvc_double", "roof_xps_80", "stairwell",
                                       "metering_trv", "network_balancing"), 2027) for i in range(1, 5))
    buildings += (SummaryBuilding("5号楼", "add_storey", "usual", ("wall_eps_80", "metering_trv"), None),)
    return SummaryData(
        estate="新华里小区", city="唐山", district="路南区", households=240, buildings=buildings,
        typical_flat_m2=60.0, resident_pays_per_flat_rmb=1200.0, cost_per_flat_rmb=27_540.0,
        funding=(FundingLine("central", 810_000.0), FundingLine("city", 2_391_000.0)),
        metered_billing=metered, bill_before_rmb=1320.0, bill_after_rmb=1010.0 if metered else 1320.0,
        saved_tce=312.4, saved_tco2=798.5,
        saved_tce_band=Band(251.0, 310.0, 377.0) if band else None,
        saved_tco2_band=Band(641.6, 792.4, 963.6) if band else None,
        consent_rate=0.72, doc=DocInfo(version="1", date="2026-11-28"))


def programme_data(with_plan: bool = True, n_districts: int = 7) -> ProgrammeData:
    def group(name: str, k: float) -> GroupLine:
        return GroupLine(name, int(60 * k), int(900 * k), 1.4e6 * k, 51_000 * k, 130_000 * k,
                         115 * k, 7.0e8 * k)
    districts = tuple(group(n, 1 + 0.1 * i) for i, n in
                      enumerate(["路南区", "路北区", "古冶区", "开平区", "丰南区", "丰润区", "曹妃甸区"][:n_districts]))
    years = tuple(group(str(y), 1.5 + 0.2 * i) for i, y in enumerate(range(2026, 2031)))
    modes = (group("retrofit", 5.0), group("add_storey", 1.2), group("rebuild", 1.3))
    totals = Totals(floor_area_m2=10.5e6, coal_before_tce=9.0e5, coal_after_tce=5.3e5, saved_tce=371_250.5,
                    saved_tco2=948_916.3, freed_capacity_mw=812.4, extra_area_m2=1.0155e7,
                    cost_rmb=5.25e9, households=160_000, buildings=6500)
    top = tuple(EstateRank(f"小区{i:03d}", "路北区", 60_000.0, 2400.0 - 10 * i, 2.0e7 + 1e5 * i)
                for i in range(15))
    plan = None
    if with_plan:
        plan = ProgrammePlan.from_document({
            "years": [{"year": 2026 + i, "estates": [f"小区{j:03d}" for j in range(i * 90, i * 90 + 90)],
                       "cost_rmb": 1.05e9, "saved_tce": 74_000.0 + i, "saved_tco2": 189_000.0,
                       "funding": {"central": 2.0e8, "sales": 3.0e8, "city": 5.5e8}} for i in range(5)],
            "mode_shares": {"retrofit": 0.64, "add_storey": 0.12, "rebuild": 0.24},
            "waiting": [{"estate": "小区470", "reason": "consent"}],
            "totals": {"cost_rmb": 5.25e9, "saved_tce": 370_010.0, "saved_tco2": 945_745.6,
                       "freed_capacity_mw": 805.2}, "gap": 0.0})
    targets = Targets(saved_tce=360_000.0, saved_tco2=920_000.0, freed_capacity_mw=800.0, extra_area_m2=1e7)
    return ProgrammeData(city="唐山", totals=totals, targets=targets, by_mode=modes,
                         by_district=districts, by_year=years, top_estates=top, estates=470,
                         saved_tce_band=Band(330_000.0, 371_000.0, 412_000.0), plan=plan,
                         doc=DocInfo(version="2", date="2026-11-28"),
                         source_order=("central", "local", "utility", "sales", "residents", "city"))
