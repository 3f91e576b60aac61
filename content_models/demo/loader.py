"""Load the demo content: reference data through the DUO importer, then the content.

Idempotent: an item that already exists (same slug, Dutch) is left as the
editors made it. New items are saved as a draft and submitted to the validation
workflow, which publishes them once every step approved: the demo says its texts
were read by parents and young people, and its workflow record shows they were.
The workflow lives in another app (``workflows``), which answers the
``review_demo_content`` hook; its ``prepare_demo_content`` hook runs first (the
panel members).
"""

import html
import secrets
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail import hooks
from wagtail.models import Locale

from ..duo import IMPORTERS, read_duo_file
from ..groups import FINAL_EDITORS, NATIONAL_EDITORS
from ..loading import bulk_load
from ..models import (
    Audience,
    ContactChannel,
    ExperienceStory,
    GlossaryTerm,
    InformationItem,
    Organisation,
    Question,
    Region,
    ReviewedContent,
    Route,
    RouteStep,
    Topic,
)
from .articles import ARTICLES, QUESTIONS, STORIES
from .glossary import GLOSSARY, GLOSSARY_SOURCES
from .organisations import ORGANISATIONS
from .regional import EXAMPLE_REGIONS, regional_content
from .routes import NATIONAL_ROUTE
from .topics import TOPICS

DATA = Path(__file__).parent / "data"
# The editors check the demo texts again a year after they were loaded.
REVIEW_AFTER = timedelta(days=365)


DUO_KINDS = ("regions", "postcodes", "schools")  # in this order: schools need the SWVs


def import_duo(files: dict[str, bytes]) -> dict[str, float]:
    """Import through the editors' importers; returns rows per second for each file."""
    rates = {}
    for kind in DUO_KINDS:
        started = time.perf_counter()
        duo_file = read_duo_file(files[kind], name=f"{kind}.csv")
        result = IMPORTERS[kind]().run(duo_file)
        if not result.ok:
            raise RuntimeError(f"{kind}.csv: {result.errors[:3]}")
        rates[kind] = result.rows / (time.perf_counter() - started)
    return rates


