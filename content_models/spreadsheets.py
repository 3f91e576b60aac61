"""CSV files that a spreadsheet opens as data, never as formulas.

A title or an SWV name that starts with ``=``, ``+``, ``-`` or ``@`` becomes a live
formula when the file is opened in Excel or LibreOffice (CSV injection). Every CSV
the project writes goes through ``CsvWriter``, which puts a ``'`` before such a
text cell, as OWASP advises; numbers stay numbers.
"""

import csv
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(cell: Any) -> Any:
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


class CsvWriter:
    """``csv.writer`` with every text cell passed through ``neutralise``."""

    def __init__(self, out, **kwargs: Any) -> None:
        self.writer = csv.writer(out, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self.writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)
