"""django-reversion revisions written in bulk, for imports of hundreds of thousands of rows.

``reversion.add_to_revision`` serialises one object at a time and checks every
primary key in one query when the revision is saved, which is slow for a DUO file
and too many SQL variables for SQLite. ``BulkRevision`` writes the same ``Version``
rows, in reversion's own JSON format, a batch at a time, so reversion's admin,
``Version.revert()`` and ``revert_import`` read them as any other version.
"""

import json
from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, router
from django.utils import timezone
from reversion.models import Revision, Version

BATCH = 1_000


class BulkRevision:
    """One revision, filled with versions of objects batch by batch."""

    def __init__(self, comment: str = "") -> None:
        self.revision = Revision.objects.create(date_created=timezone.now(), comment=comment)
        self.count = 0

    def add(self, objects: Sequence[models.Model]) -> None:
        """Record the current state of ``objects`` (all of one model) in this revision."""
        if not objects:
            return
        model = type(objects[0])
        content_type = ContentType.objects.get_for_model(model)
        db = router.db_for_write(model)
        data = serializers.serialize("python", objects)
        Version.objects.bulk_create(
            [
                Version(
                    revision=self.revision,
                    content_type=content_type,
                    object_id=str(obj.pk),
                    db=db,
                    format="json",
                    serialized_data=json.dumps([item], cls=DjangoJSONEncoder),
                    object_repr=str(obj),
                )
                for obj, item in zip(objects, data, strict=True)
            ],
            batch_size=BATCH,
        )
        self.count += len(objects)

    def finish(self, comment: str | None = None) -> None:
        """Set the final comment; a revision that recorded nothing is removed."""
        if not self.count:
            self.revision.delete()
        elif comment is not None:
            Revision.objects.filter(pk=self.revision.pk).update(comment=comment)


def unversioned(objects: Sequence[models.Model]) -> list[models.Model]:
    """Those of ``objects`` (all of one model) that have no version yet."""
    if not objects:
        return []
    versioned = set(
        Version.objects.get_for_model(type(objects[0]))
        .filter(object_id__in=[str(o.pk) for o in objects])
        .values_list("object_id", flat=True)
    )
    return [o for o in objects if str(o.pk) not in versioned]


def states_before(
    model: type[models.Model], object_ids: Iterable[str], revision_id: int
) -> dict[str, models.Model]:
    """Each object as its latest version before ``revision_id`` recorded it."""
    latest: dict[str, tuple[int, str]] = {}
    rows = (
        Version.objects.get_for_model(model)
        .filter(object_id__in=list(object_ids), revision_id__lt=revision_id)
        .values_list("object_id", "revision_id", "serialized_data")
    )
    for object_id, revision, data in rows:
        if object_id not in latest or revision > latest[object_id][0]:
            latest[object_id] = (revision, data)
    if not latest:
        return {}
    # Each version is a JSON list of one object: read them as one list.
    joined = "[" + ",".join(data.strip()[1:-1] for _revision, data in latest.values()) + "]"
    restored = [item.object for item in serializers.deserialize("json", joined)]
    return {str(obj.pk): obj for obj in restored}
