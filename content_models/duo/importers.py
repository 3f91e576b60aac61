"""Importers for the three DUO files, and revert of an import.

An importer turns each row into field values (or a ``RowError``), checks the
whole file, and only then upserts by natural key inside one transaction and one
django-reversion revision.
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import ClassVar

import reversion
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import models, transaction
from reversion.models import Revision, Version

from ..groups import ensure_region_group
from ..models import PostcodeArea, Region, School, Sector, normalise_region_code
from ..signals import content_changed
from .reading import DuoFile, DuoFileError, RowError

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

    def validate(self, duo_file: DuoFile) -> tuple[list[dict], list[RowError]]:
        missing = [h for h in self.required_headers if h not in duo_file.headers]
        if missing:
            raise DuoFileError(
                "regel 1: deze kolommen ontbreken: "
                + ", ".join(missing)
                + ". Is dit wel een bestand met "
                + self.model._meta.verbose_name_plural
                + "?"
            )
        errors = list(duo_file.errors)
        parsed: list[dict] = []
        seen: dict[tuple, int] = {}
        for line, row in duo_file.rows:
            try:
                values = self.parse(row)
            except ValidationError as error:
                errors.append(RowError(line, " ".join(error.messages)))
                continue
            key = tuple(values[f] for f in self.key_fields)
            if key in seen:
                errors.append(RowError(line, f"{''.join(key)} staat ook al op regel {seen[key]}."))
                continue
            seen[key] = line
            parsed.append(values)
        return parsed, sorted(errors, key=lambda e: e.line)

    def run(
        self, duo_file: DuoFile, *, dry_run: bool = False, progress: Callable = iter
    ) -> ImportResult:
        parsed, errors = self.validate(duo_file)
        result = ImportResult(kind=self.kind, dry_run=dry_run, errors=errors)
        if errors:
            return result
        existing = {
            tuple(getattr(o, f) for f in self.key_fields): o for o in self.model.objects.all()
        }
        new: list[models.Model] = []
        changes: list[tuple[models.Model, dict]] = []
        for values in progress(parsed):
            obj = existing.get(tuple(values[f] for f in self.key_fields))
            if obj is None:
                new.append(self.model(**values))
                continue
            diff = {name: value for name, value in values.items() if getattr(obj, name) != value}
            if diff:
                changes.append((obj, diff))
            else:
                result.unchanged += 1
        result.created, result.updated = len(new), len(changes)
        if dry_run or not (new or changes):
            return result
        with transaction.atomic():
            self._record_baseline([obj for obj, _ in changes])
            with reversion.create_revision(atomic=False):
                for obj, diff in changes:
                    for name, value in diff.items():
                        setattr(obj, name, value)
                fields = sorted({name for _, diff in changes for name in diff})
                if changes:
                    self.model.objects.bulk_update(
                        [obj for obj, _ in changes], fields, batch_size=500
                    )
                created = self.model.objects.bulk_create(new, batch_size=500)
                for obj in [*created, *(obj for obj, _ in changes)]:
                    reversion.add_to_revision(obj)
                reversion.set_comment(
                    f"Import {self.model._meta.verbose_name_plural} uit {duo_file.name}: "
                    f"{result.created} nieuw, {result.updated} gewijzigd."
                )
            self.after_import(created)
            content_changed.send(sender=self.model)
            result.revision_id = Revision.objects.latest("pk").pk
        return result

    def _record_baseline(self, objects: Iterable[models.Model]) -> None:
        """Save the state before the first import that changes an object, so it can be restored."""
        objects = list(objects)
        if not objects:
            return
        versioned = set(
            Version.objects.get_for_model(self.model)
            .filter(object_id__in=[str(o.pk) for o in objects])
            .values_list("object_id", flat=True)
        )
        unversioned = [o for o in objects if str(o.pk) not in versioned]
        if unversioned:
            with reversion.create_revision(atomic=False):
                for obj in unversioned:
                    reversion.add_to_revision(obj)
                reversion.set_comment("Stand vóór de eerste import.")

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
    """Restore every object of an import to its state before it; delete what it created."""
    try:
        revision = Revision.objects.get(pk=revision_id)
    except Revision.DoesNotExist:
        raise DuoFileError(f"Er is geen import met nummer {revision_id}.") from None
    versions = list(revision.version_set.select_related("content_type"))
    if not versions or any(v.content_type.model_class() not in REFERENCE_MODELS for v in versions):
        raise DuoFileError(f"Revisie {revision_id} is geen import van referentiegegevens.")
    with transaction.atomic(), reversion.create_revision(atomic=False):
        for version in versions:
            model = version.content_type.model_class()
            previous = (
                Version.objects.get_for_object_reference(model, version.object_id)
                .filter(revision_id__lt=revision_id)
                .order_by("-revision_id")
                .first()
            )
            if previous is not None:
                previous.revert()
            else:
                try:
                    model.objects.filter(pk=version.object_id).delete()
                except models.ProtectedError:
                    raise DuoFileError(
                        f"{model._meta.verbose_name} {version.object_repr} wordt nog gebruikt; "
                        "draai eerst de latere imports terug."
                    ) from None
        reversion.set_comment(f"Import {revision_id} teruggedraaid.")
        for model in {version.content_type.model_class() for version in versions}:
            content_changed.send(sender=model)
    return Revision.objects.latest("pk")
