"""The production settings, plus what the API benchmark compares against.

Wagtail's API v2 with a page model, and a view that returns fixed bytes from
memory (the floor of the stack: same server, middleware and URL routing).
"""

from cms.settings import *  # noqa: F403
from cms.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2", "tests.perf.server"]
ROOT_URLCONF = "tests.perf.server.urls"
