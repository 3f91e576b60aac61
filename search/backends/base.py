from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..extract import Entry
from ..query import ParsedQuery


@dataclass(frozen=True)
class Filters:
    locale: str = "nl"
    regions: tuple[str, ...] = ("national",)
    audience: str | None = None
    topic: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Hit:
    kind: str
    slug: str
    title: str
    summary: str
    region_code: str
    locale: str
    highlight: str


@dataclass(frozen=True)
class Results:
    total: int
    hits: list[Hit] = field(default_factory=list)
    suggestion: str | None = None


class SearchBackend(ABC):
    """Index live content and answer parsed queries; every backend behaves the same."""

    #: Whether glossary synonyms live in the index (rebuild it when the glossary changes)
    #: rather than being expanded in each query.
    synonyms_in_index = False

    @abstractmethod
    def index(self, entries: Iterable[Entry]) -> None: ...

    @abstractmethod
    def remove(self, kind: str, object_ids: Iterable[int]) -> None: ...

    @abstractmethod
    def rebuild(
        self, locale: str, entries: Iterable[Entry], progress: Callable[[int], None]
    ) -> None:
        """Replace everything of ``locale`` at once (an alias swap where the backend can)."""

    @abstractmethod
    def search(self, query: ParsedQuery, filters: Filters, offset: int, limit: int) -> Results: ...
