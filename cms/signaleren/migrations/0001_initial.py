"""The models of this app were made by the ``cms`` app: the tables stay, only the state moves.

A fresh database gets the tables from ``cms.0001_initial``; an existing one keeps
its rows. Content types (and so the permissions given to groups) move along.
"""

from django.db import migrations, models


MODELS = ['feedback', 'usagecount']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="cms", model__in=MODELS).update(app_label="signaleren")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('cms', '0001_initial'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Feedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(db_index=True, verbose_name='datum')),
                        ('item_slug', models.SlugField(max_length=120, verbose_name='informatie')),
                        ('item_key', models.UUIDField(help_text='Dezelfde informatie in alle talen.', verbose_name='vertaalsleutel')),
                        ('region_code', models.CharField(blank=True, max_length=6, verbose_name='samenwerkingsverband')),
                        ('locale', models.CharField(max_length=8, verbose_name='taal')),
                        ('helpful', models.BooleanField(verbose_name='nuttig')),
                        ('comment', models.TextField(blank=True, verbose_name='opmerking')),
                    ],
                    options={
                        'verbose_name': 'reactie',
                        'verbose_name_plural': 'reacties',
                        'db_table': 'cms_feedback',
                        'ordering': ['-date', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='UsageCount',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(verbose_name='datum')),
                        ('item_slug', models.SlugField(max_length=120, verbose_name='informatie')),
                        ('region_code', models.CharField(max_length=6, verbose_name='samenwerkingsverband')),
                        ('locale', models.CharField(max_length=8, verbose_name='taal')),
                        ('views', models.PositiveIntegerField(default=0, verbose_name='gelezen')),
                        ('helpful', models.PositiveIntegerField(default=0, verbose_name='nuttig')),
                        ('not_helpful', models.PositiveIntegerField(default=0, verbose_name='niet nuttig')),
                        ('comments', models.PositiveIntegerField(default=0, verbose_name='opmerkingen')),
                    ],
                    options={
                        'verbose_name': 'gebruik',
                        'verbose_name_plural': 'gebruik',
                        'db_table': 'cms_usagecount',
                        'indexes': [models.Index(fields=['region_code', 'date'], name='cms_usageco_region__207ded_idx')],
                        'constraints': [models.UniqueConstraint(fields=('date', 'item_slug', 'region_code', 'locale'), name='usage_count_unique')],
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
