"""Server-side response cache, strong ETags and HTTP caching headers.

A cached response remembers the *generation* of every scope it was built from
(national content, the content of each SWV it merged, the DUO reference data).
Publishing or unpublishing anything bumps the generation of its scope, which
makes exactly the responses that contain that scope stale. Generations are
read before the response is built, so a publish that happens while a response
is being built can never leave stale content in the cache.

Each process also keeps the entries it served last in memory: a hit then costs
no unpickling of the body. Freshness is checked against the shared generations
either way; with a shared cache (Redis) a process trusts the generations it read
for ``API_GENERATIONS_MEMO_SECONDS`` (a quarter of a second), so most hits make
no round trip at all. A publish in this process is seen at once, one in another
process that much later. Responses are always built with generations read from
the shared cache.
"""

import gzip
import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from redis.exceptions import RedisError

from ...signaleren.usage import count
from .keys import response_key
from .scopes import REFERENCE_TAG

GZIP_MIN_BYTES = 200
LOCAL_BYTES = 32 * 1024 * 1024
# The requests this process answered last, by the raw request, to their entry's key.
LOCAL_ALIASES = 10_000
# A miss builds once: the others serve the stale entry, or wait for the build this long.
BUILD_LOCK_SECONDS = 30
BUILD_WAIT_SECONDS = 10.0
BUILD_POLL_SECONDS = 0.02

C = TypeVar("C")
logger = logging.getLogger(__name__)


def _generation_key(tag: str) -> str:
    return f"api:gen:{tag}"


# The generations this process read last: tag -> (generation, time.monotonic() of the read).
_recent: dict[str, tuple[str, float]] = {}


def invalidate(tags: Iterable[str]) -> None:
    """Make every cached response that contains one of these scopes stale."""
    new = {tag: uuid.uuid4().hex for tag in tags}
    cache.set_many({_generation_key(tag): value for tag, value in new.items()}, timeout=None)
    for tag in new:
        _recent.pop(tag, None)


def generations(tags: Iterable[str]) -> dict[str, str]:
    """The current generation of each scope, read from the shared cache."""
    return stored_with_generations(None, tags)[1]


def stored_with_generations(
    key: str | None, tags: Iterable[str]
) -> tuple["Entry | None", dict[str, str]]:
    """What is stored under ``key`` and the current generation of each scope, in one round trip."""
    tags = sorted(set(tags))
    wanted = [_generation_key(tag) for tag in tags]
    found = cache.get_many(wanted if key is None else [key, *wanted])
    current = {tag: found.get(_generation_key(tag)) for tag in tags}
    missing = [tag for tag, value in current.items() if value is None]
    if missing:
        # The first reader of a scope starts its generation; readers at the same time agree.
        for tag in missing:
            cache.add(_generation_key(tag), uuid.uuid4().hex, timeout=None)
        started = cache.get_many([_generation_key(tag) for tag in missing])
        current.update((tag, started[_generation_key(tag)]) for tag in missing)
    now = time.monotonic()
    _recent.update((tag, (value, now)) for tag, value in current.items())
    return (None if key is None else found.get(key)), current


def recent_generations(tags: Iterable[str]) -> dict[str, str]:
    """``generations``, from this process's memory if it read them a moment ago."""
    memo_seconds = settings.API_GENERATIONS_MEMO_SECONDS
    if memo_seconds > 0:
        read_after = time.monotonic() - memo_seconds
        known = {tag: _recent.get(tag) for tag in tags}
        if all(seen is not None and seen[1] > read_after for seen in known.values()):
            return {tag: seen[0] for tag, seen in known.items()}
    return generations(tags)


@dataclass(frozen=True)
class Entry:
    body: bytes
    gzipped: bytes | None
    etag: str
    content_type: str
    content_language: str
    generations: dict[str, str]
    # A read to count whenever this entry is served: (item slug, SWV code, language).
    counts_read: tuple[str, str, str] | None = None

    @classmethod
    def build(
        cls,
        body: bytes,
        content_type: str,
        content_language: str,
        gens: dict[str, str],
        counts_read: tuple[str, str, str] | None = None,
        *,
        compress: bool = True,
    ) -> "Entry":
        """``compress=False`` for a part that is never served on its own."""
        digest = hashlib.sha256(body).hexdigest()[:32]
        compress = compress and len(body) >= GZIP_MIN_BYTES
        # Level 6 (zlib's default): within 3% of level 9 in size at about half its CPU time.
        gzipped = gzip.compress(body, compresslevel=6, mtime=0) if compress else None
        return cls(body, gzipped, f'"{digest}"', content_type, content_language, gens, counts_read)

    @property
    def etag_gzip(self) -> str:
        return self.etag[:-1] + '-gz"'

    @property
    def weight(self) -> int:
        return len(self.body) + len(self.gzipped or b"")

    def is_fresh(self) -> bool:
        return recent_generations(self.generations) == self.generations


