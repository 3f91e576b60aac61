"""The JSON endpoint behind the live "Leesbaarheid" panel."""

from django.apps import apps
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST
from wagtail.permissions import policy_registry

from content_models.models import REVIEWED_MODELS

from .readability.content import analyse_content, content_text


@require_POST
def readability_check(request, app_label: str, model_name: str, pk: int | None = None):
    """Analyse the editor's unsaved form, the way the preview panel reads it."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        raise Http404 from None
    if model not in REVIEWED_MODELS:
        raise Http404
    policy = policy_registry.get_by_type(model)
    instance = get_object_or_404(model, pk=pk) if pk is not None else model()
    allowed = (
        policy.user_has_permission_for_instance(request.user, "change", instance)
        if pk is not None
        else policy.user_has_permission(request.user, "add")
    )
    if not allowed:
        return JsonResponse({"error": "Geen toegang tot deze inhoud."}, status=403)

    form_class = model.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(request.POST, instance=instance, for_user=request.user)
    form.defer_required_fields()
    try:
        valid = form.is_valid()
    except (KeyError, ValueError):
        # A form posted before the editor's scripts built it (e.g. no "body-count").
        return JsonResponse({"error": "Het formulier is nog niet compleet."}, status=400)
    if not valid:
        # The panel names each field as the form does ("Doelgroepen", not "audiences").
        labels = {name: str(form[name].label) for name in form.errors if name in form.fields}
        return JsonResponse(
            {"is_valid": False, "errors": form.errors.get_json_data(), "labels": labels}
        )
    obj = form.save(commit=False)
    audiences = [a.slug for a in form.cleaned_data.get("audiences") or []]
    report = analyse_content(obj, audiences)
    return JsonResponse({"is_valid": True, "text": content_text(obj), **report.to_dict()})
