from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class ContentModelsConfig(AppConfig):
    name = "content_models"
    verbose_name = "Inhoud"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from wagtail_localize.models import StringTranslation

        from . import groups, locales, localize
        from .models import Region

        # wagtail-localize dates its string comments in English: see the function.
        StringTranslation.get_comment = localize.string_translation_comment

        post_migrate.connect(locales.ensure_content_locales, sender=self)
        post_migrate.connect(groups.on_post_migrate, sender=self)
        post_save.connect(groups.on_region_saved, sender=Region)
