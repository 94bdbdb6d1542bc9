"""``retrofit estimate [FILE]``: savings, freed capacity and cost of the buildings of a register
file (CSV or XLSX, no database needed) or, without FILE, of the database (``--db`` or
RETROFIT_DB). Prints the JSON document of ``data-dictionary.md`` with ``--json``, otherwise a
table (Chinese headings by default, English with ``--lang en``).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from retrofit import i18n
from retrofit.commands._common import open_app
from retrofit.domain.errors import CellError, InputFileError, ValidationError
from retrofit.domain.settings import CO2_BY_KEY, Settings, co2_preset_for
from retrofit.estimate import estimate
from retrofit.reference import load_catalogue
from retrofit.storage.load import load_register

NAME = "estimate"
HELP = "estimate savings, freed capacity and cost of the buildings of a register file or the database"


_HEADINGS = {
    "zh": ("小区", "楼号", "面积㎡", "改造前q_H", "改造后q_H", "节煤tce", "减排tCO2", "释放容量kW", "投资万元"),
    "en": ("Estate", "Building", "Area m2", "q_H before", "q_H after", "Saved tce", "Saved tCO2",
           "Freed kW", "Cost 10k RMB"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE",
                        help="register file (.xlsx, .xls, .ods or .csv); without it, the database")
    parser.add_argument("--json", action="store_true", help="print the JSON document")
    parser.add_argument("--co2-factor", type=float, metavar="F", help="CO2 factor, t CO2 per tce")
    parser.add_argument("--co2-preset", metavar="NAME",
                        help="named CO2 factor: " + ", ".join(CO2_BY_KEY))
    parser.add_argument("--planning-index", type=float, metavar="W_PER_M2",
                        help="heat-load index of new connections, W/m2 (default 80)")
    parser.add_argument("--price-basis", choices=("2010", "today"), help="unit costs of 2010 or of today")
    parser.add_argument("--uncertainty", action="store_true", help="add P10/P50/P90 of the savings (Monte Carlo)")
    parser.add_argument("--samples", type=int, metavar="N", help="Monte Carlo samples (default 1000)")


def _settings(args: argparse.Namespace, base: Settings) -> Settings:
    s = base
    if args.co2_preset is not None:
        if args.co2_preset not in CO2_BY_KEY:
            raise ValidationError("cli_unknown_preset", field="--co2-preset", value=args.co2_preset,
                                  choices=", ".join(CO2_BY_KEY))
        s = s.replace(co2_preset=args.co2_preset, co2_factor_t_tce=CO2_BY_KEY[args.co2_preset].factor_t_tce)
    for option, key, value in (("--co2-factor", "co2_factor_t_tce", args.co2_factor),
                               ("--planning-index", "planning_index_w_m2", args.planning_index),
                               ("--samples", "mc_samples", args.samples)):
        if value is not None:
            if not value > 0:
                raise ValidationError("cli_must_be_positive", field=option, value=value)
            s = s.replace(**{key: value})
    if args.co2_factor is not None:
        s = s.replace(co2_preset=co2_preset_for(s.co2_factor_t_tce))
    if args.price_basis is not None:
        s = s.replace(price_basis=args.price_basis)
    return s


def _load(args: argparse.Namespace):
    """The register, the settings and the catalogue: of the file (shipped defaults) or of the
    database (its settings and the user's measure edits and packages)."""
    if args.file is not None:
        from retrofit.io.registers import read_register  # lazy: not needed before the first window

        return read_register(args.file), Settings(), load_catalogue()

    with open_app(args, read_only=True) as app:
        settings, catalogue = app.settings.get(), app.settings.catalogue()
        register = load_register(app.url)
        levels = app.verification.levels_of(register.extra["building_ids"], settings)     # meters first (§8)
        register.extra["meter_kgce_m2"] = levels
    return register, settings, catalogue


def _as_cell_error(exc: ValidationError, register) -> Exception:  # noqa: ANN001 (Register)
    """Name the file, row and column of a value the engine refused, when the row can be found."""
    if not register.source or exc.params.get("position") is None:
        return exc
    rows = register.extra.get("building_rows") or ()
    pos = int(exc.params["position"])
    row = int(rows[pos]) if pos < len(rows) else _find_row(register, exc.params.get("estate"),
                                                          exc.params.get("building"))
    if row is None:
        return exc
    field_name = str(exc.params.get("field", ""))
    headers = {key: text for text, key in (register.extra.get("mapping") or {}).items()}
    name = Path(register.source).name
    cell = CellError(name, row, headers.get(field_name, field_name), str(exc.params.get("value", "")),
                     "cli_estimate_reason", {"reason": exc.message()})
    return InputFileError(name, [cell])


def _raw_rows(path: Path, extra: dict, sheet: str):
    """(row number as a spreadsheet shows it, cell texts) of the sheet that holds the buildings."""
    if extra.get("format") == "csv":
        with open(path, encoding=extra.get("encoding") or "utf-8-sig", newline="") as fh:
            for number, cells in enumerate(csv.reader(fh, delimiter=extra.get("delimiter") or ","), start=1):
                yield number, [c.lstrip("\ufeff").strip() for c in cells]
        return
    from openpyxl import load_workbook  # lazy: openpyxl takes most of a second to load; only for workbooks

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet] if sheet else wb.worksheets[0]
        for number, cells in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            yield number, ["" if c is None else str(c).strip() for c in cells]
    finally:
        wb.close()


