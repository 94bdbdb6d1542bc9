"""The estates tree (district → estate) with search and filters, and the estate form."""
