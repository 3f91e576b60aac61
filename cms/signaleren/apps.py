from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class SignalerenConfig(AppConfig):
    """Counting, never tracking: feedback, usage counts, reports per SWV, privacy screening."""

    name = "cms.signaleren"
    label = "signaleren"
    verbose_name = "Signaleren"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from content_models.models import Region
        from content_models.signals import content_changed

        from .register import kinds, roles

        post_migrate.connect(kinds.ensure_signal_kinds, sender=self)
        post_migrate.connect(roles.on_post_migrate, sender=self)
        post_save.connect(roles.on_region_saved, sender=Region)
        content_changed.connect(roles.on_regions_changed, dispatch_uid="signaleren.desks")
