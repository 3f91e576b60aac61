"""The one place where national content and regional supplements come together.

An SWV adds to a national item or route with a *supplement* (``supplement_to``).
For a request in the context of that SWV, the supplement's blocks follow the
national text under a heading that names the SWV; a regional route step is put
after the national step it names (``RouteStep.insert_after``). Every part says
whether it is national or regional.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import TypeVar

from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from content_models.models import InformationItem, Organisation, Route

from . import serialise
from .context import DEFAULT_LOCALE, Context
from .published import Shown, in_scope, live, localise, paired
from .stored import FormReader, ShownForms, content_rows, live_topics

S = TypeVar("S", InformationItem, Route)


def regional_heading(shown: Shown) -> str:
    return _("In jouw regio: %(name)s") % {"name": shown.source.region.name}


def supplements(
    model: type[S], sources: Sequence[S], context: Context
) -> dict[int, list[Shown[S]]]:
    """The live supplements of the context's SWVs, per national original."""
    if not context.regions or not sources:
        return {}
    found = in_scope(model, context).filter(
        region__in=context.region_ids, supplement_to__in=[s.pk for s in sources]
    )
    return per_original(localised_rows(found.order_by(), context.locale))


def per_original(added: Iterable[Shown[S]]) -> dict[int, list[Shown[S]]]:
    """Supplements per national original they add to, by SWV, then age."""
    grouped: dict[int, list[Shown[S]]] = defaultdict(list)
    for shown in sorted(added, key=lambda s: (s.source.scope, s.source.pk)):
        grouped[shown.source.supplement_to_id].append(shown)
    return grouped


def supplemented_ids(model: type[S], context: Context) -> set[int]:
    """The originals a live supplement of the context's SWVs adds to.

    All of them, not only those of one page: an SWV has a few dozen, and a query
    that names every original of the bundle costs more than it saves.
    """
    if not context.regions:
        return set()
    supplements = live(model).filter(region__in=context.region_ids, supplement_to__isnull=False)
    return set(supplements.values_list("supplement_to_id", flat=True))


def item_summaries(sources: Sequence[InformationItem], context: Context) -> list[dict]:
    """``ItemSummary`` data of ``sources`` (a page of a list)."""
    return summaries(localise(sources, context.locale), context)


def localised_rows(queryset: QuerySet, locale: str, *, fields: bool = True) -> list[Shown]:
    """``queryset`` read as rows (``stored.content_rows``), each in ``locale`` where translated."""
    sources = content_rows(queryset, fields=fields)
    translations = []
    if locale != DEFAULT_LOCALE and sources:
        keys = [source.translation_key for source in sources]
        translated = live(queryset.model, locale).filter(translation_key__in=keys)
        translations = content_rows(translated, fields=fields)
    return paired(sources, translations, locale)


def all_item_summaries(context: Context, topics: dict[int, dict]) -> list[dict]:
    """``ItemSummary`` data of every article in scope, read as columns (the bundle).

    The SWVs' supplements come in the same query: they say which articles have one.
    """
    shown = localised_rows(in_scope(InformationItem, context), context.locale, fields=False)
    articles = [s for s in shown if s.source.supplement_to_id is None]
    supplemented = {s.source.supplement_to_id for s in shown} - {None}
    return summaries(articles, context, topics, supplemented)


def summaries(
    shown_items: Sequence[Shown],
    context: Context,
    topics: dict[int, dict] | None = None,
    with_supplement: set[int] | None = None,
) -> list[dict]:
    """Summaries read from the stored forms: no relations are loaded.

    ``with_supplement``: the articles a supplement of the context's SWVs adds to, if known.
    """
    if with_supplement is None:
        with_supplement = supplemented_ids(InformationItem, context) if shown_items else set()
    forms = ShownForms(shown_items, topics)
    url = serialise.item_urls()
    return [
        {
            **forms.meta(shown),
            **forms.of(shown.obj)["provenance"],
            "title": shown.obj.title,
            "summary": shown.obj.summary,
            "has_regional_supplement": shown.source.pk in with_supplement,
            "url": url(shown.source.slug),
        }
        for shown in shown_items
    ]


def item_details_for(shown_items: Sequence[Shown[InformationItem]], context: Context) -> list[dict]:
    extra = supplements(InformationItem, [shown.source for shown in shown_items], context)
    return merged_items(shown_items, extra)


def item_detail(slug: str, context: Context) -> dict | None:
    """The article ``slug`` in scope with its supplements, read as rows in one query."""
    wanted = Q(slug=slug, supplement_to__isnull=True)
    if context.regions:
        wanted |= Q(supplement_to__slug=slug, region__in=context.region_ids)
    # A slug is unique per language: at most one article. Supplements by SWV, then age.
    items = in_scope(InformationItem, context).filter(wanted).order_by("region__code", "pk")
    shown = localised_rows(items, context.locale)
    article = next((s for s in shown if s.source.supplement_to_id is None), None)
    if article is None:
        return None
    extra = [s for s in shown if s.source.supplement_to_id == article.source.pk]
    return merged_items([article], {article.source.pk: extra})[0]


def merged_items(
    shown_items: Sequence[Shown[InformationItem]], extra: dict[int, list[Shown[InformationItem]]]
) -> list[dict]:
    """Items with their supplements, as ``ItemDetail`` data, read from their API forms."""
    reader = FormReader([*shown_items, *(s for group in extra.values() for s in group)])
    details = []
    for shown in shown_items:
        parts = [section(shown, reader, heading=None)]
        parts += [
            section(s, reader, heading=regional_heading(s)) for s in extra.get(shown.source.pk, [])
        ]
        sections = [data for data, _html in parts]
        details.append(
            {
                **reader.meta(shown),
                **reader.provenance(shown),
                "title": shown.obj.title,
                "summary": shown.obj.summary,
                "has_regional_supplement": len(sections) > 1,
                "url": serialise.item_urls()(shown.source.slug),
                "sections": sections,
                "html": render_to_string(
                    "api/sections.html",
                    {"sections": [{**data, "html": html} for data, html in parts]},
                ),
            }
        )
    return details


