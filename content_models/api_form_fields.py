"""What a content type shows in the API, declared on its model as Wagtail's ``api_fields`` are.

A model lists the fields of its stored API form in ``api_form_fields``; the delivery
app (``cms.delivery.api.stored``) reads the declarations to make the form when
a row is saved, to know what to prefetch when it rebuilds many rows, and to
serve the form. A new type, or a new field, touches its model and nothing else
in the delivery app. The classes say what kind of value a field holds, not how
it is made: the delivery app owns sanitising and rendering, as a search backend
owns what a ``SearchField`` becomes.

The attribute is not Wagtail's ``api_fields``: a snippet model with those is
registered with Wagtail's snippet API v3, which reads and writes drafts, and
this project's only door for content is its published-only API.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class APIField:
    """A value served as it is stored: the key ``name`` in the API, read from ``source``."""

    name: str
    source: str = ""

    def read(self, obj: Any) -> Any:
        return getattr(obj, self.source or self.name)


@dataclass(frozen=True)
class RichTextAPIField(APIField):
    """Editor HTML, served sanitised and with links to other items marked."""


@dataclass(frozen=True)
class ChoiceAPIField(APIField):
    """A choice served as its value and, under the key ``label``, its label.

    The label is looked up in the model field's choices when served, so that it
    follows the served language.
    """

    label: str = ""


@dataclass(frozen=True)
class ChildrenAPIField(APIField):
    """Rows of a relation (in order), each with its own ``fields``."""

    fields: tuple[APIField, ...] = ()


@dataclass(frozen=True)
class ReferencesAPIField(APIField):
    """Published objects of a relation, stored by key and read live when served.

    An organisation that goes offline then leaves every route at once.
    """


@dataclass(frozen=True)
class StreamAPIField(APIField):
    """A StreamField: text blocks stored in their API form, ``references`` as keys.

    ``references`` maps a snippet-chooser block type to the key its object is
    served under; that object is read live, as for ``ReferencesAPIField``.
    """

    references: dict[str, str] = field(default_factory=dict)
