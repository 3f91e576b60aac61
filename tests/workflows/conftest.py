import re

import pytest
from django.core import mail

from content_models.models import InformationItem

LINK_RE = re.compile(r"http://[^\s]+/review/[^\s]+/")


@pytest.fixture(autouse=True)
def commit_on_request(django_capture_on_commit_callbacks, monkeypatch):
    """Run on_commit callbacks (the invitation e-mails) after each request, as a commit would."""
    from django.test import Client

    original = Client.request

    def request(self, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(self, **kwargs)

    monkeypatch.setattr(Client, "request", request)


@pytest.fixture
def links():
    """The review links of the invitations sent so far, as paths for the test client."""

    def collect() -> list[str]:
        found = [LINK_RE.search(message.body).group() for message in mail.outbox]
        return ["/" + link.split("://", 1)[1].split("/", 1)[1] for link in found]

    return collect


PLAIN_BODY = {
    "body-count": "1",
    "body-0-type": "paragraph",
    "body-0-deleted": "",
    "body-0-order": "0",
    "body-0-id": "",
}


def article_data(region, *, summary: str, audiences: list[str], slug: str = "regionaal-nieuws"):
    from content_models.models import Audience

    from ..content_models.forms import draftail

    return {
        "title": "Nieuw in de regio",
        "summary": summary,
        "slug": slug,
        "region": str(region.pk),
        "audiences": [str(a.pk) for a in Audience.objects.filter(slug__in=audiences)],
        **PLAIN_BODY,
        "body-0-value": draftail(
            "Het steunpunt is er voor jou. Je kunt bellen of mailen. We helpen je graag."
        ),
    }


@pytest.fixture
def item_url():
    def url(name: str, *args) -> str:
        from django.urls import reverse

        return reverse(InformationItem.snippet_viewset.get_url_name(name), args=args)

    return url


def make_panel_members(region=None, panels=("ouders", "jongeren"), count: int = 3) -> None:
    """``count`` members in each panel who read Dutch: for SWV ``region``, or national."""
    from wagtail.models import Locale

    from workflows.models import PanelMember

    dutch = Locale.objects.get(language_code="nl")
    for panel in panels:
        for n in range(count):
            member = PanelMember.objects.create(
                pseudonym=f"{panel}-{n}", email=f"{panel}{n}@example.org", panel=panel
            )
            if region is not None:
                member.regions.add(region)
            member.languages.add(dutch)
