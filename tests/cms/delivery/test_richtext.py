"""Rich text leaves the API sanitised, with links to other items marked by slug."""

from cms.delivery.api.richtext import links, mark_item_links, sanitise


def test_hostile_html_is_removed():
    html = sanitise(
        '<p onclick="steal()">Hallo<script>alert(1)</script>'
        '<a href="javascript:alert(1)">klik</a><img src=x onerror=alert(1)>'
        '<iframe src="https://evil.example"></iframe></p>'
    )
    assert "script" not in html and "onclick" not in html and "onerror" not in html
    assert "javascript:" not in html and "<img" not in html and "<iframe" not in html
    assert html.startswith("<p>Hallo")


def test_phone_mail_and_web_links_survive():
    html = sanitise(
        '<p><a href="tel:+31301234567">bel</a> <a href="mailto:a@b.nl">mail</a> '
        '<a href="https://example.nl/">web</a></p>'
    )
    assert 'href="tel:+31301234567"' in html
    assert 'href="mailto:a@b.nl"' in html
    assert 'href="https://example.nl/"' in html


def test_links_to_items_carry_their_slug():
    html = mark_item_links(
        sanitise(
            '<p>Lees ook <a href="https://api.example/api/v1/items/zorgplicht/">zorgplicht</a> '
            'en <a href="https://www.rijksoverheid.nl/">de overheid</a>.</p>'
        )
    )
    assert '<a data-item="zorgplicht" href="https://api.example/api/v1/items/zorgplicht/"' in html
    found = links(html)
    assert [(link.text, link.item) for link in found] == [
        ("zorgplicht", "zorgplicht"),
        ("de overheid", None),
    ]
