"""Ordering and finding estate and building names as people read and type them: ``2号楼``
before ``10号楼``, Chinese names in pinyin order, ``hb1`` finding 河北1号小区."""
from __future__ import annotations

import functools
import re
import threading

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: object) -> tuple[object, ...]:
    """A sort key that compares runs of digits by their value and the rest case-insensitively.

    ``re.split`` with a capturing group alternates text and digits (text first), so two keys
    always hold the same kinds at the same positions and compare without a ``TypeError``.
    Fullwidth digits (``１０``) count as digits. ``None`` sorts as an empty name.
    """
    parts = _DIGITS.split("" if text is None else str(text))
    return tuple(int(p) if i % 2 else p.casefold() for i, p in enumerate(parts))


# --- pinyin: order and search of Chinese names (pypinyin) -------------------------------------------
#
# pypinyin takes about half a second to import (its phrase dictionary); it is loaded on first
# use, which the app does in a worker thread right after start (:func:`load_pinyin`). Until then
# :func:`name_key` falls back to :func:`natural_key` and :func:`pinyin_matches` to no match.
# Keys and spellings are computed once per distinct name and cached: sorting 7,000 buildings
# looks each name up once, never converts it per comparison.

_pinyin_lock = threading.Lock()
_pinyin: dict[str, object] = {}
_KEYS: dict[str, tuple[object, ...]] = {}
_SPELLINGS: dict[str, tuple[tuple[tuple[str, ...], ...], frozenset[int]]] = {}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_UNITS = re.compile(r"\d+|[\u3400-\u9fff\uf900-\ufaff]|[^\W\d_]+", re.UNICODE)
_TWO_LETTER = ("zh", "ch", "sh")


def load_pinyin() -> None:
    """Import pypinyin (once; any thread)."""
    if _pinyin:
        return
    with _pinyin_lock:
        if not _pinyin:
            from pypinyin import (  # lazy: pypinyin's tables take a second to load; loaded in a worker after start
                Style,
                lazy_pinyin,
                pinyin,
            )

            _pinyin.update(lazy=lazy_pinyin, all=pinyin, normal=Style.NORMAL)


def pinyin_ready() -> bool:
    return bool(_pinyin)


def pinyin_key(text: object) -> tuple[object, ...]:
    """Sort key in pinyin order with numbers by value (河北2号院 before 河北10号院, 光明里
    before 河北), the text itself deciding between names that read alike. Cached per name."""
    name = "" if text is None else str(text)
    key = _KEYS.get(name)
    if key is None:
        load_pinyin()
        spelled = " ".join(_pinyin["lazy"](name, style=_pinyin["normal"], errors="default"))  # type: ignore[operator]
        key = _KEYS[name] = (natural_key(spelled), natural_key(name))
    return key


def known_name(text: object) -> bool:
    """Whether the pinyin sort key of ``text`` is made already."""
    return ("" if text is None else str(text)) in _KEYS


def name_key(text: object) -> tuple[object, ...]:
    """The order of names in lists: pinyin order once pypinyin is loaded (:func:`load_pinyin`),
    until then numbers by value and characters by code."""
    if _pinyin:
        return pinyin_key(text)
    return (natural_key(text), ())


def spellings(text: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """How each part of a name can be typed: every reading of a Chinese character (长: zhang,
    chang), a run of digits, a Latin word in lower case; and which parts are Chinese characters.
    Cached per name."""
    found = _SPELLINGS.get(text)
    if found is None:
        load_pinyin()
        units: list[tuple[str, ...]] = []
        chinese: set[int] = set()
        for unit in _UNITS.findall(text):
            if _HAN.fullmatch(unit):
                readings = _pinyin["all"](unit, style=_pinyin["normal"], heteronym=True)[0]  # type: ignore[operator]
                chinese.add(len(units))
                units.append(tuple(dict.fromkeys(r.lower() for r in readings)))
            else:
                units.append((unit.casefold(),))
        found = _SPELLINGS[text] = (tuple(units), frozenset(chinese))
    return found


def pinyin_query(text: str) -> str | None:
    """The query as typed for pinyin matching (``hb1``, ``hebei``, ``He Bei``), or None when
    it holds Chinese characters or no letter (searched as plain text)."""
    query = re.sub(r"[\s'’]+", "", text).casefold()
    if not query or _HAN.search(query) or not re.search(r"[a-z]", query) or not query.isascii():
        return None
    return query


def pinyin_matches(query: str, text: str) -> bool:
    """Whether ``query`` (from :func:`pinyin_query`) spells a part of ``text``: each Chinese
    character by its initial or its whole syllable (the last one may be begun), digits as
    written: ``hb1``, ``hebei``, ``hbei`` and ``bei1hao`` all find 河北1号小区."""
    if not _pinyin or not text:
        return False
    units, chinese = spellings(text)
    n, m = len(units), len(query)

    @functools.cache
    def consume(i: int, j: int) -> bool:
        if j == m:
            return True
        if i == n:
            return False
        rest, han = query[j:], i in chinese
        for reading in units[i]:
            if reading.startswith(rest):
                return True                  # the last syllable (or number), begun
            if rest.startswith(reading) and consume(i + 1, j + len(reading)):
                return True
            if han and reading[:2] in _TWO_LETTER and rest.startswith(reading[:2]) and consume(i + 1, j + 2):
                return True
            if han and reading[0] == rest[0] and consume(i + 1, j + 1):
                return True                  # a character by its initial
        return False

    return any(consume(i, 0) for i in range(n))
