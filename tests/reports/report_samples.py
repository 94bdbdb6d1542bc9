"""Report data for the tests: a small estate written out by hand, and larger generated ones."""
from __future__ import annotations

from reports.data import (
    Assumption,
    Band,
    BuildingPlan,
    Charge,
    Climate,
    Contact,
    DocInfo,
    FlatShare,
    FundingLine,
    MeasureLine,
    NewLoad,
    PlanData,
    ResidentRate,
    SummaryBuilding,
    SummaryData,
    Totals,
)
from reports.labels import Labels
from reports.programme_data import (
    CostCurve,
    CurveSegment,
    EstateRank,
    GroupLine,
    LeftOut,
    PlanYear,
    ProgrammeData,
    ProgrammePlan,
    Targets,
)
from retrofit.reference import load_catalogue
from retrofit.services.reporting import report_labels

TANGSHAN = Climate("唐山", 130, -1.6, -9.2, "cold", "GB 50736-2012 App. A")


def labels(lang: str) -> Labels:
    """Report texts with the catalogue's measure and package names (as the service gives them)."""
    return report_labels(load_catalogue(), lang)


DETAILS = {"zh": ("约 {n} 樘，U = 2.5", "楼梯间窗、自闭式单元门", "热量表 48 块，温控阀约 192 个", "按建筑面积",
                  "加建 1 层，含新屋面"),
           "en": ("≈ {n} windows, U = 2.5", "windows, self-closing door", "48 heat meters, ≈ 192 valves",
                  "per m² of floor area", "1 storey(s), new roof included")}


def building(name: str, area: float, *, mode: str = "retrofit", package: str = "usual",
             year: int | None = 2027, saved: float = 60.0, lang: str = "zh") -> BuildingPlan:
    wall = area * 0.55
    windows, stairs, meters, floor, storeys = DETAILS[lang]
    measures = (
        MeasureLine("wall_eps_80", round(wall), "m2", 130, round(wall) * 130, "80 mm, λ = 0.049"),
        MeasureLine("window_pvc_double", round(area * 0.16), "m2", 400, round(area * 0.16) * 400,
                    windows.format(n=round(area * 0.16 / 2.1))),
        MeasureLine("roof_xps_80", round(area / 5), "m2", 120, round(area / 5) * 120, "80 mm, λ = 0.033"),
        MeasureLine("stairwell", 4, "stair", area * 8 / 4, area * 8, stairs),
        MeasureLine("metering_trv", 48, "set", 40 * area / 48, 40 * area, meters),
        MeasureLine("network_balancing", area, "m2", 15, area * 15, floor),
    )
    added = 0.0
    if mode == "add_storey":
        added = area / 5
        measures += (MeasureLine("new_storeys", added, "m2_new", 2000, added * 2000, storeys),)
    cost = sum(m.cost_rmb for m in measures)
    facade = area * 0.7
    return BuildingPlan(name=name, mode=mode, package=package, floor_area_m2=area, households=48,
                        storeys=5, year_built=1982, planned_year=year, measures=measures, cost_rmb=cost,
                        q_h_before_w_m2=31.2, q_h_after_w_m2=16.4, coal_before_kgce_m2=21.14,
                        coal_after_kgce_m2=10.08, saved_tce=saved, saved_tco2=saved * 2.556,
                        design_load_before_w_m2=56.3, design_load_after_w_m2=31.0,
                        freed_capacity_kw=area * 25.3 / 0.9 / 1000, structure="brick_concrete",
                        calibration_factor=1.08 if name.startswith("1") else None,
                        notices=(("窗墙比采用默认值 0.22" if lang == "zh" else "default window ratio 0.22"),)
                        if name.startswith("2") else (),
                        length_m=area / 5 / 10, width_m=10.0, perimeter_m=2 * (area / 50 + 10),
                        dimensions_entered=not name.startswith("3"), stairs=4,
                        added_storeys=1 if mode == "add_storey" else 0, added_area_m2=added,
                        new_load_kw=added * 0.035, new_coal_tce=added * 0.009, net_saved_tce=saved - added * 0.009,
                        net_freed_capacity_kw=area * 25.3 / 0.9 / 1000 - added * 0.035,
                        site_lines=(MeasureLine("scaffolding", facade, "m2_facade", 15, facade * 15),),
                        mostly_defaults=True)


