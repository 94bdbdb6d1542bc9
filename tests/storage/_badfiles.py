"""Files that are not our database, made in the tests: each ``make(folder) -> path``."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

REGISTER_CSV = ("estate,building,city,year_built,storeys,floor_area_m2,households\n"
                "甲小区,1号楼,唐山,1980,5,3000,60\n")


def _ours(path: Path) -> Path:
    """A real database of ours with one estate (large enough to cut in half)."""
    from retrofit.domain.records import BuildingRecord, EstateRecord, Register
    from retrofit.services.app import open_services

    buildings = tuple(BuildingRecord("甲小区", f"{i}号楼", "唐山", 1980, 5, 3000.0, 60) for i in range(300))
    with open_services(str(path)) as app:
        app.imports.commit_register(Register((EstateRecord("甲小区", "唐山"),), buildings))
    return path


def text_file(folder: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_text("这不是数据库\nnot a database\n", encoding="utf-8")
    return path


def csv_file(folder: Path) -> Path:
    path = folder / "register.csv"
    path.write_text(REGISTER_CSV, encoding="utf-8")
    return path


def truncated(folder: Path) -> Path:
    path = _ours(folder / "cut.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupted(folder: Path) -> Path:
    """The header intact, the schema page overwritten."""
    path = _ours(folder / "bad.sqlite")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "records.sqlite"
    path.mkdir()
    (path / "inside.txt").write_text("x")
    return path


def _sqlite_file(path: Path, *statements: str) -> Path:
    with closing(sqlite3.connect(path)) as con, con:
        for statement in statements:
            con.execute(statement)
    return path


def other_app(folder: Path) -> Path:
    return _sqlite_file(folder / "contacts.sqlite", "CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)",
                        "INSERT INTO contact (name) VALUES ('王')")


def other_app_with_estate(folder: Path) -> Path:
    """Another program that also calls a table ``estate``."""
    return _sqlite_file(folder / "property.sqlite",
                        "CREATE TABLE estate (id INTEGER PRIMARY KEY, name TEXT, owner TEXT, price REAL)",
                        "INSERT INTO estate (name, owner, price) VALUES ('甲小区', '李', 1.5)")


def other_alembic_app(folder: Path) -> Path:
    """Another program that uses Alembic too, at a revision named like one of ours."""
    return _sqlite_file(folder / "alembic-app.sqlite",
                        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                        "INSERT INTO alembic_version VALUES ('0001')",
                        "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")


KINDS = {
    "text": text_file, "csv": csv_file, "truncated": truncated, "corrupted": corrupted, "folder": a_folder,
    "other_app": other_app, "other_app_with_estate": other_app_with_estate, "other_alembic_app": other_alembic_app,
}
#: What the message is about, in English, per kind.
EXPECTED = {
    "text": "not a database file", "csv": "not a database file", "truncated": "is damaged",
    "corrupted": "is damaged", "folder": "is a folder", "other_app": "not a Retrofit Planner database",
    "other_app_with_estate": "not a Retrofit Planner database",
    "other_alembic_app": "not a Retrofit Planner database",
}


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file under ``folder`` with its bytes (folders as None)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}
