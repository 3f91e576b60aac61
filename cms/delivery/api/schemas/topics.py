from ninja import Schema

from .common import ContentMeta, TopicRef


class TopicOut(ContentMeta):
    title: str
    description: str
    parent: str | None
    children: list[str]
    breadcrumbs: list[TopicRef]


class TopicList(Schema):
    locale: str
    results: list[TopicOut]
