"""factory_boy factories for the reference data and every reviewed content type."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from content_models.models import (
    Audience,
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    Region,
    Route,
    RouteStep,
    School,
    Topic,
)
from content_models.publishing import publishing_allowed


def publish(obj) -> None:
    """Publish the object's current state through a revision, as the workflow does."""
    with publishing_allowed("tests"):
        obj.save_revision().publish()
    obj.refresh_from_db()


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"PO{90 + n // 100:02d}{n % 100:02d}")
    sector = factory.LazyAttribute(lambda o: o.code[:2])
    name = factory.LazyAttribute(lambda o: f"Samenwerkingsverband {o.code}")


class SchoolFactory(DjangoModelFactory):
    class Meta:
        model = School

    brin = factory.Sequence(lambda n: f"{n % 100:02d}ZZ")
    vestiging = "00"
    name = factory.Sequence(lambda n: f"School {n}")


class ReviewedContentFactory(DjangoModelFactory):
    """Creates a draft; ``publish=True`` publishes it through a revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"item-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    region = None
    live = False

    @factory.post_generation
    def audiences(obj, create, extracted, **kwargs):
        obj.audiences = list(Audience.objects.filter(slug__in=extracted or ["ouders"]))
        obj.save()

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if extracted:
            publish(obj)


class TopicFactory(ReviewedContentFactory):
    class Meta:
        model = Topic

    title = factory.Sequence(lambda n: f"Onderwerp {n}")


class InformationItemFactory(ReviewedContentFactory):
    class Meta:
        model = InformationItem

    title = factory.Sequence(lambda n: f"Artikel {n}")
    summary = "Een korte samenvatting."


class OrganisationFactory(ReviewedContentFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = "steunpunt"
    helps_with = "Helpt ouders met vragen."


class RouteFactory(ReviewedContentFactory):
    class Meta:
        model = Route

    title = factory.Sequence(lambda n: f"Route {n}")


class RouteStepFactory(DjangoModelFactory):
    class Meta:
        model = RouteStep

    route = factory.SubFactory(RouteFactory)
    title = "Praat met de school"
    advice = "<p>Begin bij de leraar.</p>"


class QuestionFactory(ReviewedContentFactory):
    class Meta:
        model = Question

    question = factory.Sequence(lambda n: f"Vraag {n}?")
    answer = "<p>Een kort antwoord.</p>"


class GlossaryTermFactory(ReviewedContentFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"begrip {n}")
    explanation = "Een eenvoudige uitleg."


class ExperienceStoryFactory(ReviewedContentFactory):
    class Meta:
        model = ExperienceStory

    title = factory.Sequence(lambda n: f"Ervaring {n}")
    text = "Het ging eerst niet goed, nu wel."
    teller = "Moeder van een dochter van 8"
    consent_date = datetime.date(2026, 9, 1)


FACTORIES: dict[type, type[ReviewedContentFactory]] = {
    f._meta.model: f
    for f in (
        TopicFactory,
        InformationItemFactory,
        OrganisationFactory,
        RouteFactory,
        QuestionFactory,
        GlossaryTermFactory,
        ExperienceStoryFactory,
    )
}


def make_scope_content(count: int, region) -> None:
    """``count`` published objects of every kind in a SWV's scope, referencing each other."""
    topic = TopicFactory(publish=True)
    org = OrganisationFactory(publish=True)
    for _ in range(count):
        story = ExperienceStoryFactory(publish=True)
        term = GlossaryTermFactory(publish=True)
        national = InformationItemFactory(
            topics=[topic],
            body=[
                ("paragraph", "<p>Tekst</p>"),
                ("contact_card", org),
                ("glossary_term", term),
                ("experience_quote", story),
            ],
            publish=True,
        )
        InformationItemFactory(region=region, supplement_to=national, publish=True)
        OrganisationFactory(region=region, publish=True)
        QuestionFactory(publish=True)
        TopicFactory(publish=True)
        route = RouteFactory(publish=False)
        step = RouteStepFactory(route=route)
        step.organisations = [org]
        step.save()
        with publishing_allowed("tests"):
            route.save_revision().publish()
