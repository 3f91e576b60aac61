"""The admin page "Signaleren": choose an SWV and a period, read the report, download it."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from content_models.models import Region
from content_models.permissions import editor_scope

from .exports import charts, filename, to_csv, to_pdf
from .period import last_complete_quarter, parse_period
from .report import build_report


def visible_regions(user):
    scope = editor_scope(user)
    if scope.everything or scope.national:
        return Region.objects.all()
    return Region.objects.filter(pk__in=scope.region_ids)


def may_read_reports(user) -> bool:
    return visible_regions(user).exists()


class ReportForm(forms.Form):
    region = forms.ModelChoiceField(label=_("Samenwerkingsverband"), queryset=Region.objects.none())
    period = forms.CharField(
        label=_("Periode"), help_text=_("Een maand (2026-09) of een kwartaal (2026-Q3).")
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = visible_regions(user)

    def clean_period(self):
        try:
            return parse_period(self.cleaned_data["period"])
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "signaleren/reports/admin.html"
    page_title = _("Signaleren")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not may_read_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        regions = visible_regions(request.user)
        data = request.GET if "region" in request.GET else None
        initial = {
            "region": regions.first(),
            "period": last_complete_quarter(timezone.localdate()).code,
        }
        self.form = ReportForm(data, initial=initial, user=request.user)
        self.report = None
        if self.form.is_bound and self.form.is_valid():
            self.report = build_report(
                self.form.cleaned_data["region"], self.form.cleaned_data["period"]
            )
            download = request.GET.get("format")
            if download == "csv":
                return self.download(to_csv(self.report).encode("utf-8-sig"), "csv", "text/csv")
            if download == "pdf":
                return self.download(to_pdf(self.report), "pdf", "application/pdf")
        return super().get(request, *args, **kwargs)

    def download(self, body: bytes, extension: str, content_type: str) -> HttpResponse:
        response = HttpResponse(body, content_type=content_type)
        response["Content-Disposition"] = (
            f'attachment; filename="{filename(self.report, extension)}"'
        )
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["report"] = self.report
        if self.report is not None:
            context["charts"] = charts(self.report)
            context["query"] = self.request.GET.urlencode()
        return context
