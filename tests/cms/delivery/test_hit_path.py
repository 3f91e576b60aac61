"""A cached answer leaves before the middleware the views need, with the same headers."""

from unittest import mock

import pytest
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.middleware.csrf import CsrfViewMiddleware

from tests.factories import InformationItemFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/items/artikel/?region={region}"


def headers_of(response) -> dict[str, str]:
    return {name.lower(): value for name, value in response.headers.items()}


@pytest.fixture
def url(region_a) -> str:
    InformationItemFactory(slug="artikel", publish=True)
    return URL.format(region=region_a.code)


def test_the_hit_path_comes_right_after_the_security_middleware():
    assert settings.MIDDLEWARE[:2] == [
        "django.middleware.security.SecurityMiddleware",
        "cms.delivery.api.middleware.CachedResponseMiddleware",
    ]


def test_a_hit_passes_no_session_or_csrf_middleware(client, url):
    client.get(url)
    with (
        mock.patch.object(SessionMiddleware, "process_request") as session,
        mock.patch.object(CsrfViewMiddleware, "process_request") as csrf,
    ):
        hit = client.get(url)
    assert hit.status_code == 200
    assert not session.called and not csrf.called


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "https://school.voorbeeld.example"},
        {"Accept-Encoding": "gzip", "Accept-Language": "en"},
    ],
    ids=["plain", "from a browser page", "gzip, negotiated"],
)
def test_a_hit_has_the_headers_of_the_views_answer(client, url, headers):
    miss = client.get(url, headers=headers)
    hit = client.get(url, headers=headers)
    assert headers_of(hit) == headers_of(miss)
    assert hit.content == miss.content
    not_modified = client.get(url, headers={**headers, "If-None-Match": miss["ETag"]})
    assert not_modified.status_code == 304


def test_the_hit_path_reads_no_query_parameters(client, url):
    client.get(url)
    with mock.patch("django.http.request.QueryDict.__init__") as parsed:
        assert client.get(url).status_code == 200
    assert not parsed.called
