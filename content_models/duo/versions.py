"""django-reversion revisions written in bulk, for imports of hundreds of thousands of rows.

``reversion.add_to_revision`` serialises one object at a time and checks every
primary key in one query when the revision is saved, which is slow for a DUO file
and too many SQL variables for SQLite. ``BulkRevision`` writes the same ``Version``
rows, in reversion's own JSON format, a batch at a time, so reversion's admin,
``Version.revert()`` and ``revert_import`` read them as any other version.
"""

import json
from collections.abc import Sequence

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


def versioned_ids(model: type[models.Model]) -> set[str]:
    """Ids of the objects of ``model`` that have a version, in one pass over its versions.

    One pass instead of a lookup per chunk: SQLite answers ``object_id IN (...)`` from
    reversion's (content_type, db) index, which reads every version of the model.
    """
    versions = Version.objects.get_for_model(model).values_list("object_id", flat=True)
    return set(versions.iterator(chunk_size=10_000))


def states_before(
    model: type[models.Model], object_ids: set[str], revision_id: int
) -> dict[str, int]:
    """The pk of each object's latest version before ``revision_id``, in one pass."""
    latest: dict[str, tuple[int, int]] = {}
    versions = (
        Version.objects.get_for_model(model)
        .filter(revision_id__lt=revision_id)
        .values_list("object_id", "revision_id", "pk")
    )
    for object_id, revision, pk in versions.iterator(chunk_size=10_000):
        if object_id in object_ids and (object_id not in latest or revision > latest[object_id][0]):
            latest[object_id] = (revision, pk)
    return {object_id: pk for object_id, (_revision, pk) in latest.items()}


def restore(version_pks: list[int]) -> list[models.Model]:
    """The objects as these versions recorded them (not saved)."""
    if not version_pks:
        return []
    data = Version.objects.filter(pk__in=version_pks).values_list("serialized_data", flat=True)
    # Each version is a JSON list of one object: read them as one list.
    joined = "[" + ",".join(item.strip()[1:-1] for item in data) + "]"
    return [item.object for item in serializers.deserialize("json", joined)]
