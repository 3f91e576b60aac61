from django.conf import settings
from wagtail import hooks

from .indexing import rebuild
from .synonyms import forget


@hooks.register("load_demo_content", order=10)
def index_demo_content(log) -> int:
    """After all other demo content (translations too): the load indexed nothing per
    object, so the index is built once here, in the load's transaction."""
    for locale, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        forget(locale)
        rebuild(locale)
    log("Zoekindex opgebouwd.")
    return 0
