"""DUO import speed, against reading the same files (decode + CSV) in the same run.

    python -m tests.perf.bench_import      (make bench; PostgreSQL with DATABASE_URL)

Imports generated DUO files (150 SWVs, 6,000 postcode areas, 8,000 schools)
into a throw-away test database through the editors' importers: validate the
whole file, then write in bulk with a revision. Prints JSON: rows per second
per file, and how many times longer the import takes than reading alone (the
rest is validation, the revision that makes an import revertible, and writing).
Target: an 8,000-school file in under 10 s (800 rows/s) for the editor who uploads it.
"""

import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()

from django.db import connection  # noqa: E402

from content_models.demo.load_data import duo_files  # noqa: E402
from content_models.duo import IMPORTERS, read_duo_file  # noqa: E402
from tests.perf.testdb import run_in_test_database  # noqa: E402

REGIONS, SCHOOLS = 150, 8_000
TARGET_SCHOOL_ROWS_PER_SECOND = 800


def main() -> dict:
    files = duo_files(regions=REGIONS, schools=SCHOOLS)
    result: dict = {"database": connection.vendor}
    for kind in ("regions", "postcodes", "schools"):
        started = time.perf_counter()
        rows = sum(1 for _record in read_duo_file(files[kind]).records())
        read_seconds = time.perf_counter() - started
        started = time.perf_counter()
        imported = IMPORTERS[kind]().run(read_duo_file(files[kind], name=f"{kind}.csv"))
        import_seconds = time.perf_counter() - started
        assert imported.ok and imported.created == rows, imported.errors[:3]
        result[kind] = {
            "rows": rows,
            "rows_per_second": round(rows / import_seconds),
            "baseline_read_rows_per_second": round(rows / read_seconds),
            "import_time_to_read_time": round(import_seconds / read_seconds, 1),
        }
    result["target_school_rows_per_second"] = TARGET_SCHOOL_ROWS_PER_SECOND
    result["meets_target"] = result["schools"]["rows_per_second"] >= TARGET_SCHOOL_ROWS_PER_SECOND
    return {"duo_import": result}


if __name__ == "__main__":
    run_in_test_database(main)
