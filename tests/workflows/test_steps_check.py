"""Only ``ReviewStep`` tasks in a workflow of reviewed content (system check ``workflows.E001``).

A plain Wagtail ``GroupApprovalTask`` in the workflow passes the admin, and then
the publish gate refuses inside Wagtail's ``finish()``: a server error for the
editor who approves. ``manage.py check --database default`` (and ``migrate``)
says so first.
"""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
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
