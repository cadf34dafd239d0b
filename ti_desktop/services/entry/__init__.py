"""Fast entry: pasted blocks of cells, suggestions from the base, checks before sending."""
