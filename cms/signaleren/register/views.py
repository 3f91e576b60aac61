"""The vragenregister in the admin: list, register, change, evaluation link; kinds of signal."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import Button, ListingButton

from ..models import SignalKind, SupportContact, SupportEvaluation
from .forms import SupportContactForm
from .links import evaluation_url, make_code, qr_code_uri
from .permissions import SupportDeskPolicy

CONTACT_POLICY = SupportDeskPolicy(SupportContact)
EVALUATION_POLICY = SupportDeskPolicy(SupportEvaluation, region_lookup="contact__region")
LINK_URL_NAME = "vragenregister:evaluation_link"


def may_make_link(user, contact: SupportContact) -> bool:
    return EVALUATION_POLICY.user_has_permission_for_instance(
        user, "add", SupportEvaluation(contact=contact)
    )


class OwnDeskMixin:
    """Refuse a contact of another SWV, whatever the URL says."""

    scope_action = "change"

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not CONTACT_POLICY.user_has_permission_for_instance(
            self.request.user, self.scope_action, obj
        ):
            raise PermissionDenied
        return obj


class EvaluationColumn(Column):
    """Whether a link was made and answered; never the answer, which stays anonymous."""

    def get_value(self, instance):
        evaluation = getattr(instance, "evaluation", None)
        if evaluation is None:
            return "—"
        return _("Ingevuld") if evaluation.answered else _("Link gemaakt")


class ContactIndexView(generic.IndexView):
    def get_base_queryset(self):
        own = CONTACT_POLICY.instances_user_has_any_permission_for(self.request.user, {"view"})
        return own.select_related("kind", "evaluation")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_make_link(self.request.user, instance):
            buttons.append(
                ListingButton(
                    _("Evaluatielink maken"),
                    url=reverse(LINK_URL_NAME, args=[instance.pk]),
                    icon_name="link",
                    priority=15,
                )
            )
        return buttons


class ContactEditView(OwnDeskMixin, generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if may_make_link(self.request.user, self.object):
            buttons.append(
                Button(
                    _("Evaluatielink maken"),
                    url=reverse(LINK_URL_NAME, args=[self.object.pk]),
                    icon_name="link",
                    priority=15,
                )
            )
        return buttons


class ContactDeleteView(OwnDeskMixin, generic.DeleteView):
    scope_action = "delete"


class ContactInspectView(OwnDeskMixin, generic.InspectView):
    scope_action = "view"


class ContactHistoryView(OwnDeskMixin, HistoryView):
    scope_action = "view"


class ContactUsageView(OwnDeskMixin, UsageView):
    scope_action = "view"


class EvaluationLinkView(WagtailAdminTemplateMixin, TemplateView):
    """Make the one-time link for a contact and show it as a link and a QR code.

    Making it again (a lost note, an expired link) gives the same contact a fresh
    link from today; a link that was answered stays answered.
    """

    template_name = "signaleren/register/evaluation_link.html"
    page_title = _("Evaluatielink")
    header_icon = "link"

    def dispatch(self, request, *args, pk, **kwargs):
        self.contact = get_object_or_404(SupportContact.objects.select_related("kind"), pk=pk)
        if not may_make_link(request.user, self.contact):
            raise PermissionDenied
        self.evaluation = SupportEvaluation.objects.filter(contact=self.contact).first()
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return str(self.contact)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("vragenregister:index"), "label": _("Vragenregister")},
            {"url": "", "label": self.page_title, "sublabel": self.get_page_subtitle()},
        ]

    def post(self, request, *args, **kwargs):
        today = timezone.localdate()
        with transaction.atomic():
            if self.evaluation is None:
                # get_or_create: a double click must not meet the one-to-one constraint.
                self.evaluation, _created = SupportEvaluation.objects.get_or_create(
                    contact=self.contact, defaults={"issued_on": today}
                )
            elif not self.evaluation.answered:
                self.evaluation.issued_on = today
                self.evaluation.save(update_fields=["issued_on"])
        return self.get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            contact=self.contact,
            evaluation=self.evaluation,
            index_url=reverse("vragenregister:index"),
        )
        if self.evaluation is not None and not self.evaluation.answered:
            url = evaluation_url(self.evaluation)
            context.update(
                url=url,
                code=make_code(self.evaluation),
                qr_code=qr_code_uri(url),
                valid_until=self.evaluation.issued_on
                + timedelta(days=settings.EVALUATION_LINK_MAX_AGE_DAYS),
            )
        return context


class SupportContactViewSet(ModelViewSet):
    model = SupportContact
    name = "vragenregister"
    url_prefix = "signaleren/vragen"
    icon = "help"
    menu_label = _("Vragenregister")
    permission_policy = CONTACT_POLICY
    index_view_class = ContactIndexView
    edit_view_class = ContactEditView
    delete_view_class = ContactDeleteView
    inspect_view_class = ContactInspectView
    history_view_class = ContactHistoryView
    usage_view_class = ContactUsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_filter = ["kind", "channel", "handling"]
    list_per_page = 50
    add_to_reference_index = False
    inspect_view_fields = [
        "date",
        "region",
        "channel",
        "asker",
        "school_sector",
        "topics",
        "kind",
        "handling",
        "referred_to",
        "minutes",
        "outcome",
        "summary",
    ]
    edit_handler = ObjectList(
        [
            HelpPanel(
                _(
                    "Schrijf niets op waarmee je iemand herkent: geen namen, geen "
                    "geboortedata en geen school met klas. Wat toch op een naam of "
                    "nummer lijkt, halen we weg voordat het wordt bewaard."
                ),
                heading=_("Geen persoonsgegevens"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("date"), FieldPanel("minutes")]),
                    FieldPanel("region"),
                    FieldPanel("channel"),
                    FieldPanel("asker"),
                    FieldPanel("kind"),
                    FieldPanel("topics"),
                    FieldPanel("school_sector"),
                ],
                heading=_("De vraag"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("handling"),
                    FieldPanel("referred_to"),
                    FieldPanel("outcome"),
                    FieldPanel("summary"),
                ],
                heading=_("Wat is er gedaan"),
            ),
        ],
        base_form_class=SupportContactForm,
    )

    @property
    def list_display(self):
        return [
            "date",  # the title column: the link to the contact and its buttons
            Column("kind", label=_("Soort signaal")),
            Column("get_channel_display", label=_("Kanaal")),
            Column("get_asker_display", label=_("Wie")),
            Column("get_handling_display", label=_("Wat is er gedaan")),
            Column("minutes", label=_("Minuten")),
            EvaluationColumn("evaluation", label=_("Evaluatie")),
        ]

    @property
    def evaluation_link_view(self):
        return EvaluationLinkView.as_view()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/evaluatie/", self.evaluation_link_view, name="evaluation_link"),
        ]


class SignalKindDeleteView(generic.DeleteView):
    """A kind that contacts use stays (their counts need it): say to switch it off instead."""

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except ProtectedError:
            messages.error(
                request,
                _("‘%(kind)s’ is gebruikt bij vragen en blijft daarom bestaan. Zet hem uit.")
                % {"kind": self.object},
            )
            return redirect(self.edit_url_name, self.object.pk)


class SignalKindViewSet(ModelViewSet):
    """The managed list of kinds of signal: superusers only (no group has a permission)."""

    model = SignalKind
    name = "soorten_signalen"
    url_prefix = "signaleren/soorten"
    icon = "tag"
    menu_label = _("Soorten signalen")
    delete_view_class = SignalKindDeleteView
    form_fields = ["name", "description", "sort_order", "active"]
    list_display = ["name", "description", "sort_order", "active"]
    copy_view_enabled = False


class SignalerenViewSetGroup(ModelViewSetGroup):
    """The "Signaleren" menu; the report adds itself with ``register_signaleren_menu_item``."""

    menu_label = _("Signaleren")
    menu_icon = "doc-full"
    menu_order = 850
    submenu_hook = "register_signaleren_menu_item"
    items = (SupportContactViewSet, SignalKindViewSet)
