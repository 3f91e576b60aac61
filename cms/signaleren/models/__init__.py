"""Anonymous feedback and usage counts: numbers per day, never a visitor."""

from .feedback import Feedback
from .usage import UsageCount

__all__ = ["Feedback", "UsageCount"]
