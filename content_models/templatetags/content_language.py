"""Mark parts in another language than their surroundings (WCAG 3.1.2, language of parts)."""

from django import template
from django.utils.html import format_html

from content_models.locales import text_direction

register = template.Library()


@register.simple_tag
def language_of_part(part_locale: str, page_locale: str) -> str:
    """``lang`` and ``dir`` for a part whose language differs from the page or section."""
    if not part_locale or part_locale == page_locale:
        return ""
    return format_html(' lang="{}" dir="{}"', part_locale, text_direction(part_locale))
