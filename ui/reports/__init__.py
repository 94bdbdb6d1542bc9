"""The reports dialog (``app.reports.render``)."""
