"""Readers and writers of estate/building registers (CSV, XLSX)."""
