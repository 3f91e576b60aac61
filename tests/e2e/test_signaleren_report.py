"""The admin report page "Signaleren" in a real browser: accessible (axe-core), with the
steunpunt's sections and the weekly chart's table."""

import uuid
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from cms.signaleren.models import Channel, SupportContact

from ..cms.signaleren.factories import SignalKindFactory, SupportEvaluationFactory, make_contacts
from .conftest import serious_violations


@pytest.fixture
def report_page(browser, demo_site, demo_database):
    """Superuser's view of the demo SWV's Q3 2026, with contacts of this test's own (removed
    afterwards: the browser tests share one committed database)."""
    from content_models.models import Region

    region = Region.objects.get(code="PO2001")
    kind = SignalKindFactory(name=f"Thuiszitten {uuid.uuid4().hex[:6]}")
    contacts = make_contacts(
        8, region=region, date=date(2026, 8, 12), kind=kind, channel=Channel.PHONE
    ) + make_contacts(2, region=region, date=date(2026, 8, 13), kind=kind, channel=Channel.CHAT)
    for contact in contacts[:6]:
        SupportEvaluationFactory(contact=contact)
    user = get_user_model().objects.create_superuser(f"beheer-{uuid.uuid4().hex[:8]}")
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": demo_site}]
    )
    page = context.new_page()
    page.goto(f"{demo_site}{reverse('signaleren')}?region={region.pk}&period=2026-Q3")
    yield page
    context.close()
    SupportContact.objects.filter(pk__in=[c.pk for c in contacts]).delete()
    kind.delete()
    user.delete()


def test_the_report_page_is_accessible(report_page):
    page = report_page
    assert page.get_by_role("heading", name="Vragen per soort signaal").is_visible()
    assert page.get_by_role("table", name="Gelezen per week").is_visible()
    assert page.get_by_role("img", name="Gelezen per week").is_visible()
    assert "< 5" in page.inner_text(".pi-report")  # the two chats
    assert serious_violations(page) == []
