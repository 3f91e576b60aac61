"""The embedded default: full text in the database that Django already uses.

PostgreSQL stems with its ``dutch`` text search configuration (a weighted
``tsvector``: title A, summary B, body C). SQLite has no Dutch stemmer, so the
same words are stemmed in Python (Snowball) at index and at query time and put
in an FTS5 table, ranked with BM25 (title 10, summary 3, body 1). Both try all
words first and fall back to any word, and both highlight in Python.
"""

from collections.abc import Callable, Iterable

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, QuerySet, Value

from ..extract import Entry
from ..highlight import highlight, suggest
from ..models import SearchDocument
from ..query import ParsedQuery
from ..synonyms import groups
from ..text import fold, stem, terms, words
from .base import Filters, Hit, Results, SearchBackend

MAX_MATCHES = 1000
RANKED = ("pk", "kind", "slug")
Ranked = tuple[int, str, str]


class SqliteFullText:
    TABLE = "search_fts"

    def store(self, docs: list[SearchDocument]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT OR REPLACE INTO {self.TABLE} (rowid, title, summary, body) "
                "VALUES (%s, %s, %s, %s)",
                [
                    (
                        d.pk,
                        " ".join(terms(d.title)),
                        " ".join(terms(d.summary)),
                        " ".join(terms(d.body)),
                    )
                    for d in docs
                ],
            )

    def delete(self, ids: list[int]) -> None:
        if ids:
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"DELETE FROM {self.TABLE} WHERE rowid = %s", [(i,) for i in ids]
                )

    @staticmethod
    def expression(query: ParsedQuery, operator: str) -> str:
        def alternative(alt: tuple[str, ...]) -> str:
            return "(" + " AND ".join(f'"{stem(w)}"' for w in alt) + ")"

        clauses = [
            "(" + " OR ".join(alternative(a) for a in clause) + ")" for clause in query.clauses
        ]
        return f" {operator} ".join(clauses)

    def rank(self, base: QuerySet, query: ParsedQuery, operator: str) -> list[Ranked]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {self.TABLE} WHERE {self.TABLE} MATCH %s "
                f"ORDER BY bm25({self.TABLE}, 10.0, 3.0, 1.0) LIMIT {MAX_MATCHES}",
                [self.expression(query, operator)],
            )
            ranked = [row[0] for row in cursor.fetchall()]
        allowed = {row[0]: row for row in base.filter(pk__in=ranked).values_list(*RANKED)}
        return [allowed[pk] for pk in ranked if pk in allowed]


class PostgresFullText:
    CONFIG = "dutch"

    def store(self, docs: list[SearchDocument]) -> None:
        for doc in docs:
            SearchDocument.objects.filter(pk=doc.pk).update(
                search_vector=SearchVector(Value(fold(doc.title)), weight="A", config=self.CONFIG)
                + SearchVector(Value(fold(doc.summary)), weight="B", config=self.CONFIG)
                + SearchVector(Value(fold(doc.body)), weight="C", config=self.CONFIG)
            )

    def delete(self, ids: list[int]) -> None:
        """The vector lives in the row itself."""

    def tsquery(self, query: ParsedQuery, operator: str) -> SearchQuery:
        combined = None
        for clause in query.clauses:
            either = None
            for alt in clause:
                part = SearchQuery(" ".join(alt), config=self.CONFIG, search_type="plain")
                either = part if either is None else either | part
            if combined is None:
                combined = either
            else:
                combined = combined & either if operator == "AND" else combined | either
        return combined

    def rank(self, base: QuerySet, query: ParsedQuery, operator: str) -> list[Ranked]:
        tsquery = self.tsquery(query, operator)
        return list(
            base.filter(search_vector=tsquery)
            .annotate(score=SearchRank(F("search_vector"), tsquery, weights=[0.1, 0.2, 0.4, 1.0]))
            .order_by("-score", "pk")
            .values_list(*RANKED)[:MAX_MATCHES]
        )


class DatabaseBackend(SearchBackend):
    def __init__(self) -> None:
        self.fulltext = (
            PostgresFullText() if connection.vendor == "postgresql" else SqliteFullText()
        )

    def index(self, entries: Iterable[Entry]) -> None:
        docs = []
        for entry in entries:
            doc, _created = SearchDocument.objects.update_or_create(
                kind=entry.kind,
                object_id=entry.object_id,
                locale=entry.locale,
                defaults={
                    "slug": entry.slug,
                    "region_code": entry.region_code,
                    "audiences": f" {' '.join(entry.audiences)} ",
                    "topics": f" {' '.join(entry.topics)} ",
                    "title": entry.title[:255],
                    "summary": entry.summary,
                    "body": entry.body,
                },
            )
            docs.append(doc)
        self.fulltext.store(docs)

    def remove(self, kind: str, object_ids: Iterable[int]) -> None:
        docs = SearchDocument.objects.filter(kind=kind, object_id__in=list(object_ids))
        self.fulltext.delete(list(docs.values_list("pk", flat=True)))
        docs.delete()

    @transaction.atomic
    def rebuild(
        self, locale: str, entries: Iterable[Entry], progress: Callable[[int], None]
    ) -> None:
        """In one transaction: searches see the old index until the new one is complete."""
        old = SearchDocument.objects.filter(locale=locale)
        self.fulltext.delete(list(old.values_list("pk", flat=True)))
        old.delete()
        for entry in entries:
            self.index([entry])
            progress(1)

    def search(self, query: ParsedQuery, filters: Filters, offset: int, limit: int) -> Results:
        if query.is_empty:
            return Results(total=0)
        base = SearchDocument.objects.filter(locale=filters.locale, region_code__in=filters.regions)
        if filters.audience:
            base = base.filter(audiences__contains=f" {filters.audience} ")
        if filters.topic:
            base = base.filter(topics__contains=f" {filters.topic} ")
        if filters.kind:
            base = base.filter(kind=filters.kind)
        ranked: list[Ranked] = []
        for operator in ("AND", "OR"):
            ranked = self.fulltext.rank(base, query, operator)
            if ranked:
                break
        if not ranked:
            return Results(total=0, suggestion=self.suggestion(query, filters.locale))
        seen, unique = set(), []
        for pk, kind, slug in ranked:  # a national item and its supplement are one result
            if (kind, slug) not in seen:
                seen.add((kind, slug))
                unique.append(pk)
        page_ids = unique[offset : offset + limit]
        docs = SearchDocument.objects.in_bulk(page_ids)
        page = [docs[pk] for pk in page_ids]
        return Results(total=len(unique), hits=[self.hit(doc, query) for doc in page])

    @staticmethod
    def hit(doc: SearchDocument, query: ParsedQuery) -> Hit:
        return Hit(
            kind=doc.kind,
            slug=doc.slug,
            title=doc.title,
            summary=doc.summary,
            region_code=doc.region_code,
            locale=doc.locale,
            highlight=highlight([doc.summary, doc.body], query.words),
        )

    @staticmethod
    def suggestion(query: ParsedQuery, locale: str) -> str | None:
        return suggest(words(query.text), vocabulary(locale))


def vocabulary(locale: str) -> set[str]:
    """Words of titles and glossary terms, for "Bedoelde je …?"; a few minutes old at most."""
    key = f"search:vocabulary:{locale}"
    found = cache.get(key)
    if found is None:
        titles = SearchDocument.objects.filter(locale=locale).values_list("title", flat=True)
        found = {word for title in titles.iterator() for word in words(title)}
        found |= {w for group in groups(locale) for phrase in group for w in words(phrase)}
        cache.set(key, found, timeout=600)
    return found
