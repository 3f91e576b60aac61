"""Browser tests: Playwright driving Debian's Chromium (never a downloaded browser)."""

import os
import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls of the
# test itself are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def demo_site(demo_database) -> Iterator[str]:
    """One live server on the demo for all browser tests: the demo is committed once and
    the tests run without a transaction or a flush in between (pytest-django's
    ``live_server`` would flush and reload the demo for each). What a test writes stays,
    so each looks only at what it wrote itself."""
    from pytest_django.live_server_helper import LiveServer

    demo_database.ensure()
    server = LiveServer("localhost")
    yield server.url
    server.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser tests use the test database (so pytest-django creates it) ..."""
    for item in items:
        if "demo_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.django_db)


@pytest.fixture
def _django_db_helper(demo_database) -> Iterator[None]:
    """... but not in a test transaction: they talk to the database the server reads.
    (Overrides pytest-django's helper, which wraps each test in a transaction or a flush.)"""
    with demo_database.blocker.unblock():
        yield


@pytest.fixture(scope="session")
def browser(demo_site):
    """Closed before the demo site stops, so that no keep-alive request of the browser
    holds a database connection when the test database is dropped."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone_in(browser):
    """Phone-sized pages (390 by 844 pixels, touch) set to a language, as a parent's phone."""
    contexts = []

    def open_page(locale: str):
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, has_touch=True, locale=locale
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone(phone_in):
    """A Dutch phone: the widget and iframe follow the browser's language."""
    return phone_in("nl-NL")


def serious_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
