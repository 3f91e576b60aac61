"""What each searchable type contributes to the index: title, summary, body and filters."""

from dataclasses import dataclass

from content_models.models import (
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    ReviewedContent,
    Route,
    School,
)
from content_models.text import html_to_text, stream_text

SEARCHABLE = {
    InformationItem: "item",
    Organisation: "organisation",
    Route: "route",
    Question: "question",
    GlossaryTerm: "glossary_term",
}
# Schools are reference data, not content: found in every language and every region,
# so a webmaster finds the school code by its name, place or postcode.
SCHOOL = "school"


@dataclass(frozen=True)
class Entry:
    kind: str
    object_id: int
    slug: str
    locale: str
    region_code: str
    audiences: list[str]
    topics: list[str]
    title: str
    summary: str
    body: str


def texts(obj: ReviewedContent) -> tuple[str, str, str]:
    if isinstance(obj, InformationItem):
        return obj.title, obj.summary, "\n".join(stream_text(obj.body)[0])
    if isinstance(obj, Organisation):
        channels = " ".join(f"{c.label} {c.value}" for c in obj.channels.all())
        return obj.name, obj.helps_with, f"{obj.costs}\n{channels}"
    if isinstance(obj, Route):
        steps = "\n".join(f"{s.title}\n{html_to_text(s.advice)}" for s in obj.steps.all())
        return obj.title, html_to_text(obj.intro), steps
    if isinstance(obj, Question):
        return obj.question, html_to_text(obj.answer), ""
    title = f"{obj.term} ({obj.abbreviation})" if obj.abbreviation else obj.term
    return title, obj.explanation, ", ".join(obj.synonym_list)


def entry_for(obj: ReviewedContent) -> Entry | None:
    """The index entry of a live object, or ``None`` when it must not be found."""
    kind = SEARCHABLE.get(type(obj))
    if kind is None or not obj.live:
        return None
    # A regional supplement is found as its national item, in that region.
    national = getattr(obj, "supplement_to", None)
    if national is not None and not national.live:
        return None
    title, summary, body = texts(obj)
    return Entry(
        kind=kind,
        object_id=obj.pk,
        slug=(national or obj).slug,
        locale=obj.locale.language_code,
        region_code=obj.scope,
        audiences=[a.slug for a in obj.audiences.all()],
        topics=[t.slug for t in obj.topics.all() if t.live],
        title=(national.title if national is not None and kind == "item" else title),
        summary=summary,
        body=body,
    )


def school_entry(school: School, locale: str) -> Entry:
    """A school as a search result; its slug is its code, which the embed snippet needs."""
    postcode = f"{school.postcode[:4]} {school.postcode[4:]}".strip()
    return Entry(
        kind=SCHOOL,
        object_id=school.pk,
        slug=school.code,
        locale=locale,
        region_code="national",
        audiences=[],
        topics=[],
        title=school.name,
        summary=f"{school.street} {school.house_number}, {postcode} {school.city}".strip(" ,"),
        body=" ".join(
            [school.code, school.brin, school.postcode, postcode, school.city, school.municipality]
        ),
    )
