"""The results presenter: background computation, newest answer wins, floods coalesce."""
from ui.results.presenter import ResultsPresenter
from ui.tasks import TaskRunner


def test_a_flood_of_requests_costs_one_rerun(fake, qtbot):
    runner = TaskRunner()
    presenter = ResultsPresenter(fake, runner)
    presenter.set_scope(1)
    for _ in range(20):
        presenter.recompute()                       # e.g. a bulk change over many estates
    qtbot.waitUntil(lambda: not presenter.busy and presenter.figures is not None, timeout=5000)
    assert fake.results.calls <= 3
    assert presenter.figures.floor_area_m2 == 9300.0


def test_the_newest_scope_wins(fake, qtbot):
    runner = TaskRunner()
    presenter = ResultsPresenter(fake, runner)
    presenter.set_scope(1)
    presenter.set_scope(2)
    presenter.set_scope(3, [7])
    qtbot.waitUntil(lambda: not presenter.busy and presenter.figures is not None, timeout=5000)
    assert presenter.figures.floor_area_m2 == fake.records.get_building(7).values["floor_area_m2"]
    assert presenter.figures.households == 60


def test_city_and_selection_do_not_wait_for_each_other(fake, qtbot):
    runner = TaskRunner()
    presenter = ResultsPresenter(fake, runner)
    seen = []
    presenter.updated.connect(lambda summary, figures: seen.append(figures.floor_area_m2))
    presenter.set_scope(None)                       # the city lane
    presenter.set_scope(1)                          # the selection lane starts at once
    qtbot.waitUntil(lambda: not presenter.busy, timeout=5000)
    assert seen[-1] == 9300.0                       # the city answer, older, was dropped
