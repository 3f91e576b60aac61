"""Bulk loads: many objects published in one transaction (the demo, generated load data).

Listeners that keep derived data up to date per object (the search index) skip that
work inside a bulk load; their ``load_demo_content`` hook rebuilds it once at the end.
The content itself goes through the same model code as an editor's publish.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_loading: ContextVar[bool] = ContextVar("bulk_loading", default=False)


@contextmanager
def bulk_load() -> Iterator[None]:
    token = _loading.set(True)
    try:
        yield
    finally:
        _loading.reset(token)


def in_bulk_load() -> bool:
    return _loading.get()
