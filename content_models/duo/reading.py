"""Reading DUO CSV files: semicolons, upper-case headers, cp1252 or UTF-8 (with BOM).

The file is streamed, never held in memory as a whole: a first pass over the bytes
decides the encoding and refuses what is not plain text, a second pass decodes and
splits the rows, chunk by chunk. The encoding is decided from the bytes, strictly:
DUO has published both, but one file is one encoding. A UTF-8 file with one
Windows-1252 line (a copy-paste in Excel) is refused with that line's number
instead of being read with garbled letters.
"""

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import BinaryIO

CHUNK_ROWS = 2_000
# Control characters other than tab and line ends: a NUL in a school name, or a binary file.
CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DuoFileError(Exception):
    """The file as a whole cannot be read (encoding, headers)."""


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.message}"


Record = tuple[int, dict[str, str]] | RowError


@dataclass
class DuoFile:
    """An opened DUO file: its encoding and headers, and its rows to read in chunks."""

    name: str
    encoding: str
    headers: list[str]
    source: BinaryIO = field(repr=False)

    def records(self) -> Iterator[Record]:
        """Each data row as (line, {header: value}), or a ``RowError`` for a broken row."""
        self.source.seek(0)
        text = io.TextIOWrapper(self.source, encoding=self.encoding, newline="")
        reader = csv.reader(text, delimiter=";", quotechar='"', strict=True)
        width = len(self.headers)
        try:
            next(reader)
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                if len(values) != width:
                    yield RowError(
                        reader.line_num,
                        f"{len(values)} kolommen gevonden, {width} verwacht "
                        "(is het bestand afgebroken of staat er een ; te veel?).",
                    )
                    continue
                yield reader.line_num, dict(zip(self.headers, map(str.strip, values), strict=True))
        except csv.Error as error:
            yield RowError(reader.line_num + 1, f"de regel is ongeldig ({error}).")
        finally:
            text.detach()

    def chunks(self, size: int = CHUNK_ROWS) -> Iterator[list[Record]]:
        records = self.records()
        while chunk := list(islice(records, size)):
            yield chunk


def detect_encoding(source: BinaryIO) -> str:
    """UTF-8 (with or without BOM) or cp1252, decided line by line over the whole file."""
    source.seek(0)
    bom = source.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
    source.seek(0)
    first_utf8 = first_other = None
    for number, line in enumerate(source, start=1):
        if CONTROL.search(line):
            raise DuoFileError(
                f"regel {number}: er staat een stuurteken (zoals een NUL-teken) in. "
                "Dit is geen tekst zoals in een DUO-bestand."
            )
        if line.isascii():
            continue
        try:
            line.decode("utf_8")
        except UnicodeDecodeError:
            try:
                line.decode("cp1252")
            except UnicodeDecodeError:
                raise DuoFileError(
                    f"regel {number}: het bestand is geen tekst in UTF-8 of Windows-1252 (cp1252)."
                ) from None
            first_other = first_other or number
        else:
            first_utf8 = first_utf8 or number
        if first_utf8 and first_other:
            break
    if first_other and (bom or first_utf8):
        raise DuoFileError(
            f"regel {first_other}: deze regel is geen UTF-8, de rest van het bestand wel "
            "(twee tekensets in één bestand). Sla het bestand opnieuw op als UTF-8."
        )
    if bom:
        return "utf_8_sig"
    return "cp1252" if first_other else "utf_8"


def open_duo_file(source: BinaryIO, name: str = "bestand") -> DuoFile:
    """Check the encoding and read the header line of a seekable binary file."""
    encoding = detect_encoding(source)
    source.seek(0)
    text = io.TextIOWrapper(source, encoding=encoding, newline="")
    try:
        header_line = next(csv.reader(text, delimiter=";", quotechar='"', strict=True), None)
    except csv.Error as error:
        raise DuoFileError(f"regel 1: de kopregel is ongeldig ({error}).") from None
    finally:
        text.detach()
    if not header_line or not any(h.strip() for h in header_line):
        raise DuoFileError("Leeg bestand: er staat geen kopregel en geen gegevens in.")
    headers = [h.strip().upper() for h in header_line]
    return DuoFile(name=name, encoding=encoding, headers=headers, source=source)


def read_duo_file(data: bytes, name: str = "bestand") -> DuoFile:
    """``open_duo_file`` for data already in memory (tests, the demo)."""
    return open_duo_file(io.BytesIO(data), name)
