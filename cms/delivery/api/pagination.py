from math import ceil

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import Field

from .errors import NotFound


class PageParams(Schema):
    page: int = Field(1, ge=1, description="Paginanummer, vanaf 1.")
    page_size: int = Field(
        20, ge=1, le=settings.API_MAX_PAGE_SIZE, description="Aantal per pagina (hoogstens 100)."
    )


def paginate(queryset: QuerySet, params: PageParams) -> tuple[list, dict]:
    """One page of ``queryset`` and the ``PageMeta`` fields; a page past the end is a 404."""
    count = queryset.count()
    pages = max(1, ceil(count / params.page_size))
    if params.page > pages:
        raise NotFound(
            _("Pagina %(page)s bestaat niet. Er zijn %(pages)s pagina's.")
            % {"page": params.page, "pages": pages},
            field="page",
        )
    start = (params.page - 1) * params.page_size
    objects = list(queryset[start : start + params.page_size])
    return objects, {
        "count": count,
        "page": params.page,
        "page_size": params.page_size,
        "pages": pages,
    }
