"""A crash (kill -9) in the middle of a large import leaves the previous data intact."""
import csv
import subprocess
import sys
import textwrap

from retrofit.services.app import open_services

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from retrofit.services.app import open_services

    path = Path(sys.argv[2])
    def progress(done, total, text):
        if text == str(path) and 0 < done < total:
            print("writing", done, total, flush=True)
            sys.stdin.readline()          # wait here, inside the transaction, to be killed
    with open_services(sys.argv[1]) as app:
        app.imports.commit(path, progress=progress)
    print("finished", flush=True)
""")


def _large_csv(path, n):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["estate", "building", "city", "year_built", "storeys", "floor_area_m2", "households"])
        for i in range(n):
            w.writerow([f"小区{i // 20}", f"{i % 20}号楼", "唐山", 1980, 5, 3000, 60])
    return path


def test_kill_9_during_import_keeps_the_previous_data(tmp_path, db_url):
    with open_services(db_url) as app:
        estate = app.records.create_estate({"estate": "老小区", "city": "唐山"})
        app.records.create_building(estate.id, {"building": "1号楼", "year_built": 1978, "storeys": 5,
                                                "floor_area_m2": 3000.0, "households": 60})
    file = _large_csv(tmp_path / "big.csv", 12_000)
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, db_url, str(file)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("writing"), line + proc.stderr.read()
    finally:
        proc.kill()                                   # SIGKILL: no cleanup, no rollback by Python
        proc.wait(timeout=30)
    assert proc.returncode == -9
    with open_services(db_url) as app:
        assert [e.estate for e in app.records.list_estates()] == ["老小区"]
        assert [b["building"] for b in app.records.list_buildings()] == ["1号楼"]
        assert app.records.audit_log(1)[0]["source"] == "edit"
