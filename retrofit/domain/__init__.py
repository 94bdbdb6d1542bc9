"""Domain rules, enums, value objects and errors. No SQLAlchemy, no Qt."""
