"""Contacts and evaluations of one SWV are for the staff of its steunpunt (and superusers)."""

from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from .roles import support_region_ids


class SupportDeskPolicy(ModelPermissionPolicy):
    """Model permissions narrowed to the SWVs of the user's steunpunt groups.

    ``region_lookup`` is the path from the model to its Region (``contact__region``).
    """

    def __init__(self, model, *, region_lookup: str = "region", **kwargs):
        super().__init__(model, **kwargs)
        self.region_lookup = region_lookup

    def region_id_of(self, instance) -> int:
        *path, last = self.region_lookup.split("__")
        for step in path:
            instance = getattr(instance, step)
        return getattr(instance, f"{last}_id")

    def user_has_permission_for_instance(self, user, action: str, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        return user.is_superuser or self.region_id_of(instance) in support_region_ids(user)

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        manager = self.model._default_manager
        if not self.user_has_any_permission(user, actions):
            return manager.none()
        if user.is_superuser:
            return manager.all()
        return manager.filter(**{f"{self.region_lookup}__in": support_region_ids(user)})

    def users_with_any_permission_for_instance(self, actions, instance) -> QuerySet:
        staff = Q(groups__support_desk__region=self.region_id_of(instance))
        users = self.users_with_any_permission(actions)
        return users.filter(Q(is_superuser=True) | staff).distinct()
