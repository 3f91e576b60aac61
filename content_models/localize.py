"""wagtail-localize's views with the SWV scope added.

wagtail-localize checks model permissions only, and regional groups hold
``submit_translation``. These views take its URLs (registered before its own, so
they match first) and ask the ``RegionScopePolicy`` about the object first: a
regional editor translates, downloads and changes only their own SWV's content and
lists only what they may see.
"""

import tempfile
from functools import wraps

import polib
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from rest_framework.exceptions import APIException
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.permissions import policy_registry
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views import edit_translation, report, snippets_api
from wagtail_localize.views.submit_translations import (
    SubmitSnippetTranslationView,
    SubmitTranslationForm,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .models import REVIEWED_MODELS


def check_scope(user, action: str, instance) -> None:
    if isinstance(instance, REVIEWED_MODELS):
        policy = policy_registry.get_by_type(type(instance))
        if not policy.user_has_permission_for_instance(user, action, instance):
            raise PermissionDenied


def visible(user, model):
    """Every object of ``model`` the user may see (all of them for other models)."""
    if not issubclass(model, REVIEWED_MODELS):
        return model._default_manager.all()
    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, {"view"})


def translated_instance(translation: Translation):
    """The translation's own object, or its source while the translation was not made yet."""
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return translation.source.get_source_instance()


