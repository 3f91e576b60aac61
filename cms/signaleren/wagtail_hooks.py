from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .models import SupportContact, SupportEvaluation
from .register.demo import generate_contacts
from .register.roles import support_region_ids
from .register.views import CONTACT_POLICY, EVALUATION_POLICY, SignalerenViewSetGroup
from .reports.demo import generate_usage
from .reports.views import (
    REPORT_REGIONS_HOOK,
    NationalReportView,
    ReportView,
    may_read_national_report,
    may_read_reports,
)

register_permission_policy(SupportContact, CONTACT_POLICY, exact_class=True)
register_permission_policy(SupportEvaluation, EVALUATION_POLICY, exact_class=True)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("signaleren/", ReportView.as_view(), name="signaleren"),
        path("signaleren/landelijk/", NationalReportView.as_view(), name="signaleren_landelijk"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_signaleren_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Rapport"), reverse("signaleren"), icon_name="doc-full", order=0)


@hooks.register("register_admin_viewset")
def register_signaleren_viewsets():
    return SignalerenViewSetGroup()


class NationalReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_national_report(request.user)


@hooks.register("register_admin_menu_item")
def register_national_report_menu_item():
    return NationalReportMenuItem(
        _("Signaleren landelijk"), reverse("signaleren_landelijk"), icon_name="doc-full", order=851
    )


# Site history shows a steunpunt only its own SWV's register entries.
hooks.register("register_scoped_log_models", lambda: [SupportContact, SupportEvaluation])
hooks.register(REPORT_REGIONS_HOOK, support_region_ids)  # the steunpunt reads its SWV's report
hooks.register("load_demo_content", generate_usage)
hooks.register("load_demo_content", generate_contacts)
