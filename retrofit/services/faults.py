"""Database faults inside a service's write, as the domain errors the UI and the CLI show."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from retrofit.domain.errors import DatabaseBusyError, RetrofitError
from retrofit.storage.faults import domain_error, where_of

if TYPE_CHECKING:
    from retrofit.services.app import AppServices


@contextmanager
def writing(app: AppServices, what: str = "") -> Iterator[None]:
    """Around one write transaction of ``app``: a fault of the database (busy, full, read-only,
    also from the DB-API cursor that bulk inserts use) becomes its domain error; a clash with
    another user's new records (a unique key taken meanwhile) becomes DatabaseBusyError, to be
    tried again. The transaction itself rolls back as always."""
    try:
        yield
    except RetrofitError:
        raise
    except IntegrityError as exc:
        raise DatabaseBusyError("changed_meanwhile", what=what) from exc
    except Exception as exc:
        mapped = domain_error(exc, where_of(app.engine))
        if mapped is None:
            raise
        raise mapped from exc


__all__ = ["domain_error", "writing"]
