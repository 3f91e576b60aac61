"""Route steps become translatable with their route (wagtail-localize needs that of
child objects). Existing steps get the locale of their route and their own key."""

import uuid

from django.db import migrations, models


def bootstrap(apps, schema_editor):
    RouteStep = apps.get_model("content_models", "RouteStep")
    for step in RouteStep.objects.select_related("route"):
        step.locale_id = step.route.locale_id
        step.translation_key = uuid.uuid4()
        step.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0002_audiences"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="routestep",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="routestep",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=models.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(bootstrap, migrations.RunPython.noop),
    ]
