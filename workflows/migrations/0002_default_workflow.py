"""The default validation workflow, assigned to every reviewed content type."""

from django.db import migrations

REVIEWED_MODELS = [
    "topic", "informationitem", "organisation", "route", "question", "glossaryterm",
    "experiencestory",
]  # fmt: skip


def create_default_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ReadabilityTask = apps.get_model("workflows", "ReadabilityTask")
    PanelReviewTask = apps.get_model("workflows", "PanelReviewTask")

    def content_type(app_label, model):
        return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]

    if Workflow.objects.filter(name="Validatie").exists():
        return
    readability = ReadabilityTask.objects.create(
        name="Leesbaarheidscheck", content_type=content_type("workflows", "readabilitytask")
    )
    panel_ct = content_type("workflows", "panelreviewtask")
    parents = PanelReviewTask.objects.create(
        name="Ouderpanel", panel="ouders", invite_count=5, quorum=3, deadline_days=14,
        content_type=panel_ct,
    )  # fmt: skip
    youth = PanelReviewTask.objects.create(
        name="Jongerenpanel", panel="jongeren", invite_count=5, quorum=3, deadline_days=14,
        content_type=panel_ct,
    )  # fmt: skip
    final = GroupApprovalTask.objects.create(
        name="Eindredactie", content_type=content_type("wagtailcore", "groupapprovaltask")
    )
    final.groups.add(Group.objects.get_or_create(name="Eindredactie")[0])
    workflow = Workflow.objects.create(name="Validatie", active=True)
    for order, task in enumerate([readability, parents, youth, final]):
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=order)
    for model in REVIEWED_MODELS:
        WorkflowContentType.objects.create(
            workflow=workflow, content_type=content_type("content_models", model)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0001_initial"),
        ("content_models", "0002_audiences"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_default_workflow, migrations.RunPython.noop)]
