"""wagtail-localize's views and API with a bad body or address: a 4xx with a Dutch
message, never a 500 (wagtail-localize reads ``request.POST["value"]`` and
``request.FILES["file"]`` without a check)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale

from ..factories import InformationItemFactory

pytestmark = pytest.mark.django_db

FORM = "application/x-www-form-urlencoded"


def string_edit(translation) -> str:
    segment = translation.source.stringsegment_set.first()
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def assert_dutch_400(response) -> None:
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/json")
    message = response.json()["error"]
    assert message and "request" not in message.lower(), message


@pytest.mark.parametrize(
    "body, content_type",
    [
        ("", FORM),
        ("waarde=Hallo", FORM),
        ('{"value": "Hallo"}', "application/json"),
        ("{niet af", "application/json"),
        ("--x\r\nkapot", "multipart/form-data; boundary=x"),
        ("value=Hallo", "multipart/form-data"),
    ],
    ids=["empty", "other-field", "json", "broken-json", "broken-multipart", "no-boundary"],
)
def test_a_string_edit_without_a_value_is_a_dutch_400(client, translation, body, content_type):
    assert_dutch_400(client.put(string_edit(translation), body, content_type=content_type))


def test_a_string_edit_with_a_value_still_works(client, translation):
    response = client.put(string_edit(translation), "value=Hallo", content_type=FORM)
    assert response.status_code == 201
    assert response.json()["data"] == "Hallo"


def test_an_override_edit_without_a_value_is_a_dutch_400(client, translation):
    segment = translation.source.overridablesegment_set.first()
    if segment is None:
        pytest.skip("the item has no overridable segment")
    edit = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    assert_dutch_400(client.put(edit, "", content_type=FORM))


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"file": SimpleUploadedFile("x.po", b"dit is geen po-bestand\n\x00\xff")},
        {"file": SimpleUploadedFile("x.po", b'msgid "a"\nmsgstr "b"\n')},
        {"file": SimpleUploadedFile("x.po", b"\xff\xfe\x00kapot")},
        {"file": SimpleUploadedFile("x.po", b"")},
    ],
    ids=["no-file", "garbage", "no-translation-id", "binary", "empty"],
)
def test_a_bad_po_upload_says_so_in_dutch(client, translation, data):
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = client.post(upload, data, follow=True)
    assert response.status_code == 200
    shown = str(list(response.context["messages"])[-1])
    assert "PO-bestand" in shown and "upload" not in shown.lower(), shown


def test_a_po_upload_of_the_downloaded_file_still_works(client, translation):
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = client.post(
        upload, {"file": SimpleUploadedFile("x.po", download.content)}, follow=True
    )
    assert response.status_code == 200
    assert "geslaagd" in str(list(response.context["messages"])[-1])


@pytest.mark.parametrize(
    "address",
    [
        "/admin/localize/submit/snippet/content_models/informationitem/geen-getal/",
        "/admin/localize/submit/snippet/content_models/bestaatniet/1/",
        "/admin/localize/api/snippets/content_models/informationitem/geen-getal/",
        "/admin/localize/api/snippets/content_models/bestaatniet/",
    ],
)
def test_a_bad_address_is_a_404(client, translation, address):
    assert client.get(address).status_code == 404


def test_other_bad_bodies_are_no_500(client, item, translation):
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["content_models", "informationitem", item.pk],
    )
    responses = [
        client.post(submit, {"locales": ["geen-getal"]}),
        client.post(submit, {"locales": ["999999"]}),
        client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "kapot", "locales": ["x"]},
        ),
        client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk])),
        client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk, "x"])),
        client.put(string_edit(translation), b"\xff\xfe", content_type=FORM),
        client.delete(string_edit(translation), "kapot", content_type="application/json"),
    ]
    assert [r.status_code for r in responses if r.status_code >= 500] == []


def test_a_translation_whose_short_name_is_taken_is_no_500(client, editors):
    """The short name is synchronised into the translation; another text in that language
    may hold it already (made there directly)."""
    item = InformationItemFactory(publish=True, slug="dubbel")
    english = Locale.objects.get(language_code="en")
    InformationItemFactory(publish=True, slug="dubbel", locale=english)
    client.force_login(editors["national"])
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["content_models", "informationitem", item.pk],
    )
    response = client.post(submit, {"locales": [english.pk]})
    assert response.status_code == 200
    assert "‘dubbel’ is al in gebruik in: English" in response.content.decode()
    assert not item.has_translation(english)
