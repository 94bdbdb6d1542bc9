"""The import wizard: file → column mapping and preview → errors or commit."""
