"""Heating-energy calculator: the JGJ 26 degree-day method over arrays of buildings.

numpy only. Knows nothing of the database, of reports or of Qt. Functions take arrays (or
scalars), carry units in their docstrings and raise ``ValueError`` for impossible input.

Main entry points (see ``docs/estimate.md``):

- :func:`calc.inputs.building_inputs` → :class:`calc.inputs.BuildingInputs`
- :func:`calc.measures.measure_table` → :class:`calc.measures.MeasureTable`
- :func:`calc.engine.evaluate` → :class:`calc.results.Results`
- :func:`calc.uncertainty.savings_band` → :class:`calc.uncertainty.SavingsBand`
- :func:`calc.defaults.construction_defaults`, :mod:`calc.heating`, :mod:`calc.geometry`,
  :mod:`calc.envelope` for the single formulas.
"""
