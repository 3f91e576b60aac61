"""Only ``ReviewStep`` tasks in a workflow of reviewed content (system check ``workflows.E001``).

A plain Wagtail ``GroupApprovalTask`` in the workflow passes the admin, and then
the publish gate refuses inside Wagtail's ``finish()``: a server error for the
editor who approves. The workflow editor refuses such a step with a form error,
and ``manage.py check --database default`` (and ``migrate``) reports one already
stored.
"""

from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

pytestmark = pytest.mark.django_db


def test_the_default_workflow_passes():
    call_command("check", "--database", "default")


def test_a_plain_wagtail_task_in_the_workflow_fails_the_check():
    workflow = Workflow.objects.get(name="Validatie")
    task = GroupApprovalTask.objects.create(name="Snelle goedkeuring")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=99)

    with pytest.raises(SystemCheckError, match=r"workflows\.E001.*Snelle goedkeuring"):
        call_command("check", "--database", "default")


def test_a_workflow_of_other_content_is_not_checked():
    other = Workflow.objects.create(name="Alleen voor pagina's")
    task = GroupApprovalTask.objects.create(name="Goedkeuring pagina's")
    WorkflowTask.objects.create(workflow=other, task=task, sort_order=0)

    call_command("check", "--database", "default")


class FormFields(HTMLParser):
    """The values a browser would send for a form page: inputs, checked boxes, textareas."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag != "input" or not name or attrs.get("type") == "submit":
            return
        if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
            return
        self.data.setdefault(name, []).append(attrs.get("value") or "")


def form_data(page: str) -> dict[str, list[str]]:
    parser = FormFields()
    parser.feed(page)
    return parser.data


def with_step(data: dict[str, list[str]], task) -> dict[str, list[str]]:
    """The form with one step added at the end, as the editor's "Taak toevoegen" does."""
    count = int(data["workflow_tasks-TOTAL_FORMS"][0])
    new = {
        f"workflow_tasks-{count}-task": [str(task.pk)],
        f"workflow_tasks-{count}-ORDER": [str(count + 1)],
        f"workflow_tasks-{count}-id": [""],
        f"workflow_tasks-{count}-DELETE": [""],
    }
    return {**data, **new, "workflow_tasks-TOTAL_FORMS": [str(count + 1)]}


def test_the_workflow_editor_refuses_a_plain_wagtail_task(admin_client):
    workflow = Workflow.objects.get(name="Validatie")
    steps = list(workflow.workflow_tasks.values_list("task_id", flat=True))
    task = GroupApprovalTask.objects.create(name="Snelle goedkeuring")
    url = reverse("wagtailadmin_workflows:edit", args=[workflow.pk])
    data = form_data(admin_client.get(url).content.decode())

    response = admin_client.post(url, with_step(data, task))

    assert response.status_code == 200
    assert "Snelle goedkeuring’ past niet in een workflow voor inhoud" in response.content.decode()
    assert list(workflow.workflow_tasks.values_list("task_id", flat=True)) == steps
    # The form as it was is accepted: the refusal is about the step, not the form.
    assert admin_client.post(url, data).status_code == 302