class LocalEntries:
    """The most recently used entries of this process, up to ``LOCAL_BYTES`` of bodies."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes, self.size = max_bytes, 0
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: Entry) -> None:
        with self.lock:
            if (old := self.entries.pop(key, None)) is not None:
                self.size -= old.weight
            self.entries[key] = entry
            self.size += entry.weight
            while self.size > self.max_bytes and len(self.entries) > 1:
                self.size -= self.entries.popitem(last=False)[1].weight

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


@dataclass(frozen=True)
class Alias:
    """What the hit path needs to know about a request the view answered before."""

    key: str
    # No ``locale`` parameter: the language came from ``Accept-Language``.
    negotiates: bool


class Aliases:
    """The entry of each raw request this process answered lately, up to ``size`` requests.

    The hit path (``CachedResponseMiddleware``) finds the entry of a request it saw
    before without routing, parsing or negotiating it; any other request goes to
    its view, which makes the key from the validated parameters.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.keys: OrderedDict[str, Alias] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, raw: str) -> Alias | None:
        with self.lock:
            return self.keys.get(raw)

    def put(self, raw: str, key: Alias) -> None:
        with self.lock:
            self.keys[raw] = key
            self.keys.move_to_end(raw)
            if len(self.keys) > self.size:
                self.keys.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.keys.clear()


local_entries = LocalEntries(LOCAL_BYTES)
aliases = Aliases(LOCAL_ALIASES)


@receiver(setting_changed)
def forget_local_state(setting: str, **kwargs) -> None:
    """Another cache (tests override ``CACHES``) makes what this process remembers meaningless."""
    if setting in {"CACHES", "API_GENERATIONS_MEMO_SECONDS"}:
        _recent.clear()
        local_entries.clear()
        aliases.clear()


def negotiates_language(request: HttpRequest) -> bool:
    """Without ``locale`` the language comes from ``Accept-Language``, so the response varies."""
    return not request.GET.get("locale")


def _raw_key(request: HttpRequest) -> str:
    """The request as it came: path, query string and ``Accept-Language``, unparsed."""
    meta = request.META
    return f"{request.path}?{meta.get('QUERY_STRING', '')}#{meta.get('HTTP_ACCEPT_LANGUAGE', '')}"


