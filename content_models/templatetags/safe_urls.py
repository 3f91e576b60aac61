"""``{{ link|safe_url }}``: a stored link as it may appear in a page, or empty."""

from django import template

from ..safe_urls import safe_url as check

register = template.Library()


@register.filter
def safe_url(value: str) -> str:
    return check(value)
