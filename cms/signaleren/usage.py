"""Counting reads and answers, per day × item × SWV × language (see ``UsageCount``).

With Redis as the cache (a deployment), counts collect in a buffer in Redis
that is written to the database at most a minute later (``flush``, a
background task; reports flush first). Each process first adds them up in its
own memory and sends them to Redis once a second (``PUSH_SECONDS``), so a
cached answer makes no round trip for its count. Counting in the database on
every read would put a write, and a lock on one hot row, in the path of every
cached response. With the local-memory cache (``make run``, tests) counts go
straight to the database.
"""

import atexit
import logging
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.core.signals import setting_changed
from django.db import IntegrityError, transaction
from django.db.models import F
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import task
from redis.exceptions import RedisError, ResponseError

from .models import UsageCount

logger = logging.getLogger(__name__)
BUFFER_KEY = "usage:buffer"
FLUSH_SCHEDULED_KEY = "usage:flush-scheduled"
FLUSH_SECONDS = 60
PUSH_SECONDS = 1.0

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


class PendingCounts:
    """The counts of this process that have not gone to the Redis buffer yet.

    One thread per process sends them ``PUSH_SECONDS`` after the first one;
    ``flush`` and the end of the process send them at once. The thread only
    talks to Redis: a thread of its own must not write to the database. (A new
    timer thread per push cost a cached read more than counting it.)
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.wake = threading.Event()
        self.pusher: threading.Thread | None = None
        # Until then this process knows a flush of the Redis buffer is scheduled.
        self.flush_scheduled_until = 0.0

    def add(self, fields: dict[str, int]) -> None:
        with self.lock:
            first = not self.counts
            self.counts.update(fields)
            if not first:
                return
            # A forked worker does not inherit its parent's thread: it starts its own.
            if self.pusher is None or not self.pusher.is_alive():
                self.pusher = threading.Thread(target=self._push_loop, daemon=True)
                self.pusher.start()
        self.wake.set()

    def _push_loop(self) -> None:
        while True:
            self.wake.wait()
            time.sleep(PUSH_SECONDS)
            self.wake.clear()  # counts added from here on are pushed now or wake it again
            try:
                self.push()
            except RedisError:
                logger.warning("Could not send the usage counts to Redis", exc_info=True)

    def _take(self) -> Counter[str]:
        """The pending counts, leaving none."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
            return counts

    def push(self) -> None:
        counts = self._take()
        redis = _redis() if counts else None
        if redis is None:
            return
        buffer = caches["default"].make_key(BUFFER_KEY)
        pipe = redis.pipeline(transaction=False)
        for field, amount in counts.items():
            pipe.hincrby(buffer, field, amount)
        try:
            pipe.execute()
        except RedisError:
            self.add(counts)  # kept for the next try
            raise

    def schedule_flush(self) -> None:
        """Make sure the Redis buffer reaches the database within ``FLUSH_SECONDS``.

        The first process to ask in a minute schedules the task; the others
        learn from Redis when it runs and ask again only after that.
        """
        now = time.monotonic()
        if now < self.flush_scheduled_until:
            return
        mark = caches["default"].make_key(FLUSH_SCHEDULED_KEY)
        pipe = _redis().pipeline(transaction=False)
        pipe.set(mark, 1, nx=True, ex=FLUSH_SECONDS)
        pipe.pttl(mark)
        first, milliseconds_left = pipe.execute()
        # Counts pushed in the last second before the flush would miss it.
        self.flush_scheduled_until = now + max(milliseconds_left / 1000 - PUSH_SECONDS, 0)
        if first:
            flush_task = flush_usage_counts
            if flush_task.get_backend().supports_defer:
                run_after = timezone.now() + timedelta(seconds=FLUSH_SECONDS)
                flush_task = flush_task.using(run_after=run_after)
            flush_task.enqueue()

    def forget(self) -> None:
        self._take()
        self.flush_scheduled_until = 0.0


pending = PendingCounts()
atexit.register(pending.push)


@receiver(setting_changed)
def forget_pending(setting: str, **kwargs) -> None:
    """Counts made with another cache (tests override ``CACHES``) do not belong in this one.

    Another time zone has another day.
    """
    if setting == "CACHES":
        pending.forget()
    if setting == "TIME_ZONE":
        global _today
        _today = (date.min, 0.0)


# The project's day and the moment (``time.time()``) it ends.
_today: tuple[date, float] = (date.min, 0.0)


def project_day() -> date:
    """Today in the project's time zone (TIME_ZONE), whatever zone the request activated.

    Looked up when the day turns, not on every cached read.
    """
    global _today
    day, ends = _today
    if time.time() >= ends:
        now = timezone.localtime(timezone=timezone.get_default_timezone())
        day = now.date()
        midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), now.tzinfo)
        _today = (day, midnight.timestamp())
    return day


def count(slug: str, region_code: str, locale: str, **increments: int) -> None:
    """Count a read (``views=1``) or an answer for an item in one SWV, today."""
    if not region_code:
        return
    key = (project_day(), slug, region_code, locale.lower())
    # Not ``_redis()``: it makes a client, and this runs on every cached read.
    if not isinstance(caches["default"], RedisCache):
        _write(key, increments)
        return
    prefix = "|".join((key[0].isoformat(), *key[1:]))
    pending.add({f"{prefix}|{field}": amount for field, amount in increments.items()})
    try:
        pending.schedule_flush()
    except RedisError:  # the counts wait in this process; the next count schedules again
        logger.warning("Could not schedule the flush of the usage counts", exc_info=True)


def flush() -> int:
    """Write the buffered counts to the database; returns the number of rows touched."""
    redis = _redis()
    if redis is None:
        return 0
    pending.push()  # this process's own counts of the last second
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


@task(backend="background")
def flush_usage_counts() -> int:
    """``flush`` in the background (django-tasks), scheduled by the first count of a minute."""
    return flush()
