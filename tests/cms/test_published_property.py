"""Property: whatever editors do, in any order, readers only ever see live content.

Hypothesis drives random sequences of create, edit (a new draft revision),
publish, unpublish, translate and publish-the-translation. Every step commits
(its on-commit effects run: cache, webhooks) and the search index is updated as
the background worker would. After every step the API (list and detail, Dutch
and English) and the iframe page must show exactly the live titles, search must
never find a draft, and webhooks must announce exactly the publishes and
unpublishes that happened.
"""

import itertools
from collections import Counter

import pytest
from django.core.cache import cache
from django.test import Client, TestCase
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from wagtail.models import Locale

from cms.webhooks.models import Webhook, WebhookDelivery
from content_models.models import InformationItem
from content_models.publishing import PublishNotAllowed, publishing_allowed
from search.tasks import update_index

from ..factories import InformationItemFactory

pytestmark = pytest.mark.django_db

words = itertools.count()


def new_title(prefix: str) -> str:
    return f"{prefix} woord{next(words)}"


class EditorsAtWork(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        InformationItem.objects.all().delete()
        WebhookDelivery.objects.all().delete()
        Webhook.objects.get_or_create(name="School", url="http://127.0.0.1:9/", secret="s" * 32)
        cache.clear()
        self.client = Client()
        self.english = Locale.objects.get(language_code="en")
        self.items: list[InformationItem] = []
        self.drafts: set[str] = set()  # every title that was never published
        self.announced: Counter[tuple[str, str, str]] = Counter()  # what webhooks must say

    def committed(self, item: InformationItem):
        """Run the step's on-commit effects, then index ``item`` as the worker would."""
        machine = self

        class Step:
            def __enter__(self):
                self.capture = TestCase.captureOnCommitCallbacks(execute=True)
                self.capture.__enter__()

            def __exit__(self, *exc):
                self.capture.__exit__(*exc)
                if exc[0] is None:
                    machine.index(item)

        return Step()

    def index(self, item: InformationItem) -> None:
        update_index.call(InformationItem._meta.label, item.pk)

    def announce(self, item: InformationItem, event: str) -> None:
        self.announced[(event, item.slug, item.locale.language_code)] += 1

    def current(self) -> list[InformationItem]:
        """The items as the database has them now (rows hold the live content)."""
        return list(InformationItem.objects.filter(pk__in=[i.pk for i in self.items]))

    def pick(self, index: int, english: bool = False) -> InformationItem | None:
        candidates = [i for i in self.current() if (i.locale_id == self.english.pk) == english]
        return candidates[index % len(candidates)] if candidates else None

    def publish_latest(self, item: InformationItem) -> None:
        with self.committed(item), publishing_allowed("tests"):
            item.get_latest_revision().publish()
        item.refresh_from_db()
        self.drafts.discard(item.title)
        self.announce(item, "published")

    @rule()
    def create(self) -> None:
        title = new_title("nieuw")
        item = InformationItemFactory(slug=f"item-{next(words)}", title=title)
        with self.committed(item):
            item.save_revision()
        self.items.append(item)
        self.drafts.add(title)

    @rule(index=st.integers(0, 50), english=st.booleans())
    def edit(self, index: int, english: bool) -> None:
        item = self.pick(index, english)
        if item is None:
            return
        item.title = new_title("concept")
        with self.committed(item):
            item.save_revision()
        self.drafts.add(item.title)

    @rule(index=st.integers(0, 50), english=st.booleans())
    def publish(self, index: int, english: bool) -> None:
        item = self.pick(index, english)
        if item is not None:
            self.publish_latest(item)

    @rule(index=st.integers(0, 50))
    def publish_without_the_workflow(self, index: int) -> None:
        item = self.pick(index)
        if item is None:
            return
        with pytest.raises(PublishNotAllowed), self.committed(item):
            item.get_latest_revision().publish()

    @rule(index=st.integers(0, 50), english=st.booleans())
    def unpublish(self, index: int, english: bool) -> None:
        item = self.pick(index, english)
        if item is not None and item.live:
            with self.committed(item):
                item.unpublish()
            item.refresh_from_db()
            self.announce(item, "unpublished")

    @rule(index=st.integers(0, 50))
    def translate(self, index: int) -> None:
        source = self.pick(index)
        if source is None or source.has_translation(self.english):
            return
        with self.committed(source):
            translation = source.copy_for_translation(self.english)
            translation.title = new_title("english")
            translation.save()
            translation.save_revision()
        self.index(translation)
        self.items.append(translation)
        self.drafts.add(translation.title)

    def shown(self, locale: str) -> set[str]:
        """The titles a reader should see in ``locale``: a live translation, else Dutch."""
        items = [i for i in self.current() if i.live]
        live = {i.translation_key: i for i in items if i.locale_id != self.english.pk}
        english = {i.translation_key: i for i in items if i.locale_id == self.english.pk}
        if locale == "en":
            live = {key: english.get(key, item) for key, item in live.items()}
        return {item.title for item in live.values()}

    @invariant()
    def readers_see_exactly_what_is_live(self) -> None:
        for locale in ("nl", "en"):
            response = self.client.get(f"/api/v1/items/?page_size=100&locale={locale}")
            body = response.content.decode()
            assert {r["title"] for r in response.json()["results"]} == self.shown(locale)
            page = self.client.get(f"/embed/region/PO9901/?locale={locale}").content.decode()
            for title in self.drafts:
                assert title not in body and title not in page, title
        for item in self.current():
            if item.locale_id == self.english.pk:
                continue
            response = self.client.get(f"/api/v1/items/{item.slug}/?locale=en")
            assert response.status_code == (200 if item.live else 404)
            if item.live:
                assert response.json()["title"] not in self.drafts

    @invariant()
    def search_finds_live_titles_and_never_a_draft(self) -> None:
        for item in self.current():
            word = item.title.split()[-1]
            locale = "en" if item.locale_id == self.english.pk else "nl"
            found = self.client.get(f"/api/v1/search/?q={word}&locale={locale}").json()
            titles = {result["title"] for result in found["results"]}
            assert not titles & self.drafts, titles
            if item.live and locale == "nl":
                assert item.title in titles

    @invariant()
    def webhooks_announce_exactly_what_happened(self) -> None:
        sent = Counter(
            (d.event, d.payload["slug"], d.payload["locale"]) for d in WebhookDelivery.objects.all()
        )
        assert sent == self.announced


def test_readers_only_ever_see_live_content(region_a):
    EditorsAtWork.TestCase.settings = settings(
        max_examples=20,
        stateful_step_count=12,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    EditorsAtWork.TestCase().runTest()
