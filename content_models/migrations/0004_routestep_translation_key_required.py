import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("content_models", "0003_routestep_translatable"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="routestep",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="routestep",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=models.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="routestep",
            unique_together={("translation_key", "locale")},
        ),
    ]
