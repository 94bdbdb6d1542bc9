"""The buildings table of the selected estate (or the whole city): model, delegates, presenter,
undo commands and the panel."""
