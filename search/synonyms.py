"""Synonym groups from the live glossary: term ↔ abbreviation ↔ the words people use."""

from django.core.cache import cache

from content_models.models import GlossaryTerm

from .text import fold

CACHE_KEY = "search:synonyms:{locale}"


def groups(locale: str) -> list[list[str]]:
    """Each live glossary term of ``locale`` as a group of equivalent phrases (folded)."""
    key = CACHE_KEY.format(locale=locale)
    found = cache.get(key)
    if found is None:
        found = []
        terms = GlossaryTerm.objects.filter(live=True, locale__language_code=locale)
        for term in terms.only("term", "abbreviation", "synonyms"):
            phrases = [term.term, term.abbreviation, *term.synonym_list]
            group = list(dict.fromkeys(fold(p).strip() for p in phrases if p.strip()))
            if len(group) > 1:
                found.append(group)
        cache.set(key, found, timeout=300)
    return found


def forget(locale: str) -> None:
    """Called when a glossary term is published or unpublished."""
    cache.delete(CACHE_KEY.format(locale=locale))


def solr_rules(locale: str) -> list[str]:
    """The groups in the format of Elasticsearch's synonym filter (``a, b, c``)."""
    return [", ".join(group) for group in groups(locale)]
