"""The public URLs that show a piece of content, for CDN purges and webhooks."""

from django.urls import reverse

from content_models.models import ExperienceStory, InformationItem, Region, ReviewedContent, Route

LIST_ENDPOINTS = {
    "InformationItem": "api-v1:items_list",
    "Route": "api-v1:routes_list",
    "Organisation": "api-v1:organisations_list",
    "GlossaryTerm": "api-v1:glossary_list",
    "Question": "api-v1:questions_list",
    "Topic": "api-v1:topics_list",
    "ExperienceStory": "api-v1:stories_list",
}


def detail_path(instance: ReviewedContent) -> str | None:
    """The API detail URL, with the region for regional content."""
    if isinstance(instance, InformationItem | Route):
        national = instance.supplement_to if instance.supplement_to_id else instance
        name = "items_detail" if isinstance(instance, InformationItem) else "routes_detail"
        path = reverse(f"api-v1:{name}", kwargs={"slug": national.slug})
        return path if instance.region_id is None else f"{path}?region={instance.region.code}"
    if isinstance(instance, ExperienceStory):
        path = reverse("api-v1:stories_detail", kwargs={"slug": instance.slug})
        return path if instance.region_id is None else f"{path}?region={instance.region.code}"
    return None


def public_urls(instance: ReviewedContent) -> list[str]:
    codes = (
        list(Region.objects.values_list("code", flat=True))
        if instance.region_id is None
        else [instance.region.code]
    )
    paths = [reverse(name) for name in LIST_ENDPOINTS.values()]
    detail = detail_path(instance)
    if detail:
        paths.append(detail)
    bundle = reverse("api-v1:bundle")
    for code in codes:
        paths += [f"{bundle}?region={code}", reverse("embed:region", kwargs={"code": code})]
    return paths
