"""The public schema changes only on purpose.

After an intended change, rewrite the snapshot with
``UPDATE_OPENAPI_SNAPSHOT=1 make test PYTEST_ARGS=tests/cms/test_openapi_snapshot.py``
and review the diff like any other change to the public API.
"""

import json
import os
from pathlib import Path

SNAPSHOT = Path(__file__).with_name("openapi.json")


def test_openapi_schema_matches_the_snapshot(client):
    schema = client.get("/api/v1/openapi.json").json()
    current = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_OPENAPI_SNAPSHOT"):
        SNAPSHOT.write_text(current)
    assert json.loads(SNAPSHOT.read_text()) == schema, (
        "The OpenAPI schema changed. If that was intended, update the snapshot (see the docstring)."
    )
