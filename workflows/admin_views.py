"""Admin for the workflow: panel members (panelcoördinatie) and the readability override."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from content_models.forms import ReasonForm
from content_models.models import REVIEWED_MODELS

from .models import PanelMember, ReadabilityOverride, sent_back_by_readability


class PanelMemberCreateView(CreateView):
    def get_initial(self):
        """Most members read Dutch; the coordinator adds the other languages they read."""
        return {**super().get_initial(), "languages": [Locale.get_default().pk]}


class PanelMemberViewSet(ModelViewSet):
    model = PanelMember
    add_view_class = PanelMemberCreateView
    name = "panel_members"
    icon = "group"
    menu_label = _("Panelleden")
    add_to_admin_menu = True
    menu_order = 300
    list_display = [
        "pseudonym",
        "panel",
        Column("region_codes", label=_("Samenwerkingsverbanden")),
        Column("language_codes", label=_("Talen")),
        "active",
    ]
    list_filter = ["panel", "active", "regions", "languages"]
    search_fields = ["pseudonym"]
    form_fields = ["pseudonym", "email", "panel", "regions", "languages", "active"]

    def get_queryset(self, request):
        return PanelMember.objects.prefetch_related("regions", "languages")


def readability_override_target(model_name: str, pk: int, user):
    """The item and its workflow state, if the user may let its readability check pass."""
    model = next((m for m in REVIEWED_MODELS if m._meta.model_name == model_name), None)
    if model is None:
        raise PermissionDenied
    obj = get_object_or_404(model, pk=pk)
    policy = policy_registry.get_by_type(model)
    if not (
        user.has_perm("workflows.override_readability")
        and policy.user_has_permission_for_instance(user, "change", obj)
    ):
        raise PermissionDenied
    return obj, sent_back_by_readability(obj)


class OverrideForm(ReasonForm):
    question = _("Waarom mag deze tekst toch door?")


class ReadabilityOverrideView(WagtailAdminTemplateMixin, FormView):
    """Approve the readability check anyway, with a written reason; the workflow goes on."""

    form_class = OverrideForm
    template_name = "workflows/readability_override.html"
    page_title = _("Leesbaarheid toch goedkeuren")

    def dispatch(self, request, model_name: str, pk: int):
        self.object, self.workflow_state = readability_override_target(model_name, pk, request.user)
        if self.workflow_state is None:
            messages.error(request, _("Deze tekst wacht niet op de leesbaarheidscheck."))
            return redirect(self.edit_url)
        return super().dispatch(request, model_name=model_name, pk=pk)

    @property
    def edit_url(self) -> str:
        viewset = type(self.object).snippet_viewset
        return reverse(viewset.get_url_name("edit"), args=[self.object.pk])

    def get_page_subtitle(self) -> str:
        return str(self.object)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "object": self.object,
            "edit_url": self.edit_url,
        }

    def form_valid(self, form):
        ReadabilityOverride.objects.create(
            revision=self.object.get_latest_revision(),
            user=self.request.user,
            reason=form.cleaned_data["reason"],
        )
        self.workflow_state.resume(user=self.request.user)
        messages.success(
            self.request, _("De leesbaarheidscheck is goedgekeurd. De workflow gaat verder.")
        )
        return redirect(self.edit_url)
