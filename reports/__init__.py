"""PDF reports (ReportLab only): plain data in, PDF bytes out.

- :func:`render_plan` (``kind plan``): the contractor's plan of one estate.
- :func:`render_summary` (``kind summary``): the residents' summary of one estate.
- :func:`render_programme` (``kind programme``): the whole city's programme.
- :func:`render_verification` (``kind verification``): one estate checked against its meters.

Data classes are in :mod:`reports.data`, texts in :mod:`reports.labels` (``"zh"``/``"en"``), the
one font in :mod:`reports.fonts`.
"""
from reports.labels import Labels
from reports.plan import PlanReport, render_plan
from reports.programme import ProgrammeReport, render_programme
from reports.summary import SummaryReport, render_summary
from reports.verification import VerificationReport, render_verification

__all__ = ["Labels", "PlanReport", "ProgrammeReport", "SummaryReport", "VerificationReport", "render_plan",
           "render_programme", "render_summary", "render_verification"]
