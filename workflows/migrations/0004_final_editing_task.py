"""Eindredactie becomes a FinalEditingTask: a group approval that only ever judges
the content every earlier step approved (Wagtail's GroupApprovalTask resumed on
whatever revision it had loaded)."""

import django.db.models.deletion
from django.db import migrations, models


def use_final_editing_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    FinalEditingTask = apps.get_model("workflows", "FinalEditingTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    content_type = ContentType.objects.get_or_create(app_label="workflows", model="finaleditingtask")[0]
    for old in GroupApprovalTask.objects.filter(name="Eindredactie", active=True):
        new = FinalEditingTask.objects.create(name=old.name, content_type=content_type)
        new.groups.set(old.groups.all())
        WorkflowTask.objects.filter(task_id=old.pk).update(task_id=new.pk)
        old.active = False
        old.save(update_fields=["active"])


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
        ('workflows', '0002_default_workflow'),
        ('workflows', '0003_panel_member_languages'),
    ]

    operations = [
        migrations.CreateModel(
            name='FinalEditingTask',
            fields=[
                ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
            ],
            options={
                'verbose_name': 'eindredactie',
                'verbose_name_plural': 'eindredacties',
            },
            bases=('wagtailcore.task',),
        ),
        migrations.RunPython(use_final_editing_task, migrations.RunPython.noop),
    ]
