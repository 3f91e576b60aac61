from django.apps import AppConfig


class SignalerenConfig(AppConfig):
    """Counting, never tracking: feedback, usage counts, reports per SWV, privacy screening."""

    name = "cms.signaleren"
    label = "signaleren"
    verbose_name = "Signaleren"
    default_auto_field = "django.db.models.BigAutoField"