def _find_row(register, estate, building) -> int | None:  # noqa: ANN001 (Register)
    """Best effort: the first data row with this estate (merged cells carried down) and building."""
    extra = register.extra
    headers = {key: text.strip() for text, key in (extra.get("mapping") or {}).items()}
    sheet = (extra.get("sheets") or ("",))[-1]
    first = (extra.get("header_rows") or {}).get(sheet)
    if first is None or "estate" not in headers or "building" not in headers:
        return None
    try:
        current, columns = None, None
        for number, cells in _raw_rows(Path(register.source), extra, sheet):
            if number == first:
                columns = (cells.index(headers["estate"]), cells.index(headers["building"]))
            elif columns is not None and number > first and len(cells) > max(columns):
                current = cells[columns[0]] or current
                if current == str(estate) and cells[columns[1]] == str(building):
                    return number
    except (OSError, ValueError, KeyError):
        return None
    return None


def _table(est, lang: str) -> str:
    heads = _HEADINGS[lang]
    r = est.results
    rows: list[tuple[str, ...]] = [heads]
    cols = (est.columns["estate"].tolist(), est.columns["building"].tolist(), r.geometry.floor_area.tolist(),
            r.before.heat_index.tolist(), r.after.heat_index.tolist(), r.saved_coal.tolist(),
            r.saved_co2.tolist(), (r.freed_capacity / 1e3).tolist(), (r.cost / 1e4).tolist())
    for estate, building, *nums in zip(*cols, strict=True):
        rows.append((str(estate), str(building), *(f"{v:,.1f}" for v in nums)))
    t = est.totals()
    rows.append((i18n.message("cli_estimate_total", lang), "", f"{t['floor_area_m2']:,.1f}", "", "",
                 f"{t['saved_tce']:,.1f}", f"{t['saved_tco2']:,.1f}", f"{t['freed_capacity_mw'] * 1e3:,.1f}",
                 f"{t['cost_rmb'] / 1e4:,.1f}"))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(heads))]
    lines = ["  ".join(_pad(cell, w, i >= 2) for i, (cell, w) in enumerate(zip(row, widths, strict=True))) for row in rows]
    if est.band is not None:
        p10, p50, p90 = est.band.total
        lines.append(i18n.message("cli_estimate_band", lang, p10=p10, p50=p50, p90=p90, samples=est.band.samples))
    return "\n".join(lines + _new_load_lines(t, lang))


def _new_load_lines(t: dict[str, float], lang: str) -> list[str]:
    """The new load of the added floor area and the totals net of it (method §9), when there is
    added floor area."""
    if not t["added_area_m2"] > 0:
        return []
    return [i18n.message("cli_estimate_new_load", lang, area=t["added_area_m2"], tce=t["new_load_tce"],
                         tco2=t["new_load_tco2"], kw=t["new_load_mw"] * 1e3),
            i18n.message("cli_estimate_net", lang, tce=t["saved_net_tce"], tco2=t["saved_net_tco2"],
                         kw=t["freed_capacity_net_mw"] * 1e3, area=t["extra_area_net_m2"])]


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def run(args: argparse.Namespace) -> int:
    register, base, catalogue = _load(args)
    settings = _settings(args, base)
    try:
        est = estimate(register.buildings, settings, catalogue, uncertainty=args.uncertainty,
                       estates=register.estates, meter_kgce_m2=register.extra.get("meter_kgce_m2"))
    except ValidationError as exc:
        raise _as_cell_error(exc, register) from exc
    lang = i18n.language()
    out = est.to_json(lang) if args.json else _table(est, lang)
    sys.stdout.write(out + "\n")
    return 0