def plan_data(n_buildings: int = 6, estate: str = "新华里小区", lang: str = "zh") -> PlanData:
    buildings = tuple(building(f"{i + 1}号楼", 3000.0 + 120 * i, saved=50.0 + i,
                               mode="add_storey" if i == 2 else "retrofit",
                               package="advanced" if i % 3 == 1 else "usual", lang=lang)
                      for i in range(n_buildings))
    area = sum(b.floor_area_m2 for b in buildings)
    cost = sum(b.cost_rmb for b in buildings)
    saved = sum(b.saved_tce for b in buildings)
    freed = sum(b.freed_capacity_kw for b in buildings) / 1000
    new_coal = sum(b.new_coal_tce for b in buildings)
    new_mw = sum(b.new_load_kw for b in buildings) / 1000
    new = NewLoad(added_area_m2=sum(b.added_area_m2 for b in buildings), coal_tce=new_coal, tco2=new_coal * 2.556,
                  load_mw=new_mw, net_saved_tce=saved - new_coal, net_saved_tco2=(saved - new_coal) * 2.556,
                  net_freed_capacity_mw=freed - new_mw, net_extra_area_m2=(freed - new_mw) / 0.08e-3)
    totals = Totals(floor_area_m2=area, coal_before_tce=area * 21.14 / 1000,
                    coal_after_tce=area * 21.14 / 1000 - saved, saved_tce=saved,
                    saved_tco2=sum(b.saved_tco2 for b in buildings), freed_capacity_mw=freed,
                    extra_area_m2=freed / 0.08e-3, cost_rmb=cost, households=48 * n_buildings,
                    buildings=n_buildings, new_load=new)
    funding = (FundingLine("central", area * 45), FundingLine("utility", saved * 1000 * 5 * 0.3),
               FundingLine("residents", area * 20))
    funding += (FundingLine("city", cost - sum(f.amount_rmb for f in funding)),)
    works = sum(b.works_rmb for b in buildings)
    charges = (Charge("overheads", 0.05, works, works * 0.05), Charge("contingency", 0.05, works * 1.05, works * 0.0525),
               Charge("vat", 0.09, works * 1.1025, works * 1.1025 * 0.09))
    zh = lang == "zh"
    return PlanData(
        estate=estate, city="唐山" if zh else "Tangshan", district="路南区", address="新华东道 12 号",
        climate=TANGSHAN if zh else Climate("Tangshan", 130, -1.6, -9.2, "cold", "GB 50736-2012 App. A"),
        households=48 * n_buildings, floor_area_m2=area, buildings=buildings, totals=totals,
        funding=funding, doc=DocInfo(version="3", date="2026-11-28", status="approved"),
        saved_tce_band=Band(saved * 0.8, saved, saved * 1.2),
        saved_tco2_band=Band(saved * 0.8 * 2.556, saved * 2.556, saved * 1.2 * 2.556),
        assumptions=(Assumption("室内计算温度", "18 ℃", "JGJ 26-2010；默认值"),
                     Assumption("热源效率 η₂", "0.68", "JGJ 26-2010；默认值"),
                     Assumption("二氧化碳排放因子", "2.556 t/tce", "唐山改造项目口径；用户设置")) if zh else
                    (Assumption("Indoor design temperature", "18 °C", "JGJ 26-2010; default"),),
        standards=("JGJ 26-2010 严寒和寒冷地区居住建筑节能设计标准", "GB 50736-2012") if zh else
                  ("JGJ 26-2010", "GB 50736-2012"),
        resident_rmb_m2=20.0, heat_supplier="开滦热电有限责任公司", metered_billing=False, consent_rate=0.82,
        charges=charges, bill_total_rmb=works + sum(c.amount_rmb for c in charges))


def summary_data(metered: bool = False, band: bool = True, modes: tuple[str, ...] = ("retrofit", "add_storey"),
                 year: int | None = 2027, past: bool = False) -> SummaryData:
    measures = ("wall_eps_80", "window_pvc_double", "roof_xps_80", "stairwell", "metering_trv", "network_balancing")
    buildings = tuple(SummaryBuilding(f"{i}号楼", modes[0], "usual", measures if modes[0] != "rebuild" else (),
                                      year, 6) for i in range(1, 12))
    if len(modes) > 1:
        buildings += (SummaryBuilding("12号楼", modes[1], "usual", measures if modes[1] != "rebuild" else (), year, 5,
                                      1 if modes[1] == "add_storey" else 0),)
    flats = tuple(FlatShare(a, 100.0 * a, 22.0 * a, (22.0 * a * (0.75 if metered else 1.0))) for a in (45, 60, 80))
    rates = (ResidentRate(tuple(b.name for b in buildings), 100.0, flats),)
    return SummaryData(
        estate="新华里小区", city="唐山", district="路南区", households=240, buildings=buildings,
        floor_area_m2=13_200.0, cost_rmb=6_609_600.0,
        funding=(FundingLine("central", 810_000.0), FundingLine("residents", 1_320_000.0),
                 FundingLine("city", 4_479_600.0)),
        resident_cap_rmb_m2=100.0, rates=rates, metered_billing=metered, area_tariff_rmb_m2=22.0,
        saved_tce=312.4, saved_tco2=798.5, saved_tce_band=Band(251.0, 310.0, 377.0) if band else None,
        saved_tco2_band=Band(641.6, 792.4, 963.6) if band else None, mostly_defaults=True,
        consent_rate=0.72, coal_before_tce=700.0, heat_cut_share=0.52, heat_supplier="开滦热电有限责任公司",
        year=year, year_past=past, works_months={"retrofit": 4, "add_storey": 8, "rebuild": 24},
        new_load=NewLoad(added_area_m2=900.0, coal_tce=8.2, load_mw=0.031, net_saved_tce=304.2),
        contact=Contact("路南区既有住宅改造办公室", "王工", "0315-1234567"), doc=DocInfo(version="1", date="2026-11-28"))


