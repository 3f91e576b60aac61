"""Elasticsearch for national scale (``ELASTICSEARCH_URL``), with elasticsearch-dsl.

Writes go through the alias of the language; a rebuild creates a new index
next to the old one and swaps the alias in one atomic call, so searches never
see a half-built index.
"""

import time
from collections.abc import Callable, Iterable

from django.conf import settings
from elasticsearch.helpers import bulk
from elasticsearch_dsl import Q, Search, connections

from ..documents import ContentDocument, build_index
from ..extract import Entry
from ..highlight import highlight, with_ellipsis
from ..query import ParsedQuery
from ..synonyms import solr_rules
from .base import Filters, Hit, Results, SearchBackend

MAIN_FIELDS = ["title^3", "summary^2", "body"]
COMPOUND_FIELDS = ["title.compound", "summary.compound", "body.compound"]


def alias(locale: str) -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{locale}"


def build_search(
    query: ParsedQuery, filters: Filters, offset: int, limit: int, operator: str = "and"
) -> Search:
    """The request body for one search; pure, so the tests can compare it exactly."""
    conditions = [Q("term", locale=filters.locale), Q("terms", region=list(filters.regions))]
    if filters.audience:
        conditions.append(Q("term", audiences=filters.audience))
    if filters.topic:
        conditions.append(Q("term", topics=filters.topic))
    if filters.kind:
        conditions.append(Q("term", kind=filters.kind))
    text = query.text
    search = Search(index=alias(filters.locale)).query(
        Q(
            "bool",
            must=[
                Q(
                    "multi_match",
                    query=text,
                    fields=MAIN_FIELDS,
                    type="cross_fields",
                    operator=operator,
                )
            ],
            should=[
                Q("match_phrase", title={"query": text, "boost": 2}),
                Q("multi_match", query=text, fields=COMPOUND_FIELDS, type="most_fields", boost=0.3),
            ],
            filter=conditions,
        )
    )
    search = search.extra(
        from_=offset, size=limit, track_total_hits=True, collapse={"field": "result_key"}
    )
    search.aggs.metric("results", "cardinality", field="result_key")
    search = search.highlight_options(
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        encoder="html",
        fragment_size=160,
        number_of_fragments=1,
    ).highlight("summary", "body")
    return search.suggest(
        "did_you_mean", text, term={"field": "title.suggest", "suggest_mode": "popular"}
    )


def to_source(entry: Entry) -> dict:
    return {
        "_id": f"{entry.kind}-{entry.object_id}",
        "_index": alias(entry.locale),
        "kind": entry.kind,
        "slug": entry.slug,
        "result_key": f"{entry.kind}:{entry.slug}",
        "locale": entry.locale,
        "region": entry.region_code,
        "audiences": entry.audiences,
        "topics": entry.topics,
        "title": entry.title,
        "summary": entry.summary,
        "body": entry.body,
    }


class ElasticsearchBackend(SearchBackend):
    synonyms_in_index = True

    def __init__(self) -> None:
        self.client = connections.create_connection(hosts=[settings.ELASTICSEARCH_URL], timeout=10)

    def index(self, entries: Iterable[Entry]) -> None:
        entries = list(entries)
        for locale in {entry.locale for entry in entries}:
            self.ensure_index(locale)
        bulk(self.client, (to_source(entry) for entry in entries), refresh="wait_for")

    def ensure_index(self, locale: str) -> None:
        """Writes go to the alias: give it an (empty) index the first time."""
        if not self.client.indices.exists_alias(name=alias(locale)):
            name = f"{alias(locale)}-{int(time.time() * 1000)}"
            build_index(name, locale, solr_rules(locale)).create(using=self.client)
            self.client.indices.put_alias(index=name, name=alias(locale))

    def remove(self, kind: str, object_ids: Iterable[int]) -> None:
        ids = [f"{kind}-{pk}" for pk in object_ids]
        Search(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*").filter("ids", values=ids).params(
            refresh=True, ignore_unavailable=True
        ).delete()

    def rebuild(
        self, locale: str, entries: Iterable[Entry], progress: Callable[[int], None]
    ) -> None:
        name = f"{alias(locale)}-{int(time.time() * 1000)}"
        build_index(name, locale, solr_rules(locale)).create(using=self.client)

        def actions():
            for entry in entries:
                progress(1)
                yield {**to_source(entry), "_index": name}

        bulk(self.client, actions())
        self.client.indices.refresh(index=name)
        old = (
            list(self.client.indices.get_alias(name=alias(locale)))
            if self.client.indices.exists_alias(name=alias(locale))
            else []
        )
        self.client.indices.update_aliases(
            actions=[
                *({"remove": {"index": index, "alias": alias(locale)}} for index in old),
                {"add": {"index": name, "alias": alias(locale)}},
            ]
        )
        for index in old:
            self.client.indices.delete(index=index, ignore_unavailable=True)

    def search(self, query: ParsedQuery, filters: Filters, offset: int, limit: int) -> Results:
        if query.is_empty:
            return Results(total=0)
        for operator in ("and", "or"):
            response = build_search(query, filters, offset, limit, operator).execute()
            if response.hits.total.value:
                break
        total = int(response.aggregations.results.value) if response.hits.total.value else 0
        return Results(
            total=total,
            hits=[self.hit(hit) for hit in response.hits],
            suggestion=self.suggestion(response) if not total else None,
        )

    @staticmethod
    def hit(hit: ContentDocument) -> Hit:
        highlights = getattr(hit.meta, "highlight", None)
        fragments = [
            with_ellipsis(fragment, getattr(hit, field))
            for field in ("summary", "body")
            for fragment in getattr(highlights, field, [])
        ]
        return Hit(
            kind=hit.kind,
            slug=hit.slug,
            title=hit.title,
            summary=hit.summary,
            region_code=hit.region,
            locale=hit.locale,
            highlight=fragments[0] if fragments else highlight([hit.summary], []),
        )

    @staticmethod
    def suggestion(response) -> str | None:
        suggested = response.suggest.did_you_mean if "suggest" in response else []
        words = [s.options[0].text if s.options else s.text for s in suggested]
        changed = any(s.options for s in suggested)
        return " ".join(words) if changed else None