def section(
    shown: Shown[InformationItem], reader: FormReader, heading: str | None
) -> tuple[dict, list[str]]:
    """A section's ``ItemSection`` data, and the HTML of its blocks."""
    blocks = reader.blocks(shown)
    data = {
        "scope": "national" if shown.source.is_national else "regional",
        "region": serialise.region_ref(shown.source.region),
        "heading": heading,
        "source": shown.source.slug,
        "locale": shown.locale,
        "fallback": shown.fallback,
        "outdated": shown.outdated,
        "blocks": [block for block, _html in blocks],
    }
    return data, [html for _block, html in blocks]


def route_details(
    sources: Sequence[Route], context: Context, topics: dict[int, dict] | None = None
) -> list[dict]:
    return route_details_for(localise(sources, context.locale), context, topics)


def route_details_for(
    shown_routes: Sequence[Shown[Route]],
    context: Context,
    topics: dict[int, dict] | None = None,
    *,
    extra: dict[int, list[Shown[Route]]] | None = None,
    organisations: Mapping[int, dict] | None = None,
) -> list[dict]:
    """``RouteOut`` data, read from the stored forms of the routes and their organisations.

    ``topics``: the live topics, ``extra``: the supplements per route, and
    ``organisations``: ``OrganisationOut`` data by pk, where the caller read them
    already (the bundle); what is missing is read here.
    """
    if extra is None:
        extra = supplements(Route, [shown.source for shown in shown_routes], context)
    everything = [*shown_routes, *chain(*extra.values())]
    # All live topics: the organisations of the steps name topics the routes do not.
    forms = ShownForms(everything, live_topics() if topics is None else topics)
    named = step_organisations(forms, everything, context, organisations or {})
    routes = []
    for shown in shown_routes:
        regional = extra.get(shown.source.pk, [])
        fields = forms.of(shown.obj)["fields"]
        routes.append(
            {
                **forms.meta(shown),
                **forms.of(shown.obj)["provenance"],
                "title": shown.obj.title,
                "intro_html": fields["intro_html"],
                "has_regional_supplement": bool(regional),
                "steps": route_steps(shown, regional, forms, named),
            }
        )
    return routes


def routes_in_scope(
    context: Context, topics: dict[int, dict], organisations: Mapping[int, dict]
) -> list[dict]:
    """Every route of the context, each with its supplements (by SWV, then age): one query."""
    shown = localised_rows(in_scope(Route, context), context.locale)
    extra = per_original(s for s in shown if s.source.supplement_to_id is not None)
    routes = [s for s in shown if s.source.supplement_to_id is None]
    return route_details_for(routes, context, topics, extra=extra, organisations=organisations)


def step_organisations(
    forms: ShownForms,
    routes: Sequence[Shown[Route]],
    context: Context,
    known: Mapping[int, dict],
) -> dict[int, dict]:
    """``OrganisationOut`` data of the live organisations the steps name, by the pk named.

    ``known`` are live organisations read already; only the others are read here.
    """
    pks = {
        pk
        for shown in routes
        for step in forms.of(shown.obj)["fields"]["steps"]
        for pk in step["organisations"]
    }
    found = {pk: known[pk] for pk in pks if pk in known}
    if missing := pks - found.keys():
        organisations = live(Organisation, None).filter(pk__in=missing).order_by()
        shown = localised_rows(organisations, context.locale)
        organisation_forms = ShownForms(shown, forms.topics)
        found |= {s.source.pk: organisation_forms.row(s) for s in shown}
    return found


def step_letters(index: int) -> str:
    """a, b, … z, aa, ab, …: the ``index``-th (from 0) regional step after one national step."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def route_steps(
    national: Shown[Route],
    regional: Sequence[Shown[Route]],
    forms: ShownForms,
    organisations: dict[int, dict],
) -> list[dict]:
    """``RouteStepOut`` data: national steps in order, each regional step after the step it names.

    A national step keeps its own number in every region; a regional step takes
    the number of the step before it and a letter ("2a", "2b"; "0a" before step 1),
    so "step 3" means the same step on every school's site.
    """
    national_steps = forms.of(national.obj)["fields"]["steps"]
    after: dict[int, list[tuple[Shown[Route], dict]]] = defaultdict(list)
    for supplement in regional:
        for step in forms.of(supplement.obj)["fields"]["steps"]:
            position = step["insert_after"]
            if position is None or position > len(national_steps):
                position = len(national_steps)
            after[position].append((supplement, step))
    ordered = [(f"0{step_letters(i)}", *added) for i, added in enumerate(after[0])]
    for number, step in enumerate(national_steps, start=1):
        ordered.append((str(number), national, step))
        ordered += [(f"{number}{step_letters(i)}", *added) for i, added in enumerate(after[number])]
    return [
        {
            "locale": owner.locale,
            "fallback": owner.fallback,
            "outdated": owner.outdated,
            "number": label,
            "title": step["title"],
            "advice_html": step["advice_html"],
            "scope": "national" if owner.source.is_national else "regional",
            "region": serialise.region_ref(owner.source.region),
            "organisations": [
                organisations[pk] for pk in step["organisations"] if pk in organisations
            ],
        }
        for label, owner, step in ordered
    ]
