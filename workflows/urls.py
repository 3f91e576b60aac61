from django.urls import path

from .panel.views import review

urlpatterns = [path("review/<str:token>/", review, name="panel_review")]
