"""Heating-energy calculator: the JGJ 26 degree-day method over arrays of buildings.

numpy only. Knows nothing of the database, of reports or of Qt. Functions take arrays (or
scalars), carry units in their docstrings and raise ``ValueError`` for impossible input.
"""
