from wagtail import hooks

from .side_panels import ApiPreviewSidePanel


@hooks.register("construct_reviewed_content_side_panels")
def add_api_preview_panel(panels, instance, request):
    panels.append(ApiPreviewSidePanel(instance, request))
