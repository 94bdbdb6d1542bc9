"""Registers shared by the estimate tests."""

CSV = """小区名称,楼号,城市,建成年份,层数,建筑面积(㎡),户数,长度,进深,窗墙比,外墙传热系数,外窗传热系数,屋面传热系数,地面传热系数,换气次数,改造方案
河北一号院,1号楼,唐山,1982,6,"3,600",60,60,10,0.22,1.6,4.7,1.0,1.5,0.8,常规
河北一号院,2号楼,唐山,1990年,5,2500㎡,40,,,,,,,,,advanced
"""

#: Keys of the `retrofit estimate` JSON contract (data-dictionary.md).
BUILDING_KEYS = {"estate", "building", "q_h_before_w_m2", "q_h_after_w_m2", "coal_before_kgce_m2",
                 "coal_after_kgce_m2", "design_load_before_w_m2", "design_load_after_w_m2", "saved_tce",
                 "saved_tco2", "freed_capacity_kw", "cost_rmb", "notices"}
TOTAL_KEYS = {"floor_area_m2", "coal_before_tce", "coal_after_tce", "saved_tce", "saved_tco2",
              "freed_capacity_mw", "extra_area_m2", "cost_rmb"}
