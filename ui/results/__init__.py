"""Results of the selection (building, several, estate, city): figures, charts, recompute."""
