"""Reading DUO CSV files: semicolons, upper-case headers, cp1252 or UTF-8 (with BOM).

The encoding is detected from the bytes, not assumed: DUO has published both.
"""

import codecs
import csv
import io
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

ENCODINGS = ("utf_8", "cp1252")


class DuoFileError(Exception):
    """The file as a whole cannot be read (encoding, headers)."""


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"regel {self.line}: {self.message}"


@dataclass
class DuoFile:
    name: str
    encoding: str
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def detect_encoding(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf_8_sig"
    try:
        data.decode("utf_8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf_8"
    match = from_bytes(data, cp_isolation=list(ENCODINGS)).best()
    if match is None:
        raise DuoFileError("Het bestand is geen tekst in UTF-8 of Windows-1252 (cp1252).")
    return match.encoding


def read_duo_file(data: bytes, name: str = "bestand") -> DuoFile:
    """Decode and split the file; rows with the wrong number of columns become errors."""
    if not data.strip():
        raise DuoFileError("Het bestand is leeg.")
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DuoFileError(f"Het bestand kan niet gelezen worden als {encoding}: {error}") from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True)
    try:
        raw_headers = next(reader)
    except csv.Error as error:
        raise DuoFileError(f"regel 1: de kopregel is ongeldig ({error}).") from None
    headers = [h.strip().upper() for h in raw_headers]
    duo_file = DuoFile(name=name, encoding=encoding, headers=headers)
    line = 1
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(headers):
                duo_file.errors.append(
                    RowError(
                        line,
                        f"{len(values)} kolommen gevonden, {len(headers)} verwacht "
                        "(is het bestand afgebroken of staat er een ; te veel?).",
                    )
                )
                continue
            duo_file.rows.append(
                (line, {h: v.strip() for h, v in zip(headers, values, strict=True)})
            )
    except csv.Error as error:
        duo_file.errors.append(RowError(line + 1, f"de regel is ongeldig ({error})."))
    return duo_file
