"""How close a plan is to the best possible, in words: the gap the solver proves between the
plan and the bound no plan can beat, never "optimal" unless proven."""
from __future__ import annotations

import math

from retrofit import i18n


def gap_percent(gap: float) -> str:
    """``0.00034`` → ``"0.034 %"``: two significant digits, at least two decimals."""
    pct = 100.0 * gap
    digits = 2 if pct >= 0.1 or pct == 0 else max(2, 1 - math.floor(math.log10(pct)))
    return f"{pct:.{digits}f} %"


def gap_text(gap: float, status: str = "optimal", lang: str | None = None) -> str:
    """The gap in words, e.g. "within 0.034 % of the best possible"."""
    if not math.isfinite(gap):
        text = i18n.message("plan_gap_unknown", lang)
    elif gap == 0.0 and status == "optimal":
        text = i18n.message("plan_gap_proven", lang)
    else:
        text = i18n.message("plan_gap_within", lang, gap=gap_percent(gap))
    if status == "time_limit":
        text += i18n.message("plan_gap_time_limit", lang)
    return text
