"""Rows of register files: CSV (encoding and separator detected) here, spreadsheets in
:mod:`retrofit.io.workbook`; both guarded by :class:`Limits` against hostile files.

A :class:`Table` yields ``(row_number, cells)``, the row number as a spreadsheet shows it and the
cells as a list of raw values (``str`` for CSV; ``str``/numbers/dates/bools for spreadsheets).
"""
from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from retrofit.domain.errors import InputFileError

Row = tuple[int, list]

#: Rows searched for the header row.
HEAD_ROWS = 30
CSV_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits against hostile or broken files; each breach is one clear error."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_rows: int = 2_000_000
    max_columns: int = 1000
    max_unpacked_bytes: int = 1024 * 1024 * 1024        # sum of an XLSX's/ODS's uncompressed members
    max_ratio: float = 200.0                            # uncompressed/compressed, members > 1 MB
    max_zip_entries: int = 10_000
    max_cells: int = 10_000_000       # a workbook's sheets as the reader holds them (rows × columns)
    max_merges: int = 10_000          # distinct merged ranges of a sheet


def fail(path: Path, code: str, **params: object) -> InputFileError:
    """A whole-file error (no cells) for ``path``."""
    return InputFileError(path.name, [], code=code, **params)


@dataclass
class Table:
    """One sheet of rows. ``rows()`` may be called more than once."""

    label: str                    # names the sheet in messages: "a.csv" or "a.xlsx [楼栋]"
    sheet: str                    # "" for CSV
    rows: Callable[[], Iterator[Row]]
    total: int                    # rows expected, for progress
    info: dict

    @property
    def prefix(self) -> str:
        """``"[sheet] "`` before a notice when the workbook has several sheets, else ``""``."""
        return f"[{self.sheet}] " if self.sheet and self.label.endswith(f"[{self.sheet}]") else ""

    def head(self, n: int = HEAD_ROWS) -> list[Row]:
        return list(islice(self.rows(), n))


def check_size(path: Path, limits: Limits) -> None:
    if not path.is_file():
        raise fail(path, "io_file_missing")
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise fail(path, "io_file_too_large", size_mb=round(size / 2**20, 1),
                   limit_mb=round(limits.max_file_bytes / 2**20))


# --- CSV ---------------------------------------------------------------------------------------

def detect_encoding(path: Path) -> tuple[str, int]:
    """The file's encoding (BOM, else UTF-8, else GB18030 ⊇ GBK) and its number of line breaks."""
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", _count_lines(path)
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16", _count_lines(path) // 2
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        lines = 0
        try:
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    decoder.decode(chunk)
                    lines += chunk.count(b"\n")
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030":
            with open(path, "rb") as f:
                other = other_encoding(f.read(256 * 1024))
            if other is not None:
                raise fail(path, "io_other_encoding", encoding=other)
        return encoding, lines
    raise fail(path, "io_encoding")


#: Common characters of each encoding, by the lead byte of their code: GB2312 level 1 (the 3,755
#: commonest simplified characters), Big5 level 1 (the 5,401 commonest traditional ones), and
#: JIS level 1 with the kana in Shift-JIS.
_COMMON = {"gb2312": (0xB0, 0xD7), "big5": (0xA4, 0xC6), "shift_jis": (0x82, 0x9F)}


def _common_share(data: bytes, encoding: str, decode_as: str) -> float:
    """The share of non-ASCII characters of ``data`` read as ``decode_as`` that are common
    characters of ``encoding`` (0 when it does not decode)."""
    try:
        text = data.decode(decode_as, errors="strict")
    except UnicodeDecodeError:
        text = data[:-1].decode(decode_as, errors="ignore") if decode_as != "gb18030" else ""
        if not text:
            return 0.0
    low, high = _COMMON[encoding]
    chars = [c for c in text if ord(c) > 127][:5000]
    if not chars:
        return 1.0
    common = 0
    for c in chars:
        try:
            code = c.encode(encoding)
        except UnicodeEncodeError:
            continue
        common += len(code) == 2 and low <= code[0] <= high
    return common / len(chars)


def other_encoding(sample: bytes) -> str | None:
    """"Big5" or "Shift-JIS" when ``sample`` (not UTF-8) reads as far more plausible text in that
    encoding than in GBK: a Chinese register read as GBK then holds mostly rare characters."""
    gbk = _common_share(sample, "gb2312", "gb18030")
    if gbk >= 0.75:
        return None
    scores = {name: _common_share(sample, encoding, encoding)
              for name, encoding in (("Big5", "big5"), ("Shift-JIS", "shift_jis"))}
    if scores["Big5"] == scores["Shift-JIS"]:       # kana only in Japanese text
        kana = any("\u3040" <= c <= "\u30ff" for c in sample.decode("shift_jis", errors="ignore"))
        scores["Shift-JIS" if kana else "Big5"] += 0.01
    name = max(scores, key=lambda n: scores[n])
    return name if scores[name] > gbk + 0.25 else None


def _count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def csv_table(path: Path, limits: Limits, score: Callable[[list[Row]], int]) -> Table:
    """The CSV file as a table; the separator is the one whose header row ``score`` likes best."""
    encoding, lines = detect_encoding(path)
    with open(path, encoding=encoding, newline="") as f:
        sample = f.read(256 * 1024)
    best, best_score = ",", -1
    for delimiter in CSV_DELIMITERS:
        try:
            head = [(i, row) for i, row in enumerate(islice(csv.reader(io.StringIO(sample), delimiter=delimiter),
                                                            HEAD_ROWS), 1)]
        except csv.Error:
            continue
        s = score(head)
        if s > best_score:
            best, best_score = delimiter, s

    def rows() -> Iterator[Row]:
        with open(path, encoding=encoding, newline="") as f:
            reader = csv.reader(f, delimiter=best)
            number = 0
            try:
                for number, row in enumerate(reader, 1):
                    if number > limits.max_rows:
                        raise fail(path, "io_too_many_rows", limit=limits.max_rows)
                    if len(row) > limits.max_columns:
                        raise fail(path, "io_too_many_columns", row=number, columns=len(row),
                                   limit=limits.max_columns)
                    yield number, row
            except csv.Error as exc:
                raise fail(path, "io_bad_csv", row=number + 1, detail=str(exc)) from None

    info = {"format": "csv", "encoding": encoding, "delimiter": best}
    return Table(path.name, "", rows, max(lines, 1), info)
