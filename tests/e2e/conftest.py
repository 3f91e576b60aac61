"""Browser tests: Playwright driving Debian's Chromium (never a downloaded browser)."""

import os
import shutil

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
def browser():
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
