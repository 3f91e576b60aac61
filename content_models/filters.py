"""List filters of the content admin: scope, audience, topic, status, upkeep."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import Audience, Region, Topic


class ReviewedContentFilterSet(WagtailFilterSet):
    region = django_filters.ModelChoiceFilter(
        label=_("Samenwerkingsverband"),
        queryset=Region.objects.all(),
        null_label=_("Landelijk"),
    )
    audiences = django_filters.ModelChoiceFilter(
        label=_("Doelgroep"), queryset=Audience.objects.all(), distinct=True
    )
    topics = django_filters.ModelChoiceFilter(
        label=_("Onderwerp"), queryset=Topic.objects.all(), distinct=True
    )
    live = django_filters.BooleanFilter(label=_("Gepubliceerd"))
    review_overdue = django_filters.BooleanFilter(
        label=_("Controledatum verstreken"), method="filter_review_overdue"
    )

    def filter_review_overdue(self, queryset, name, value):
        overdue = {"review_by__lt": timezone.localdate()}
        return queryset.filter(**overdue) if value else queryset.exclude(**overdue)


def filterset_for(model) -> type[ReviewedContentFilterSet]:
    meta = type("Meta", (), {"model": model, "fields": []})
    return type(f"{model.__name__}FilterSet", (ReviewedContentFilterSet,), {"Meta": meta})
