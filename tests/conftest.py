import pytest
from django.contrib.auth.models import Group

from content_models.groups import FINAL_EDITORS, NATIONAL_EDITORS

from .factories import RegionFactory


@pytest.fixture
def region_a(db):
    return RegionFactory(code="PO9901", name="Samenwerkingsverband A")


@pytest.fixture
def region_b(db):
    return RegionFactory(code="VO9902", name="Samenwerkingsverband B")


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, *groups: str, superuser: bool = False):
        user = django_user_model.objects.create_user(
            username=username, password="wachtwoord", is_superuser=superuser, is_staff=superuser
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture
def editors(make_user, region_a, region_b):
    """One user per editorial role."""
    return {
        "superuser": make_user("beheerder", superuser=True),
        "final": make_user("eindredacteur", FINAL_EDITORS),
        "national": make_user("landelijk", NATIONAL_EDITORS),
        "regional_a": make_user("regio-a", region_a.editor_group.name),
        "regional_b": make_user("regio-b", region_b.editor_group.name),
    }
