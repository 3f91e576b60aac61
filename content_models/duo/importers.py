"""Importers for the three DUO files, and revert of an import.

An importer turns each row into field values (or a ``RowError``) and upserts them by
natural key, a chunk at a time, inside one transaction and one django-reversion
revision; any bad row rolls the whole file back.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import connection, models, transaction
from reversion.models import Revision

from ..groups import ensure_region_group
from ..models import PostcodeArea, Region, School, Sector, normalise_region_code
from ..signals import content_changed
from .reading import CHUNK_ROWS, DuoFile, DuoFileError, Record, RowError
from .versions import BATCH, BulkRevision, restore, states_before, versioned_ids

POSTCODE_RE = re.compile(r"^(\d{4})\s*([A-Z]{2})?$")
BRIN_RE = re.compile(r"^\d{2}[A-Z]{2}$")


@dataclass
class ImportResult:
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    revision_id: int | None = None
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged


def _postcode(value: str, *, required: bool = False) -> str:
    value = value.upper().replace(" ", "")
    if not value:
        if required:
            raise ValidationError("de postcode ontbreekt.")
        return ""
    match = POSTCODE_RE.match(value)
    if not match:
        raise ValidationError(f"‘{value}’ is geen Nederlandse postcode (zoals 9712 AB of 9712).")
    return "".join(part for part in match.groups() if part)


def _website(value: str) -> str:
    if not value:
        return ""
    if not value.lower().startswith(("http://", "https://")):
        value = f"https://{value}"
    URLValidator(message=f"‘{value}’ is geen geldig webadres.")(value)
    return value


def _email(value: str) -> str:
    if value:
        EmailValidator(message=f"‘{value}’ is geen geldig e-mailadres.")(value)
    return value


class DuoImporter:
    """Base: subclasses declare the model, headers, natural key and ``parse``."""

    kind: ClassVar[str]
    model: ClassVar[type[models.Model]]
    required_headers: ClassVar[tuple[str, ...]]
    key_fields: ClassVar[tuple[str, ...]]

    def __init__(self) -> None:
        self.regions = {code: pk for pk, code in Region.objects.values_list("pk", "code")}
        self.versioned: set[str] | None = None  # read when the first row changes

    def parse(self, row: dict[str, str]) -> dict:
        raise NotImplementedError

    def region_id(self, code: str, sector: str, *, required: bool = False) -> int | None:
        if not code:
            if required:
                raise ValidationError(f"het samenwerkingsverband {sector} ontbreekt.")
            return None
        code = normalise_region_code(code)
        if code[:2] != sector:
            raise ValidationError(f"{code} is geen samenwerkingsverband voor {sector}.")
        if code not in self.regions:
            raise ValidationError(
                f"samenwerkingsverband {code} is onbekend "
                "(importeer eerst de samenwerkingsverbanden)."
            )
        return self.regions[code]

    def check_headers(self, duo_file: DuoFile) -> None:
        missing = [h for h in self.required_headers if h not in duo_file.headers]
        if missing:
            raise DuoFileError(
                "regel 1: deze kolommen ontbreken: "
                + ", ".join(missing)
                + ". Is dit wel een bestand met "
                + self.model._meta.verbose_name_plural
                + "?"
            )

    def key(self, values) -> str:
        return "".join(values[f] for f in self.key_fields)

    def validate(self, chunk: list[Record], seen: dict[str, int]) -> tuple[list[dict], list]:
        """Parse one chunk of rows; ``seen`` carries the keys of earlier chunks (duplicates)."""
        parsed: list[dict] = []
        errors: list[RowError] = []
        for record in chunk:
            if isinstance(record, RowError):
                errors.append(record)
                continue
            line, row = record
            try:
                values = self.parse(row)
            except ValidationError as error:
                errors.append(RowError(line, " ".join(error.messages)))
                continue
            key = self.key(values)
            if key in seen:
                errors.append(RowError(line, f"{key} staat ook al op regel {seen[key]}."))
                continue
            seen[key] = line
            parsed.append(values)
        return parsed, errors

    def run(
        self,
        duo_file: DuoFile,
        *,
        dry_run: bool = False,
        progress: Callable[[int], object] = lambda rows: None,
    ) -> ImportResult:
        """Validate and write chunk by chunk in one transaction; roll back on any error.

        The file is never in memory as a whole: each chunk is parsed, compared with
        the rows it names and written in bulk with its versions. One bad row anywhere
        rolls everything back, so the database changes only when the whole file is valid.
        """
        self.check_headers(duo_file)
        result = ImportResult(kind=self.kind, dry_run=dry_run)
        seen: dict[str, int] = {}
        with transaction.atomic():
            baseline = imported = None
            if not dry_run:
                baseline = BulkRevision("Stand vóór de eerste import.")
                imported = BulkRevision()
            for chunk in duo_file.chunks():
                parsed, errors = self.validate(chunk, seen)
                result.errors.extend(errors)
                if not result.errors:  # after the first error: only validate the rest
                    self.apply(parsed, result, baseline, imported)
                progress(len(chunk))
            result.errors.sort(key=lambda e: e.line)
            if result.errors or imported is None or not imported.count:
                transaction.set_rollback(True)
                return result
            baseline.finish()
            imported.finish(
                f"Import {self.model._meta.verbose_name_plural} uit {duo_file.name}: "
                f"{result.created} nieuw, {result.updated} gewijzigd."
            )
            content_changed.send(sender=self.model)
            result.revision_id = imported.revision.pk
        return result

    def apply(
        self,
        parsed: list[dict],
        result: ImportResult,
        baseline: BulkRevision | None,
        imported: BulkRevision | None,
    ) -> None:
        """Upsert one chunk by natural key (only count when ``imported`` is None: a dry run)."""
        first = self.key_fields[0]
        existing = {
            "".join(getattr(o, f) for f in self.key_fields): o
            for o in self.model.objects.filter(**{f"{first}__in": {v[first] for v in parsed}})
        }
        new: list[models.Model] = []
        changes: list[tuple[models.Model, dict]] = []
        for values in parsed:
            obj = existing.get(self.key(values))
            if obj is None:
                new.append(self.model(**values))
                continue
            diff = {name: value for name, value in values.items() if getattr(obj, name) != value}
            if diff:
                changes.append((obj, diff))
            else:
                result.unchanged += 1
        result.created += len(new)
        result.updated += len(changes)
        if imported is None:
            return
        changed = [obj for obj, _diff in changes]
        # The state before the first import that changes an object, so it can be restored.
        if changed and self.versioned is None:
            self.versioned = versioned_ids(self.model)
        baseline.add([obj for obj in changed if str(obj.pk) not in self.versioned])
        for obj, diff in changes:
            for name, value in diff.items():
                setattr(obj, name, value)
        if changes:
            fields = sorted({name for _obj, diff in changes for name in diff})
            self.model.objects.bulk_update(changed, fields, batch_size=BATCH)
        created = self.model.objects.bulk_create(new, batch_size=BATCH)
        imported.add([*created, *changed])
        self.after_import(created)

    def after_import(self, created: list[models.Model]) -> None:
        """Hook for work that signals would do, since bulk_create sends none."""


class RegionImporter(DuoImporter):
    kind = "regions"
    model = Region
    required_headers = ("ADMINISTRATIENUMMER", "SAMENWERKINGSVERBAND")
    key_fields = ("code",)

    def parse(self, row: dict[str, str]) -> dict:
        code = normalise_region_code(row["ADMINISTRATIENUMMER"])
        name = row["SAMENWERKINGSVERBAND"]
        if not name:
            raise ValidationError("de naam van het samenwerkingsverband ontbreekt.")
        return {
            "code": code,
            "sector": Sector(code[:2]).value,
            "name": name,
            "address": row.get("ADRES", ""),
            "postcode": _postcode(row.get("POSTCODE", "")),
            "city": row.get("PLAATSNAAM", ""),
            "phone": row.get("TELEFOONNUMMER", ""),
            "email": _email(row.get("E-MAILADRES", "")),
            "website": _website(row.get("INTERNETADRES", "")),
        }

    def after_import(self, created: list[models.Model]) -> None:
        for region in created:
            ensure_region_group(region)


class PostcodeImporter(DuoImporter):
    kind = "postcodes"
    model = PostcodeArea
    required_headers = ("POSTCODE", "ADMINISTRATIENUMMER PO", "ADMINISTRATIENUMMER VO")
    key_fields = ("pc4",)

    def parse(self, row: dict[str, str]) -> dict:
        pc4 = _postcode(row["POSTCODE"], required=True)[:4]
        values = {
            "pc4": pc4,
            "po_region_id": self.region_id(row["ADMINISTRATIENUMMER PO"], Sector.PO),
            "vo_region_id": self.region_id(row["ADMINISTRATIENUMMER VO"], Sector.VO),
        }
        if values["po_region_id"] is None and values["vo_region_id"] is None:
            raise ValidationError("geen enkel samenwerkingsverband ingevuld.")
        return values


class SchoolImporter(DuoImporter):
    kind = "schools"
    model = School
    required_headers = (
        "INSTELLINGSCODE",
        "VESTIGINGSCODE",
        "VESTIGINGSNAAM",
        "STRAATNAAM",
        "HUISNUMMER-TOEVOEGING",
        "POSTCODE",
        "PLAATSNAAM",
        "GEMEENTENAAM",
        "INTERNETADRES",
    )
    key_fields = ("brin", "vestiging")

    def __init__(self) -> None:
        super().__init__()
        self.areas = {
            pc4: (po, vo)
            for pc4, po, vo in PostcodeArea.objects.values_list("pc4", "po_region", "vo_region")
        }

    def parse(self, row: dict[str, str]) -> dict:
        brin = row["INSTELLINGSCODE"].upper()
        if not BRIN_RE.match(brin):
            raise ValidationError(f"‘{brin}’ is geen BRIN-nummer (twee cijfers en twee letters).")
        vestiging = row["VESTIGINGSCODE"].upper()
        if len(vestiging) == 6 and vestiging.startswith(brin):
            vestiging = vestiging[4:]
        if not re.fullmatch(r"\d{2}", vestiging):
            raise ValidationError(f"‘{row['VESTIGINGSCODE']}’ is geen vestigingsnummer.")
        if not row["VESTIGINGSNAAM"]:
            raise ValidationError("de naam van de school ontbreekt.")
        postcode = _postcode(row["POSTCODE"])
        po_region, vo_region = self.areas.get(postcode[:4], (None, None))
        if swv := row.get("ADMINISTRATIENUMMER", ""):
            sector = normalise_region_code(swv)[:2]
            region = self.region_id(swv, sector)
            po_region, vo_region = (region, None) if sector == Sector.PO else (None, region)
        return {
            "brin": brin,
            "vestiging": vestiging,
            "name": row["VESTIGINGSNAAM"],
            "street": row["STRAATNAAM"],
            "house_number": row["HUISNUMMER-TOEVOEGING"],
            "postcode": postcode,
            "city": row["PLAATSNAAM"],
            "municipality": row["GEMEENTENAAM"],
            "website": _website(row["INTERNETADRES"]),
            "po_region_id": po_region,
            "vo_region_id": vo_region,
        }


IMPORTERS: dict[str, type[DuoImporter]] = {
    importer.kind: importer for importer in (RegionImporter, PostcodeImporter, SchoolImporter)
}
REFERENCE_MODELS = (Region, PostcodeArea, School)


def revert_import(revision_id: int) -> Revision:
    """Restore every object of an import to its state before it; delete what it created.

    Works in chunks, like the import: restored rows are written with ``bulk_update``
    and recorded in one new revision, rows the import created are deleted together.
    """
    try:
        revision = Revision.objects.get(pk=revision_id)
    except Revision.DoesNotExist:
        raise DuoFileError(f"Er is geen import met nummer {revision_id}.") from None
    content_types = set(revision.version_set.values_list("content_type", flat=True).distinct())
    models_in_revision = [ContentType.objects.get_for_id(ct).model_class() for ct in content_types]
    if not models_in_revision or any(m not in REFERENCE_MODELS for m in models_in_revision):
        raise DuoFileError(f"Revisie {revision_id} is geen import van referentiegegevens.")
    with transaction.atomic():
        undo = BulkRevision(f"Import {revision_id} teruggedraaid.")
        for model in models_in_revision:
            object_ids = set(
                revision.version_set.get_for_model(model).values_list("object_id", flat=True)
            )
            previous = states_before(model, object_ids, revision_id)
            # In the order of the primary key (ids are text in versions): each chunk then
            # touches neighbouring rows, not pages all over the table.
            ordered = sorted(object_ids, key=lambda i: (len(i), i))
            for start in range(0, len(ordered), CHUNK_ROWS):
                restore_chunk(model, ordered[start : start + CHUNK_ROWS], previous, undo)
            content_changed.send(sender=model)
        undo.finish()
    return undo.revision


def restore_chunk(
    model: type[models.Model], object_ids: list[str], previous: dict[str, int], undo: BulkRevision
) -> None:
    """Put back the earlier state of the objects that had one; delete the others."""
    restored = restore([previous[i] for i in object_ids if i in previous])
    present = set(
        map(str, model.objects.filter(pk__in=[o.pk for o in restored]).values_list("pk", flat=True))
    )
    fields = [f.attname for f in model._meta.concrete_fields if not f.primary_key]
    model.objects.bulk_update([o for o in restored if str(o.pk) in present], fields, BATCH)
    model.objects.bulk_create([o for o in restored if str(o.pk) not in present], BATCH)
    undo.add(restored)
    created = [object_id for object_id in object_ids if object_id not in previous]
    if not model._meta.related_objects:
        delete_rows(model, created)
        return
    try:
        model.objects.filter(pk__in=created).delete()
    except models.ProtectedError as error:
        used = next(iter(error.protected_objects), None)
        raise DuoFileError(
            f"{model._meta.verbose_name_plural.capitalize()} uit deze import wordt nog "
            f"gebruikt (bijvoorbeeld door {used}); draai eerst de latere imports terug."
        ) from None


def delete_rows(model: type[models.Model], object_ids: list[str]) -> None:
    """Delete rows that nothing can refer to in one statement, without loading them.

    ``QuerySet.delete()`` loads every object to send its delete signals, which made a
    revert three times slower than the import; the one signal that matters here is
    ``content_models.signals.content_changed``, sent by ``revert_import``.
    """
    if not object_ids:
        return
    quote = connection.ops.quote_name
    table, pk = quote(model._meta.db_table), quote(model._meta.pk.column)
    with connection.cursor() as cursor:
        for start in range(0, len(object_ids), BATCH):
            batch = [model._meta.pk.to_python(i) for i in object_ids[start : start + BATCH]]
            placeholders = ", ".join(["%s"] * len(batch))
            cursor.execute(f"DELETE FROM {table} WHERE {pk} IN ({placeholders})", batch)
