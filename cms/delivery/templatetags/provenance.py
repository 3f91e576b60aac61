"""The reader's line under an article: who read it, when it was checked, its sources.

The widget (``embed.js``, ``provenanceHtml``) writes the same line with the same
words from the ``djangojs`` catalogue; keep the two in step.
"""

from django import template
from django.template.defaultfilters import date as format_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ..api.schemas import Provenance, Validation

register = template.Library()

READERS = {"ouders": gettext_noop("%(n)s ouders"), "jongeren": gettext_noop("%(n)s jongeren")}
DATE = "j F Y"


def readers(validation: Validation | None) -> str:
    """ "3 ouders en 3 jongeren"; empty when no panel read the live text (or it was forced)."""
    if validation is None or validation.forced:
        return ""
    parts = [
        _(READERS[panel.audience]) % {"n": panel.approvals}
        for panel in validation.panels
        if panel.audience in READERS
    ]
    if len(parts) > 1:
        return _("%(first)s en %(second)s") % {"first": ", ".join(parts[:-1]), "second": parts[-1]}
    return parts[0] if parts else ""


@register.inclusion_tag("embed/provenance.html")
def provenance(item) -> dict:
    """The line under an article in the iframe (``item``: the article's detail data)."""
    found = Provenance.model_validate(item)
    who = readers(found.validation)
    parts = []
    if who:
        days = [panel.date for panel in found.validation.panels if panel.date]
        parts.append(
            _("Gelezen door %(readers)s op %(date)s")
            % {"readers": who, "date": format_date(max(days, default=None), DATE)}
        )
    if found.last_checked:
        checked = format_date(found.last_checked, DATE)
        parts.append(_("Laatst gecontroleerd: %(date)s") % {"date": checked})
    return {"line": " · ".join(parts), "sources": found.sources}
