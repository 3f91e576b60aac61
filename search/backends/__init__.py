"""Search backends behind one interface; ``settings.SEARCH_BACKEND`` picks one."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from .base import Filters, Hit, Results, SearchBackend

__all__ = ["Filters", "Hit", "Results", "SearchBackend", "get_backend"]


@cache
def get_backend() -> SearchBackend:
    return import_string(settings.SEARCH_BACKEND)()
