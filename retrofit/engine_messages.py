"""The engine's messages: the reasons of :class:`calc.errors.CalcInputError` (msgid
``calc_reason_<code>``), the notices of :mod:`calc.engine` and of the estimate as a whole
(``notice_<code>``) and the errors of :mod:`retrofit.estimate`; their texts are in the
``retrofit`` catalogue (:mod:`retrofit.i18n`).

The calculator gives codes and parameters only; :func:`reason_text` and :class:`Notice` word
them in the language asked for when the message is shown.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calc.errors import CalcInputError
from retrofit import i18n
from retrofit.domain.errors import ValidationError


def reason_text(code: str, params: Mapping[str, Any] | None = None, lang: str | None = None) -> str:
    """The words of a calculator reason code in the language in force (or ``lang``)."""
    return i18n.message(f"calc_reason_{code}", lang, **dict(params or {}))


class EngineInputError(ValidationError):
    """A value the engine refused, naming estate, building, field and value; the reason is
    worded in the language of the message (``params``: ``reason_code``, ``reason_params``)."""

    code = "estimate_invalid_value"

    def message(self, lang: str | None = None) -> str:
        params = {k: v for k, v in self.params.items() if k not in ("reason_code", "reason_params")}
        reason_params: Any = self.params.get("reason_params")
        reason = reason_text(str(self.params.get("reason_code")), reason_params, lang)
        return i18n.message(self.code, lang, **params, reason=reason)


def engine_error(exc: CalcInputError, *, estate: object = "", building: object = "", field: str | None = None,
                 value: object = None, position: int | None = None) -> EngineInputError:
    """An :class:`EngineInputError` for a calculator error at one building."""
    return EngineInputError(estate=estate, building=building, field=field or exc.field,
                            value=exc.values[0] if value is None and exc.values else value,
                            position=position, reason_code=exc.code, reason_params=dict(exc.params))


@dataclass(frozen=True, slots=True)
class Notice:
    """A soft finding about one building (or the whole set): a stable ``code`` and its ``params``."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return i18n.message(f"notice_{self.code}", lang, **self.params)
