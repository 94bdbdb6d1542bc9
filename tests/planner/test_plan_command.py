"""``retrofit plan``: the JSON contract, byte-stable output, the table, saving."""
from __future__ import annotations

import json

import pytest

from retrofit import i18n
from retrofit.cli import main

ARGS = ["--start-year", "2009", "--years", "3", "--annual-budget", "8.5e9"]


@pytest.fixture(autouse=True)
def _default_language():
    yield
    i18n.set_language(None)


@pytest.mark.slow
def test_json_contract_and_identical_output(demo_url, capsys):
    assert main(["plan", "--db", demo_url, *ARGS, "--json"]) == 0
    first = capsys.readouterr().out
    assert main(["plan", "--db", demo_url, *ARGS, "--json"]) == 0
    assert capsys.readouterr().out == first
    plan = json.loads(first)
    assert {"years", "mode_shares", "waiting", "totals", "gap"} <= set(plan)
    assert set(plan["years"][0]) >= {"year", "estates", "cost_rmb", "saved_tce", "saved_tco2", "funding"}
    assert set(plan["mode_shares"]) == {"retrofit", "add_storey", "rebuild"}
    assert set(plan["totals"]) >= {"cost_rmb", "saved_tce", "saved_tco2", "freed_capacity_mw"}
    assert all(set(w) >= {"estate", "reason"} for w in plan["waiting"])
    assert 0.0 <= plan["gap"] < 1e-3


@pytest.mark.slow
def test_table_in_english_and_chinese_and_save(demo_url, capsys):
    assert main(["plan", "--db", demo_url, *ARGS, "--lang", "en", "--rebuild-cap", "0.2",
                 "--save", "cap 20"]) == 0
    out = capsys.readouterr()
    assert "Programme 2009–2011" in out.out and "Estates waiting" in out.out
    net = [line for line in out.out.splitlines() if line.startswith("New load of the ")]
    assert len(net) == 1 and "; net of it saved " in net[0]
    assert "Saved as 'cap 20'" in out.err
    assert main(["plan", "--db", demo_url, *ARGS, "--lang", "zh"]) == 0
    assert "年改造计划" in capsys.readouterr().out


def test_bad_budget_is_an_error_on_stderr(demo_url, capsys):
    assert main(["plan", "--db", demo_url, "--start-year", "2009", "--annual-budget", "-1", "--json"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err


@pytest.mark.slow
def test_source_budget_limits_the_city_share(demo_url, capsys):
    assert main(["plan", "--db", demo_url, *ARGS, "--source-budget", "city=1e9", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert all(y["funding"]["city"] <= 1e9 for y in plan["years"])
    assert plan["totals"]["estates"] > 0
    assert main(["plan", "--db", demo_url, *ARGS, "--source-budget", "bank=1e9"]) == 2
    assert "bank=1e9" in capsys.readouterr().err


@pytest.mark.slow
def test_mode_choice_least_cost_and_the_gap_in_words(demo_url, capsys):
    assert main(["plan", "--db", demo_url, *ARGS, "--choose-modes", "--min-consent", "0", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["rules"]["choose_modes"] is True and len(plan["estates"]) == plan["totals"]["estates"]
    assert {e["variant"] for e in plan["estates"]} <= {"recorded", "retrofit", "add_storey", "rebuild"}
    assert plan["mode_shares"]["rebuild"] <= 0.3 + 1e-9
    assert plan["costs"]["cost_per_tce"] == pytest.approx(plan["totals"]["cost_rmb"] / plan["totals"]["saved_tce"],
                                                         rel=1e-6)
    assert main(["plan", "--db", demo_url, *ARGS, "--choose-modes", "--min-consent", "0", "--aim", "least-cost",
                 "--target", "200000", "--time-limit", "20", "--json"]) == 0
    cheap = json.loads(capsys.readouterr().out)
    assert cheap["objective"]["aim"] == "least_cost" and cheap["totals"]["saved_tce"] >= 200_000
    assert cheap["totals"]["cost_rmb"] < plan["totals"]["cost_rmb"]
    assert main(["plan", "--db", demo_url, *ARGS, "--lang", "en"]) == 0
    assert "of the best possible" in capsys.readouterr().out
