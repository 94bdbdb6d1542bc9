"""The programme planner tab (``app.plans.solve``), available once the planner service is."""
