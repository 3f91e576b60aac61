"""The API form of a row, made when the row is saved and stored with it.

A cache miss in the API then reads rows, not their relations: an item's text
blocks are sanitised already, every row lists its audiences and topics, an
organisation carries its channels. What can change without the row being
saved stays a reference, resolved when it is read: a contact card, term or
story in a body names the object (read live, so an unpublished organisation or
a withdrawn story disappears at once), a topic shows only while it is live, a
region with its current name.

What a form holds is declared on each model in ``api_form_fields``
(``content_models.api_form_fields``); this module reads the declarations.

A row saved by older code carries another ``FORMAT``: ``migrate`` stores the
new form (``manage.py rebuild_api_forms`` does it on demand), and until then it
is made when read. A draft (``revision.as_object()``) carries no form:
revisions leave it out, so a preview makes it from the draft.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any, ClassVar, NamedTuple
from uuid import UUID

from django.apps import apps
from django.db.models import CharField, F, Func, JSONField, QuerySet, Value
from django.db.models.functions import Cast
from django.db.models.signals import post_migrate, pre_save

from content_models.api_form_fields import (
    APIField,
    ChildrenAPIField,
    ChoiceAPIField,
    ReferencesAPIField,
    RichTextAPIField,
    StreamAPIField,
)
from content_models.models import (
    NATIONAL,
    InformationItem,
    ReviewedContent,
    Route,
    StoredApiForm,
    Topic,
)

from ..changes import content_changed
from . import serialise
from .blocks import block_html, stream_form
from .published import Shown, by_pk, live
from .scopes import EVERYTHING

# Bump when what ``build`` stores changes.
FORMAT = 5


def field_value(field: APIField, obj: Any) -> Any:
    """The stored value of one declared field of ``obj``."""
    value = field.read(obj)
    if isinstance(field, StreamAPIField):
        return stream_form(value, field.references)
    if isinstance(field, ChildrenAPIField):
        return [fields_of(child, field.fields) for child in value.all()]
    if isinstance(field, ReferencesAPIField):
        return [ref.pk for ref in value.all()]
    if isinstance(field, RichTextAPIField):
        return serialise.rich_text(value or "")
    return value


def fields_of(obj: Any, fields: Iterable[APIField]) -> dict:
    return {field.name: field_value(field, obj) for field in fields}


def prefetch(fields: Iterable[APIField], prefix: str = "") -> list[str]:
    """The relations the declared fields read (``build`` of many rows at once)."""
    paths = []
    for field in fields:
        if isinstance(field, ChildrenAPIField | ReferencesAPIField):
            path = prefix + (field.source or field.name)
            paths.append(path)
            if isinstance(field, ChildrenAPIField):
                paths += prefetch(field.fields, f"{path}__")
    return paths


def build(obj: StoredApiForm) -> dict:
    """The form of ``obj`` as it is in memory (a save stores the form of what it writes)."""
    return {
        "format": FORMAT,
        "locale": obj.locale.language_code,
        "audiences": [audience.slug for audience in obj.audiences.all()],
        "topics": [topic.pk for topic in obj.topics.all()],
        "fields": fields_of(obj, obj.api_form_fields),
        "provenance": serialise.provenance_fields(obj),
    }


def form_of(obj: StoredApiForm) -> dict:
    form = obj.api_form
    return form if form.get("format") == FORMAT else build(obj)


def store(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    """Every full save writes the form of the content it saves.

    Saves of named fields (locking, a new draft revision, unpublishing, withdrawing
    consent) do not change what the form describes.
    """
    if raw or update_fields is not None or not isinstance(instance, StoredApiForm):
        return
    instance.api_form = build(instance)


REBUILD_BATCH = 500


def rebuild(model: type[StoredApiForm], *, everything: bool = False) -> int:
    """Store the current form in rows that lack it (or in all rows); the number stored."""
    stale = [
        pk
        for pk, form in model.objects.values_list("pk", "api_form")
        if everything or form.get("format") != FORMAT
    ]
    related = ("audiences", "topics", *prefetch(model.api_form_fields))
    for start in range(0, len(stale), REBUILD_BATCH):
        rows = list(
            model.objects.filter(pk__in=stale[start : start + REBUILD_BATCH])
            .select_related("locale")
            .prefetch_related(*related)
        )
        for row in rows:
            row.api_form = build(row)
        model.objects.bulk_update(rows, ["api_form"])
    if stale:
        content_changed(EVERYTHING)
    return len(stale)


def stored_models() -> list[type[StoredApiForm]]:
    return [model for model in apps.get_models() if issubclass(model, StoredApiForm)]


def rebuild_after_migrate(**kwargs) -> None:
    """An upgrade that changes ``FORMAT`` stores the new forms as part of ``migrate``."""
    for model in stored_models():
        rebuild(model)


def connect(app_config) -> None:
    pre_save.connect(store, dispatch_uid="cms.delivery.api.stored")
    post_migrate.connect(rebuild_after_migrate, sender=app_config)


@cache
def _live_topic_rows() -> QuerySet:
    """Built once, as ``published.live``; never run itself."""
    return Topic.objects.filter(live=True).order_by().values_list("pk", "slug", "title")


def live_topics(forms: Iterable[dict] | None = None) -> dict[int, dict]:
    """The live topics these forms name (all of them for ``None``) as ``TopicRef`` data, by pk.

    At most one query. The bundle reads all of them once for every part it lists.
    """
    found = _live_topic_rows().all()
    if forms is not None:
        if not (pks := {pk for form in forms for pk in form["topics"]}):
            return {}
        found = found.filter(pk__in=pks)
    return {pk: {"slug": slug, "title": title} for pk, slug, title in found}


def form_meta(shown: Shown, form: dict, topics: dict[int, dict]) -> dict:
    """``serialise.meta`` from the Dutch original's form instead of its relations."""
    return serialise.meta(
        shown,
        audiences=form["audiences"],
        topics=[topics[pk] for pk in form["topics"] if pk in topics],
    )