def _group(name: str, k: float) -> GroupLine:
    new = NewLoad(added_area_m2=1e4 * k, coal_tce=500 * k, tco2=1278 * k, load_mw=10 * k, net_saved_tce=50_500 * k,
                  net_saved_tco2=128_722 * k, net_freed_capacity_mw=105 * k, net_extra_area_m2=1.3e6 * k)
    return GroupLine(name, int(60 * k), int(900 * k), 1.4e6 * k, 51_000 * k, 130_000 * k, 115 * k, 7.0e8 * k, new)


def programme_data(with_plan: bool = True, n_districts: int = 7, lang: str = "zh") -> ProgrammeData:
    districts = tuple(_group(n, 1 + 0.1 * i) for i, n in
                      enumerate(["路南区", "路北区", "古冶区", "开平区", "丰南区", "丰润区", "曹妃甸区"][:n_districts]))
    years = tuple(_group(str(y), 1.5 + 0.2 * i) for i, y in enumerate(range(2026, 2031)))
    modes = (_group("retrofit", 5.0), _group("add_storey", 1.2), _group("rebuild", 1.3))
    new = NewLoad(added_area_m2=2.5e6, coal_tce=19_714.4, tco2=50_390.0, load_mw=73.0, net_saved_tce=351_536.1,
                  net_saved_tco2=898_526.3, net_freed_capacity_mw=739.4, net_extra_area_m2=9_242_500.0)
    totals = Totals(floor_area_m2=10.5e6, coal_before_tce=9.0e5, coal_after_tce=5.3e5, saved_tce=371_250.5,
                    saved_tco2=948_916.3, freed_capacity_mw=812.4, extra_area_m2=1.0155e7,
                    cost_rmb=5.25e9, households=160_000, buildings=6500, new_load=new)
    top = tuple(EstateRank(f"小区{i:03d}", "路北区", 60_000.0, 2400.0 - 10 * i, 2.0e7 + 1e5 * i) for i in range(15))
    plan = None
    if with_plan:
        plan = ProgrammePlan(
            years=tuple(PlanYear(2026 + i, tuple(f"小区{j:03d}" for j in range(i * 90, i * 90 + 90)), 1.05e9,
                                 74_000.0 + i, 189_000.0,
                                 (FundingLine("central", 2.0e8), FundingLine("sales", 3.0e8), FundingLine("city", 5.5e8)),
                                 budget_rmb=1.1e9, past=i == 0) for i in range(5)),
            mode_shares=(("retrofit", 0.64), ("add_storey", 0.12), ("rebuild", 0.24)),
            left_out=(LeftOut("小区470", "同意率 58% < 67%：还需 87 户同意" if lang == "zh" else
                              "consent 58 % < 67 %: 87 more households needed", "waiting"),
                      LeftOut("小区471", "符合条件，但规划期内各年预算不足" if lang == "zh" else
                              "eligible, but the budgets of the plan's years do not reach it", "not_scheduled")),
            gap_text="与最优方案相差不超过 0.034 %" if lang == "zh" else "within 0.034 % of the best possible",
            name="2027 年度计划")
    targets = Targets(saved_tce=360_000.0, saved_tco2=920_000.0, freed_capacity_mw=800.0, extra_area_m2=1e7)
    curve = CostCurve(segments=tuple(CurveSegment(f"小区{i:03d}", ("retrofit", "add_storey", "rebuild")[i // 160],
                                                  800.0 * i, 800.0, 12_000.0 + 400.0 * i) for i in range(470)),
                      target_tce=360_000.0, cost_to_target_rmb=4.1e9, height_at_target=190_000.0)
    return ProgrammeData(city="唐山", totals=totals, targets=targets, by_mode=modes,
                         by_district=districts, by_year=years, top_estates=top, estates=470,
                         saved_tce_band=Band(330_000.0, 371_000.0, 412_000.0), plan=plan,
                         doc=DocInfo(version="2", date="2026-11-28"),
                         source_order=("central", "local", "utility", "sales", "residents", "city"), curve=curve,
                         funding=(FundingLine("central", 1.0e9), FundingLine("sales", 1.5e9),
                                  FundingLine("city", 2.75e9)), estates_in_register=472)
