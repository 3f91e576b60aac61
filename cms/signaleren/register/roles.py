"""The steunpunt staff role: one group per SWV, allowed to register that SWV's contacts.

Model permissions say *what* the staff may do (contacts and evaluation links, no
content); ``SupportDeskPolicy`` says *for which SWV*. National editors and the
Eindredactie get no permission on contacts: they read the aggregated report only.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

STAFF_PERMISSIONS = {
    "supportcontact": ("add", "change", "delete", "view", "register"),
    "supportevaluation": ("add",),
}


def desk_group_name(code: str) -> str:
    return f"Steunpunt {code}"


def staff_permissions() -> list[Permission]:
    query = Q(content_type__app_label="wagtailadmin", codename="access_admin")
    for model, actions in STAFF_PERMISSIONS.items():
        codenames = [f"{action}_{model}" for action in actions]
        query |= Q(content_type__app_label="signaleren", codename__in=codenames)
    return list(Permission.objects.filter(query))


def ensure_support_desk(region):
    """The steunpunt of ``region`` and its staff group, made once."""
    from ..models import SupportDesk

    desk = SupportDesk.objects.select_related("staff_group").filter(region=region).first()
    if desk is not None:
        return desk
    group, _ = Group.objects.get_or_create(name=desk_group_name(region.code))
    group.permissions.add(*staff_permissions())
    return SupportDesk.objects.create(region=region, staff_group=group)


def on_post_migrate(**kwargs) -> None:
    from content_models.models import Region

    permissions = staff_permissions()
    for region in Region.objects.all():
        ensure_support_desk(region).staff_group.permissions.add(*permissions)


def on_region_saved(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw:
        ensure_support_desk(instance)


def on_regions_changed(sender, **kwargs) -> None:
    """A DUO import (or its revert) writes regions in bulk, without ``post_save``."""
    from content_models.models import Region

    if sender is Region:
        for region in Region.objects.filter(support_desk__isnull=True):
            ensure_support_desk(region)


def support_region_ids(user) -> frozenset[int]:
    """The SWVs whose contacts ``user`` registers, cached on the user for the request."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_support_region_ids", None)
    if cached is None:
        cached = frozenset(
            user.groups.filter(support_desk__isnull=False).values_list(
                "support_desk__region", flat=True
            )
        )
        user._support_region_ids = cached
    return cached
