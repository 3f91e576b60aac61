"""The production settings as the README's Deploy section documents them."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The environment of the README's example deployment.
DEPLOYED = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-of-fifty-or-more-characters-0123",
    "ALLOWED_HOSTS": "informatie.example.nl",
    "PUBLIC_URL": "https://informatie.example.nl",
    "DATABASE_URL": "postgres://passend@127.0.0.1:5432/passend_informatie",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "TRUST_X_FORWARDED_PROTO": "1",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
}
# Set by tests/settings.py for the test client; a deployment leaves them unset.
# DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests (Playwright) when they share a process.
TEST_ONLY = ("SECURE_COOKIES", "PUBLIC_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in (*DEPLOYED, *TEST_ONLY)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def urls(**env: str) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings;"
        "print(json.dumps([settings.PUBLIC_URL, settings.WAGTAILADMIN_BASE_URL]))"
    )
    result = run("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_links_follow_public_url():
    """E-mails (review links) and previews use the address the server is reached on."""
    assert urls(DEBUG="1", PUBLIC_URL="http://127.0.0.1:8200/") == [
        "http://127.0.0.1:8200",
        "http://127.0.0.1:8200",
    ]
    assert urls(DEBUG="1") == ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]


def test_check_deploy_is_clean_with_the_documented_settings():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **DEPLOYED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
