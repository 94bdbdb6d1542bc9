"""Schema migrations (Alembic, configured here; no alembic.ini) and backups.

:func:`upgrade_to_head` brings a database of ours to the current schema: the first schema and
every upgrade run in one transaction that holds the write lock (:func:`retrofit.storage.db.
schema_transaction`), so a crash at any point leaves the schema as it was. Before it changes an
existing SQLite file it takes a timestamped backup copy next to it. A database that is not ours
(another program's tables, a newer version's schema) is refused before anything is written or
copied. :func:`require_current` is the check of the commands that only read: they never
migrate. The app never calls ``create_all``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from retrofit.domain.errors import StorageError
from retrofit.storage.backup import backup
from retrofit.storage.db import engine_path, schema_transaction, use_wal
from retrofit.storage.faults import where_of
from retrofit.storage.schema import SchemaState, classify, drop_leftover, foreign, leftover, read_state

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision of ``migrations/versions``. Opening a database already at this revision
#: needs no Alembic at all (it loads slowly); a test checks it against the scripts.
HEAD_REVISION = "0004"

__all__ = ["HEAD_REVISION", "UpgradeReport", "alembic_config", "backup", "current_revision",
           "head_revision", "require_current", "require_ours", "upgrade_to_head"]


@dataclass(frozen=True, slots=True)
class UpgradeReport:
    """What :func:`upgrade_to_head` did: revisions before and after, and the backup, if any."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def alembic_config() -> Config:
    from alembic.config import Config  # lazy: Alembic loads slowly; only for a schema upgrade

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision of the migration scripts (read from the scripts)."""
    from alembic.script import ScriptDirectory  # lazy: Alembic loads slowly; only for a schema upgrade

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str) -> bool:
    """True when ``revision`` is one of our migration scripts."""
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:             # alembic's ResolutionError / CommandError for unknown ids
        return False


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None: no schema yet)."""
    return read_state(engine, where_of(engine)).revision


def _kind(engine: Engine, head: str) -> tuple[str, SchemaState]:
    """The database's case (see :func:`retrofit.storage.schema.classify`), with a half-made
    schema of ours told apart from another program's tables (which are refused)."""
    state = read_state(engine, where_of(engine))
    kind = classify(state, head, known_revision)
    if kind == "unversioned":
        with engine.connect() as connection:
            if not leftover(connection, state):
                raise foreign(state)
    return kind, state


def require_ours(engine: Engine) -> str | None:
    """Refuse (StorageError) a database that is neither empty nor ours; returns its revision."""
    return _kind(engine, HEAD_REVISION)[1].revision


def require_current(engine: Engine) -> None:
    """For the commands that only read: the database must be ours and at the newest schema.
    Nothing is migrated or created; otherwise StorageError says what to do."""
    state = read_state(engine, where_of(engine))
    if classify(state, HEAD_REVISION, known_revision) == "current":
        return
    kind, state = _kind(engine, HEAD_REVISION)
    if kind == "empty":
        raise StorageError("db_empty", where=state.where)
    raise StorageError("db_needs_upgrade", where=state.where, revision=state.revision or "—")


def _run_alembic(connection) -> None:  # noqa: ANN001 (a Connection in its transaction)
    from alembic import command  # lazy: Alembic loads slowly; only for a schema upgrade

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, "head")


def upgrade_to_head(engine: Engine) -> UpgradeReport:
    """Migrate the database to the newest schema, all or nothing. An existing SQLite database
    that needs a change is backed up first; the report names the backup."""
    state = read_state(engine, where_of(engine))
    if classify(state, HEAD_REVISION, known_revision) == "current":
        use_wal(engine)
        return UpgradeReport(HEAD_REVISION, HEAD_REVISION, None)
    head = head_revision()
    kind, state = _kind(engine, head)
    if kind == "current":
        use_wal(engine)
        return UpgradeReport(head, head, None)
    copy = backup(engine) if kind != "empty" and engine_path(engine) is not None else None
    with schema_transaction(engine) as connection:
        now = read_state(connection, where_of(engine))     # again, under the write lock
        kind = classify(now, head, known_revision)
        if kind == "unversioned":
            if not leftover(connection, now):
                raise foreign(now)
            drop_leftover(connection, now)
        if kind != "current":
            _run_alembic(connection)
    use_wal(engine)
    return UpgradeReport(state.revision, head, copy)
