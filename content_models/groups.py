"""The editorial groups and their model permissions.

Model permissions say *what* a group may do; ``permissions.RegionScopePolicy``
says *on which content*. Every Region gets its own regional editors group.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

NATIONAL_EDITORS = "Landelijke redactie"
FINAL_EDITORS = "Eindredactie"
EDITOR_ACTIONS = ("add", "change", "delete", "view", "lock", "unlock")


def region_group_name(code: str) -> str:
    return f"Regionale redactie {code}"


def _content_permissions(actions: tuple[str, ...]) -> list[Permission]:
    from .models import REVIEWED_MODELS

    query = Q()
    for model in REVIEWED_MODELS:
        content_type = ContentType.objects.get_for_model(model)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        query |= Q(content_type=content_type, codename__in=codenames)
    admin_access = Q(content_type__app_label="wagtailadmin", codename="access_admin")
    # Starting a translation (wagtail-localize) only makes a draft in another language.
    translate = Q(content_type__app_label="wagtail_localize", codename="submit_translation")
    return list(Permission.objects.filter(query | admin_access | translate))


def _grant(group: Group, actions: tuple[str, ...]) -> None:
    group.permissions.add(*_content_permissions(actions))


def ensure_national_groups() -> None:
    national, _ = Group.objects.get_or_create(name=NATIONAL_EDITORS)
    _grant(national, EDITOR_ACTIONS)
    # No "publish" permission for anyone: the workflow's final task publishes.
    final, _ = Group.objects.get_or_create(name=FINAL_EDITORS)
    _grant(final, EDITOR_ACTIONS)


def ensure_region_group(region) -> Group:
    """Create (once) the group whose members edit only this region's content."""
    if region.editor_group_id is not None:
        return region.editor_group
    group, _ = Group.objects.get_or_create(name=region_group_name(region.code))
    _grant(group, EDITOR_ACTIONS)
    type(region).objects.filter(pk=region.pk).update(editor_group=group)
    region.editor_group = group
    return group


def on_post_migrate(**kwargs) -> None:
    from .models import Region

    ensure_national_groups()
    permissions = _content_permissions(EDITOR_ACTIONS)
    for region in Region.objects.select_related("editor_group"):
        ensure_region_group(region).permissions.add(*permissions)


def on_region_saved(sender, instance, raw: bool = False, **kwargs) -> None:
    if not raw:
        ensure_region_group(instance)
