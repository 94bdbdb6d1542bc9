"""Line breaking that keeps names and words whole.

ReportLab's CJK line breaking (``wordWrap="CJK"``) may break between any two characters, so a
building "11号楼" or a heat supplier "开滦热电有限责任公司" can be cut at the end of a line, and so
can "2,025" or "EPS". :class:`Para` breaks lines only

* between two CJK characters, at a space, or where Latin text meets CJK text (a run of Latin
  letters, digits and signs is one word);
* never inside ``<nobr>…</nobr>`` (the reports wrap every name in it, see :func:`keep`);
* never between a number and its unit ("80 mm", "2,025 吨"), nor inside a unit of several
  characters (:data:`UNIT_WORDS`: "560 万元" stays whole);
* never before a closing mark (，。、）…) or after an opening one (（“…), the rules ReportLab
  itself uses (``reportlab.lib.textsplit``).

Only a word or name longer than the whole line is cut, where it must. ReportLab has no such
option for CJK text (``<nobr>`` works only in its Western line breaking, which cannot break
Chinese at all), hence this small breaker on top of its own line objects.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

#: Marks that never start a line (ReportLab's list is Japanese: add the Chinese full-width ones).
CANNOT_START = ALL_CANNOT_START + "，：；？！）》」』】〉’”%‰℃…·"
#: Marks that never end a line.
CANNOT_END = ALL_CANNOT_END + "（《「『【〈‘“"
#: Units of several characters that stay whole (and, after a number, with it).
UNIT_WORDS = ("万元", "亿元", "平方米", "个月", "小时", "千克", "万吨")


def keep(text: object) -> str:
    """``text`` escaped for a paragraph and kept on one line (a name)."""
    return f"<nobr>{escape(str(text))}</nobr>"


def _latin(ch: str) -> bool:
    return len(ch) == 1 and ord(ch) < 0x3000 and not ch.isspace()


def _joined(units: list) -> set[int]:
    """Positions that belong to the unit word of the character before them."""
    out: set[int] = set()
    for i in range(len(units)):
        for word in UNIT_WORDS:
            if "".join(units[i:i + len(word)]) == word:
                out.update(range(i + 1, i + len(word)))
    return out


def _groups(units: list) -> list[int]:
    """A group number per character: a break is allowed only between two groups."""
    groups, group = [], 0
    joined = _joined(units)
    for i, u in enumerate(units):
        if i:
            prev = units[i - 1]
            nobr = getattr(u.frag, "nobr", False) and getattr(prev.frag, "nobr", False)
            word = _latin(u) and _latin(prev)
            if not (nobr or word or i in joined):
                group += 1
        groups.append(group)
    return groups


def _may_break(units: list, groups: list[int], i: int) -> bool:
    """Whether a line may end before character ``i``."""
    u, prev = units[i], units[i - 1]
    unit = prev.isspace() and i > 1 and units[i - 2].isdigit()        # "80 mm", "2,025 吨" stay together
    return (groups[i] != groups[i - 1] and not (u and u in CANNOT_START)
            and not (prev and prev in CANNOT_END) and not u.isspace() and not unit)


def split_lines(frags: list, max_widths: list[float], calc_bounds: bool) -> ParaLines:
    """Lines of ``frags`` (ReportLab's CJK line objects) within ``max_widths``."""
    units: list = []
    for f in frags:                                 # <br/> and images are frags without text
        units.extend([cjkU(t, f, "utf8") for t in f.text] if f.text else [cjkU("", f, "utf8")])
    groups = _groups(units)
    lines: list = []
    start, n = 0, len(units)
    while start < n:
        while start < n - 1 and units[start].isspace():
            start += 1
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        end, width, last_ok, hard = _fill(units, groups, start, limit)
        used = sum(u.width for u in units[start:end])
        lines.append(makeCJKParaLine(units[start:end], limit, used, limit - used, hard, calc_bounds))
        start = end
    return ParaLines(kind=1, lines=lines)


def _fill(units: list, groups: list[int], start: int, limit: float) -> tuple[int, float, int | None, bool]:
    """The end of the line starting at ``start``: (end, width, last allowed break, forced break).
    A closing mark that does not fit takes the character before it to the next line (no mark
    hangs into the margin or the next table cell)."""
    width, last_ok, i, n = 0.0, None, start, len(units)
    while i < n:
        u = units[i]
        if i > start and _may_break(units, groups, i):
            last_ok = i
        if hasattr(u.frag, "lineBreak"):
            return i + 1, width, last_ok, True
        if width + u.width > limit + _FUZZ and i > start:
            return (last_ok if last_ok is not None else i), width, last_ok, False
        width += u.width
        i += 1
    return n, width, last_ok, False


class Para(Paragraph):
    """A paragraph whose CJK line breaking keeps names and words whole (module docstring)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 (ReportLab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if not self.frags or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0)):
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return split_lines(self.frags, list(maxWidths), auto not in ("", "off"))


__all__ = ["Para", "keep", "split_lines"]
