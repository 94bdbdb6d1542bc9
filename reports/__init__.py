"""PDF reports (ReportLab only): plain data in, PDF bytes out.

- :func:`render_plan` (``kind plan``): the contractor's plan of one estate.
- :func:`render_summary` (``kind summary``): the residents' summary of one estate.
- :func:`render_programme` (``kind programme``): the whole city's programme.

Data classes are in :mod:`reports.data`, texts in :mod:`reports.labels` (``"zh"``/``"en"``), the
one font in :mod:`reports.fonts`.
"""
from reports.labels import Labels
from reports.plan import PlanReport, render_plan
from reports.programme import ProgrammeReport, render_programme
from reports.summary import SummaryReport, render_summary

__all__ = ["Labels", "PlanReport", "ProgrammeReport", "SummaryReport", "render_plan",
           "render_programme", "render_summary"]
