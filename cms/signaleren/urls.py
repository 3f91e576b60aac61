from django.urls import path

from .register.public import evaluation

urlpatterns = [path("e/<str:code>/", evaluation, name="support_evaluation")]
