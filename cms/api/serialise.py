"""Content objects to response schemas, shared by every router, the bundle and the embed."""

from django.urls import reverse

from content_models.models import (
    ExperienceStory,
    GlossaryTerm,
    Organisation,
    Question,
    Region,
    ReviewedContent,
    School,
    Topic,
)

from .published import Shown
from .richtext import mark_item_links, sanitise
from .schemas import (
    Channel,
    GlossaryTermOut,
    OrganisationOut,
    QuestionOut,
    RegionOut,
    RegionRef,
    SchoolOut,
    StoryOut,
    TopicRef,
)


def region_ref(region: Region | None) -> RegionRef | None:
    return None if region is None else RegionRef(code=region.code, name=region.name)


def meta(shown: Shown) -> dict:
    """The fields of ``ContentMeta``. Scope, audiences and topics come from the original."""
    source: ReviewedContent = shown.source
    return {
        "slug": source.slug,
        "locale": shown.locale,
        "fallback": shown.fallback,
        "outdated": shown.outdated,
        "scope": source.scope,
        "region": region_ref(source.region),
        "audiences": [audience.slug for audience in source.audiences.all()],
        "topics": [TopicRef(slug=t.slug, title=t.title) for t in source.topics.all() if t.live],
        "last_published_at": shown.obj.last_published_at,
    }


def plain(obj: ReviewedContent) -> Shown:
    """A referenced object, served in the language it is stored in."""
    return Shown(obj, obj, obj.locale.language_code, False)


def organisation(shown: Shown[Organisation]) -> OrganisationOut:
    org = shown.obj
    return OrganisationOut(
        **meta(shown),
        name=org.name,
        kind=org.kind,
        kind_label=str(org.get_kind_display()),
        helps_with=org.helps_with,
        costs=org.costs,
        address=org.address,
        channels=[
            Channel(
                kind=c.kind,
                value=c.value,
                label=c.label,
                opening_hours=c.opening_hours,
                href=c.href,
            )
            for c in org.channels.all()
        ],
    )


def glossary_term(shown: Shown[GlossaryTerm]) -> GlossaryTermOut:
    term = shown.obj
    return GlossaryTermOut(
        **meta(shown),
        term=term.term,
        abbreviation=term.abbreviation,
        explanation=term.explanation,
        synonyms=term.synonym_list,
    )


def story(shown: Shown[ExperienceStory]) -> StoryOut:
    obj = shown.obj
    return StoryOut(**meta(shown), title=obj.title, text=obj.text, teller=obj.teller)


def rich_text(db_html: str) -> str:
    return mark_item_links(sanitise(db_html))


def question(shown: Shown[Question]) -> QuestionOut:
    return QuestionOut(
        **meta(shown), question=shown.obj.question, answer_html=rich_text(shown.obj.answer)
    )


def region(obj: Region) -> RegionOut:
    return RegionOut(
        code=obj.code,
        sector=obj.sector,
        name=obj.name,
        address=obj.address,
        postcode=obj.postcode,
        city=obj.city,
        phone=obj.phone,
        email=obj.email,
        website=obj.website,
    )


def school(obj: School) -> SchoolOut:
    return SchoolOut(
        code=obj.code,
        brin=obj.brin,
        vestiging=obj.vestiging,
        name=obj.name,
        street=obj.street,
        house_number=obj.house_number,
        postcode=obj.postcode,
        city=obj.city,
        municipality=obj.municipality,
        website=obj.website,
        regions=[region(r) for r in obj.regions],
    )


def item_url(slug: str) -> str:
    return reverse("api-v1:items_detail", kwargs={"slug": slug})


def topic_ref(topic: Topic) -> TopicRef:
    return TopicRef(slug=topic.slug, title=topic.title)


def content_language(requested: str, results: list) -> str:
    """The ``Content-Language`` of a response: the requested language, plus Dutch on fallback."""
    languages = [requested]
    for result in results:
        if result.locale not in languages:
            languages.append(result.locale)
    return ", ".join(languages)
