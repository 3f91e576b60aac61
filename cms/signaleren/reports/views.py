"""The admin pages "Signaleren" (one SWV) and "Signaleren landelijk" (all SWVs together):
choose a period, read the report, download it as CSV or PDF."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from content_models.models import Region
from content_models.permissions import editor_scope

from .exports import filename, to_csv, to_html, to_pdf
from .period import last_complete_quarter, parse_period, refuse_future
from .report import build_report

# Other parts of signaleren (the steunpunt role) say which SWVs' reports a user reads:
# ``@hooks.register(REPORT_REGIONS_HOOK)`` a function ``user -> ids of Regions``. It counts
# only for users who may view contacts.
REPORT_REGIONS_HOOK = "signaleren_report_regions"
VIEW_CONTACTS = "signaleren.view_supportcontact"


def visible_regions(user):
    scope = editor_scope(user)
    if scope.everything or scope.national:
        return Region.objects.all()
    region_ids = set(scope.region_ids)
    if user.has_perm(VIEW_CONTACTS):
        for region_ids_of in hooks.get_hooks(REPORT_REGIONS_HOOK):
            region_ids.update(region_ids_of(user))
    return Region.objects.filter(pk__in=region_ids)


def may_read_reports(user) -> bool:
    return visible_regions(user).exists()


def may_read_national_report(user) -> bool:
    """The national editorial team: Landelijke redactie, Eindredactie and superusers."""
    return editor_scope(user).national


class PeriodForm(forms.Form):
    period = forms.CharField(
        label=_("Periode"), help_text=_("Een maand (2026-09) of een kwartaal (2026-Q3).")
    )

    def clean_period(self):
        try:
            period = parse_period(self.cleaned_data["period"])
            return refuse_future(period, timezone.localdate())
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None


class ReportForm(PeriodForm):
    region = forms.ModelChoiceField(label=_("Samenwerkingsverband"), queryset=Region.objects.none())
    field_order = ["region", "period"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = visible_regions(user)


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "signaleren/reports/admin.html"
    page_title = _("Signaleren")
    header_icon = "doc-full"

    def may_read(self, user) -> bool:
        return may_read_reports(user)

    def dispatch(self, request, *args, **kwargs):
        if not self.may_read(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, data):
        regions = visible_regions(self.request.user)
        initial = {
            "region": regions.first(),
            "period": last_complete_quarter(timezone.localdate()).code,
        }
        return ReportForm(data, initial=initial, user=self.request.user)

    def get_report(self, cleaned_data):
        return build_report(cleaned_data["region"], cleaned_data["period"])

    def get(self, request, *args, **kwargs):
        data = request.GET if "period" in request.GET else None
        self.form = self.get_form(data)
        self.report = None
        if self.form.is_bound and self.form.is_valid():
            self.report = self.get_report(self.form.cleaned_data)
            download = request.GET.get("format")
            if download == "csv":
                return self.download(to_csv(self.report).encode("utf-8-sig"), "csv", "text/csv")
            if download == "pdf":
                return self.download(to_pdf(self.report), "pdf", "application/pdf")
        response = super().get(request, *args, **kwargs)
        if self.form.is_bound and not self.form.is_valid():
            response.status_code = 400  # a download link with a bad period must not look fine
        return response

    def download(self, body: bytes, extension: str, content_type: str) -> HttpResponse:
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="{filename(self.report, extension)}"'
        )
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        if self.report is not None:
            context["report_html"] = to_html(self.report, standalone=False)
            context["query"] = self.request.GET.urlencode()
        context["report"] = self.report
        return context


class NationalReportView(ReportView):
    """The same figures over all SWVs together: aggregates only, no SWV named."""

    page_title = _("Signaleren landelijk")

    def may_read(self, user) -> bool:
        return may_read_national_report(user)

    def get_form(self, data):
        initial = {"period": last_complete_quarter(timezone.localdate()).code}
        return PeriodForm(data, initial=initial)

    def get_report(self, cleaned_data):
        return build_report(None, cleaned_data["period"])
