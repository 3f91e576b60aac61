"""Test settings: the project settings with a test secret and fast, local services."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret")
os.environ.setdefault("SECURE_COOKIES", "0")

from cms.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
