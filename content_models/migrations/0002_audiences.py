from django.db import migrations

AUDIENCES = [
    ("ouders", "Ouders", 1),
    ("jongeren", "Jongeren", 2),
    ("kinderen", "Kinderen", 3),
    ("professionals", "Professionals", 4),
]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("content_models", "Audience")
    for slug, name, order in AUDIENCES:
        Audience.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("content_models", "0001_initial")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
