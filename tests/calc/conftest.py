"""Fixtures of the calculator tests: the shipped measure catalogue and the WE-4 block."""
from __future__ import annotations

import numpy as np
import pytest
from calc_examples import WE4

from calc.inputs import building_inputs
from calc.measures import MeasureTable
from retrofit.reference import load_catalogue


@pytest.fixture(scope="session")
def table() -> MeasureTable:
    return load_catalogue().measure_table


@pytest.fixture(scope="session")
def no_package(table) -> np.ndarray:
    return np.zeros(len(table.keys), dtype=bool)


@pytest.fixture
def we4():
    """Factory: WE-4 inputs with changes."""
    def make(**changes):
        return building_inputs(**{**WE4, **changes})
    return make
