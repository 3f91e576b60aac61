"""DUO import of a 50 MB school file: speed, memory and revert, in one run.

    python -m tests.perf.bench_duo_stream            (DUO_BENCH_ROWS=422813 by default)

Writes a generated school file of about 50 MB (422,813 rows, the size of the file
that did not finish in 15 minutes) to a temporary file, never to the repository,
and runs ``manage.py import_duo`` on it as an editor would, each step in its own
process against a throw-away test database: a dry run, the import, and its revert.
On SQLite the test database is a file that the processes share.

Prints JSON: rows per minute of each step, the peak memory (RSS) of each process, and
the ratios that matter: import time to the time of only reading the file
(decode + CSV), and revert time to import time. Goals: ≥ 100,000 rows/min,
< 300 MB peak for the 50 MB file, revert no slower than the import.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()

from django.db import connection  # noqa: E402

from content_models.demo.load_data import SCHOOL_HEADERS, duo_files  # noqa: E402
from content_models.duo import IMPORTERS, open_duo_file, read_duo_file  # noqa: E402
from content_models.models import School  # noqa: E402
from tests.perf.testdb import run_in_test_database  # noqa: E402

ROWS = int(os.environ.get("DUO_BENCH_ROWS", "422813"))
REGIONS = 150
GOAL_ROWS_PER_MINUTE = 100_000
GOAL_PEAK_MB = 300
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def write_school_file(path: Path, rows: int, regions: list[str]) -> None:
    """DUO-shaped rows of about 118 bytes, like the real file; unique BRIN + vestiging."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(";".join(SCHOOL_HEADERS) + "\r\n")
        for n in range(rows):
            brin = f"{n % 100:02d}{LETTERS[n // 100 % 26]}{LETTERS[n // 2600 % 26]}"
            vestiging = f"{n // 67600:02d}"
            region = regions[n % len(regions)]
            out.write(
                f"{brin};{brin}{vestiging};Basisschool De Regenboog {n};Schoolstraat;{n % 200 + 1};"
                f"{3000 + n % 6000} AB;GRONINGEN;Groningen;school{n}.voorbeeld.example;{region}\r\n"
            )


def database_url() -> str:
    """The test database, for the ``manage.py import_duo`` processes."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def command(*args: str) -> tuple[float, int]:
    """Run ``manage.py import_duo`` as an editor does: seconds, and the peak RSS in MB."""
    env = {**os.environ, "DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "tests.settings"}
    connection.close()  # the process writes to the same database; hold no lock on it
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_duo", *args, "--verbosity", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    out, err = process.stdout.read().decode(), process.stderr.read().decode()
    assert os.waitstatus_to_exitcode(status) == 0, err[-2000:]
    process.returncode = 0
    return seconds, round(usage.ru_maxrss / 1024), out


def main() -> dict:
    small = duo_files(regions=REGIONS, schools=0)
    for kind in ("regions", "postcodes"):
        assert IMPORTERS[kind]().run(read_duo_file(small[kind], name=f"{kind}.csv")).ok
    regions = [line.split(";")[0] for line in small["regions"].decode().splitlines()[1:]]
    regions = [code for code in regions if code.startswith("PO")]
    result: dict = {"database": connection.vendor, "rows": ROWS}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schools.csv"
        write_school_file(path, ROWS, regions)
        result["file_mb"] = round(path.stat().st_size / 1e6, 1)
        started = time.perf_counter()
        with path.open("rb") as source:
            assert sum(1 for _ in open_duo_file(source).records()) == ROWS
        read_seconds = time.perf_counter() - started
        startup_seconds, startup_mb, _out = command("--help")
        dry_seconds, dry_mb, _out = command("schools", str(path), "--dry-run")
        import_seconds, import_mb, out = command("schools", str(path))
    assert School.objects.count() == ROWS
    revision = int(out.rsplit("--revert", 1)[1].split()[0])
    revert_seconds, revert_mb, _out = command("--revert", str(revision))
    assert not School.objects.exists()
    per_minute = lambda seconds: round(ROWS / seconds * 60)  # noqa: E731
    result["rows_per_minute"] = {
        "read_only": per_minute(read_seconds),
        "dry_run": per_minute(dry_seconds),
        "import": per_minute(import_seconds),
        "revert": per_minute(revert_seconds),
    }
    # Starting Django (settings, apps) is part of every step; shown on its own too.
    result["process_start_seconds"] = round(startup_seconds, 1)
    result["peak_mb"] = {
        "process_start": startup_mb,
        "dry_run": dry_mb,
        "import": import_mb,
        "revert": revert_mb,
    }
    result["ratios"] = {
        "import_time_to_read_time": round(import_seconds / read_seconds, 1),
        "revert_time_to_import_time": round(revert_seconds / import_seconds, 2),
    }
    result["goals"] = {
        "rows_per_minute": GOAL_ROWS_PER_MINUTE,
        "peak_mb": GOAL_PEAK_MB,
        "met": result["rows_per_minute"]["import"] >= GOAL_ROWS_PER_MINUTE
        and max(result["peak_mb"].values()) < GOAL_PEAK_MB
        and revert_seconds <= import_seconds,
    }
    return {"duo_import_50mb": result}


if __name__ == "__main__":
    if connection.vendor == "sqlite":
        # A file, not memory: the database's own pages are not the importer's memory.
        test_db = Path(tempfile.gettempdir()) / f"bench_duo_stream_{os.getpid()}.sqlite3"
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(test_db)
    run_in_test_database(main)
