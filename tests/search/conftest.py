import io

import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo, indexed by its load hook (as in ``make run``)."""
    call_command("load_demo", stdout=io.StringIO())
