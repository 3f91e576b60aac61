"""Translations go through the same validation workflow as the Dutch text.

wagtail-localize's translation editor ends with "Publish in <language>". For
reviewed content that button saves the translation as a draft and submits it to
the workflow instead: readability check, panel members who read that language,
final editing. Only the workflow's last task publishes it.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from content_models.models import ReviewedContent


def synced_translation(instance: ReviewedContent) -> Translation | None:
    """The wagtail-localize translation that writes ``instance``, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def submit_translation(
    request: HttpRequest, translation: Translation, instance: ReviewedContent
) -> HttpResponse:
    """Save the translated strings into a draft revision and start (or resume) the workflow."""
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.error(
            request,
            _(
                "Deze vertaling wordt nog beoordeeld. Wacht op het panel, of annuleer de "
                "workflow als u de vertaling wilt veranderen."
            ),
        )
        return redirect(request.path)
    total, translated = translation.get_progress()
    if translated < total:
        # wagtail-localize would fill the gaps with the Dutch text, and panels would read
        # Dutch sentences as the translation.
        messages.error(
            request,
            _(
                "Nog niet alles is vertaald: %(done)s van de %(total)s teksten. Vertaal eerst "
                "alle teksten, dan kunt u de vertaling ter beoordeling aanbieden."
            )
            % {"done": translated, "total": total},
        )
        return redirect(request.path)
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(
            request,
            _("De vertaling is nog niet compleet of niet geldig. Vul de vertaling aan."),
        )
        return redirect(request.path)
    instance.refresh_from_db()
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        instance.get_workflow().start(instance, request.user)
    state = instance.current_workflow_state
    history = reverse(
        type(instance).snippet_viewset.get_url_name("workflow_history"), args=[instance.pk]
    )
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        messages.warning(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                _("De leesbaarheidscheck vraagt om aanpassingen."),
                history,
                _("Bekijk wat er beter kan."),
            ),
        )
    else:
        messages.success(
            request,
            _(
                "De vertaling (%(language)s) is opgeslagen en ter beoordeling aangeboden. "
                "Na het panel en de eindredactie staat hij online."
            )
            % {"language": translation.target_locale.get_display_name()},
        )
    return redirect(request.path)


@contextmanager
def submit_shown_as_publish(user, model) -> Iterator[None]:
    """wagtail-localize shows its "Publish in …" button (here "Ter beoordeling
    aanbieden") only to users with the publish permission, which no editor holds: the
    workflow publishes. The button submits instead, so while the editor is built the
    user who may edit the translation counts as holding that permission."""
    publish = get_permission_name("publish", model)
    has_perm = user.has_perm
    user.has_perm = lambda perm, obj=None: perm == publish or has_perm(perm, obj)
    try:
        yield
    finally:
        del user.has_perm


def before_edit_translation(request: HttpRequest, instance) -> HttpResponse | None:
    """Runs before wagtail-localize's own ``before_edit_snippet`` hook (the edit view
    has checked the user may change ``instance``)."""
    if not isinstance(instance, ReviewedContent):
        return None
    translation = synced_translation(instance)
    if translation is None:
        return None
    if request.method == "POST" and request.POST.get("action") == "publish":
        return submit_translation(request, translation, instance)
    if request.method == "POST":
        return None  # wagtail-localize's own actions (restart, delete…)
    with submit_shown_as_publish(request.user, type(instance)):
        return edit_translation.edit_translation(request, translation, instance)
