from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as cms_urlpatterns

from ..floor.urls import floor

api_v2 = WagtailAPIRouter("wagtailapi")
api_v2.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("bench/floor/<slug:name>/", floor),
    path("api/v2/", api_v2.urls),
    *cms_urlpatterns,
]
