"""Counting reads and answers, per day × item × SWV × language (see ``UsageCount``).

Counting needs the SWV of the request. For a school that is a lookup, kept in
the cache until the next DUO import, so a cached API response stays cheap.
"""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .api.caching import REFERENCE_TAG, generations
from .api.context import resolve_context
from .api.errors import ApiError
from .models import UsageCount


def count(slug: str, region_code: str, locale: str, **increments: int) -> None:
    """Add to today's counters; one row per day and combination, made on first use."""
    if not region_code:
        return
    key = {
        "date": timezone.localdate(),
        "item_slug": slug,
        "region_code": region_code,
        "locale": locale,
    }
    updates = {field: F(field) + amount for field, amount in increments.items()}
    if UsageCount.objects.filter(**key).update(**updates):
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(**key, **increments)
    except IntegrityError:  # made by a parallel request a moment ago
        UsageCount.objects.filter(**key).update(**updates)


def region_code_for(region: str | None, school: str | None) -> str:
    """The SWV a request is for ('' when none), from the cache where possible."""
    if not (region or school):
        return ""
    generation = generations([REFERENCE_TAG])[REFERENCE_TAG]
    key = f"usage:region:{generation}:{region or ''}:{school or ''}"
    code = cache.get(key)
    if code is None:
        try:
            context = resolve_context(region=region, school=school)
        except ApiError:
            return ""
        code = context.regions[0].code if context.regions else ""
        cache.set(key, code, timeout=24 * 60 * 60)
    return code


def count_view(slug: str, *, region: str | None, school: str | None, locale: str | None) -> None:
    code = region_code_for(region, school)
    if code:
        count(slug, code, (locale or "nl").lower(), views=1)
