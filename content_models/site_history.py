"""Wagtail's "Site history" report within the SWV scope.

Wagtail shows the log entries of every model the user has a permission on; their
labels are titles as they were saved, drafts included. A regional editor reads only
the history of what they may read the drafts of: their own SWV's content. Other apps
name their scoped models with the ``register_scoped_log_models`` hook (the
vragenregister: a steunpunt reads only its own SWV's entries).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import path
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry

from .models import REVIEWED_MODELS


class ScopedLogEntriesView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not issubclass(queryset.model, ModelLogEntry):
            return queryset
        user = self.request.user
        scoped = {
            model: policy_registry.get_by_type(model).instances_user_can_read_drafts_of(user)
            for model in REVIEWED_MODELS
        }
        for register in hooks.get_hooks("register_scoped_log_models"):
            for model in register():
                policy = policy_registry.get_by_type(model)
                scoped[model] = policy.instances_user_has_any_permission_for(user, ["view"])
        for model, instances in scoped.items():
            readable = instances.annotate(key=Cast("pk", CharField())).values("key")
            content_type = ContentType.objects.get_for_model(model)
            queryset = queryset.exclude(Q(content_type=content_type) & ~Q(object_id__in=readable))
        return queryset


# Included before Wagtail's admin URLs (cms/urls.py), so these paths match first.
urlpatterns = [
    path("site-history/", require_admin_access(ScopedLogEntriesView.as_view())),
    path(
        "site-history/results/",
        require_admin_access(ScopedLogEntriesView.as_view(results_only=True)),
    ),
]