@cache
def choice_labels(model: type[StoredApiForm]) -> tuple[tuple[str, str, dict], ...]:
    """(field, key of its label, labels by value) of each ``ChoiceAPIField`` of ``model``."""
    return tuple(
        (field.name, field.label, dict(model._meta.get_field(field.source or field.name).choices))
        for field in model.api_form_fields
        if isinstance(field, ChoiceAPIField)
    )


def content(model: type[StoredApiForm], form: dict) -> dict:
    """The type's response data besides its meta, from its form (items and routes merge more)."""
    data = {**form["fields"], **form["provenance"]} if model.api_provenance else form["fields"]
    if labels := choice_labels(model):
        data = dict(data)
        for name, key, choices in labels:
            value = data[name]
            data[key] = str(choices[value]) if value in choices else value
    return data


@dataclass(frozen=True)
class Reference:
    """A block type of an item body that names another object, read live when served."""

    model: type[StoredApiForm]
    key: str


def body_references(model: type[StoredApiForm]) -> tuple[StreamAPIField, dict[str, Reference]]:
    """The declared body of ``model`` and its reference blocks by block type."""
    body = next(field for field in model.api_form_fields if isinstance(field, StreamAPIField))
    blocks = model._meta.get_field(body.source or body.name).stream_block.child_blocks
    references = {
        name: Reference(blocks[name].target_model, key) for name, key in body.references.items()
    }
    return body, references


BODY, REFERENCES = body_references(InformationItem)


class ShownForms:
    """The forms of shown rows and of their originals, with the live topics they name.

    Lists read audiences, topics and fields from here instead of prefetching relations.
    """

    def __init__(self, shown: Sequence[Shown], topics: dict[int, dict] | None = None) -> None:
        self.forms = {id(obj): form_of(obj) for s in shown for obj in (s.obj, s.source)}
        self.topics = live_topics(self.forms.values()) if topics is None else topics

    def meta(self, shown: Shown) -> dict:
        return form_meta(shown, self.forms[id(shown.source)], self.topics)

    def of(self, obj: StoredApiForm) -> dict:
        return self.forms[id(obj)]

    def row(self, shown: Shown) -> dict:
        """The response data of ``shown``: its meta and the content of its form."""
        obj = shown.obj
        model = obj.model if isinstance(obj, ContentRow) else type(obj)
        return {**self.meta(shown), **content(model, self.of(obj))}


