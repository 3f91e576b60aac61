"""Every endpoint of /api/v1/ over HTTP, on the demo content."""

import gzip

import pytest


def test_regions_for_a_postcode(demo, get_json):
    for postcode in ("9712AB", "9712 ab", "9712"):
        data = get_json(f"/api/v1/regions/?postcode={postcode}")
        assert data["postcode"] == "9712"
        assert data["po"]["code"] == "PO2001"
        assert data["vo"]["code"] == "VO2708"


def test_regions_list_and_detail(demo, get_json):
    codes = [r["code"] for r in get_json("/api/v1/regions/")["results"]]
    assert {"PO2001", "VO2708"} <= set(codes)
    assert get_json("/api/v1/regions/po%2020.01/")["name"].startswith("Voorbeeld-SWV")


def test_school_with_its_regions(demo, get_json):
    school = get_json("/api/v1/schools/02QZ00/")
    assert school["name"] == "Voorbeeldschool De Wilgen (demo)"
    assert [r["code"] for r in school["regions"]] == ["PO2001"]
    # A BRIN with one location is enough; with two it is ambiguous.
    assert get_json("/api/v1/schools/03xy/")["code"] == "03XY00"
    error = get_json("/api/v1/schools/02QZ/", status=400)["error"]
    assert error["code"] == "ambiguous" and "02QZ00" in error["message"]


def test_items_list_marks_regional_supplements(demo, get_json):
    national = get_json("/api/v1/items/")
    regional = get_json("/api/v1/items/?region=PO2001")
    slugs = [i["slug"] for i in regional["results"]]
    assert "po2001-samenwerkingsverband-in-de-regio" not in slugs  # merged, not listed
    assert national["count"] == regional["count"] == len(slugs)
    by_slug = {i["slug"]: i for i in regional["results"]}
    assert by_slug["wat-is-een-samenwerkingsverband"]["has_regional_supplement"] is True
    assert not any(i["has_regional_supplement"] for i in national["results"])
    assert by_slug["zorgplicht"]["url"] == "/api/v1/items/zorgplicht/"


def test_items_filter_on_audience_and_topic(demo, get_json):
    everything = get_json("/api/v1/items/?audience=ouders")["count"]
    assert everything >= 1
    topic = get_json("/api/v1/items/?topic=extra-ondersteuning")
    assert topic["count"] >= 1
    assert all(
        "extra-ondersteuning" in {t["slug"] for t in i["topics"]} or i["topics"]
        for i in topic["results"]
    )
    assert get_json("/api/v1/items/?audience=opa", status=400)["error"]["field"] == "audience"
    assert get_json("/api/v1/items/?topic=bestaat-niet", status=404)["error"]["field"] == "topic"


def test_item_detail_merges_the_regional_supplement_after_the_national_text(demo, get_json):
    url = "/api/v1/items/wat-is-een-samenwerkingsverband/"
    national = get_json(url)
    assert [s["scope"] for s in national["sections"]] == ["national"]

    merged = get_json(url + "?school=02QZ00")
    national_part, regional_part = merged["sections"]
    assert national_part["scope"] == "national" and national_part["heading"] is None
    assert regional_part["scope"] == "regional"
    assert regional_part["region"]["code"] == "PO2001"
    assert regional_part["heading"] == f"In jouw regio: {demo.name}"
    assert regional_part["source"] == "po2001-samenwerkingsverband-in-de-regio"
    assert national_part["blocks"] == national["sections"][0]["blocks"]
    html = merged["html"]
    assert html.index(national["html"].strip()[:80]) < html.index("In jouw regio")
    types = {b["type"] for b in national_part["blocks"]}
    assert {"paragraph", "heading", "steps", "glossary_term", "contact_card"} <= types


def test_item_blocks_are_structured_and_sanitised(demo, get_json):
    item = get_json("/api/v1/items/wat-is-een-samenwerkingsverband/")
    blocks = item["sections"][0]["blocks"]
    card = next(b for b in blocks if b["type"] == "contact_card")["organisation"]
    assert card["name"] and card["channels"]
    term = next(b for b in blocks if b["type"] == "glossary_term")["term"]
    assert term["term"] and term["explanation"]
    paragraph = next(b for b in blocks if b["type"] == "paragraph")
    assert paragraph["html"].startswith("<p>")


