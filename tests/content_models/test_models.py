"""Domain rules of the content models."""

import pytest
from django.core.exceptions import ValidationError

from content_models.blocks import ExperienceQuoteBlock
from content_models.models import NATIONAL, ContactChannel, Organisation, Route

from ..factories import (
    ExperienceStoryFactory,
    InformationItemFactory,
    OrganisationFactory,
    RouteFactory,
    RouteStepFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def test_scope_is_national_or_the_region_code(region_a):
    assert InformationItemFactory().scope == NATIONAL
    assert InformationItemFactory(region=region_a).scope == "PO9901"


def test_a_supplement_is_regional_and_adds_to_a_national_item(region_a):
    national = InformationItemFactory()
    InformationItemFactory(region=region_a, supplement_to=national).full_clean()

    with pytest.raises(ValidationError, match="Alleen regionale informatie"):
        InformationItemFactory(supplement_to=national).full_clean()

    regional = InformationItemFactory(region=region_a)
    with pytest.raises(ValidationError, match="landelijke informatie"):
        InformationItemFactory(region=region_a, supplement_to=regional).full_clean()


def test_topic_breadcrumbs_and_no_cycles():
    root = TopicFactory(title="Passend onderwijs")
    child = TopicFactory(title="Extra ondersteuning", parent=root)
    leaf = TopicFactory(title="OPP", parent=child)
    assert [t.title for t in leaf.breadcrumbs] == [
        "Passend onderwijs",
        "Extra ondersteuning",
        "OPP",
    ]

    root.parent = leaf
    with pytest.raises(ValidationError, match="onder zichzelf"):
        root.full_clean()


def test_a_withdrawn_story_is_never_shown():
    story = ExperienceStoryFactory(publish=True)
    block = ExperienceQuoteBlock()
    assert story.is_shown
    assert block.get_api_representation(story) == story.pk
    assert story.text in block.render(story)

    story.withdraw_consent()
    story.refresh_from_db()
    assert story.withdrawn and story.withdrawn_at is not None
    assert not story.live
    assert block.get_api_representation(story) is None
    assert block.render(story) == ""


def test_phone_channels_can_be_tapped_to_call():
    channel = ContactChannel(kind="phone", value="070 - 312 28 87")
    assert channel.href == "tel:0703122887"
    assert ContactChannel(kind="email", value="vraag@example.nl").href == "mailto:vraag@example.nl"


def test_route_steps_and_their_organisations_survive_a_revision():
    organisation = OrganisationFactory(publish=True)
    route = RouteFactory()
    step = RouteStepFactory(route=route, title="Bel het steunpunt")
    step.organisations = [organisation]
    step.save()
    revision = Route.objects.get(pk=route.pk).save_revision()

    restored = revision.as_object()
    assert [s.title for s in restored.steps.all()] == ["Bel het steunpunt"]
    assert list(restored.steps.first().organisations.all()) == [organisation]


def test_organisation_channels_are_kept_in_revisions():
    organisation = OrganisationFactory()
    organisation.channels = [ContactChannel(kind="phone", value="088-6050101")]
    organisation.save()
    revision = organisation.save_revision()
    organisation.channels = []
    organisation.save()
    assert [c.value for c in revision.as_object().channels.all()] == ["088-6050101"]
    assert not Organisation.objects.get(pk=organisation.pk).channels.exists()
