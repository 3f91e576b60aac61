"""Nothing personal is stored by any public endpoint (issue 22, "done when").

A scripted visit of every public door (API, search, feedback, iframe, widget script,
review and preview links, admin login) plants personal values in the address, the
headers, the cookies and the bodies. Afterwards every text column of every table is
read back and searched for them.
"""

import json

import pytest
from django.apps import apps
from django.db import models

pytestmark = pytest.mark.django_db

NAME = "Daan Vermeulen"
BSN = "123456782"
PHONE = "06-12345678"
EMAIL = "daan.vermeulen@voorbeeld.example"
IBAN = "NL91ABNA0417164300"
ADDRESS = "198.51.100.77"
AGENT = "PlantAgent/9.9"
COOKIE = "geheim-koekje-42"
PLANTED = [NAME, "Vermeulen", BSN, "12345678", EMAIL, IBAN, ADDRESS, AGENT, COOKIE]
HEADERS = {
    "REMOTE_ADDR": ADDRESS,
    "HTTP_X_FORWARDED_FOR": ADDRESS,
    "HTTP_USER_AGENT": AGENT,
    "HTTP_REFERER": f"https://school.example/?leerling={EMAIL}",
    "HTTP_COOKIE": f"sessionid={COOKIE}; leerling={COOKIE}",
}
COMMENTS = [
    f"Mijn zoon {NAME} snapt dit niet. Bel {PHONE} of mail {EMAIL}.",
    f"Groeten, {NAME} (BSN {BSN}, rekening {IBAN})",
    f"ik ben de moeder van daan, mijn nummer is {PHONE}",
]
QUERIES = [BSN, NAME, NAME.lower(), EMAIL, PHONE, IBAN, f"mijn zoon {NAME}"]


def visit(client) -> None:
    get = lambda url, **params: client.get(url, params, **HEADERS)  # noqa: E731
    for url in (
        "/api/v1/items/",
        "/api/v1/items/mijn-kind-zit-thuis/",
        "/api/v1/bundle/",
        "/api/v1/routes/",
        "/api/v1/organisations/",
        "/api/v1/topics/",
        "/api/v1/glossary/",
        "/api/v1/questions/",
        "/api/v1/regions/",
        "/embed/region/PO2001/",
        "/embed/region/PO2001/?item=mijn-kind-zit-thuis",
        "/embed.js",
    ):
        get(url, region="PO2001", leerling=NAME)
    get("/api/v1/regions/", postcode="9711")
    get("/api/v1/schools/02QZ00/")
    get("/api/v1/bundle/", school="02QZ00")
    for query in QUERIES:
        get("/api/v1/search/", q=query, region="PO2001")
        get("/embed/region/PO2001/", q=query)
    for comment in COMMENTS:
        for helpful in (True, False):
            payload = {"item": "mijn-kind-zit-thuis", "helpful": helpful, "comment": comment}
            client.post(
                "/api/v1/feedback/", json.dumps({**payload, "region": "PO2001"}),
                content_type="application/json", **HEADERS,
            )  # fmt: skip
        form = {**payload, "helpful": "nee", "region": "PO2001", "next": "/embed/region/PO2001/"}
        client.post("/embed/feedback/", form, **HEADERS)
    get(f"/review/{EMAIL}/")
    get(f"/api/v1/preview/{BSN}/")
    client.post("/admin/login/", {"username": EMAIL, "password": BSN}, **HEADERS)


def text_columns() -> list[tuple[str, str, str]]:
    """(table, column, value) for every non-empty text value in the database."""
    found = []
    for model in apps.get_models():
        fields = [
            f.attname
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        for row in model._base_manager.values_list(*fields) if fields else []:
            for name, value in zip(fields, row, strict=True):
                if value:
                    found.append((model._meta.db_table, name, str(value)))
    return found


def test_a_visit_leaves_nothing_personal_in_any_table(client, demo):
    before = {(table, column, value) for table, column, value in text_columns()}
    visit(client)
    after = text_columns()
    new = [row for row in after if row not in before]
    assert new, "the visit stored nothing at all: the test would prove nothing"
    assert any(table == "cms_feedback" for table, _column, _value in new)
    leaks = [
        (table, column, value)
        for table, column, value in after
        for planted in PLANTED
        if planted.lower() in value.lower()
    ]
    assert leaks == []


def register_and_evaluate(client, staff) -> None:
    """The steunpunt registers contacts with personal summaries and hands out links that
    are answered with personal comments, from a client that plants its address and cookies."""
    from django.urls import reverse

    from cms.signaleren.models import SignalKind, SupportContact

    client.force_login(staff)
    # The staff's own session cookie, not a planted one.
    admin_headers = {k: v for k, v in HEADERS.items() if k != "HTTP_COOKIE"}
    kind = SignalKind.objects.first()
    existing = set(SupportContact.objects.values_list("pk", flat=True))
    for comment in COMMENTS:
        form = {
            "region": staff.support_regions[0].pk, "date": "2026-11-02", "minutes": "10",
            "channel": "telefoon", "asker": "ouder", "kind": kind.pk, "school_sector": "po",
            "handling": "informatie", "outcome": "beantwoord", "summary": comment,
        }  # fmt: skip
        response = client.post(reverse("vragenregister:add"), form, **admin_headers)
        assert response.status_code == 302
        assert response["Location"] == reverse("vragenregister:index")
    links = [
        client.post(reverse("vragenregister:evaluation_link", args=[contact.pk])).context["url"]
        for contact in SupportContact.objects.exclude(pk__in=existing).order_by("pk")
    ]
    client.logout()
    for url, comment in zip(links, COMMENTS, strict=True):
        answer = {"helpful": "3", "got_what_needed": "deels", "comment": comment}
        response = client.post(url.split("8000", 1)[-1], answer, **HEADERS)
        assert response.status_code == 200
        assert not response.cookies


def test_the_register_and_evaluation_forms_store_nothing_personal(client, demo, make_user):
    from cms.signaleren.models import SupportEvaluation

    staff = make_user("steunpunt", f"Steunpunt {demo.code}")
    staff.support_regions = [demo]
    before = set(text_columns())
    register_and_evaluate(client, staff)
    new = [row for row in text_columns() if row not in before]
    assert any(table == "signaleren_supportcontact" for table, _column, _value in new)
    assert SupportEvaluation.objects.filter(comment__contains="[naam]").count() >= 2
    leaks = [row for row in new for planted in PLANTED if planted.lower() in row[2].lower()]
    assert leaks == []
