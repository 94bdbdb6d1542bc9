"""Use cases: one transaction per user action, plain data objects out (see ``dto``)."""
