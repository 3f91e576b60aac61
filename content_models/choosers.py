"""Snippet choosers that offer only what the editor may see.

A regional editor chooses from their own SWV and the live national content, never
another SWV's content or a national text that was not published yet; the same rule
as the listing, from the same ``RegionScopePolicy``.
"""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser


class ScopedChooserMixin:
    """Narrow the chooser's objects (results, ``chosen/`` and ``chosen-multiple/``)."""

    def visible(self, objects: QuerySet) -> QuerySet:
        policy = policy_registry.get_by_type(self.model_class)
        allowed = policy.instances_user_has_any_permission_for(self.request.user, {"view"})
        # The policy's own conditions (region, live), not ``pk__in``: a search typed into
        # the chooser can filter on those index fields, never on the primary key.
        return objects & allowed


class DutchFilterMixin:
    """Wagtail's locale filter has no label, so Django shows its field name ("Locale")."""

    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            form.fields["locale"].label = _("Taal")
        return form


class ChooseView(DutchFilterMixin, ScopedChooserMixin, chooser.ChooseView):
    def get_object_list(self):
        return self.visible(super().get_object_list())


class ChooseResultsView(DutchFilterMixin, ScopedChooserMixin, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.visible(super().get_object_list())


class ChosenView(ScopedChooserMixin, chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.visible(self.model_class.objects.all()).get(pk=pk)


class ChosenMultipleView(ScopedChooserMixin, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.visible(super().get_objects(pks))


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
