"""Import of DUO open data (samenwerkingsverbanden, postcode areas, schools).

Stream the file, validate and write it in chunks, change nothing when one row is
bad, and record every import as one django-reversion revision that can be reverted.
"""

from .importers import (
    IMPORTERS,
    DuoImporter,
    ImportResult,
    revert_import,
)
from .reading import DuoFile, DuoFileError, RowError, open_duo_file, read_duo_file

__all__ = [
    "IMPORTERS",
    "DuoFile",
    "DuoFileError",
    "DuoImporter",
    "ImportResult",
    "RowError",
    "open_duo_file",
    "read_duo_file",
    "revert_import",
]
