"""List filters of the content admin: scope, audience, topic, status, upkeep."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import (
    Audience,
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    Region,
    Route,
    Topic,
)


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


class InformationItemFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = InformationItem
        fields = []


class RouteFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = Route
        fields = []


class OrganisationFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = Organisation
        fields = []


class QuestionFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = Question
        fields = []


class GlossaryTermFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = GlossaryTerm
        fields = []


class TopicFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = Topic
        fields = []


class ExperienceStoryFilterSet(ReviewedContentFilterSet):
    class Meta:
        model = ExperienceStory
        fields = []
