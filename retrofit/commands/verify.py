"""``retrofit verify [FILE] [--meters METERS]``: the savings measured by the heat meters against
the predicted ones (method §12), per building and estate meter, with the programme totals.

With a register FILE and ``--meters`` no database is needed; without FILE the buildings (and,
without ``--meters``, the readings) come from the database. Prints the JSON document of
``data-dictionary.md`` with ``--json``, otherwise a table.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import open_app
from retrofit.commands.estimate import _as_cell_error, _pad, _settings, _width
from retrofit.commands.estimate import add_arguments as estimate_arguments
from retrofit.domain.errors import ValidationError
from retrofit.domain.settings import Settings
from retrofit.reference import load_catalogue
from retrofit.verification import Origin, verify, verify_columns
from retrofit.verification.matching import reading_columns

NAME = "verify"
HELP = "verify the savings against the heat meters (buildings of a register file or the database)"


_HEADINGS = {
    "zh": ("小区", "楼号", "状态", "前/后", "改造前kgce/㎡", "改造后kgce/㎡", "预测改造后", "实测节煤tce", "预测节煤tce", "实现率"),
    "en": ("Estate", "Building", "Status", "Seasons", "Before kgce/m2", "After kgce/m2", "Predicted after",
           "Measured tce", "Predicted tce", "Realisation"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    estimate_arguments(parser)
    parser.add_argument("--meters", type=Path, metavar="METERS",
                        help="meter register (.csv or .xlsx); without it, the readings stored in the database")


def _origin(register):  # noqa: ANN001, ANN202 (MeterRegister)
    return Origin(Path(register.source).name, register.rows, register.extra.get("headers"))


def _verify(args: argparse.Namespace):  # noqa: ANN202
    from retrofit.io.meters import read_meter_register  # lazy: not needed before the first window

    meters = read_meter_register(args.meters) if args.meters is not None else None
    if args.file is not None:
        from retrofit.io.registers import read_register  # lazy: not needed before the first window

        register = read_register(args.file)
        settings = _settings(args, Settings())
        try:
            return verify(register.buildings, meters.readings if meters else (), settings, load_catalogue(),
                          uncertainty=args.uncertainty, estates=register.estates,
                          origin=_origin(meters) if meters else None)
        except Exception as exc:
            if isinstance(exc, ValidationError):
                raise _as_cell_error(exc, register) from exc
            raise

    with open_app(args, read_only=True) as app:
        settings = _settings(args, app.settings.get())
        cols = app.results.city.get()
        readings = reading_columns(meters.readings) if meters else app.verification.reading_columns()
        origin = _origin(meters) if meters else None
        return verify_columns(cols, readings, settings, app.settings.catalogue(), uncertainty=args.uncertainty,
                              **({"origin": origin} if origin else {}))


def _table(d: dict, lang: str) -> str:
    rows = [_HEADINGS[lang]]

    def num(v, digits=1):  # noqa: ANN001, ANN202
        return "–" if v is None else f"{v:,.{digits}f}"

    for b in d["buildings"]:
        status = i18n.message(f"cli_verify_status_{b['status']}", lang)
        if b.get("performance") in ("under", "over"):
            status += " ↓" if b["performance"] == "under" else " ↑"
        rate = "–" if b["realisation_rate"] is None else f"{100 * b['realisation_rate']:.0f}%"
        rows.append((str(b["estate"]), str(b["building"]), status, f"{b['seasons_before']}/{b['seasons_after']}",
                     num(b["q_c_before_norm_kgce_m2"]), num(b["q_c_after_norm_kgce_m2"]),
                     num(b["predicted_q_c_after_kgce_m2"]), num(b["measured_saved_tce"]),
                     num(b["predicted_saved_tce"]), rate))
    meter = i18n.message("cli_verify_estate_meter", lang)
    for e in d["estates"]:
        rate = "–" if e["realisation_rate"] is None else f"{100 * e['realisation_rate']:.0f}%"
        rows.append((str(e["estate"]), meter, i18n.message(f"cli_verify_status_{e['status']}", lang),
                     f"{e['seasons_before']}/{e['seasons_after']}", num(e["q_c_before_norm_kgce_m2"]),
                     num(e["q_c_after_norm_kgce_m2"]), num(e["predicted_q_c_after_kgce_m2"]),
                     num(e["measured_saved_tce"]), num(e["predicted_saved_tce"]), rate))
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(_pad(c, w, i >= 3) for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    t = d["totals"]
    rate = "–" if t["realisation_rate"] is None else f"{100 * t['realisation_rate']:.0f}%"
    lines.append(i18n.message("cli_verify_total", lang, verified=t["verified_buildings"], buildings=t["buildings"],
                              measured=t["measured_saved_tce"], predicted=t["predicted_saved_tce"], rate=rate,
                              under=t["under_performing"]))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    verified = _verify(args)
    lang = i18n.language()
    out = verified.to_json(lang) if args.json else _table(verified.to_dict(lang), lang)
    sys.stdout.write(out + "\n")
    return 0
