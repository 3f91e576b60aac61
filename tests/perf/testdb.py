"""Benchmark databases: a throw-away test database, and fresh planner statistics."""

import json
import sys
from collections.abc import Callable

from django.db import connection
from django.test.utils import setup_test_environment


def run_in_test_database(main: Callable[[], dict]) -> None:
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        output = main()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    json.dump(output, sys.stdout, indent=2)
    sys.stdout.write("\n")


def analyse() -> None:
    """Fresh planner statistics, as autovacuum keeps them on a production database.

    A database filled a moment ago has none, and autovacuum may be off on a
    benchmark machine (it is on this project's). Without statistics PostgreSQL
    guesses row counts, and a benchmark measures bad plans.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
