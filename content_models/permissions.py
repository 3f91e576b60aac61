"""Who may act on which content: national editors on national content, regional
editors only on the content of their own samenwerkingsverband.

Model permissions (from the groups) decide the action; the scope decides the
instance. Superusers and the Eindredactie act on everything.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from .groups import FINAL_EDITORS, NATIONAL_EDITORS


@dataclass(frozen=True)
class EditorScope:
    everything: bool
    national: bool
    region_ids: frozenset[int]

    def can_edit_region(self, region_id: int | None) -> bool:
        if self.everything:
            return True
        if region_id is None:
            return self.national
        return region_id in self.region_ids

    def can_view(self, region_id: int | None, live: bool) -> bool:
        """National editors read everything; regional editors read live national content."""
        return self.national or self.can_edit_region(region_id) or (region_id is None and live)

    def editable_q(self) -> Q:
        if self.everything:
            return Q()
        query = Q(region__in=self.region_ids)
        return query | Q(region__isnull=True) if self.national else query

    def viewable_q(self) -> Q:
        if self.national:
            return Q()
        return self.editable_q() | Q(region__isnull=True, live=True)


def editor_scope(user) -> EditorScope:
    """The scope of a user, cached on the user object for the request."""
    if not user.is_authenticated or not user.is_active:
        return EditorScope(everything=False, national=False, region_ids=frozenset())
    cached = getattr(user, "_editor_scope", None)
    if cached is not None:
        return cached
    groups = {name for name in user.groups.values_list("name", flat=True)}
    everything = user.is_superuser or FINAL_EDITORS in groups
    scope = EditorScope(
        everything=everything,
        national=everything or NATIONAL_EDITORS in groups,
        region_ids=frozenset(
            user.groups.filter(editor_region__isnull=False).values_list("editor_region", flat=True)
        ),
    )
    user._editor_scope = scope
    return scope


class RegionScopePolicy(ModelPermissionPolicy):
    """Model permissions narrowed to the content the user's scope allows."""

    def user_has_permission_for_instance(self, user, action: str, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        scope = editor_scope(user)
        if action == "view":
            return scope.can_view(instance.region_id, getattr(instance, "live", True))
        return scope.can_edit_region(instance.region_id)

    def user_can_read_drafts(self, user, instance) -> bool:
        """Drafts, revisions and workflow history: only for who may read the content
        beyond its live version (a regional editor reads national content as published)."""
        return self.user_has_permission(user, "view") and editor_scope(user).can_view(
            instance.region_id, live=False
        )

    def instances_user_can_read_drafts_of(self, user) -> QuerySet:
        """The objects whose drafts and history the user may read (see ``user_can_read_drafts``)."""
        if not self.user_has_permission(user, "view"):
            return self.model._default_manager.none()
        scope = editor_scope(user)
        return self.model._default_manager.filter(Q() if scope.national else scope.editable_q())

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions) -> QuerySet:
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        scope = editor_scope(user)
        query = scope.viewable_q() if set(actions) == {"view"} else scope.editable_q()
        return self.model._default_manager.filter(query)

    def users_with_any_permission_for_instance(self, actions, instance) -> QuerySet:
        users = self.users_with_any_permission(actions)
        if instance.region_id is None:
            return users.filter(
                Q(is_superuser=True) | Q(groups__name__in=[NATIONAL_EDITORS, FINAL_EDITORS])
            ).distinct()
        return users.filter(
            Q(is_superuser=True)
            | Q(groups__name=FINAL_EDITORS)
            | Q(groups__editor_region=instance.region_id)
        ).distinct()
