"""Bad input gets a 4xx with a plain JSON message, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

BAD_REQUESTS = [
    ("/api/v1/regions/?postcode=abc", 400, "postcode"),
    ("/api/v1/regions/?postcode=12345", 400, "postcode"),
    ("/api/v1/regions/?postcode=0000", 404, "postcode"),
    ("/api/v1/regions/XX/", 400, "code"),
    ("/api/v1/regions/PO9999/", 404, "code"),
    ("/api/v1/schools/!!/", 400, "code"),
    ("/api/v1/schools/99ZZ99/", 404, "code"),
    ("/api/v1/items/?locale=xx", 400, "locale"),
    ("/api/v1/items/?page_size=101", 400, "page_size"),
    ("/api/v1/items/?page_size=0", 400, "page_size"),
    ("/api/v1/items/?page=abc", 400, "page"),
    ("/api/v1/items/?page=-1", 400, "page"),
    ("/api/v1/items/?page=99", 404, "page"),
    ("/api/v1/items/?region=PO9999", 404, "region"),
    ("/api/v1/items/?school=ZZZZ99", 404, "school"),
    ("/api/v1/items/?region=" + "x" * 300, 400, "region"),
    ("/api/v1/items/bestaat-niet/", 404, None),
    ("/api/v1/items/%F0%9F%98%80/", 404, None),
    ("/api/v1/routes/bestaat-niet/", 404, None),
    ("/api/v1/bundle/?school=02QZ", 404, "school"),
    ("/api/v1/onbekend/", 404, None),
    ("/api/v1/preview/kapot/", 404, None),
]


@pytest.mark.parametrize(("url", "status", "field"), BAD_REQUESTS)
def test_bad_requests_get_a_plain_json_error(client, url, status, field):
    response = client.get(url)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] and error["message"]
    assert error["field"] == field
    assert "Traceback" not in error["message"]


def test_wrong_method_is_a_json_405(client):
    response = client.delete("/api/v1/items/")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "body",
    [
        "niet-json",
        "{}",
        '{"item": "x"}',
        '{"item": "x", "helpful": "misschien"}',
        '{"item": "' + "x" * 500 + '", "helpful": true}',
        '{"item": "x", "helpful": true, "comment": "' + "a" * 1001 + '"}',
        "[]",
    ],
)
def test_bad_feedback_bodies_are_400(client, body):
    response = client.post("/api/v1/feedback/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["message"]
