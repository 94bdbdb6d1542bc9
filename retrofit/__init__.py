"""Retrofit Planner core: domain rules, storage, services, importers and the command line."""

__version__ = "0.1.0"
