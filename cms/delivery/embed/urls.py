from django.urls import path

from . import views

app_name = "embed"

urlpatterns = [
    path("embed.js", views.script, name="script"),
    path("embed/demo/", views.demo, name="demo"),
    path("embed/i18n/<str:locale>.json", views.catalogue, name="catalogue"),
    path("embed/feedback/", views.feedback, name="feedback"),
    path("embed/school/<str:code>/", views.school_page, name="school"),
    path("embed/region/<str:code>/", views.region_page, name="region"),
]
