"""Feedback, usage counts and webhooks moved to their own apps (``cms.signaleren``,
``cms.webhooks``); their tables stay. Tasks queued by the code before the split
(django-tasks-db rows) name the old import path: they get the new one.
"""

from django.db import migrations


TASK_PATHS = {
    "cms.tasks.deliver_webhook": "cms.webhooks.tasks.deliver_webhook",
    "cms.tasks.flush_usage_counts": "cms.signaleren.usage.flush_usage_counts",
}


def move_queued_tasks(apps, schema_editor):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in TASK_PATHS.items():
        DBTaskResult.objects.filter(task_path=old).update(task_path=new)


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0001_initial'),
        ('signaleren', '0001_initial'),
        ('webhooks', '0001_initial'),
        ('django_tasks_database', '0021_conditional_partial_index_ordering'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='Feedback',
                ),
                migrations.DeleteModel(
                    name='UsageCount',
                ),
                migrations.RemoveField(
                    model_name='webhookdelivery',
                    name='webhook',
                ),
                migrations.DeleteModel(
                    name='Webhook',
                ),
                migrations.DeleteModel(
                    name='WebhookDelivery',
                ),
            ],
        ),
        migrations.RunPython(move_queued_tasks, migrations.RunPython.noop),
    ]
