"""Elasticsearch without a cluster: the index settings, the synonyms and exact query bodies."""

import pytest

from search.backends.base import Filters
from search.backends.elasticsearch import alias, build_search, to_source
from search.documents import build_index
from search.extract import Entry
from search.query import ParsedQuery
from search.synonyms import solr_rules


def test_index_settings_analyse_dutch_with_glossary_synonyms():
    settings = build_index("pi-nl-1", "nl", ["tlv, toelaatbaarheidsverklaring"]).to_dict()
    analysis = settings["settings"]["analysis"]
    assert analysis["analyzer"]["content"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding", "nl_stop", "nl_stemmer"],
    }
    assert analysis["analyzer"]["content_search"]["filter"] == [
        "lowercase",
        "asciifolding",
        "glossary_synonyms",
        "nl_stop",
        "nl_stemmer",
    ]
    assert analysis["filter"]["nl_stop"] == {"type": "stop", "stopwords": "_dutch_"}
    assert analysis["filter"]["nl_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert analysis["filter"]["glossary_synonyms"] == {
        "type": "synonym_graph",
        "synonyms": ["tlv, toelaatbaarheidsverklaring"],
        "lenient": True,
    }
    assert analysis["filter"]["compound_grams"] == {"type": "ngram", "min_gram": 4, "max_gram": 5}
    properties = settings["mappings"]["properties"]
    assert properties["title"]["fields"]["compound"] == {"type": "text", "analyzer": "compounds"}
    assert properties["title"]["search_analyzer"] == "content_search"
    for keyword in ("kind", "slug", "result_key", "locale", "region", "audiences", "topics"):
        assert properties[keyword] == {"type": "keyword"}


def test_languages_without_a_built_in_stemmer_are_folded_only():
    analysis = build_index("pi-pl-1", "pl", []).to_dict()["settings"]["analysis"]
    assert analysis["analyzer"]["content"]["filter"] == ["lowercase", "asciifolding"]


@pytest.mark.django_db
def test_synonym_rules_come_from_the_live_glossary(demo):
    rules = solr_rules("nl")
    assert (
        "toelaatbaarheidsverklaring, tlv, toelating speciaal onderwijs, "
        "verklaring speciaal onderwijs"
    ) in rules
    assert any(rule.startswith("thuiszitter, thuiszitten") for rule in rules)


def test_query_body_for_a_regional_item_search(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = "pi"
    query = ParsedQuery("tlv aanvragen", ((("tlv",),), (("aanvragen",),)))
    filters = Filters(locale="nl", regions=("national", "PO2001"), kind="item")
    assert build_search(query, filters, offset=10, limit=10).to_dict() == {
        "query": {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": "tlv aanvragen",
                            "fields": ["title^3", "summary^2", "body"],
                            "type": "cross_fields",
                            "operator": "and",
                        }
                    }
                ],
                "should": [
                    {"match_phrase": {"title": {"query": "tlv aanvragen", "boost": 2}}},
                    {
                        "multi_match": {
                            "query": "tlv aanvragen",
                            "fields": ["title.compound", "summary.compound", "body.compound"],
                            "type": "most_fields",
                            "boost": 0.3,
                        }
                    },
                ],
                "filter": [
                    {"term": {"locale": "nl"}},
                    {"terms": {"region": ["national", "PO2001"]}},
                    {"term": {"kind": "item"}},
                ],
            }
        },
        "aggs": {"results": {"cardinality": {"field": "result_key"}}},
        "from": 10,
        "size": 10,
        "track_total_hits": True,
        "collapse": {"field": "result_key"},
        "highlight": {
            "fields": {"summary": {}, "body": {}},
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fragment_size": 160,
            "number_of_fragments": 1,
        },
        "suggest": {
            "did_you_mean": {
                "text": "tlv aanvragen",
                "term": {"field": "title.suggest", "suggest_mode": "popular"},
            }
        },
    }


def test_query_body_filters_and_the_any_word_fallback():
    query = ParsedQuery("klacht school", ((("klacht",),), (("school",),)))
    filters = Filters(locale="en", audience="ouders", topic="geschillen")
    body = build_search(query, filters, 0, 5, operator="or").to_dict()
    assert body["query"]["bool"]["must"][0]["multi_match"]["operator"] == "or"
    assert body["query"]["bool"]["filter"] == [
        {"term": {"locale": "en"}},
        {"terms": {"region": ["national"]}},
        {"term": {"audiences": "ouders"}},
        {"term": {"topics": "geschillen"}},
    ]
    assert build_search(query, filters, 0, 5)._index == [alias("en")]


def test_documents_carry_a_result_key_so_supplements_collapse():
    entry = Entry(
        kind="item",
        object_id=7,
        slug="zorgplicht",
        locale="nl",
        region_code="PO2001",
        audiences=["ouders"],
        topics=[],
        title="Wat is zorgplicht?",
        summary="",
        body="Regionale aanvulling",
    )
    source = to_source(entry)
    assert source["_id"] == "item-7" and source["result_key"] == "item:zorgplicht"
    assert source["region"] == "PO2001"
