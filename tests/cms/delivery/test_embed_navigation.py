"""The iframe's topic tree and the demo page's school picker, without JavaScript."""

import re


def test_the_iframe_walks_the_topic_tree_with_breadcrumbs(demo, client):
    html = client.get("/embed/school/02QZ00/?topic=samenwerkingsverband").content.decode()
    crumbs = re.search(r'<ol class="pi-crumbs">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r">([^<>]+)</(?:a|li)>", crumbs) == [
        "Alle onderwerpen",
        "Passend onderwijs",
        "Samenwerkingsverband",
    ]
    assert '<li aria-current="page">Samenwerkingsverband</li>' in crumbs
    # One level down is reachable; the top level is not repeated here.
    children = re.search(r'<ul class="pi-topics">(.*?)</ul>', html, re.S).group(1)
    found = set(re.findall(r"\?topic=([\w-]+)", children))
    assert {"ondersteuningsplan", "opr"} <= found
    assert not found & {"passend-onderwijs", "samenwerkingsverband", "zorgplicht"}
    top = client.get("/embed/school/02QZ00/").content.decode()
    assert "pi-crumbs" not in top and 'href="?topic=passend-onderwijs&amp;locale=nl"' in top


def test_the_demo_page_finds_a_school_without_javascript(demo, client):
    html = client.get("/embed/demo/?q=ommeland").content.decode()
    assert "2 scholen gevonden. Kies uw school." in html
    assert 'href="?school=14AB01#script"' in html
    chosen = client.get("/embed/demo/?school=14ab01").content.decode()
    assert 'data-school="14AB01"' in chosen and "/embed/school/14AB01/" in chosen
    assert "De code hieronder is voor Voorbeeldcollege Ommeland, praktijkonderwijs" in chosen
    for query in ("?school=ZZZZ99", "?school=%00", "?q=%00%00", "?q=x"):
        response = client.get(f"/embed/demo/{query}")
        assert response.status_code == 200
        assert 'data-school="02QZ00"' in response.content.decode()
    assert "Geen school gevonden." in client.get("/embed/demo/?q=bestaatniet").content.decode()
