"""retrofit.reference: every shipped data file loads and is complete; user edits."""
import numpy as np
import pytest

from calc.defaults import STRUCTURES, ZONES
from retrofit.domain.settings import CO2_BY_KEY, CO2_PRESETS, Settings, co2_preset_for
from retrofit.reference import Catalogue, ReferenceDataError, load_catalogue, load_climate


def test_shipped_catalogue_is_complete():
    cat = load_catalogue()
    assert isinstance(cat, Catalogue)
    assert cat.construction.shape == (len(STRUCTURES), len(cat.era_keys), len(ZONES), 6)
    assert not np.isnan(cat.construction).any()
    for name, package in cat.packages.items():
        assert set(package.measures) <= set(cat.measures), name
    assert {"none", "basic", "usual", "advanced"} <= set(cat.packages)
    assert cat.packages["none"].measures == ()
    assert len(cat.measure_table.keys) == len(cat.measures) == 12
    assert all(m.name_zh and m.name_en for m in cat.measures.values())


def test_reference_packages_of_method_section_7():
    p = load_catalogue().packages
    assert set(p["basic"].measures) == {"network_balancing", "metering_trv"}
    assert len(p["usual"].measures) == 6 and len(p["advanced"].measures) == 8


def test_co2_presets_are_defined_once_with_the_default_among_them():
    assert CO2_BY_KEY[Settings().co2_preset].factor_t_tce == Settings().co2_factor_t_tce
    assert [p.factor_t_tce for p in CO2_PRESETS] == [2.493, 2.556, 2.6, 2.66, 2.77]
    assert all(co2_preset_for(p.factor_t_tce) == p.key for p in CO2_PRESETS)
    assert co2_preset_for(2.7) == "custom"
    assert CO2_BY_KEY["high_2_77"].label("zh") == "IPCC 缺省值（2.77）"


def test_climate_table_and_names():
    climate = load_climate()
    assert len(climate.rows) == 20
    assert climate.get("唐山").heating_days == 130
    assert climate.get(" tangshan ") is climate.get("唐山市")
    assert climate.get("Harbin").severe_cold and not climate.get("北京").severe_cold
    assert climate.get("Atlantis") is None


def test_user_edited_catalogue(tmp_path):
    cat = load_catalogue().with_changes(measures={"wall_eps_80": {"cost_2010_cny": 150.0, "thickness_m": 0.1}},
                                        packages={"walls_only": ["wall_eps_80"]})
    table = cat.measure_table
    i = table.keys.index("wall_eps_80")
    assert table.unit_cost_2010[i] == 150.0 and table.thickness[i] == 0.1
    assert cat.package_mask(["walls_only"]).sum() == 1
    assert load_catalogue().measure_table.unit_cost_2010[i] == 130.0     # the shipped one is unchanged


def test_bad_user_edits_are_refused():
    with pytest.raises(ReferenceDataError, match="unknown measures"):
        load_catalogue().with_changes(packages={"x": ["no_such_measure"]})
    with pytest.raises(ReferenceDataError):
        load_catalogue().with_changes(measures={"wall_eps_80": {"conductivity_w_mk": 0.0}})


def test_incomplete_data_folder_is_named(tmp_path):
    from resources import path

    for name in ("construction.toml", "measures.toml", "packages.toml"):
        (tmp_path / name).write_bytes(path("data", name).read_bytes())
    text = (tmp_path / "construction.toml").read_text(encoding="utf-8")
    (tmp_path / "construction.toml").write_text(text.replace('structure = "frame"', 'structure = "igloo"'),
                                                encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="construction.toml"):
        load_catalogue(tmp_path)