def in_scope(view):
    """Run a ``translate/<translation_id>/…`` view only for a translation the user may change."""

    @wraps(view)
    def scoped_view(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        check_scope(request.user, "change", translated_instance(translation))
        return view(request, translation_id, *args, **kwargs)

    return scoped_view


def needs_value(view):
    """wagtail-localize reads ``request.POST["value"]`` of a PUT without a check: a body
    without it (or one that cannot be read) is a 400 with a message, not a KeyError."""

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if request.method == "PUT":
            request.body  # noqa: B018 -- kept, so the view reads the same body again
            try:
                form = Request(request, parsers=[FormParser(), MultiPartParser()]).POST
            except APIException:
                form = {}
            if "value" not in form:
                message = _("De vertaling ontbreekt: stuur de tekst mee in het veld ‘value’.")
                return JsonResponse({"error": message}, status=400)
        return view(request, *args, **kwargs)

    return checked_view


def po_file_problem(request, translation_id: int) -> str | None:
    """Why an uploaded PO file cannot be imported, before wagtail-localize reads it
    (it fails with a KeyError on a missing file or a file without its translation id)."""
    upload = request.FILES.get("file")
    if upload is None:
        return _("Kies eerst een PO-bestand.")
    # From a file, as wagtail-localize does: polib reads a string that names a file.
    with tempfile.NamedTemporaryFile() as copy:
        copy.write(upload.read())
        copy.flush()
        upload.seek(0)
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return _("Dit is geen geldig PO-bestand.")
    translation = get_object_or_404(Translation, id=translation_id)
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _("Dit PO-bestand hoort bij een andere vertaling.")
    return None


def checked_po_upload(view):
    @wraps(view)
    def checked_view(request, translation_id, *args, **kwargs):
        if request.method == "POST" and (problem := po_file_problem(request, translation_id)):
            messages.error(request, problem)
            return redirect(
                get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
            )
        return view(request, translation_id, *args, **kwargs)

    return checked_view


class SubmitSnippetTranslationForm(SubmitTranslationForm):
    """Refuses a language in which another text holds the short name: the translation
    takes the short name over (a synchronised field) and the database would refuse it."""

    def __init__(self, instance, *args, **kwargs):
        super().__init__(instance, *args, **kwargs)
        self.instance = instance

    def clean_locales(self):
        locales = self.cleaned_data["locales"]
        taken = (
            type(self.instance)
            ._default_manager.filter(slug=self.instance.slug, locale__in=locales)
            .exclude(translation_key=self.instance.translation_key)
            .select_related("locale")
        )
        if names := sorted({obj.locale.get_display_name() for obj in taken}):
            raise ValidationError(
                _(
                    "De korte naam ‘%(slug)s’ is al in gebruik in: %(locales)s. "
                    "Geef de tekst eerst een andere korte naam."
                )
                % {"slug": self.instance.slug, "locales": ", ".join(names)}
            )
        return locales


class ScopedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def get_form(self):
        if self.request.method == "POST" and isinstance(self.object, REVIEWED_MODELS):
            return SubmitSnippetTranslationForm(self.object, self.request.POST)
        return super().get_form()

    def get_object(self):
        try:
            obj = super().get_object()
        except (ValueError, ValidationError):  # a primary key that is no number
            raise Http404 from None
        check_scope(self.request.user, "change", obj)
        return obj


class ScopedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translations" writes into every translation of the source."""

    def get_object(self):
        source = super().get_object()
        check_scope(self.request.user, "change", source.get_source_instance())
        return source


class ScopedSnippetViewSet(snippets_api.SnippetViewSet):
    # JSON only: DRF's browsable page needs ``rest_framework`` installed (a 500 when the
    # address is opened in a browser).
    renderer_classes = [JSONRenderer]

    def get_queryset(self):
        return visible(self.request.user, self.get_model())


class ScopedTranslationsReportView(report.TranslationsReportView):
    def get_queryset(self):
        hidden = Q()
        for model in REVIEWED_MODELS:
            keys = visible(self.request.user, model).values("translation_key")
            content_type = ContentType.objects.get_for_model(model)
            hidden |= Q(source__specific_content_type=content_type) & ~Q(source__object_id__in=keys)
        return super().get_queryset().exclude(hidden)


def string_translation_comment(self: StringTranslation) -> str | None:
    """``StringTranslation.get_comment`` with the date in the admin's language.

    wagtail-localize (1.14.5) writes the date with ``strftime("%-d %B %Y")``, so the
    translation editor said "Vertaald met … op 1 December 2026". This is its method with
    Django's date format instead ("1 december 2026"); the messages are wagtail-localize's
    own, translated by its catalogue. Installed in ``ContentModelsConfig.ready``: the
    editor page and the string edit API both serialise this method's result.
    """
    date = formats.date_format(timezone.localtime(self.updated_at))
    if self.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def urlpatterns() -> list:
    """wagtail-localize's URLs (same paths and names) that need the scope."""
    translate = "translate/<int:translation_id>"
    return [
        path(
            "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            ScopedSubmitSnippetTranslationView.as_view(),
        ),
        path("update/<int:translation_source_id>/", ScopedUpdateTranslationsView.as_view()),
        path(
            f"{translate}/strings/<int:string_segment_id>/edit/",
            in_scope(needs_value(edit_translation.edit_string_translation)),
        ),
        path(
            f"{translate}/overrides/<int:overridable_segment_id>/edit/",
            in_scope(needs_value(edit_translation.edit_override)),
        ),
        path(f"{translate}/pofile/download/", in_scope(edit_translation.download_pofile)),
        path(
            f"{translate}/pofile/upload/",
            in_scope(checked_po_upload(edit_translation.upload_pofile)),
        ),
        path(f"{translate}/machine_translate/", in_scope(edit_translation.machine_translate)),
        path(f"{translate}/preview/", in_scope(edit_translation.preview_translation)),
        path(f"{translate}/preview/<str:mode>/", in_scope(edit_translation.preview_translation)),
        path(f"{translate}/disable/", in_scope(edit_translation.stop_translation)),
        path("reports/translations/", ScopedTranslationsReportView.as_view()),
        path(
            "reports/translations/results/",
            ScopedTranslationsReportView.as_view(results_only=True),
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/",
            ScopedSnippetViewSet.as_view({"get": "list"}),
        ),
        path(
            "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
            ScopedSnippetViewSet.as_view({"get": "retrieve"}),
        ),
    ]