def form_rows(shown: Sequence[Shown], topics: dict[int, dict] | None = None) -> list[dict]:
    """The response data of each shown row, read from the stored forms."""
    forms = ShownForms(shown, topics)
    return [forms.row(s) for s in shown]


class RegionName(NamedTuple):
    code: str
    name: str


@dataclass(frozen=True)
class ContentRow:
    """A live row as the API reads it: its columns instead of a model instance.

    The bundle lists every article, organisation and term of an SWV, and a
    detail reads an article with its supplements; a model instance costs many
    times what its columns do. A row answers what ``Shown``, ``serialise.meta``
    and the merge ask of content; ``api_form`` holds the parts of the stored form
    that are read (``content_rows``).
    """

    model: type[StoredApiForm]
    pk: int
    slug: str
    translation_key: UUID
    last_published_at: datetime | None
    region: RegionName | None
    api_form: dict
    live: ClassVar[bool] = True
    #: The type's own columns a row reads, after the shared ones.
    columns: ClassVar[tuple[str, ...]] = ()

    is_outdated_translation = ReviewedContent.is_outdated_translation

    @property
    def is_national(self) -> bool:
        return self.region is None

    @property
    def scope(self) -> str:
        return NATIONAL if self.region is None else self.region.code


@dataclass(frozen=True)
class ItemRow(ContentRow):
    title: str = ""
    summary: str = ""
    supplement_to_id: int | None = None
    columns: ClassVar[tuple[str, ...]] = ("title", "summary", "supplement_to_id")


@dataclass(frozen=True)
class RouteRow(ContentRow):
    title: str = ""
    supplement_to_id: int | None = None
    columns: ClassVar[tuple[str, ...]] = ("title", "supplement_to_id")


@dataclass(frozen=True)
class TopicRow(ContentRow):
    title: str = ""
    description: str = ""
    parent_id: int | None = None
    columns: ClassVar[tuple[str, ...]] = ("title", "description", "parent_id")


# The row type of each model whose own columns an endpoint reads; others are ``ContentRow``.
ROW_TYPES: dict[type[StoredApiForm], type[ContentRow]] = {
    InformationItem: ItemRow,
    Route: RouteRow,
    Topic: TopicRow,
}


class WithoutKey(Func):
    """A JSON object without one of its keys.

    A summary reads all of an item's stored form but its blocks. Reading the keys
    one by one would make PostgreSQL unpack the whole (compressed) form once per
    key; this unpacks it once and sends the small rest.
    """

    output_field = JSONField()

    def __init__(self, expression: str, key: str) -> None:
        super().__init__(F(expression), Value(key))
        self.key = key

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="(%(expressions)s)", arg_joiner=" - ")

    def as_sqlite(self, compiler, connection, **extra):
        path = Func(self.source_expressions[0], Value(f"$.{self.key}"), function="json_remove")
        return path.as_sql(compiler, connection)


class PublishedAtText(Cast):
    """``last_published_at`` as text, for ``published_at``.

    Django loads a PostgreSQL ``timestamptz`` in Python, at about 10 µs a value,
    and a bundle reads some 400 of them; ``datetime.fromisoformat`` takes 0.1 µs.
    """

    def __init__(self) -> None:
        super().__init__("last_published_at", output_field=CharField())


