"""The questions at the steunpunt in one period: what was asked, how it was handled, how long
it took and how people rated the help (seed 002, pijler 3, stap 1 and 2).

Everything here is a count or a figure over a group of contacts; evaluations are
joined to the contact's kind and handling, never to anything about the person.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from content_models.models import Region

from ..models import Channel, GotWhatNeeded, Handling, SupportContact, SupportEvaluation
from .period import Period


@dataclass
class Evaluations:
    """The answered evaluations of one group of contacts."""

    answers: int = 0
    score_total: int = 0
    got_it: int = 0

    def add(self, helpful: int | None, got_what_needed: str) -> None:
        self.answers += 1
        self.score_total += helpful or 0
        self.got_it += got_what_needed == GotWhatNeeded.YES

    @property
    def average(self) -> float:
        return self.score_total / self.answers if self.answers else 0.0

    @property
    def got_it_percent(self) -> int:
        return round(100 * self.got_it / self.answers) if self.answers else 0


@dataclass
class ContactFigures:
    """Raw figures; ``cells`` decides what may be shown."""

    total: int = 0
    minutes: list[int] = field(default_factory=list)
    by_kind: Counter = field(default_factory=Counter)
    by_topic: Counter = field(default_factory=Counter)
    by_channel: Counter = field(default_factory=Counter)
    by_handling: Counter = field(default_factory=Counter)
    minutes_by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    links_issued: int = 0
    evaluations: Evaluations = field(default_factory=Evaluations)
    evaluations_by_kind: dict[str, Evaluations] = field(
        default_factory=lambda: defaultdict(Evaluations)
    )
    evaluations_by_handling: dict[str, Evaluations] = field(
        default_factory=lambda: defaultdict(Evaluations)
    )


def contacts_in(region: Region | None, period: Period):
    """The contacts of one SWV (or of all, ``None``) in the period."""
    contacts = SupportContact.objects.filter(date__range=(period.start, period.end))
    return contacts if region is None else contacts.filter(region=region)


def contact_figures(region: Region | None, period: Period) -> ContactFigures:
    figures = ContactFigures()
    contacts = contacts_in(region, period)
    handling_labels, channel_labels = dict(Handling.choices), dict(Channel.choices)
    for kind, channel, handling, minutes in contacts.values_list(
        "kind__name", "channel", "handling", "minutes"
    ):
        figures.total += 1
        figures.minutes.append(minutes)
        figures.by_kind[kind] += 1
        figures.by_channel[str(channel_labels[channel])] += 1
        figures.by_handling[str(handling_labels[handling])] += 1
        figures.minutes_by_kind[kind].append(minutes)
    figures.by_topic.update(
        SupportContact.topics.through.objects.filter(
            supportcontact__in=contacts.values("pk")
        ).values_list("topic__title", flat=True)
    )
    evaluations = SupportEvaluation.objects.filter(contact__in=contacts.values("pk"))
    figures.links_issued = evaluations.count()
    for kind, handling, helpful, got in evaluations.filter(answered_on__isnull=False).values_list(
        "contact__kind__name", "contact__handling", "helpful", "got_what_needed"
    ):
        figures.evaluations.add(helpful, got)
        figures.evaluations_by_kind[kind].add(helpful, got)
        figures.evaluations_by_handling[str(handling_labels[handling])].add(helpful, got)
    return figures
