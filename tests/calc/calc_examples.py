"""Inputs of the worked examples of domain.md §9.4, shared by the calculator tests."""

#: domain.md §9.4 WE-4: 1980s six-storey brick block in Tangshan, 60 m × 10 m.
WE4 = dict(floor_area=3600.0, storeys=6, storey_height=2.8, length=60.0, width=10.0,
           window_wall_ratio=0.22, wall_u=1.6, window_u=4.7, roof_u=1.0, floor_u=1.5, air_change=0.8,
           eta_network=0.90, eta_source=0.68, heating_days=130, mean_outdoor_temperature=-1.6,
           design_outdoor_temperature=-9.2)
#: WE-4 "after": ETICS 80 mm, PVC-IG, +XPS roof, sealing, network balancing.
WE4_AFTER = dict(wall_u_after=0.45, window_u_after=2.5, roof_u_after=0.35, air_change_after=0.5,
                 eta_network_after=0.92, eta_source_after=0.70)
#: WE-4 "deep": plus basement ceiling and Low-E windows.
WE4_DEEP = dict(wall_u_after=0.40, window_u_after=2.0, roof_u_after=0.30, floor_u_after=0.5,
                air_change_after=0.5, eta_network_after=0.92, eta_source_after=0.70)
#: WE-5: the measures priced in domain.md §9.4.
WE5_MEASURES = ["wall_eps_80", "window_pvc_double", "roof_xps_80", "metering_trv", "network_balancing"]
