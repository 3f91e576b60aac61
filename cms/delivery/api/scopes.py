"""The scopes a response can read, each with a generation in the cache (``caching``)."""

NATIONAL_TAG = "national"
REFERENCE_TAG = "reference"
# Every response is built with the generation of the reference data, so a new
# one makes every response stale (a migration, a rebuild of the stored forms).
EVERYTHING = (REFERENCE_TAG,)


def region_tag(code: str) -> str:
    return f"region:{code}"
