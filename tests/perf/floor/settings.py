"""The floor: a minimal Django project with one view that returns fixed bytes.

No apps, no middleware, no database, no cache: what Django and gunicorn cost for
a response of the same size as an API answer. ``bench_api`` serves it with
``cms/gunicorn.conf.py`` (so under the same worker class as the project) and
compares the project's cached answers with it.
"""

import os

SECRET_KEY = os.environ.get("SECRET_KEY", "floor")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.perf.floor.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