def paragraph(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


class DemoLoader:
    def __init__(self, log: Callable[[str], None] = print) -> None:
        self.log = log
        self.locale = Locale.get_default()
        self.audiences = {a.slug: a for a in Audience.objects.all()}
        self.created = 0

    def run(self) -> int:
        with transaction.atomic(), bulk_load():
            return self.load()

    def load(self) -> int:
        self.import_reference_data()
        for prepare in hooks.get_hooks("prepare_demo_content"):
            self.created += prepare(self.log)
        self.load_topics()
        for slug, term, abbreviation, explanation, synonyms in GLOSSARY:
            self.publish(
                GlossaryTerm, slug, audiences=["ouders", "jongeren"], sources=GLOSSARY_SOURCES[slug],
                term=term, abbreviation=abbreviation, explanation=explanation, synonyms=synonyms,
            )  # fmt: skip
        for data in ORGANISATIONS:
            self.organisation(data)
        for data in STORIES:
            self.publish(ExperienceStory, consent_date="2026-09-01", **data)
        for data in ARTICLES:
            self.article(data)
        for slug, question, answer, topics, sources in QUESTIONS:
            self.publish(
                Question, slug, question=question, answer=paragraph(answer),
                audiences=["ouders"], topics=topics, sources=sources,
            )  # fmt: skip
        self.route(NATIONAL_ROUTE)
        for region in Region.objects.filter(code__in=EXAMPLE_REGIONS):
            self.regional(region)
        for load_more in hooks.get_hooks("load_demo_content"):
            self.created += load_more(self.log)
        return self.created

    def import_reference_data(self) -> None:
        import_duo({kind: (DATA / f"{kind}.csv").read_bytes() for kind in DUO_KINDS})
        Region.objects.filter(code__in=EXAMPLE_REGIONS).update(is_example=True)

    def find(self, model: type[ReviewedContent], slug: str) -> Any:
        return model.objects.get(slug=slug, locale=self.locale)

    def publish(
        self,
        model: type[ReviewedContent],
        slug: str,
        *,
        audiences: list[str],
        topics: list[str] = (),
        region: Region | None = None,
        children: dict[str, list] | None = None,
        **fields: Any,
    ) -> Any:
        existing = model.objects.filter(slug=slug, locale=self.locale).first()
        if existing is not None:
            return existing
        fields.setdefault("review_by", date.today() + REVIEW_AFTER)
        obj = model(slug=slug, locale=self.locale, region=region, live=False, **fields)
        obj.audiences = [self.audiences[a] for a in audiences]
        obj.topics = [self.find(Topic, t) for t in topics]
        for name, items in (children or {}).items():
            for position, child in enumerate(items):
                child.sort_order = position  # as the editor's inline panel would
            setattr(obj, name, items)
        obj.save()
        self.publish_revision(obj)
        self.created += 1
        return obj

    def publish_revision(self, obj: ReviewedContent) -> None:
        """Saved as a draft and submitted to the validation workflow, as an editor does."""
        reviewers = hooks.get_hooks("review_demo_content")
        if not reviewers:
            raise RuntimeError("Geen workflow om de demo-inhoud te laten goedkeuren.")
        obj.save_revision()
        for review in reviewers:
            review(obj)

    def load_topics(self) -> None:
        new = []
        for slug, title, description, parent, related in TOPICS:
            if Topic.objects.filter(slug=slug, locale=self.locale).exists():
                continue
            topic = Topic(
                slug=slug, locale=self.locale, title=title, description=description, live=False,
                parent=self.find(Topic, parent) if parent else None, sort_order=len(new),
            )  # fmt: skip
            topic.audiences = [self.audiences["ouders"], self.audiences["jongeren"]]
            topic.review_by = date.today() + REVIEW_AFTER
            topic.save()
            new.append((topic, related))
        for topic, related in new:
            topic.topics = [self.find(Topic, r) for r in related]
            topic.save()
            self.publish_revision(topic)
            self.created += 1

    def organisation(self, data: dict, region: Region | None = None) -> Organisation:
        data = dict(data)
        channels = [
            ContactChannel(kind=kind, value=value, label=label, opening_hours=hours)
            for kind, value, label, hours in data.pop("channels")
        ]
        return self.publish(
            Organisation, data.pop("slug"), region=region, children={"channels": channels}, **data
        )

    def body(self, blocks: list[tuple[str, Any]]) -> list[dict]:
        resolve = {
            "paragraph": paragraph,
            "heading": str,
            "steps": lambda steps: [
                {"type": "item", "value": {"title": t, "text": paragraph(x)}, "id": str(uuid4())}
                for t, x in steps
            ],
            "tip": lambda tip: {"title": tip[0], "text": paragraph(tip[1])},
            "contact_card": lambda slug: self.find(Organisation, slug).pk,
            "glossary_term": lambda slug: self.find(GlossaryTerm, slug).pk,
            "experience_quote": lambda slug: self.find(ExperienceStory, slug).pk,
        }
        return [{"type": kind, "value": resolve[kind](value)} for kind, value in blocks]

    def article(self, data: dict, region: Region | None = None) -> InformationItem:
        data = dict(data)
        if "supplement_to" in data:
            data["supplement_to"] = self.find(InformationItem, data["supplement_to"])
        data["body"] = self.body(data["body"])
        return self.publish(InformationItem, data.pop("slug"), region=region, **data)

    def route(self, data: dict, region: Region | None = None) -> Route:
        data = dict(data)
        steps = []
        for step in data.pop("steps"):
            insert_after, (title, advice, organisations) = (
                (step[0], step[1:]) if region else (None, step)
            )
            route_step = RouteStep(title=title, advice=paragraph(advice), insert_after=insert_after)
            route_step.organisations = [self.find(Organisation, o) for o in organisations]
            steps.append(route_step)
        if "supplement_to" in data:
            data["supplement_to"] = self.find(Route, data["supplement_to"])
        if "intro" in data:
            data["intro"] = paragraph(data["intro"])
        return self.publish(
            Route, data.pop("slug"), region=region, children={"steps": steps}, **data
        )

    def regional(self, region: Region) -> None:
        content = regional_content(region)
        for data in content["organisations"]:
            self.organisation(data, region=region)
        for data in content["supplements"]:
            self.article(data, region=region)
        self.route(content["route"], region=region)


DEMO_USERS = [
    ("admin", "Beheerder (superuser)", None),
    ("redactie", "Landelijke redactie", NATIONAL_EDITORS),
    ("eindredactie", "Eindredactie", FINAL_EDITORS),
    *[(code.lower(), f"Regionale redactie {code}", f"Regionale redactie {code}")
      for code in EXAMPLE_REGIONS],
]  # fmt: skip


def ensure_demo_users(password: str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Create or reset the demo accounts with one password, so the login can be printed."""
    password = password or secrets.token_urlsafe(9)
    User = get_user_model()
    accounts = []
    for username, role, group_name in DEMO_USERS:
        user, _ = User.objects.get_or_create(username=username, defaults={"email": ""})
        user.is_staff = user.is_superuser = group_name is None
        user.set_password(password)
        user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        accounts.append((username, role))
    return password, accounts
