from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .models import SupportContact, SupportEvaluation
from .register.demo import generate_contacts
from .register.views import CONTACT_POLICY, EVALUATION_POLICY, SignalerenViewSetGroup
from .reports.demo import generate_usage
from .reports.views import ReportView, may_read_reports

register_permission_policy(SupportContact, CONTACT_POLICY, exact_class=True)
register_permission_policy(SupportEvaluation, EVALUATION_POLICY, exact_class=True)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("signaleren/", ReportView.as_view(), name="signaleren")]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_read_reports(request.user)


@hooks.register("register_signaleren_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Rapport"), reverse("signaleren"), icon_name="doc-full", order=0)


@hooks.register("register_admin_viewset")
def register_signaleren_viewsets():
    return SignalerenViewSetGroup()


hooks.register("load_demo_content", generate_usage)
hooks.register("load_demo_content", generate_contacts)
