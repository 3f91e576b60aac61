"""No link that runs code reaches a school's page: checked on input and on output
(issue 22, point 2)."""

import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.template import Context, Template

from content_models.models import ContactChannel, Region
from content_models.safe_urls import WEB_SCHEMES, safe_url, validate_sources
from tests.factories import InformationItemFactory, OrganisationFactory, publish

# href="javascript:…" in HTML, \"href\": \"…\" or "href":"…" in JSON, "website":"…".
LINK_TO_CODE = re.compile(r'(href|website)(=|\\?"\s*:)\s*\\?"\s*(javascript|data):')
HOSTILE = [
    "javascript:alert(document.domain)",
    "JavaScript:alert(1)",
    "   javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "//evil.example/",
    "https:evil.example",
    "file:///etc/passwd",
    "https://example.nl/\x00x",
]
SAFE = [
    ("https://www.oudersonderwijs.nl/", "https://www.oudersonderwijs.nl/"),
    ("  http://example.nl/chat  ", "http://example.nl/chat"),
    ("HTTPS://EXAMPLE.NL", "HTTPS://EXAMPLE.NL"),
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_links_are_empty(value):
    assert safe_url(value) == ""
    assert safe_url(value, WEB_SCHEMES) == ""


@pytest.mark.parametrize(("value", "expected"), SAFE)
def test_web_links_pass(value, expected):
    assert safe_url(value, WEB_SCHEMES) == expected


def test_tel_and_mailto_only_where_code_builds_them():
    assert safe_url("tel:08005010") == "tel:08005010"
    assert safe_url("mailto:info@example.nl") == "mailto:info@example.nl"
    assert safe_url("tel:08005010", WEB_SCHEMES) == ""


@pytest.mark.parametrize("kind", ["web", "chat", "form"])
@pytest.mark.parametrize("value", [*HOSTILE, "tel:0800", "mailto:a@b.nl", "www.example.nl"])
def test_a_channel_link_must_be_http(kind, value):
    channel = ContactChannel(kind=kind, value=value)
    with pytest.raises(ValidationError) as error:
        channel.clean()
    assert "value" in error.value.message_dict


@pytest.mark.parametrize(
    ("kind", "value"),
    [("phone", "javascript:alert(1)"), ("email", "javascript:alert(1)//@x.nl"), ("email", "x")],
)
def test_phone_and_email_must_look_like_one(kind, value):
    with pytest.raises(ValidationError):
        ContactChannel(kind=kind, value=value).clean()


@pytest.mark.parametrize(
    ("kind", "value"),
    [("phone", "0800 - 5010"), ("phone", "+31 (0)20 123 45 67"), ("email", "info@example.nl"),
     ("web", "https://www.example.nl/contact"), ("chat", "http://chat.example.nl")],
)  # fmt: skip
def test_real_channels_are_accepted(kind, value):
    ContactChannel(kind=kind, value=value).clean()


@pytest.mark.parametrize("line", ["javascript:alert(1)", "Zie data:text/html,x", " JAVASCRIPT:x"])
def test_sources_refuse_code_links(line):
    with pytest.raises(ValidationError, match="Regel 2"):
        validate_sources(f"Wet passend onderwijs, art. 18a\n{line}")


def test_sources_take_text_and_web_links():
    validate_sources("Bron: https://www.rijksoverheid.nl/\nGesprek op 12-10-2026 om 10:30\nDUO")


@pytest.mark.parametrize("value", HOSTILE)
def test_the_template_filter_leaves_no_link(value):
    html = Template("{% load safe_urls %}[{{ value|safe_url }}]").render(Context({"value": value}))
    assert html == "[]"


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["javascript:alert(document.domain)", " data:text/html,x"])
def test_a_stored_hostile_link_never_leaves(client, get_json, value):
    """Stored past the validation (an old row, an import): the output check still holds."""
    region = Region.objects.create(code="PO9999", sector="PO", name="Test", website=value)
    org = OrganisationFactory(slug="steunpunt", name="Steunpunt", publish=True)
    ContactChannel.objects.create(organisation=org, kind="web", value=value, label="Site")
    ContactChannel.objects.create(organisation=org, kind="chat", value=value.upper(), label="Chat")
    publish(org)
    InformationItemFactory(slug="artikel", region=None, body=[("contact_card", org)], publish=True)
    cache.clear()
    responses = [
        client.get("/api/v1/items/artikel/"),
        client.get("/api/v1/organisations/"),
        client.get(f"/api/v1/bundle/?region={region.code}"),
        client.get(f"/api/v1/regions/{region.code}/"),
        client.get(f"/embed/region/{region.code}/?item=artikel"),
    ]
    for response in responses:
        assert response.status_code == 200, response.request["PATH_INFO"]
        body = response.content.decode().lower()
        assert not LINK_TO_CODE.search(body), response.request["PATH_INFO"]
    card = get_json("/api/v1/organisations/")["results"][0]
    assert {c["href"] for c in card["channels"]} == {""}
