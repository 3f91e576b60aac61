from datetime import datetime
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema

from content_models.models import (
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    Route,
    Topic,
)

from .. import serialise
from ..context import Context
from ..errors import ErrorOut, NotFound
from ..merge import item_details_for, route_details_for
from ..preview import revision_for
from ..published import Shown
from ..schemas import (
    GlossaryTermOut,
    ItemDetail,
    OrganisationOut,
    QuestionOut,
    RouteOut,
    StoryOut,
    TopicOut,
    TopicRef,
)
from ..stored import form_rows

router = Router(tags=["Voorbeeld"])


class PreviewOut(Schema):
    type: Literal["item", "route", "organisation", "glossary_term", "question", "story", "topic"]
    revision: int
    created_at: datetime
    content: (
        ItemDetail
        | RouteOut
        | OrganisationOut
        | GlossaryTermOut
        | QuestionOut
        | StoryOut
        | TopicOut
    )


def topic(shown: Shown[Topic]) -> TopicOut:
    crumbs = [TopicRef(slug=t.slug, title=t.title) for t in shown.obj.breadcrumbs]
    return TopicOut(
        **serialise.meta(shown),
        title=shown.obj.title,
        description=shown.obj.description,
        parent=shown.obj.parent.slug if shown.obj.parent_id else None,
        children=[],
        breadcrumbs=crumbs,
    )


# The draft's form is made from the draft itself (``stored.form_of``).
FORM_SCHEMAS: dict[type, type[Schema]] = {
    Organisation: OrganisationOut,
    GlossaryTerm: GlossaryTermOut,
    Question: QuestionOut,
    ExperienceStory: StoryOut,
}


def preview_content(obj) -> tuple[str, Schema]:
    shown = Shown(obj, obj, obj.locale.language_code, False)
    context = Context(shown.locale, (obj.region,) if obj.region_id else ())
    if isinstance(obj, InformationItem):
        return "item", ItemDetail.model_validate(item_details_for([shown], context)[0])
    if isinstance(obj, Route):
        return "route", RouteOut.model_validate(route_details_for([shown], context)[0])
    if isinstance(obj, Topic):
        return "topic", topic(shown)
    return obj.api_type, FORM_SCHEMAS[type(obj)].model_validate(form_rows([shown])[0])


@router.get(
    "/{token}/",
    response={200: PreviewOut, 404: ErrorOut},
    url_name="preview",
    operation_id="preview",
    summary="Een conceptversie bekijken via een ondertekende voorbeeldlink",
)
def preview(request: HttpRequest, token: str) -> HttpResponse:
    revision = revision_for(token)
    obj = revision.as_object()
    if getattr(obj, "withdrawn", False):
        raise NotFound(_("Dit verhaal is niet meer beschikbaar."))
    kind, content = preview_content(obj)
    payload = PreviewOut(
        type=kind, revision=revision.pk, created_at=revision.created_at, content=content
    )
    response = HttpResponse(payload.model_dump_json(), content_type="application/json")
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
