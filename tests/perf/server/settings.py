"""The production settings, plus what the API benchmark compares against.

Wagtail's API v2 with a page model, a view that returns fixed bytes from memory
behind this project's middleware (the separate floor project in
``tests/perf/floor`` has none), and cache busting for the uncached scenarios.
"""

from cms.settings import *  # noqa: F403
from cms.settings import INSTALLED_APPS, MIDDLEWARE

INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2", "tests.perf.server"]
MIDDLEWARE = ["tests.perf.server.bust.BustMiddleware", *MIDDLEWARE]
ROOT_URLCONF = "tests.perf.server.urls"
