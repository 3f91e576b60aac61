"""The models of this app were made by the ``cms`` app: the tables stay, only the state moves.

A fresh database gets the tables from ``cms.0001_initial``; an existing one keeps
its rows. Content types (and so the permissions given to groups) move along.
"""

import cms.webhooks.models
import django.db.models.deletion
from django.db import migrations, models


MODELS = ['webhook', 'webhookdelivery']


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="cms", model__in=MODELS).update(app_label="webhooks")


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
                    name='Webhook',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, verbose_name='naam')),
                        ('url', models.URLField(max_length=500, verbose_name='adres')),
                        ('secret', models.CharField(default=cms.webhooks.models.new_secret, help_text='Hiermee controleert de ontvanger de handtekening in de kop X-Passend-Signature (HMAC-SHA256).', max_length=100, verbose_name='geheime sleutel')),
                        ('is_active', models.BooleanField(default=True, verbose_name='actief')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt op')),
                    ],
                    options={
                        'verbose_name': 'webhook',
                        'verbose_name_plural': 'webhooks',
                        'db_table': 'cms_webhook',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='WebhookDelivery',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('event', models.CharField(max_length=30, verbose_name='gebeurtenis')),
                        ('payload', models.JSONField(verbose_name='bericht')),
                        ('status', models.CharField(choices=[('pending', 'Wacht'), ('delivered', 'Afgeleverd'), ('failed', 'Mislukt')], default='pending', max_length=10, verbose_name='status')),
                        ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='pogingen')),
                        ('response_status', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='antwoordcode')),
                        ('last_error', models.TextField(blank=True, verbose_name='laatste fout')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt op')),
                        ('delivered_at', models.DateTimeField(blank=True, null=True, verbose_name='afgeleverd op')),
                        ('webhook', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='webhooks.webhook', verbose_name='webhook')),
                    ],
                    options={
                        'verbose_name': 'webhook-bezorging',
                        'verbose_name_plural': 'webhook-bezorgingen',
                        'db_table': 'cms_webhookdelivery',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
