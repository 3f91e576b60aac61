"""Groups of the validation workflow: the panel coordinators, and the Eindredactie's
right to let a text pass the readability check with a written reason."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from content_models.groups import FINAL_EDITORS

from .notifications import COORDINATORS


def ensure_workflow_groups(**kwargs) -> None:
    coordinators, _ = Group.objects.get_or_create(name=COORDINATORS)
    coordinators.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="workflows", codename__endswith="_panelmember")
            | Q(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    )
    final, _ = Group.objects.get_or_create(name=FINAL_EDITORS)
    final.permissions.add(*Permission.objects.filter(codename="override_readability"))
