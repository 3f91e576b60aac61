"""Guessing passwords cannot lock the real user out, and no address is kept
(issue 22, point 8)."""

import pickle

import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db

ATTACKER = "198.51.100.66"
REAL_USER = "203.0.113.10"


def test_a_guesser_locks_out_only_themselves(client, django_user_model, settings):
    cache.clear()
    django_user_model.objects.create_superuser(
        "eindredactie", "e@voorbeeld.example", "juist-wachtwoord"
    )
    login = reverse("wagtailadmin_login")
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 3):
        response = client.post(
            login, {"username": "eindredactie", "password": "gok"}, REMOTE_ADDR=ATTACKER
        )
    assert response.status_code == 429
    # The guesser stays locked, even with the right password.
    response = client.post(
        login, {"username": "eindredactie", "password": "juist-wachtwoord"}, REMOTE_ADDR=ATTACKER
    )
    assert response.status_code == 429

    # The real user, from their own address, gets in.
    response = client.post(
        login, {"username": "eindredactie", "password": "juist-wachtwoord"}, REMOTE_ADDR=REAL_USER
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_the_lock_keeps_no_address(client, django_user_model, settings):
    cache.clear()
    login = reverse("wagtailadmin_login")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(login, {"username": "beheer", "password": "gok"}, REMOTE_ADDR=ATTACKER)
    stored = repr([(key, pickle.loads(value)) for key, value in cache._cache.items()])
    assert stored != "[]"  # the counts are there
    assert ATTACKER not in stored and "198.51.100" not in stored
