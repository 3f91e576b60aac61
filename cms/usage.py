"""Counting reads and answers, per day × item × SWV × language (see ``UsageCount``).

With Redis as the cache (a deployment), a count is one ``HINCRBY`` in a buffer
that is written to the database at most a minute later (``flush``, a
background task; reports flush first). Counting in the database on every read
would put a write, and a lock on one hot row, in the path of every cached
response. With the local-memory cache (``make run``, tests) counts go straight
to the database.
"""

import uuid
from collections import defaultdict
from datetime import date, timedelta

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from redis.exceptions import ResponseError

from .models import UsageCount

BUFFER_KEY = "usage:buffer"
FLUSH_SCHEDULED_KEY = "usage:flush-scheduled"
FLUSH_SECONDS = 60

Key = tuple[date, str, str, str]  # day, item slug, region code, locale


def _redis():
    """The Redis client behind the cache, or None when the cache is not Redis."""
    cache = caches["default"]
    return cache._cache.get_client(write=True) if isinstance(cache, RedisCache) else None


def _write(key: Key, increments: dict[str, int]) -> None:
    """Add to one day's counters; the row is made on first use."""
    day, slug, region_code, locale = key
    lookup = {"date": day, "item_slug": slug, "region_code": region_code, "locale": locale}
    updates = {field: F(field) + amount for field, amount in increments.items()}
    if UsageCount.objects.filter(**lookup).update(**updates):
        return
    try:
        with transaction.atomic():
            UsageCount.objects.create(**lookup, **increments)
    except IntegrityError:  # made by a parallel request a moment ago
        UsageCount.objects.filter(**lookup).update(**updates)


def count(slug: str, region_code: str, locale: str, **increments: int) -> None:
    """Count a read (``views=1``) or an answer for an item in one SWV, today."""
    if not region_code:
        return
    key = (timezone.localdate(), slug, region_code, locale.lower())
    redis = _redis()
    if redis is None:
        _write(key, increments)
        return
    cache = caches["default"]
    pipe = redis.pipeline(transaction=False)  # one round trip: the counts and the flush mark
    for field, amount in increments.items():
        name = "|".join((key[0].isoformat(), *key[1:], field))
        pipe.hincrby(cache.make_key(BUFFER_KEY), name, amount)
    pipe.set(cache.make_key(FLUSH_SCHEDULED_KEY), 1, nx=True, ex=FLUSH_SECONDS)
    *_counts, first_in_a_while = pipe.execute()
    if first_in_a_while:
        from .tasks import flush_usage_counts  # the tasks module imports this one

        task = flush_usage_counts
        if task.get_backend().supports_defer:
            task = task.using(run_after=timezone.now() + timedelta(seconds=FLUSH_SECONDS))
        task.enqueue()


def flush() -> int:
    """Write the buffered counts to the database; returns the number of rows touched."""
    redis = _redis()
    if redis is None:
        return 0
    buffer = caches["default"].make_key(BUFFER_KEY)
    taken = f"{buffer}:{uuid.uuid4().hex}"
    # Taken atomically, so counts made while this runs go into a new buffer.
    try:
        redis.rename(buffer, taken)
    except ResponseError:  # nothing counted since the last flush
        return 0
    counters = {field.decode(): int(value) for field, value in redis.hgetall(taken).items()}
    grouped: dict[Key, dict[str, int]] = defaultdict(dict)
    for field, amount in counters.items():
        day, slug, region_code, locale, name = field.split("|")
        grouped[(date.fromisoformat(day), slug, region_code, locale)][name] = amount
    try:
        with transaction.atomic():
            for key, increments in grouped.items():
                _write(key, increments)
    except Exception:
        pipe = redis.pipeline(transaction=False)  # put them back for the next flush
        for field, amount in counters.items():
            pipe.hincrby(buffer, field, amount)
        pipe.delete(taken)
        pipe.execute()
        raise
    redis.delete(taken)
    return len(grouped)
