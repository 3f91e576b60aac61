"""Anonymous feedback, usage counts and the vragenregister: what was asked, never who."""

from .contacts import (
    Asker,
    Channel,
    GotWhatNeeded,
    Handling,
    Helpfulness,
    Outcome,
    SchoolSector,
    SignalKind,
    SupportContact,
    SupportEvaluation,
)
from .desks import SupportDesk
from .feedback import Feedback, FeedbackKind
from .usage import UsageCount

__all__ = [
    "Asker",
    "Channel",
    "Feedback",
    "FeedbackKind",
    "GotWhatNeeded",
    "Handling",
    "Helpfulness",
    "Outcome",
    "SchoolSector",
    "SignalKind",
    "SupportContact",
    "SupportDesk",
    "SupportEvaluation",
    "UsageCount",
]
