"""PDF reports (ReportLab only): plain data in, PDF bytes out."""
