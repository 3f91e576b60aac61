from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project: settings, URLs, project templates and translations.

    Its concerns are apps of their own: ``cms.delivery``, ``cms.webhooks`` and
    ``cms.signaleren``. Its migrations hand their models over to them.
    """

    name = "cms"
    verbose_name = "Passend Informatie"
    default_auto_field = "django.db.models.BigAutoField"
