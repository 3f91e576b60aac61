"""How the report shows its numbers: small cells hidden, changes with their direction.

The rule for small cells, applied the same way to the admin page, CSV and PDF
(they all print the cells made here):

1. **Primary**: every count under ``MIN_CELL`` is shown as ``"< 5"``, also a
   total, and every figure computed from fewer than ``MIN_CELL`` contacts or
   answers (a median, an average, a share, minutes) is hidden the same way.
2. **Secondary**: when the parts of a breakdown add up to a total that is
   shown (every contact has one kind, one channel, one handling; the weeks add
   up to the period), hiding one part is not enough: total minus the shown
   parts gives it back. So while a breakdown has exactly one hidden cell, or
   its hidden cells add up to less than ``MIN_CELL``, the smallest shown cell
   is hidden as well, marked ``"(weggelaten)"`` because it is not itself
   small. Then the hidden cells together hold at least ``MIN_CELL`` people
   and none of them can be worked out by subtraction.
3. Figures that follow the rows of a breakdown (minutes and medians per kind,
   evaluation scores per kind) are hidden exactly where the row's count is.
"""

from collections.abc import Sequence

from django.utils.translation import gettext_lazy as _

MIN_CELL = 5
SMALL = "< 5"
WITHHELD = _("(weggelaten)")
MINUS = "\N{MINUS SIGN}"


def hidden_cells(counts: Sequence[int], *, adds_up: bool = True) -> set[int]:
    """Indexes of ``counts`` to hide (see the module docstring).

    ``adds_up``: the counts add up to a total that the report shows, so the
    secondary rule applies. Topics do not (a contact can have several).
    """
    hidden = {index for index, count in enumerate(counts) if count < MIN_CELL}
    if not adds_up or not hidden:
        return hidden
    shown = sorted((count, index) for index, count in enumerate(counts) if index not in hidden)
    while shown and (len(hidden) == 1 or sum(counts[i] for i in hidden) < MIN_CELL):
        hidden.add(shown.pop(0)[1])
    return hidden


def count_cells(counts: Sequence[int], *, adds_up: bool = True) -> list[int | str]:
    """The counts as cells: the number, ``"< 5"`` or ``"(weggelaten)"``."""
    hidden = hidden_cells(counts, adds_up=adds_up)
    return [
        (SMALL if count < MIN_CELL else str(WITHHELD)) if index in hidden else count
        for index, count in enumerate(counts)
    ]


def count_cell(count: int) -> int | str:
    """One count that stands alone (a total)."""
    return SMALL if count < MIN_CELL else count


def is_hidden(cell: int | str) -> bool:
    return isinstance(cell, str)


def change(now: int, before: int) -> str:
    """The change in percent with its direction: ``+90%``, ``0%``, or a fall with a real
    minus sign (U+2212, not a hyphen) as spreadsheets and screen readers read it.

    Empty when there is nothing to compare with (nothing before).
    """
    if before <= 0:
        return ""
    percent = round(100 * (now - before) / before)
    if percent > 0:
        return f"+{percent}%"
    if percent < 0:
        return f"{MINUS}{-percent}%"
    return "0%"


def change_cell(now: int | str, before: int | str) -> str:
    """The change between two cells, only when neither is hidden."""
    if is_hidden(now) or is_hidden(before):
        return "–"
    return change(now, before) or "–"
