"""Two users on one shared PostgreSQL database (a throw-away server, see tests/storage)."""
import pytest
from _dbfixtures import pg_url  # noqa: F401

from retrofit.domain.errors import ConcurrentEditError

pytestmark = pytest.mark.postgres


def _seed(services):
    estate = services.records.create_estate({"estate": "光明里", "city": "唐山", "district": "路南区",
                                             "consent_rate": 0.8})
    for n in (1, 2):
        services.records.create_building(estate.id, {
            "building": f"{n}号楼", "year_built": 1980 + n, "storeys": 5, "floor_area_m2": 3000.0 + n,
            "households": 60, "structure": "brick_concrete"})
    return estate


def test_a_change_by_another_user_is_not_overwritten(pg_url, qtbot, app_settings, errors):  # noqa: F811
    from retrofit.services.app import open_services
    from ui.main_window import MainWindow

    with open_services(pg_url) as mine, open_services(pg_url) as theirs:
        estate = _seed(mine)
        w = MainWindow(mine, app_settings, errors.append)
        qtbot.addWidget(w)
        assert w.estates_panel.select_estate(estate.id)
        qtbot.waitUntil(lambda: w.results.figures is not None and w.results.estate_id == estate.id, timeout=30000)
        server = pg_url.split("://", 1)[1].split(":", 1)[0]          # the user name
        assert "***" not in w.windowTitle() and server in w.windowTitle()
        assert w.db_label.toolTip().startswith("postgresql")
        building = w.buildings.model.rows()[0]
        theirs.records.update_building(building.id, building.version, {"wall_u": 0.9})
        assert not w.buildings.edit(building.id, "wall_u", 0.5)
        assert isinstance(errors[-1], ConcurrentEditError)
        assert w.buildings.model.row_by_id(building.id).values["wall_u"] == 0.9     # reloaded
        assert theirs.records.get_building(building.id).values["wall_u"] == 0.9    # not overwritten
        assert w.buildings.edit(building.id, "wall_u", 0.5)
        w.undo_stack.undo()
        assert theirs.records.get_building(building.id).values["wall_u"] == 0.9
        w.runner.cancel_all()
        w.runner.wait(30000)
        w.close()
