"""Run a benchmark's ``main`` in a throw-away test database and print its JSON."""

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
