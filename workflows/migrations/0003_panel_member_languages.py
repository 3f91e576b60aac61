from django.conf import settings
from django.db import migrations, models


def existing_members_read_dutch(apps, schema_editor):
    """Members from before languages existed read the default language."""
    Locale = apps.get_model("wagtailcore", "Locale")
    PanelMember = apps.get_model("workflows", "PanelMember")
    members = list(PanelMember.objects.all())
    if not members:
        return
    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for member in members:
        member.languages.add(default)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("workflows", "0002_default_workflow"),
    ]

    operations = [
        migrations.AddField(
            model_name="panelmember",
            name="languages",
            field=models.ManyToManyField(
                help_text="Teksten in deze talen kan dit panellid lezen.",
                related_name="panel_members",
                to="wagtailcore.locale",
                verbose_name="talen",
            ),
        ),
        migrations.RunPython(existing_members_read_dutch, migrations.RunPython.noop),
    ]
