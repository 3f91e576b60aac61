"""The public URLs that show a piece of content, for CDN purges and webhooks."""

from django.urls import reverse

from content_models.models import REVIEWED_MODELS, Region, ReviewedContent

#: The API list endpoints of the content types, as each model declares them.
LIST_ENDPOINTS = [
    f"api-v1:{model.api_list_url_name}" for model in REVIEWED_MODELS if model.api_list_url_name
]


def detail_path(instance: ReviewedContent) -> str | None:
    """The API detail URL, with the region for regional content; a supplement shows its original."""
    if instance.api_detail_url_name is None:
        return None
    national = instance.supplement_to if instance.supplement_to_id else instance
    path = reverse(f"api-v1:{instance.api_detail_url_name}", kwargs={"slug": national.slug})
    return path if instance.region_id is None else f"{path}?region={instance.region.code}"


def public_urls(instance: ReviewedContent) -> list[str]:
    codes = (
        list(Region.objects.values_list("code", flat=True))
        if instance.region_id is None
        else [instance.region.code]
    )
    paths = [reverse(name) for name in LIST_ENDPOINTS]
    detail = detail_path(instance)
    if detail:
        paths.append(detail)
    bundle = reverse("api-v1:bundle")
    for code in codes:
        paths += [f"{bundle}?region={code}", reverse("embed:region", kwargs={"code": code})]
    return paths
