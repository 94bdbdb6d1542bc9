"""The programme dashboard: city totals against the targets, mode shares, by district and year."""
