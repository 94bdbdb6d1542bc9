"""Alembic environment: run only through :mod:`retrofit.storage.migrate`, which passes its
connection in ``config.attributes["connection"]``. Batch mode, so SQLite can alter tables."""
from alembic import context

from retrofit.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through retrofit.storage.migrate")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
