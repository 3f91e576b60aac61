from wagtail import hooks

from .indexing import rebuild


@hooks.register("load_demo_content")
def index_demo_content(log) -> int:
    """The demo is loaded in one transaction: index it straight away, not in the background."""
    rebuild("nl")
    log("Zoekindex opgebouwd.")
    return 0
