"""SQLAlchemy models, repositories, the engine factory and Alembic migrations."""