def _if_none_match(request: HttpRequest) -> set[str]:
    header = request.META.get("HTTP_IF_NONE_MATCH", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def public_cache_control() -> str:
    return (
        f"public, max-age={settings.API_CACHE_MAX_AGE}, "
        f"stale-while-revalidate={settings.API_CACHE_STALE_WHILE_REVALIDATE}"
    )


def entry_response(
    request: HttpRequest, entry: Entry, *, cache_control: str, negotiates: bool
) -> HttpResponse:
    """The response for ``entry``: 304, gzip or plain, each with its own strong ETag."""
    meta = request.META
    accepts_gzip = "gzip" in meta.get("HTTP_ACCEPT_ENCODING", "")
    use_gzip = accepts_gzip and entry.gzipped is not None
    etag = entry.etag_gzip if use_gzip else entry.etag
    if _if_none_match(request) & {entry.etag, entry.etag_gzip, "*"}:
        response = HttpResponse(status=304)
    elif use_gzip:
        response = HttpResponse(entry.gzipped, content_type=entry.content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(entry.body, content_type=entry.content_type)
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    response["Vary"] = "Accept-Encoding, Accept-Language" if negotiates else "Accept-Encoding"
    response["Content-Language"] = entry.content_language
    # What CommonMiddleware adds to the view's answers; a hit leaves before it.
    response["Content-Length"] = str(len(response.content))
    return response


def serve(request: HttpRequest, entry: Entry, *, negotiates: bool) -> HttpResponse:
    response = entry_response(
        request, entry, cache_control=public_cache_control(), negotiates=negotiates
    )
    if entry.counts_read is not None:
        count(*entry.counts_read, views=1)
    return response


def serve_fresh_local_entry(request: HttpRequest) -> HttpResponse | None:
    """The answer from this process's entry for a request it answered before, if still fresh."""
    alias = aliases.get(_raw_key(request))
    entry = local_entries.get(alias.key) if alias is not None else None
    try:
        if entry is None or not entry.is_fresh():
            return None
    except RedisError:
        return None  # the view answers without the cache
    return serve(request, entry, negotiates=alias.negotiates)


def render(payload: Schema | bytes) -> bytes:
    return payload if isinstance(payload, bytes) else payload.model_dump_json().encode()


def entry_timeout() -> int:
    """An entry lives as long as a client may use the response: max-age + stale-while-revalidate."""
    return settings.API_CACHE_MAX_AGE + settings.API_CACHE_STALE_WHILE_REVALIDATE


def build_once(
    key: str, tags: Iterable[str], make: Callable[[dict[str, str]], Entry], stale: Entry | None
) -> Entry:
    """Build the entry for ``key`` once, however many requests miss it at the same time.

    The first takes a lock (``cache.add``), reads the generations of ``tags`` and
    builds with them; the others answer with the stale entry if there is one,
    else wait for the build and fall back to building it themselves if it takes
    too long.
    """
    lock = f"{key}:building"
    if cache.add(lock, 1, timeout=BUILD_LOCK_SECONDS):
        try:
            # The entry may have been built by another while this one was on its way here.
            entry, gens = stored_with_generations(key, tags)
            if entry is not None and entry.is_fresh():
                return entry
            entry = make(gens)
            cache.set(key, entry, timeout=entry_timeout())
            return entry
        finally:
            cache.delete(lock)
    if stale is not None:
        return stale
    deadline = time.monotonic() + BUILD_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(BUILD_POLL_SECONDS)
        found = cache.get_many([key, lock])
        entry = found.get(key)
        if entry is not None and entry.is_fresh():
            return entry
        if lock not in found:  # the build ended without an entry (a 4xx): try it here
            break
    return make(generations(tags))


def cached_response(
    request: HttpRequest,
    *,
    params: Mapping[str, object],
    resolve: Callable[[], C],
    tags: Callable[[C], Iterable[str]],
    build: Callable[[C], tuple[Schema | bytes, str]],
    content_type: str = "application/json",
    counts_read: Callable[[C], tuple[str, str, str] | None] = lambda context: None,
) -> HttpResponse:
    """Answer from the cache when every scope in the entry is unchanged, else build.

    The entry's key is made of the endpoint (its URL name and path parameters)
    and the query ``params`` it read, as ninja validated them (see ``keys``). ``resolve`` turns the
    request into a context (it may raise ``ApiError``, which is never stored),
    ``tags`` names the scopes that context reads, and ``build`` returns the
    payload (a schema, or rendered bytes such as the embed's HTML) and its language.
    ``counts_read`` names the read to count each time the answer is served.
    Without the shared cache (Redis down) the answer is built for this request.
    """

    def make_entry(context: C, gens: dict[str, str]) -> Entry:
        payload, language = build(context)
        return Entry.build(render(payload), content_type, language, gens, counts_read(context))

    match = request.resolver_match
    key = response_key(request, match.view_name, {**match.kwargs, **params})
    try:
        entry = cached_entry(key, resolve=resolve, tags=tags, make=make_entry)
    except RedisError:
        logger.warning("The response cache is unreachable; answering without it", exc_info=True)
        entry = make_entry(resolve(), {})
    negotiates = not params.get("locale")
    aliases.put(_raw_key(request), Alias(key, negotiates))
    return serve(request, entry, negotiates=negotiates)


def cached_entry(
    key: str,
    *,
    resolve: Callable[[], C],
    tags: Callable[[C], Iterable[str]],
    make: Callable[[C, dict[str, str]], Entry],
) -> Entry:
    """The fresh entry for ``key``: from this process, the shared cache, or built once."""
    entry = local_entries.get(key)
    if entry is None or not entry.is_fresh():
        # The reference data's generation is read before ``resolve`` reads that data.
        stored, reference = stored_with_generations(key, [REFERENCE_TAG])
        if stored is not None and stored.is_fresh():
            entry = stored
        else:
            context = resolve()
            entry = build_once(
                key,
                tags(context),
                lambda gens: make(context, {**reference, **gens}),
                stored or entry,
            )
        local_entries.put(key, entry)
    return entry
