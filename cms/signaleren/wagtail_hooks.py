from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports.demo import generate_usage
from .reports.views import ReportView, may_read_reports


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("signaleren/", ReportView.as_view(), name="signaleren")]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Signaleren"), reverse("signaleren"), icon_name="doc-full", order=850)


hooks.register("load_demo_content", generate_usage)
