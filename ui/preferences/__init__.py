"""The settings dialog (method and money settings in the database, plus the UI language)."""
