from django.urls import path
from wagtail import hooks

from .demo import load_demo_panels
from .side_panels import ReadabilitySidePanel
from .views import readability_check


@hooks.register("register_admin_urls")
def register_readability_urls():
    return [
        path(
            "readability/<str:app_label>/<str:model_name>/",
            readability_check,
            name="readability_check",
        ),
        path(
            "readability/<str:app_label>/<str:model_name>/<int:pk>/",
            readability_check,
            name="readability_check",
        ),
    ]


@hooks.register("construct_reviewed_content_side_panels")
def add_readability_panel(panels, instance, request):
    panels.append(ReadabilitySidePanel(instance, request))


hooks.register("load_demo_content", load_demo_panels)
