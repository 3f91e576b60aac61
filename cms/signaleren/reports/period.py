import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december"


@dataclass(frozen=True)
class Period:
    """A month (``2026-09``) or a quarter (``2026-Q3``); both ends included."""

    code: str
    start: date
    end: date

    @property
    def label(self) -> str:
        if "Q" in self.code:
            return _("kwartaal %(q)s %(year)s") % {"q": self.code[-1], "year": self.start.year}
        return f"{MONTHS.split()[self.start.month - 1]} {self.start.year}"

    @property
    def months(self) -> int:
        return 3 if "Q" in self.code else 1

    def previous(self) -> "Period":
        before = self.start - timedelta(days=1)
        if self.months == 3:
            return parse_period(f"{before.year}-Q{(before.month - 1) // 3 + 1}")
        return parse_period(f"{before.year}-{before.month:02d}")


def _month_end(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


def parse_period(code: str) -> Period:
    code = (code or "").strip().upper()
    if match := QUARTER_RE.match(code):
        year, quarter = int(match.group(1)), int(match.group(2))
        first = 3 * (quarter - 1) + 1
        return Period(f"{year}-Q{quarter}", date(year, first, 1), _month_end(year, first + 2))
    if (match := MONTH_RE.match(code)) and 1 <= int(match.group(2)) <= 12:
        year, month = int(match.group(1)), int(match.group(2))
        return Period(f"{year}-{month:02d}", date(year, month, 1), _month_end(year, month))
    raise ValidationError(_("Kies een maand (2026-09) of een kwartaal (2026-Q3)."))


def last_complete_quarter(today: date) -> Period:
    first_of_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    return parse_period(
        f"{first_of_quarter.year}-Q{(first_of_quarter.month - 1) // 3 + 1}"
    ).previous()


def refuse_future(period: Period, today: date) -> Period:
    """A period that has not started has no figures yet; saying so beats an empty report."""
    if period.start > today:
        raise ValidationError(
            _(
                "%(label)s is nog niet begonnen, dus er zijn nog geen cijfers. "
                "Kies een periode die voorbij is of nu loopt."
            )
            % {"label": period.label.capitalize()}
        )
    return period
