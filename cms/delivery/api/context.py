"""Who is asking: the school or SWV a request is for, and the language it wants."""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from content_models.locales import accepted_language, content_languages
from content_models.models import Audience, PostcodeArea, Region, School, normalise_region_code

from .errors import ApiError, NotFound
from .scopes import NATIONAL_TAG, region_tag

POSTCODE_RE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})?\s*$")
SCHOOL_RE = re.compile(r"^\s*([0-9A-Za-z]{4})([0-9]{2})?\s*$")
DEFAULT_LOCALE = "nl"


@dataclass(frozen=True)
class Context:
    """The scope of one request: national content plus the content of ``regions``."""

    locale: str = DEFAULT_LOCALE
    regions: tuple[Region, ...] = ()
    school: School | None = None

    @property
    def region_ids(self) -> list[int]:
        return [region.pk for region in self.regions]

    @property
    def tags(self) -> list[str]:
        return [NATIONAL_TAG, *(region_tag(region.code) for region in self.regions)]


def requested_locale(request: HttpRequest) -> str | None:
    """The ``locale`` parameter, else the best match of the ``Accept-Language`` header."""
    return request.GET.get("locale") or accepted_language(
        request.headers.get("Accept-Language", "")
    )


def read_of(slug: str, context: "Context", request: HttpRequest) -> tuple[str, str, str] | None:
    """What opening ``slug`` counts as: (slug, SWV, language); nothing without an SWV."""
    if not context.regions:
        return None
    return slug, context.regions[0].code, (requested_locale(request) or DEFAULT_LOCALE).lower()


def resolve_locale(code: str | None) -> str:
    if not code:
        return DEFAULT_LOCALE
    code = code.strip().lower()
    if code not in content_languages():
        raise ApiError(
            _("De taal ‘%(code)s’ kennen we niet. Kies uit: %(choices)s.")
            % {"code": code, "choices": ", ".join(content_languages())},
            field="locale",
        )
    return code


def check_audience(audience: str | None) -> None:
    """An unknown audience is a 400 that lists the ones there are."""
    if not audience:
        return
    known = list(Audience.objects.values_list("slug", flat=True))
    if audience not in known:
        raise ApiError(
            _("De doelgroep ‘%(audience)s’ kennen we niet. Kies uit: %(choices)s.")
            % {"audience": audience, "choices": ", ".join(known)},
            field="audience",
        )


def resolve_region(code: str, *, field: str = "region") -> Region:
    try:
        normalised = normalise_region_code(code)
    except ValidationError:
        raise ApiError(
            _(
                "‘%(code)s’ is geen code van een samenwerkingsverband. "
                "Een code ziet eruit als PO2001."
            )
            % {"code": code},
            field=field,
        ) from None
    # The code is unique: no ordering to compile (``first()`` would order by code).
    found = next(iter(Region.objects.filter(code=normalised).order_by()[:1]), None)
    if found is None:
        raise NotFound(
            _("Er is geen samenwerkingsverband met code %(code)s.") % {"code": normalised},
            field=field,
        )
    return found


def resolve_school(code: str, *, field: str = "school") -> School:
    """A school by BRIN + vestiging (``02QZ00``), or by BRIN alone when it has one location."""
    match = SCHOOL_RE.match(code or "")
    if not match:
        raise ApiError(
            _("‘%(code)s’ is geen schoolcode. Gebruik BRIN en vestigingsnummer, zoals 02QZ00.")
            % {"code": code},
            field=field,
        )
    brin, vestiging = match.group(1).upper(), match.group(2)
    schools = School.objects.select_related("po_region", "vo_region").filter(brin=brin)
    if vestiging is not None:
        schools = schools.filter(vestiging=vestiging)
    found = list(schools[:2])
    if not found:
        raise NotFound(
            _("Er is geen school met code %(code)s.") % {"code": code.strip().upper()},
            field=field,
        )
    if len(found) > 1:
        raise ApiError(
            _(
                "BRIN %(brin)s heeft meer dan één vestiging. "
                "Gebruik de code met vestigingsnummer, zoals %(example)s."
            )
            % {"brin": brin, "example": found[0].code},
            code="ambiguous",
            field=field,
        )
    return found[0]


def resolve_postcode(postcode: str) -> PostcodeArea:
    match = POSTCODE_RE.match(postcode or "")
    if not match:
        raise ApiError(
            _("‘%(postcode)s’ is geen postcode. Gebruik vier cijfers, zoals 9711 of 9711AA.")
            % {"postcode": postcode},
            field="postcode",
        )
    try:
        return PostcodeArea.objects.select_related("po_region", "vo_region").get(pc4=match.group(1))
    except PostcodeArea.DoesNotExist:
        raise NotFound(
            _("Voor postcode %(pc4)s kennen we geen samenwerkingsverband.")
            % {"pc4": match.group(1)},
            field="postcode",
        ) from None


def resolve_context(
    *,
    region: str | None = None,
    school: str | None = None,
    locale: str | None = None,
    request: HttpRequest | None = None,
) -> Context:
    """The context of a content request; ``school`` brings the SWVs of that school.

    Without ``locale`` the language is negotiated from the ``request`` headers.
    """
    if not locale and request is not None:
        locale = requested_locale(request)
    language = resolve_locale(locale)
    if school:
        found = resolve_school(school)
        return Context(language, tuple(found.regions), found)
    if region:
        return Context(language, (resolve_region(region),))
    return Context(language)
