from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports.demo import generate_usage
from .reports.views import (
    NationalReportView,
    ReportView,
    may_read_national_report,
    may_read_reports,
)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("signaleren/", ReportView.as_view(), name="signaleren"),
        path("signaleren/landelijk/", NationalReportView.as_view(), name="signaleren_landelijk"),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Signaleren"), reverse("signaleren"), icon_name="doc-full", order=850)


class NationalReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_national_report(request.user)


@hooks.register("register_admin_menu_item")
def register_national_report_menu_item():
    return NationalReportMenuItem(
        _("Signaleren landelijk"), reverse("signaleren_landelijk"), icon_name="doc-full", order=851
    )


hooks.register("load_demo_content", generate_usage)
