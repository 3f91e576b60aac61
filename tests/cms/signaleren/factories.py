"""Factories for the vragenregister: contacts at the steunpunt and their evaluations."""

import datetime

import factory
from factory.django import DjangoModelFactory

from cms.signaleren.models import (
    Asker,
    Channel,
    GotWhatNeeded,
    Handling,
    Outcome,
    SignalKind,
    SupportContact,
    SupportEvaluation,
)
from tests.factories import RegionFactory


class SignalKindFactory(DjangoModelFactory):
    class Meta:
        model = SignalKind
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Soort {n}")


class SupportContactFactory(DjangoModelFactory):
    class Meta:
        model = SupportContact
        skip_postgeneration_save = True

    region = factory.SubFactory(RegionFactory)
    date = datetime.date(2026, 10, 15)
    channel = Channel.PHONE
    asker = Asker.PARENT
    kind = factory.SubFactory(SignalKindFactory)
    handling = Handling.INFORMED
    minutes = 10
    outcome = Outcome.ANSWERED

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if extracted:
            obj.topics.set(extracted)


class SupportEvaluationFactory(DjangoModelFactory):
    """An answered evaluation; ``answered_on=None`` for a link not yet used."""

    class Meta:
        model = SupportEvaluation

    contact = factory.SubFactory(SupportContactFactory)
    issued_on = factory.LazyAttribute(lambda o: o.contact.date)
    answered_on = factory.LazyAttribute(lambda o: o.contact.date)
    helpful = 4
    got_what_needed = GotWhatNeeded.YES


def make_contacts(count: int, **fields) -> list[SupportContact]:
    """``count`` contacts alike (same region, kind, date…)."""
    return SupportContactFactory.create_batch(count, **fields)
