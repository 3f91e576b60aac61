"""Wagtail's workflow editor, refusing a step that is not a ``ReviewStep`` for reviewed content.

Wagtail's editor accepts any task in any workflow. A plain task (such as a
*Groepsgoedkeuring*) records no approval the publish gate can read, so every
text that reaches the end of the workflow is refused there, as a server error
for the approving editor. The editor says so as a form error at the step;
the system check ``workflows.E001`` reports what is already stored.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import workflows as wagtail_workflows

from content_models.models import REVIEWED_MODELS

from .models import ReviewStep

NOT_A_REVIEW_STEP = _(
    "De stap ‘%(task)s’ past niet in een workflow voor inhoud: hij onthoudt niet welke "
    "tekst hij goedkeurde, dus de tekst kan daarna niet live. Kies een leesbaarheidscheck, "
    "een panel of de eindredactie."
)


class ReviewStepsOnlyMixin:
    """A form error at each step that is not a ``ReviewStep`` when the workflow is for content."""

    def is_valid(self, form) -> bool:
        if not super().is_valid(form):
            return False
        content_types = getattr(self, "content_type_form", None)
        if content_types is None:  # an inactive workflow: Wagtail hides its content types
            return True
        chosen = {ct.model_class() for ct in content_types.cleaned_data["content_types"]}
        if not chosen & set(REVIEWED_MODELS):
            return True
        steps = form.formsets["workflow_tasks"]
        valid = True
        for step in steps.forms:
            task = step.cleaned_data.get("task")
            if task is None or step in steps.deleted_forms:
                continue
            if not issubclass(task.specific_class, ReviewStep):
                step.add_error("task", NOT_A_REVIEW_STEP % {"task": task.name})
                valid = False
        if not valid:
            self.produced_error_message = self.get_error_message()
        return valid


class CreateWorkflowView(ReviewStepsOnlyMixin, wagtail_workflows.Create):
    pass


class EditWorkflowView(ReviewStepsOnlyMixin, wagtail_workflows.Edit):
    pass


# Before Wagtail's admin URLs (cms/urls.py): the same paths, so Wagtail's URL names lead here.
urlpatterns = [
    path("add/", CreateWorkflowView.as_view()),
    path("edit/<int:pk>/", EditWorkflowView.as_view()),
]
