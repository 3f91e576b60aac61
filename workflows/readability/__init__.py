"""Dutch readability engine: plain Python, no Django, fast enough to run while typing.

>>> report = analyse("Je kind krijgt extra hulp op school.")
>>> report.level, report.meets_target
('A2', True)
"""

from .engine import (
    LEVELS,
    Features,
    Finding,
    GlossaryEntry,
    Report,
    Thresholds,
    analyse,
    level_for,
    meets,
)

__all__ = [
    "LEVELS",
    "Features",
    "Finding",
    "GlossaryEntry",
    "Report",
    "Thresholds",
    "analyse",
    "level_for",
    "meets",
]
