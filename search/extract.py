"""What each searchable type contributes to the index: title, summary, body and filters."""

from dataclasses import dataclass

from content_models.models import REVIEWED_MODELS, ReviewedContent

#: Each type the site search finds, with its public name (declared on the model).
SEARCHABLE = {model: model.api_type for model in REVIEWED_MODELS if model.in_site_search}


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


def entry_for(obj: ReviewedContent) -> Entry | None:
    """The index entry of a live object, or ``None`` when it must not be found."""
    kind = SEARCHABLE.get(type(obj))
    if kind is None or not obj.live:
        return None
    # A regional supplement is found as its national item, in that region.
    national = getattr(obj, "supplement_to", None)
    if national is not None and not national.live:
        return None
    title, summary, body = obj.search_texts()
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