def published_at(text: str | None) -> datetime | None:
    """The moment in ``PublishedAtText``, in UTC (SQLite stores it without a zone)."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


SHARED_COLUMNS = (
    "pk",
    "slug",
    "translation_key",
    PublishedAtText(),
    "region__code",
    "region__name",
)


def content_rows(queryset: QuerySet, *, fields: bool = True) -> list[ContentRow]:
    """The rows of ``queryset``, in order; a row saved by older code gets its form made now.

    Item summaries leave the fields (an article's blocks) out of the form (``fields=False``).
    """
    model = queryset.model
    row_type = ROW_TYPES.get(model, ContentRow)
    form = "api_form" if fields else WithoutKey("api_form", "fields")
    rows = []
    for values in queryset.values_list(*SHARED_COLUMNS, *row_type.columns, form):
        pk, slug, key, published, code, name, *own, api_form = values
        region = None if code is None else RegionName(code, name)
        rows.append(row_type(model, pk, slug, key, published_at(published), region, api_form, *own))
    stale = {row.pk for row in rows if row.api_form.get("format") != FORMAT}
    if not stale:
        return rows
    made = {pk: build(obj) for pk, obj in by_pk(model, stale).items()}
    return [replace(row, api_form=made[row.pk]) if row.pk in stale else row for row in rows]


# The language comes from the form: a row's language never changes, and the join costs.
REFERENCED_COLUMNS = (
    "slug",
    "region__code",
    "region__name",
    PublishedAtText(),
    "api_form",
)


def referenced_meta(row: tuple, topics: dict[int, dict]) -> dict:
    """``serialise.meta`` of a referenced object (served as stored) from its columns."""
    slug, region_code, region_name, last_published_at, form = row
    return {
        "slug": slug,
        "locale": form["locale"],
        "fallback": False,
        "outdated": False,
        "scope": NATIONAL if region_code is None else region_code,
        "region": None if region_code is None else {"code": region_code, "name": region_name},
        "audiences": form["audiences"],
        "topics": [topics[pk] for pk in form["topics"] if pk in topics],
        "last_published_at": last_published_at,
    }


@cache
def _referenced_rows(name: str) -> QuerySet:
    """The query of live objects a block type names, built once (as ``published.live``)."""
    rows = live(REFERENCES[name].model, None).order_by().annotate(block_type=Value(name))
    return rows.values_list("block_type", "pk", *REFERENCED_COLUMNS)


def _referenced(wanted: set[tuple[str, int]]) -> dict[tuple[str, int], tuple]:
    """The live referenced objects' columns, with their forms: one lean query for all models.

    A row whose form is older than ``FORMAT`` (not rebuilt yet) is read whole and its
    form made now.
    """
    lookups = [
        _referenced_rows(name).filter(pk__in=pks)
        for name in REFERENCES
        if (pks := {pk for kind, pk in wanted if kind == name})
    ]
    if not lookups:
        return {}
    first, *others = lookups
    found, stale = {}, defaultdict(set)
    for name, pk, *row in first.union(*others, all=True) if others else first:
        if row[-1].get("format") == FORMAT:
            slug, code, region_name, published, form = row
            found[name, pk] = (slug, code, region_name, published_at(published), form)
        else:
            stale[name].add(pk)
    for name, pks in stale.items():
        for pk, obj in by_pk(REFERENCES[name].model, pks).items():
            region = obj.region
            found[name, pk] = (
                obj.slug,
                region and region.code,
                region and region.name,
                obj.last_published_at,
                build(obj),
            )
    return found


class FormReader:
    """Reads items from their forms, with the objects they reference and their topics.

    ``items`` are the shown items with every supplement that joins them; their
    originals' forms give audiences and topics, their own forms the blocks.
    """

    def __init__(self, items: Sequence[Shown[InformationItem]]) -> None:
        self.forms = {id(shown.obj): form_of(shown.obj) for shown in items}
        self.forms |= {id(shown.source): form_of(shown.source) for shown in items}
        wanted = {
            (block["type"], block["ref"])
            for form in self.forms.values()
            for block in form["fields"][BODY.name]["blocks"]
            if "ref" in block
        }
        self.referenced = _referenced(wanted) if wanted else {}
        referenced_forms = [row[-1] for row in self.referenced.values()]
        self.topics = live_topics([*self.forms.values(), *referenced_forms])

    def meta(self, shown: Shown) -> dict:
        return form_meta(shown, self.forms[id(shown.source)], self.topics)

    def provenance(self, shown: Shown) -> dict:
        return self.forms[id(shown.obj)]["provenance"]

    def blocks(self, shown: Shown[InformationItem]) -> list[tuple[dict, str]]:
        """The blocks of ``shown`` with their HTML; a reference to what is not live is left out."""
        body = self.forms[id(shown.obj)]["fields"][BODY.name]
        blocks = []
        for block, html in zip(body["blocks"], body["html"], strict=True):
            if "ref" not in block:
                blocks.append((block, html))
            elif (row := self.referenced.get((block["type"], block["ref"]))) is not None:
                reference = REFERENCES[block["type"]]
                full = {
                    "type": block["type"],
                    reference.key: {
                        **referenced_meta(row, self.topics),
                        **content(reference.model, row[-1]),
                    },
                }
                blocks.append((full, block_html(full, shown.locale)))
        return blocks