def test_route_puts_regional_steps_in_place(demo, get_json):
    national = get_json("/api/v1/routes/waar-kan-je-terecht/")
    regional = get_json("/api/v1/routes/waar-kan-je-terecht/?region=PO2001")
    assert {s["scope"] for s in national["steps"]} == {"national"}
    assert len(regional["steps"]) > len(national["steps"])
    national_numbers = [(s["number"], s["title"]) for s in national["steps"]]
    assert [n for n, _ in national_numbers] == [str(n) for n in range(1, len(national_numbers) + 1)]
    assert [(s["number"], s["title"]) for s in regional["steps"] if s["scope"] == "national"] == (
        national_numbers
    )  # a national step keeps its number in every region
    added = regional["steps"][2]
    assert added["number"] == "2a"
    assert added["scope"] == "regional" and added["region"]["code"] == "PO2001"
    hrefs = [
        c["href"] for s in regional["steps"] for o in s["organisations"] for c in o["channels"]
    ]
    assert any(h.startswith("tel:") for h in hrefs)
    assert get_json("/api/v1/routes/?region=PO2001")["results"][0]["steps"] == regional["steps"]


def test_topics_tree_with_breadcrumbs(demo, get_json):
    topics = get_json("/api/v1/topics/")["results"]
    by_slug = {t["slug"]: t for t in topics}
    child = next(t for t in topics if t["parent"])
    parent = by_slug[child["parent"]]
    assert child["slug"] in parent["children"]
    assert [c["slug"] for c in child["breadcrumbs"]][-2:] == [parent["slug"], child["slug"]]


def test_glossary_questions_and_organisations(demo, get_json):
    glossary = get_json("/api/v1/glossary/?page_size=100")["results"]
    tlv = next(t for t in glossary if t["abbreviation"] == "TLV")
    assert tlv["explanation"]
    questions = get_json("/api/v1/questions/")["results"]
    assert questions and questions[0]["answer_html"].startswith("<p>")
    organisations = get_json("/api/v1/organisations/?region=PO2001&kind=steunpunt")["results"]
    assert {o["scope"] for o in organisations} == {"PO2001"}
    assert all(o["kind"] == "steunpunt" for o in organisations)
    error = get_json("/api/v1/organisations/?kind=bakker", status=400)["error"]
    assert error["field"] == "kind"


def test_bundle_has_everything_a_school_site_needs(demo, get_json):
    bundle = get_json("/api/v1/bundle/?school=02QZ00")
    assert bundle["school"]["code"] == "02QZ00"
    assert [r["code"] for r in bundle["regions"]] == ["PO2001"]
    for key in ("topics", "items", "routes", "organisations", "glossary", "questions"):
        assert bundle[key], key
    item = next(i for i in bundle["items"] if i["slug"] == "wat-is-een-samenwerkingsverband")
    assert item["has_regional_supplement"]
    assert get_json("/api/v1/bundle/?region=PO2001")["items"] == bundle["items"]
    assert get_json("/api/v1/bundle/", status=400)["error"]["code"] == "missing"


def test_openapi_schema_and_docs(demo, client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    operations = {op["operationId"] for path in schema["paths"].values() for op in path.values()}
    assert {
        "regions_list",
        "regions_detail",
        "schools_detail",
        "items_list",
        "items_detail",
        "organisations_list",
        "routes_list",
        "routes_detail",
        "topics_list",
        "glossary_list",
        "questions_list",
        "bundle",
        "feedback_create",
        "preview",
    } <= operations
    assert client.get("/api/v1/docs/").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/items/zorgplicht/",
        "/api/v1/bundle/?region=PO2001",
        "/api/v1/regions/?postcode=9712",
    ],
)
def test_etag_and_conditional_get(demo, client, url):
    first = client.get(url)
    etag = first["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert "public" in first["Cache-Control"] and "stale-while-revalidate" in first["Cache-Control"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    other = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_gzip_has_its_own_strong_etag(demo, client):
    url = "/api/v1/bundle/?school=02QZ00"
    plain = client.get(url)
    zipped = client.get(url, headers={"Accept-Encoding": "gzip, br"})
    assert zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["ETag"] != plain["ETag"] and not zipped["ETag"].startswith("W/")
    not_modified = client.get(
        url, headers={"Accept-Encoding": "gzip", "If-None-Match": zipped["ETag"]}
    )
    assert not_modified.status_code == 304
